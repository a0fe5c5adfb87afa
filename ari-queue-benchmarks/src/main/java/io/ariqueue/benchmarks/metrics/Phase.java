package io.ariqueue.benchmarks.metrics;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The figures of the dialogues launched in one phase of a scenario, such as one step of the call
 * storm's rising rate. A dialogue's samples go to the phase that launched it, even when they
 * arrive during the next one.
 *
 * @author ari-queue team
 */
public final class Phase {

	private final String name;

	final LatencyRecorder startLatency = new LatencyRecorder();

	final LatencyRecorder commandRoundTrip = new LatencyRecorder();

	final LatencyRecorder callDuration = new LatencyRecorder();

	final AtomicInteger launched = new AtomicInteger();

	final AtomicInteger started = new AtomicInteger();

	final AtomicInteger ended = new AtomicInteger();

	/**
	 * Create a phase.
	 * @param name what it is called in the results
	 */
	public Phase(String name) {
		this.name = name;
	}

	public String name() {
		return this.name;
	}

	/**
	 * From the announcement's publication to the first handler of the dialogue's StasisStart.
	 * @return the latency
	 */
	public LatencyRecorder startLatency() {
		return this.startLatency;
	}

	/**
	 * From a blocking ARI call's start to its return, as the handler sees it.
	 * @return the latency
	 */
	public LatencyRecorder commandRoundTrip() {
		return this.commandRoundTrip;
	}

	/**
	 * From the announcement to the handler of the dialogue's StasisEnd.
	 * @return the latency
	 */
	public LatencyRecorder callDuration() {
		return this.callDuration;
	}

	public int launched() {
		return this.launched.get();
	}

	public int started() {
		return this.started.get();
	}

	public int ended() {
		return this.ended.get();
	}

}
