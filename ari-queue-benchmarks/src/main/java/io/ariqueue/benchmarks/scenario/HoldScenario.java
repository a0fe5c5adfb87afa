package io.ariqueue.benchmarks.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToIntFunction;

import io.ariqueue.benchmarks.contender.AriQueueContender;
import io.ariqueue.benchmarks.contender.CallScript;
import io.ariqueue.benchmarks.contender.Contender;
import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.contender.ContenderSettings;
import io.ariqueue.benchmarks.driver.DriverDialogue;
import io.ariqueue.benchmarks.driver.ProxyLoadDriver;
import io.ariqueue.benchmarks.metrics.Medians;
import io.ariqueue.benchmarks.metrics.Phase;
import io.ariqueue.benchmarks.metrics.Probe;

/**
 * Scenario 3, the hold: many dialogues open at once, each answered and then left up. The driver
 * readies every dialogue (queues, command consumer, StasisStart) before the application starts, so
 * that the heap and threads it adds are the application's own; then it announces them all.
 *
 * @author ari-queue team
 */
public final class HoldScenario {

	private static final long TIMEOUT_MILLIS = 300_000;

	private final BenchmarkEnvironment environment;

	private final int dialogues;

	/**
	 * Create the scenario.
	 * @param environment the broker and resources
	 * @param dialogues how many dialogues to hold
	 */
	public HoldScenario(BenchmarkEnvironment environment, int dialogues) {
		this.environment = environment;
		this.dialogues = dialogues;
	}

	/**
	 * Run the hold against one contender.
	 * @param kind the contender
	 * @return its figures
	 * @throws IOException if the broker cannot be reached
	 */
	public HoldResult run(ContenderKind kind) throws IOException {
		Probe probe = new Probe();
		ContenderSettings settings = this.environment.settings("hold", kind);
		try (ProxyLoadDriver driver = this.environment.driver(settings, probe)) {
			List<DriverDialogue> prepared = new ArrayList<>();
			List<CompletableFuture<Void>> readying = new ArrayList<>();
			for (int i = 0; i < this.dialogues; i++) {
				DriverDialogue dialogue = driver.newDialogue(CallScript.HOLD);
				prepared.add(dialogue);
				readying.add(driver.prepare(dialogue, true, 0));
			}
			CompletableFuture.allOf(readying.toArray(CompletableFuture[]::new)).join();
			driver.sync();
			int threadsBefore = BenchmarkEnvironment.settledThreads();
			try (Contender contender = kind.start(settings, new CallScript(probe))) {
				BenchmarkEnvironment.sleep(500);
				double heapIdle = BenchmarkEnvironment.heapAfterGcMb();
				Phase phase = new Phase("hold");
				long start = System.nanoTime();
				for (DriverDialogue dialogue : prepared) {
					driver.announce(dialogue, phase);
				}
				BenchmarkEnvironment.await(() -> probe.held() + probe.failed() >= this.dialogues, TIMEOUT_MILLIS);
				double setUpSeconds = (probe.lastHeldNanos() - start) / 1e9;
				BenchmarkEnvironment.sleep(1000);
				double heapHeld = BenchmarkEnvironment.heapAfterGcMb();
				int threadsHeld = BenchmarkEnvironment.liveThreads();
				BrokerView.Counts broker = BrokerView.connectionsTagged(settings.runTag());
				int active = (contender instanceof AriQueueContender ariQueue) ? ariQueue.runtime().activeDialogues()
						: probe.held();
				return new HoldResult(kind.label(), this.dialogues, probe.held(), active, probe.failed(),
						Math.round(setUpSeconds * 100) / 100.0, Math.round(heapIdle), Math.round(heapHeld),
						Math.round(heapHeld - heapIdle), threadsBefore, threadsHeld, threadsHeld - threadsBefore,
						contender.openChannels(), (broker != null) ? broker.connections() : -1,
						(broker != null) ? broker.channels() : -1);
			}
		}
	}

	/**
	 * The hold's figures for one contender.
	 *
	 * @param contender the contender
	 * @param dialogues the dialogues announced
	 * @param held the dialogues answered and held
	 * @param active the dialogues the application reports active
	 * @param failures handler calls that failed
	 * @param setUpSeconds from the first announcement to the last dialogue answered
	 * @param heapIdleMb the heap after GC with the application started and idle, MiB
	 * @param heapHeldMb the heap after GC while holding every dialogue, MiB
	 * @param heapGrowthMb the difference, MiB
	 * @param threadsBefore live threads in the JVM before the application started
	 * @param threadsHeld live threads in the JVM while holding
	 * @param applicationThreads the threads the application added
	 * @param ownChannels the AMQP channels the application says it holds
	 * @param brokerConnections the application's connections, as the broker counts them; -1 if
	 * rabbitmqctl is not available
	 * @param brokerChannels their channels, as the broker counts them; -1 if unavailable
	 */
	public record HoldResult(String contender, int dialogues, int held, int active, int failures,
			double setUpSeconds, long heapIdleMb, long heapHeldMb, long heapGrowthMb, int threadsBefore,
			int threadsHeld, int applicationThreads, int ownChannels, int brokerConnections, int brokerChannels) {

		/**
		 * The median of several rounds: each figure the median of the rounds (rounds where
		 * rabbitmqctl was unavailable do not count for the broker's figures), except that the
		 * dialogues held and active are the fewest of any round and failures add up, so that a
		 * round that fell short is not hidden.
		 * @param rounds the rounds, of one contender
		 * @return the merged result
		 */
		public static HoldResult median(List<HoldResult> rounds) {
			if (rounds.size() == 1) {
				return rounds.get(0);
			}
			HoldResult first = rounds.get(0);
			return new HoldResult(first.contender(), first.dialogues(),
					rounds.stream().mapToInt(HoldResult::held).min().getAsInt(),
					rounds.stream().mapToInt(HoldResult::active).min().getAsInt(),
					rounds.stream().mapToInt(HoldResult::failures).sum(),
					Math.round(Medians.of(rounds, HoldResult::setUpSeconds) * 100) / 100.0,
					Math.round(Medians.of(rounds, HoldResult::heapIdleMb)),
					Math.round(Medians.of(rounds, HoldResult::heapHeldMb)),
					Math.round(Medians.of(rounds, HoldResult::heapGrowthMb)),
					medianCount(rounds, HoldResult::threadsBefore), medianCount(rounds, HoldResult::threadsHeld),
					medianCount(rounds, HoldResult::applicationThreads), medianCount(rounds, HoldResult::ownChannels),
					medianCount(rounds, HoldResult::brokerConnections), medianCount(rounds, HoldResult::brokerChannels));
		}

		/**
		 * The median of a count, rounded; -1 (unavailable) where no round has it.
		 */
		private static int medianCount(List<HoldResult> rounds, ToIntFunction<HoldResult> count) {
			double median = Medians.of(rounds, (round) -> {
				int value = count.applyAsInt(round);
				return (value < 0) ? Double.NaN : value;
			});
			return Double.isNaN(median) ? -1 : (int) Math.round(median);
		}

	}

}
