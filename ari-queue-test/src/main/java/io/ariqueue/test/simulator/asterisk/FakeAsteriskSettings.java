package io.ariqueue.test.simulator.asterisk;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the fake Asterisk behaves.
 *
 * @param applications the ARI applications its Stasis channels can belong to; the first is the default
 * one, which {@link FakeAsterisk#enterStasis(String, List)} uses
 * @param asteriskId the {@code asterisk_id} in every event
 * @param playbackDuration how long a playback plays before {@code PlaybackFinished} ({@link Duration#ZERO}
 * for right after {@code PlaybackStarted})
 * @param recordingDuration how long a recording runs before {@code RecordingFinished} unless stopped sooner
 * @param answerOriginatedCalls whether a channel originated by the application is answered by its far end
 * at once (entering Stasis when originated with {@code app})
 * @author ari-queue
 */
public record FakeAsteriskSettings(List<String> applications, String asteriskId, Duration playbackDuration,
		Duration recordingDuration, boolean answerOriginatedCalls) {

	/**
	 * Create settings.
	 * @param applications the ARI applications, at least one, without duplicates
	 * @param asteriskId the {@code asterisk_id}
	 * @param playbackDuration the playback length
	 * @param recordingDuration the recording length
	 * @param answerOriginatedCalls whether originated channels answer at once
	 */
	public FakeAsteriskSettings {
		Objects.requireNonNull(applications, "applications");
		Objects.requireNonNull(asteriskId, "asteriskId");
		Objects.requireNonNull(playbackDuration, "playbackDuration");
		Objects.requireNonNull(recordingDuration, "recordingDuration");
		applications = List.copyOf(applications);
		if (applications.isEmpty()) {
			throw new IllegalArgumentException("At least one application is required");
		}
		if (applications.stream().distinct().count() != applications.size()) {
			throw new IllegalArgumentException("Duplicate application in " + applications);
		}
		if (applications.stream().anyMatch(String::isEmpty)) {
			throw new IllegalArgumentException("Empty application name in " + applications);
		}
	}

	/**
	 * Create settings for one application.
	 * @param application the ARI application
	 * @param asteriskId the {@code asterisk_id}
	 * @param playbackDuration the playback length
	 * @param recordingDuration the recording length
	 * @param answerOriginatedCalls whether originated channels answer at once
	 */
	public FakeAsteriskSettings(String application, String asteriskId, Duration playbackDuration,
			Duration recordingDuration, boolean answerOriginatedCalls) {
		this(List.of(Objects.requireNonNull(application, "application")), asteriskId, playbackDuration,
				recordingDuration, answerOriginatedCalls);
	}

	/**
	 * The default application: the first one.
	 * @return the application name
	 */
	public String application() {
		return this.applications.get(0);
	}

}
