package io.ariqueue.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.scenario.BenchmarkEnvironment;
import io.ariqueue.benchmarks.scenario.CallStormScenario;
import io.ariqueue.benchmarks.scenario.CallStormScenario.StormResult;
import io.ariqueue.benchmarks.scenario.EventFloodScenario;
import io.ariqueue.benchmarks.scenario.EventFloodScenario.FloodResult;
import io.ariqueue.benchmarks.scenario.HoldScenario;

/**
 * Runs the load scenarios of issue 5 against ari-queue and the hand-written baseline, one after
 * the other in this JVM (the flood in alternating rounds), prints the figures as a table and writes them as JSON.
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
			if (scenario.equals("flood")) {
				runFlood(environment, options, report);
				continue;
			}
			if (scenario.equals("storm")) {
				runStorm(environment, options, report);
				continue;
			}
			for (ContenderKind kind : options.contenders()) {
				System.out.printf("Running %s against %s...%n", scenario, kind.label());
				switch (scenario) {
					case "hold" -> report.add(new HoldScenario(environment, options.holdDialogues()).run(kind));
					default -> throw new IllegalArgumentException(scenario);
				}
			}
		}
		return report;
	}

	/**
	 * Run the storm in rounds, reversing the contenders' order every round, and report the median
	 * of each figure: one round at a saturated step swings its tail latencies by tens of
	 * milliseconds either way.
	 */
	private static void runStorm(BenchmarkEnvironment environment, BenchmarkOptions options, BenchmarkReport report)
			throws IOException {
		CallStormScenario storm = new CallStormScenario(environment, options.stormRates(),
				options.stormStepSeconds() * 1000L);
		Map<ContenderKind, List<StormResult>> rounds = new LinkedHashMap<>();
		for (int round = 0; round < options.stormRounds(); round++) {
			for (ContenderKind kind : alternating(options.contenders(), round)) {
				System.out.printf("Running storm round %d against %s...%n", round + 1, kind.label());
				StormResult result = storm.run(kind);
				System.out.printf("  sustained %d dialogues/s%n", result.sustainedRate());
				rounds.computeIfAbsent(kind, (key) -> new ArrayList<>()).add(result);
			}
		}
		for (ContenderKind kind : options.contenders()) {
			report.add(StormResult.median(rounds.get(kind)));
		}
	}

	private static List<ContenderKind> alternating(List<ContenderKind> contenders, int round) {
		List<ContenderKind> order = new ArrayList<>(contenders);
		if (round % 2 == 1) {
			Collections.reverse(order);
		}
		return order;
	}

	/**
	 * Run the flood in rounds, reversing the contenders' order every round so that neither always
	 * runs on a warmer (or busier) machine, and report each contender's median round.
	 */
	private static void runFlood(BenchmarkEnvironment environment, BenchmarkOptions options, BenchmarkReport report)
			throws IOException {
		EventFloodScenario flood = new EventFloodScenario(environment, options.floodDialogues(), options.floodEvents());
		Map<ContenderKind, List<FloodResult>> rounds = new LinkedHashMap<>();
		for (int round = 0; round < options.floodRounds(); round++) {
			for (ContenderKind kind : alternating(options.contenders(), round)) {
				System.out.printf("Running flood round %d against %s...%n", round + 1, kind.label());
				FloodResult result = flood.run(kind);
				System.out.printf("  %d events/s%n", result.eventsPerSecond());
				rounds.computeIfAbsent(kind, (key) -> new ArrayList<>()).add(result);
			}
		}
		for (ContenderKind kind : options.contenders()) {
			List<FloodResult> results = new ArrayList<>(rounds.get(kind));
			results.sort(Comparator.comparingLong(FloodResult::eventsPerSecond));
			report.add(results.get(results.size() / 2));
		}
	}

}
