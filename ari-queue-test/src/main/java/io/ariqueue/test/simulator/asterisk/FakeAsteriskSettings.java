package io.ariqueue.test.simulator.asterisk;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fake Asterisk behaves.
 *
 * @param application the ARI application its Stasis channels belong to
 * @param asteriskId the {@code asterisk_id} in every event
 * @param playbackDuration how long a playback plays before {@code PlaybackFinished} ({@link Duration#ZERO}
 * for right after {@code PlaybackStarted})
 * @param recordingDuration how long a recording runs before {@code RecordingFinished} unless stopped sooner
 * @param answerOriginatedCalls whether a channel originated by the application is answered by its far end
 * at once (entering Stasis when originated with {@code app})
 * @author ari-queue
 */
public record FakeAsteriskSettings(String application, String asteriskId, Duration playbackDuration,
		Duration recordingDuration, boolean answerOriginatedCalls) {

	/**
	 * Create settings.
	 * @param application the ARI application
	 * @param asteriskId the {@code asterisk_id}
	 * @param playbackDuration the playback length
	 * @param recordingDuration the recording length
	 * @param answerOriginatedCalls whether originated channels answer at once
	 */
	public FakeAsteriskSettings {
		Objects.requireNonNull(application, "application");
		Objects.requireNonNull(asteriskId, "asteriskId");
		Objects.requireNonNull(playbackDuration, "playbackDuration");
		Objects.requireNonNull(recordingDuration, "recordingDuration");
	}

}
