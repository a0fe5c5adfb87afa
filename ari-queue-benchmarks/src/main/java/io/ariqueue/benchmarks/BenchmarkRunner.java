package io.ariqueue.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.scenario.BenchmarkEnvironment;
import io.ariqueue.benchmarks.scenario.CallStormScenario;
import io.ariqueue.benchmarks.scenario.CallStormScenario.StormResult;
import io.ariqueue.benchmarks.scenario.EventFloodScenario;
import io.ariqueue.benchmarks.scenario.EventFloodScenario.FloodResult;
import io.ariqueue.benchmarks.scenario.HoldScenario;
import io.ariqueue.benchmarks.scenario.HoldScenario.HoldResult;

/**
 * Runs the load scenarios of issue 5 against ari-queue and the hand-written baseline, one after
 * the other in this JVM (each scenario in rounds of alternating order), prints the figures as a
 * table and writes them as JSON.
 *
 * @author ari-queue team
 */
public final class BenchmarkRunner {

	private BenchmarkRunner() {
	}

	public static void main(String[] args) throws IOException {
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(BenchmarkOptions.USAGE);
			System.exit(2);
			return;
		}
		BenchmarkReport report = run(options);
		System.out.println();
		System.out.println(report.table());
		report.write(options.output());
		System.out.println("Results written to " + options.output().toAbsolutePath());
		// amqp-client and Spring leave non-daemon threads of finished contenders to wind down
		System.exit(0);
	}

	/**
	 * Run the scenarios the options name.
	 * @param options the options
	 * @return the figures
	 * @throws IOException if the broker cannot be reached
	 */
	static BenchmarkReport run(BenchmarkOptions options) throws IOException {
		BenchmarkEnvironment environment = new BenchmarkEnvironment(options.contender(), options.proxies());
		MachineInfo machine = MachineInfo.describe(environment.connectionFactory());
		System.out.println("Machine: " + machine);
		BenchmarkReport report = new BenchmarkReport(machine, options);
		for (String scenario : options.scenarios()) {
			switch (scenario) {
				case "storm" -> runStorm(environment, options, report);
				case "flood" -> runFlood(environment, options, report);
				case "hold" -> runHold(environment, options, report);
				default -> throw new IllegalArgumentException(scenario);
			}
		}
		return report;
	}

	/**
	 * Run the storm in rounds and report the median of each figure: one round at a saturated step
	 * swings its tail latencies by tens of milliseconds either way.
	 */
	private static void runStorm(BenchmarkEnvironment environment, BenchmarkOptions options, BenchmarkReport report)
			throws IOException {
		CallStormScenario storm = new CallStormScenario(environment, options.stormRates(),
				options.stormStepSeconds() * 1000L);
		Map<ContenderKind, List<StormResult>> rounds = inRounds("storm", options.contenders(), options.stormRounds(),
				storm::run, (result) -> "sustained " + result.sustainedRate() + " dialogues/s");
		rounds.values().forEach((results) -> report.add(StormResult.median(results)));
	}

	/**
	 * Run the flood in rounds and report each contender's median round.
	 */
	private static void runFlood(BenchmarkEnvironment environment, BenchmarkOptions options, BenchmarkReport report)
			throws IOException {
		EventFloodScenario flood = new EventFloodScenario(environment, options.floodDialogues(), options.floodEvents());
		Map<ContenderKind, List<FloodResult>> rounds = inRounds("flood", options.contenders(), options.floodRounds(),
				flood::run, (result) -> result.eventsPerSecond() + " events/s");
		for (List<FloodResult> results : rounds.values()) {
			List<FloodResult> sorted = new ArrayList<>(results);
			sorted.sort(Comparator.comparingLong(FloodResult::eventsPerSecond));
			report.add(sorted.get(sorted.size() / 2));
		}
	}

	/**
	 * Run the hold in rounds and report the median of each figure with the rounds themselves: one
	 * round's set-up time swings by a second either way on a shared machine.
	 */
	private static void runHold(BenchmarkEnvironment environment, BenchmarkOptions options, BenchmarkReport report)
			throws IOException {
		HoldScenario hold = new HoldScenario(environment, options.holdDialogues());
		Map<ContenderKind, List<HoldResult>> rounds = inRounds("hold", options.contenders(), options.holdRounds(),
				hold::run, (result) -> result.held() + " held, set-up " + result.setUpSeconds() + " s");
		rounds.values().forEach(report::addHoldRounds);
	}

	/**
	 * Run a scenario several times per contender, reversing the contenders' order every round so
	 * that neither always runs on a warmer (or busier) machine.
	 */
	private static <R> Map<ContenderKind, List<R>> inRounds(String scenario, List<ContenderKind> contenders,
			int rounds, ScenarioRun<R> run, Function<R, String> summary) throws IOException {
		Map<ContenderKind, List<R>> results = new LinkedHashMap<>();
		contenders.forEach((kind) -> results.put(kind, new ArrayList<>()));
		for (int round = 0; round < rounds; round++) {
			for (ContenderKind kind : order(contenders, round)) {
				System.out.printf("Running %s round %d against %s...%n", scenario, round + 1, kind.label());
				R result = run.run(kind);
				System.out.printf("  %s%n", summary.apply(result));
				results.get(kind).add(result);
			}
		}
		return results;
	}

	/**
	 * The order the contenders run in a round.
	 * @param contenders the contenders, baseline first
	 * @param round the round, from 0
	 * @return the contenders as given in even rounds, reversed in odd ones
	 */
	static List<ContenderKind> order(List<ContenderKind> contenders, int round) {
		List<ContenderKind> order = new ArrayList<>(contenders);
		if (round % 2 == 1) {
			Collections.reverse(order);
		}
		return order;
	}

	@FunctionalInterface
	private interface ScenarioRun<R> {

		R run(ContenderKind kind) throws IOException;

	}

}
