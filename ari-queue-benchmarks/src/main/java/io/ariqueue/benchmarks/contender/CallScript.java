package io.ariqueue.benchmarks.contender;

import java.util.List;

import io.ariqueue.benchmarks.metrics.Probe;

/**
 * The call logic both contenders run, word for word, so that only the plumbing under it differs.
 * What a call does comes from its first Stasis argument, as an application's dialplan would say:
 * {@code storm} answers and plays, then hangs up when the playback finishes; {@code hold}
 * answers and keeps the call; {@code flood} only takes events.
 *
 * @author ari-queue team
 */
public final class CallScript {

	/**
	 * The Stasis argument of a call-storm call.
	 */
	public static final String STORM = "storm";

	/**
	 * The Stasis argument of a held call.
	 */
	public static final String HOLD = "hold";

	/**
	 * The Stasis argument of an event-flood call.
	 */
	public static final String FLOOD = "flood";

	private final Probe probe;

	/**
	 * Create the logic.
	 * @param probe where the figures go
	 */
	public CallScript(Probe probe) {
		this.probe = probe;
	}

	/**
	 * A call entered the application.
	 * @param dialogueId the dialogue
	 * @param channelId the call's channel
	 * @param args the Stasis arguments
	 * @param calls the ARI calls of this dialogue
	 */
	public void stasisStart(String dialogueId, String channelId, List<String> args, CallControl calls) {
		this.probe.started(dialogueId);
		String mode = (args != null && !args.isEmpty()) ? args.get(0) : STORM;
		if (FLOOD.equals(mode)) {
			return;
		}
		try {
			timed(dialogueId, () -> calls.answer(channelId));
			if (STORM.equals(mode)) {
				timed(dialogueId, () -> calls.play(channelId, "sound:hello-world"));
			}
			else {
				this.probe.held(dialogueId);
			}
		}
		catch (RuntimeException ex) {
			this.probe.failed(dialogueId, ex);
		}
	}

	/**
	 * The call's playback finished.
	 * @param dialogueId the dialogue
	 * @param channelId the call's channel
	 * @param calls the ARI calls of this dialogue
	 */
	public void playbackFinished(String dialogueId, String channelId, CallControl calls) {
		try {
			timed(dialogueId, () -> calls.hangup(channelId));
		}
		catch (RuntimeException ex) {
			this.probe.failed(dialogueId, ex);
		}
	}

	/**
	 * A numbered event of the flood arrived.
	 * @param dialogueId the dialogue
	 * @param sequence its number, counted from 0 per dialogue by the driver
	 */
	public void numberedEvent(String dialogueId, int sequence) {
		this.probe.numberedEvent(dialogueId, sequence);
	}

	/**
	 * The call left the application.
	 * @param dialogueId the dialogue
	 */
	public void stasisEnd(String dialogueId) {
		this.probe.ended(dialogueId);
	}

	private void timed(String dialogueId, Runnable call) {
		long start = System.nanoTime();
		call.run();
		this.probe.commandRoundTrip(dialogueId, System.nanoTime() - start);
	}

}
