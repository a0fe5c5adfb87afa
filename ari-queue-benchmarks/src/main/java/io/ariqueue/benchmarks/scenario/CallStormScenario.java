package io.ariqueue.benchmarks.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

import io.ariqueue.benchmarks.contender.CallScript;
import io.ariqueue.benchmarks.contender.Contender;
import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.contender.ContenderSettings;
import io.ariqueue.benchmarks.driver.ProxyLoadDriver;
import io.ariqueue.benchmarks.metrics.CpuMeter;
import io.ariqueue.benchmarks.metrics.CpuMeter.CpuUse;
import io.ariqueue.benchmarks.metrics.Medians;
import io.ariqueue.benchmarks.metrics.Percentiles;
import io.ariqueue.benchmarks.metrics.Phase;
import io.ariqueue.benchmarks.metrics.Probe;

/**
 * Scenario 1, the call storm: new dialogues at a rising rate, each StasisStart, answer, play,
 * PlaybackFinished, hangup, StasisEnd. Each step runs at a fixed rate, then waits for its calls to
 * finish; the storm stops rising at the first step the application cannot keep up with.
 *
 * @author ari-queue team
 */
public final class CallStormScenario {

	private static final long DRAIN_TIMEOUT_MILLIS = 60_000;

	private static final long WARM_UP_MILLIS = 3000;

	/**
	 * A step keeps up when its calls complete at 95% of the offered rate during the step...
	 */
	private static final double KEEP_UP_FRACTION = 0.95;

	/**
	 * ...and 99% of them take less than this from announcement to StasisEnd (a call takes about
	 * three command round trips).
	 */
	private static final double KEEP_UP_CALL_P99_MILLIS = 500;

	private final BenchmarkEnvironment environment;

	private final List<Integer> rates;

	private final long stepMillis;

	/**
	 * Create the scenario.
	 * @param environment the broker and resources
	 * @param rates the new dialogues per second of each step, rising
	 * @param stepMillis how long each step offers its rate
	 */
	public CallStormScenario(BenchmarkEnvironment environment, List<Integer> rates, long stepMillis) {
		this.environment = environment;
		this.rates = rates;
		this.stepMillis = stepMillis;
	}

	/**
	 * Run the storm against one contender.
	 * @param kind the contender
	 * @return its figures
	 * @throws IOException if the broker cannot be reached
	 */
	public StormResult run(ContenderKind kind) throws IOException {
		Probe probe = new Probe();
		ContenderSettings settings = this.environment.settings("storm", kind);
		List<StormStep> steps = new ArrayList<>();
		CpuMeter cpu = this.environment.cpuMeter();
		try (ProxyLoadDriver driver = this.environment.driver(settings, probe);
				Contender contender = kind.start(settings, new CallScript(probe))) {
			// JIT and connection warm-up, not reported; below the first step so it leaves no backlog
			runStep(driver, probe, cpu, new Phase("warm-up"), Math.min(25, this.rates.get(0)), WARM_UP_MILLIS);
			for (int rate : this.rates) {
				StormStep step = runStep(driver, probe, cpu, new Phase(rate + "/s"), rate, this.stepMillis);
				steps.add(step);
				if (!step.keptUp()) {
					break;
				}
			}
		}
		return StormResult.of(kind.label(), steps, probe.failed(), probe.firstFailure());
	}

	private StormStep runStep(ProxyLoadDriver driver, Probe probe, CpuMeter cpu, Phase phase, int rate,
			long millis) {
		int endedBefore = probe.ended();
		CpuMeter.Reading before = cpu.read();
		long start = System.nanoTime();
		long end = start + millis * 1_000_000;
		int launched = 0;
		long now;
		while ((now = System.nanoTime()) < end) {
			long due = (now - start) * rate / 1_000_000_000L;
			while (launched < due) {
				driver.launch(driver.newDialogue(CallScript.STORM), phase).exceptionally((ex) -> {
					probe.failed("driver", (ex instanceof Exception e) ? e : new RuntimeException(ex));
					return null;
				});
				launched++;
			}
			LockSupport.parkNanos(500_000);
		}
		double windowSeconds = (System.nanoTime() - start) / 1e9;
		double completedPerSecond = (probe.ended() - endedBefore) / windowSeconds;
		int expected = launched;
		BenchmarkEnvironment.await(() -> phase.ended() >= expected, DRAIN_TIMEOUT_MILLIS);
		CpuUse cpuUse = CpuMeter.between(before, cpu.read(), launched);
		Percentiles duration = phase.callDuration().percentiles();
		boolean keptUp = phase.ended() == launched && completedPerSecond >= KEEP_UP_FRACTION * rate
				&& duration.p99() <= KEEP_UP_CALL_P99_MILLIS;
		return new StormStep(rate, launched, phase.ended(), round(completedPerSecond), keptUp,
				phase.startLatency().percentiles(), phase.commandRoundTrip().percentiles(), duration, cpuUse);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * One step of the storm.
	 *
	 * @param rate the offered new dialogues per second
	 * @param launched the dialogues announced
	 * @param completed the dialogues whose StasisEnd was handled
	 * @param completedPerSecond StasisEnds handled per second during the step
	 * @param keptUp whether the application kept up with the rate
	 * @param announcementToHandler from announcement to the StasisStart handler
	 * @param commandRoundTrip from a blocking ARI call's start to its return
	 * @param callDuration from announcement to the StasisEnd handler
	 * @param cpu where the processor time went, from the step's start until its calls ended
	 */
	public record StormStep(int rate, int launched, int completed, double completedPerSecond, boolean keptUp,
			Percentiles announcementToHandler, Percentiles commandRoundTrip, Percentiles callDuration, CpuUse cpu) {
	}

	/**
	 * The storm's figures for one contender.
	 *
	 * @param contender the contender
	 * @param steps the steps run
	 * @param sustainedRate the highest rate kept up with, 0 if none
	 * @param peakCompletedPerSecond the most StasisEnds handled per second in any step
	 * @param failures handler calls that failed
	 * @param firstFailure the first failure, if any
	 */
	public record StormResult(String contender, List<StormStep> steps, int sustainedRate,
			double peakCompletedPerSecond, int failures, String firstFailure) {

		/**
		 * The median of several rounds: for each rate every round reached, the median of each
		 * figure; a step kept up where most rounds kept up. Failures add up.
		 * @param rounds the rounds, of one contender
		 * @return the merged result
		 */
		public static StormResult median(List<StormResult> rounds) {
			if (rounds.size() == 1) {
				return rounds.get(0);
			}
			List<StormStep> steps = new ArrayList<>();
			for (StormStep first : rounds.get(0).steps()) {
				List<StormStep> atRate = rounds.stream().map((round) -> round.at(first.rate())).toList();
				if (atRate.contains(null)) {
					break;
				}
				long keptUp = atRate.stream().filter(StormStep::keptUp).count();
				steps.add(new StormStep(first.rate(), (int) Medians.of(atRate, StormStep::launched),
						(int) Medians.of(atRate, StormStep::completed), Medians.of(atRate, StormStep::completedPerSecond),
						keptUp * 2 > atRate.size(),
						Percentiles.median(atRate.stream().map(StormStep::announcementToHandler).toList()),
						Percentiles.median(atRate.stream().map(StormStep::commandRoundTrip).toList()),
						Percentiles.median(atRate.stream().map(StormStep::callDuration).toList()),
						CpuUse.median(atRate.stream().map(StormStep::cpu).toList())));
			}
			int failures = rounds.stream().mapToInt(StormResult::failures).sum();
			String firstFailure = rounds.stream()
				.map(StormResult::firstFailure)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
			return of(rounds.get(0).contender(), steps, failures, firstFailure);
		}

		static StormResult of(String contender, List<StormStep> steps, int failures, String firstFailure) {
			int sustained = steps.stream().filter(StormStep::keptUp).mapToInt(StormStep::rate).max().orElse(0);
			double peak = steps.stream().mapToDouble(StormStep::completedPerSecond).max().orElse(0);
			return new StormResult(contender, steps, sustained, peak, failures, firstFailure);
		}

		/**
		 * The step at a rate.
		 * @param rate the rate
		 * @return the step, or {@code null} if the storm did not reach it
		 */
		public StormStep at(int rate) {
			return this.steps.stream().filter((step) -> step.rate() == rate).findFirst().orElse(null);
		}

	}

}
