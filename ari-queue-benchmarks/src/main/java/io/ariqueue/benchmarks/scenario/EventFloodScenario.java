package io.ariqueue.benchmarks.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.benchmarks.contender.CallScript;
import io.ariqueue.benchmarks.contender.Contender;
import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.contender.ContenderSettings;
import io.ariqueue.benchmarks.driver.DriverDialogue;
import io.ariqueue.benchmarks.driver.ProxyLoadDriver;
import io.ariqueue.benchmarks.metrics.Phase;
import io.ariqueue.benchmarks.metrics.Probe;

/**
 * Scenario 2, the event flood: a fixed set of dialogues whose events are all queued before they
 * are announced, so that the application drains them as fast as the broker delivers them and the
 * driver's own publishing is not what is measured. Each event carries its dialogue's sequence
 * number; the handlers check that each dialogue sees 0, 1, 2, ... one at a time.
 *
 * @author ari-queue team
 */
public final class EventFloodScenario {

	private static final long TIMEOUT_MILLIS = 180_000;

	private final BenchmarkEnvironment environment;

	private final int dialogues;

	private final int eventsPerDialogue;

	/**
	 * Create the scenario.
	 * @param environment the broker and resources
	 * @param dialogues how many dialogues
	 * @param eventsPerDialogue how many numbered events each receives
	 */
	public EventFloodScenario(BenchmarkEnvironment environment, int dialogues, int eventsPerDialogue) {
		this.environment = environment;
		this.dialogues = dialogues;
		this.eventsPerDialogue = eventsPerDialogue;
	}

	/**
	 * Run the flood against one contender.
	 * @param kind the contender
	 * @return its figures
	 * @throws IOException if the broker cannot be reached
	 */
	public FloodResult run(ContenderKind kind) throws IOException {
		Probe probe = new Probe();
		ContenderSettings settings = this.environment.settings("flood", kind);
		long expected = (long) this.dialogues * this.eventsPerDialogue;
		try (ProxyLoadDriver driver = this.environment.driver(settings, probe);
				Contender contender = kind.start(settings, new CallScript(probe))) {
			List<DriverDialogue> prepared = new ArrayList<>();
			List<CompletableFuture<Void>> publishing = new ArrayList<>();
			for (int i = 0; i < this.dialogues; i++) {
				DriverDialogue dialogue = driver.newDialogue(CallScript.FLOOD);
				prepared.add(dialogue);
				publishing.add(driver.prepare(dialogue, false, this.eventsPerDialogue));
			}
			CompletableFuture.allOf(publishing.toArray(CompletableFuture[]::new)).join();
			driver.sync();
			Phase phase = new Phase("flood");
			for (DriverDialogue dialogue : prepared) {
				driver.announce(dialogue, phase);
			}
			BenchmarkEnvironment.await(() -> probe.numberedEvents() >= expected, TIMEOUT_MILLIS);
			// the StasisEnd that closes each dialogue comes last; wait for it so the queues go
			BenchmarkEnvironment.await(() -> probe.ended() >= this.dialogues, 30_000);
		}
		long handled = probe.numberedEvents();
		double seconds = (probe.lastNumberedNanos() - probe.firstNumberedNanos()) / 1e9;
		double perSecond = (handled > 1 && seconds > 0) ? (handled - 1) / seconds : 0;
		return new FloodResult(kind.label(), this.dialogues, expected, handled, Math.round(perSecond),
				probe.orderViolations(), probe.overlaps());
	}

	/**
	 * The flood's figures for one contender.
	 *
	 * @param contender the contender
	 * @param dialogues the dialogues flooded
	 * @param sent the numbered events queued
	 * @param handled the numbered events that reached a handler
	 * @param eventsPerSecond handled events per second, first to last
	 * @param orderViolations events that reached their handler out of their dialogue's order
	 * @param overlaps events whose handler ran while another of the same dialogue ran
	 */
	public record FloodResult(String contender, int dialogues, long sent, long handled, long eventsPerSecond,
			long orderViolations, long overlaps) {

		/**
		 * Whether every event arrived, in order, one at a time.
		 * @return whether order held
		 */
		public boolean orderKept() {
			return this.handled == this.sent && this.orderViolations == 0 && this.overlaps == 0;
		}

	}

}
