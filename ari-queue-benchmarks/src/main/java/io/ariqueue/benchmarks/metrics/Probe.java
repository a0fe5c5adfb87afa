package io.ariqueue.benchmarks.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the driver and the call logic meet: the driver notes when it announced each dialogue, the
 * handlers note what they saw. Driver and contender share the JVM, so {@link System#nanoTime()}
 * readings of both sides compare directly.
 * <p>
 * Numbered events are checked here: each dialogue's numbers must arrive as 0, 1, 2, ... and no
 * two handlers of one dialogue may run at once.
 *
 * @author ari-queue team
 */
public final class Probe {

	private final Map<String, Tracked> dialogues = new ConcurrentHashMap<>();

	private final Phase untracked = new Phase("untracked");

	private final AtomicInteger started = new AtomicInteger();

	private final AtomicInteger held = new AtomicInteger();

	private final AtomicInteger ended = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private final AtomicReference<String> firstFailure = new AtomicReference<>();

	private final AtomicLong numberedEvents = new AtomicLong();

	private final AtomicLong orderViolations = new AtomicLong();

	private final AtomicLong overlaps = new AtomicLong();

	private final AtomicLong firstNumberedNanos = new AtomicLong();

	private volatile long lastNumberedNanos;

	private volatile long lastHeldNanos;

	/**
	 * The driver is about to announce a dialogue.
	 * @param dialogueId the dialogue
	 * @param phase the phase it belongs to
	 */
	public void announced(String dialogueId, Phase phase) {
		this.dialogues.put(dialogueId, new Tracked(System.nanoTime(), phase));
		phase.launched.incrementAndGet();
	}

	public void started(String dialogueId) {
		long now = System.nanoTime();
		Tracked tracked = tracked(dialogueId);
		if (tracked != null) {
			tracked.phase.startLatency.record(now - tracked.announcedNanos);
			tracked.phase.started.incrementAndGet();
		}
		this.started.incrementAndGet();
	}

	public void commandRoundTrip(String dialogueId, long nanos) {
		phaseOf(dialogueId).commandRoundTrip.record(nanos);
	}

	public void held(String dialogueId) {
		this.lastHeldNanos = System.nanoTime();
		this.held.incrementAndGet();
	}

	public void ended(String dialogueId) {
		long now = System.nanoTime();
		Tracked tracked = tracked(dialogueId);
		if (tracked != null) {
			tracked.phase.callDuration.record(now - tracked.announcedNanos);
			tracked.phase.ended.incrementAndGet();
		}
		this.ended.incrementAndGet();
	}

	public void failed(String dialogueId, Exception ex) {
		this.failed.incrementAndGet();
		this.firstFailure.compareAndSet(null, dialogueId + ": " + ex);
	}

	public void numberedEvent(String dialogueId, int sequence) {
		long now = System.nanoTime();
		this.firstNumberedNanos.compareAndSet(0, now);
		Tracked tracked = tracked(dialogueId);
		if (tracked == null) {
			this.orderViolations.incrementAndGet();
			return;
		}
		if (!tracked.busy.compareAndSet(false, true)) {
			this.overlaps.incrementAndGet();
		}
		int expected = tracked.nextSequence.getAndSet(sequence + 1);
		if (sequence != expected) {
			this.orderViolations.incrementAndGet();
		}
		tracked.busy.set(false);
		this.lastNumberedNanos = now;
		this.numberedEvents.incrementAndGet();
	}

	public int started() {
		return this.started.get();
	}

	public int held() {
		return this.held.get();
	}

	public int ended() {
		return this.ended.get();
	}

	public int failed() {
		return this.failed.get();
	}

	public String firstFailure() {
		return this.firstFailure.get();
	}

	public long numberedEvents() {
		return this.numberedEvents.get();
	}

	/**
	 * Numbered events that arrived out of their dialogue's order, or for no known dialogue.
	 * @return the count
	 */
	public long orderViolations() {
		return this.orderViolations.get();
	}

	/**
	 * Numbered events whose handler ran while another handler of the same dialogue ran.
	 * @return the count
	 */
	public long overlaps() {
		return this.overlaps.get();
	}

	public long firstNumberedNanos() {
		return this.firstNumberedNanos.get();
	}

	public long lastNumberedNanos() {
		return this.lastNumberedNanos;
	}

	public long lastHeldNanos() {
		return this.lastHeldNanos;
	}

	private Tracked tracked(String dialogueId) {
		return this.dialogues.get(dialogueId);
	}

	private Phase phaseOf(String dialogueId) {
		Tracked tracked = tracked(dialogueId);
		return (tracked != null) ? tracked.phase : this.untracked;
	}

	private static final class Tracked {

		private final long announcedNanos;

		private final Phase phase;

		private final AtomicInteger nextSequence = new AtomicInteger();

		private final AtomicBoolean busy = new AtomicBoolean();

		Tracked(long announcedNanos, Phase phase) {
			this.announcedNanos = announcedNanos;
			this.phase = phase;
		}

	}

}
