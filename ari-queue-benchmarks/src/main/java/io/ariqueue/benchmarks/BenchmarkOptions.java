package io.ariqueue.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.contender.ContenderSettings;

/**
 * The runner's command line: {@code --name=value} options, each with a default sized so that a
 * full run takes a few minutes on a two-core machine.
 *
 * @param scenarios the scenarios to run: storm, flood, hold
 * @param contenders the applications to compare; the first is the baseline
 * @param stormRates the call storm's rising rates, new dialogues per second
 * @param stormStepSeconds how long each storm step lasts
 * @param stormRounds how many times the storm runs per contender, in alternating order; each
 * figure of each step is the median of the rounds
 * @param floodDialogues the event flood's dialogues
 * @param floodEvents the numbered events each flooded dialogue receives
 * @param floodRounds how many times the flood runs per contender, in alternating order; the
 * median round is reported
 * @param holdDialogues the dialogues held at once
 * @param holdRounds how many times the hold runs per contender, in alternating order; each figure
 * is the median of the rounds, and the set-up time's round-to-round scatter is reported too
 * @param proxies how many proxies the driver plays
 * @param contender the resources each contender gets
 * @param output where the JSON results go
 * @author ari-queue team
 */
public record BenchmarkOptions(List<String> scenarios, List<ContenderKind> contenders, List<Integer> stormRates,
		int stormStepSeconds, int stormRounds, int floodDialogues, int floodEvents, int floodRounds, int holdDialogues,
		int holdRounds, int proxies, ContenderSettings contender, Path output) {

	static final String USAGE = """
			Usage: BenchmarkRunner [--scenario=storm|flood|hold|all[,...]] [--contenders=baseline,ari-queue[,ari-queue-virtual][,ari-queue-observed]]
			  [--storm-rates=25,50,100,200,400,800] [--storm-step-seconds=4] [--storm-rounds=3]
			  [--flood-dialogues=40] [--flood-events=1500] [--flood-rounds=3] [--hold-dialogues=10000] [--hold-rounds=3]
			  [--proxies=4] [--concurrency=32] [--consumer-channels=16] [--publisher-channels=4] [--prefetch=32]
			  [--announcement-prefetch=8] [--host=127.0.0.1] [--port=5672] [--username=guest] [--password=guest]
			  [--output=target/benchmark-results.json]""";

	/**
	 * Parse a command line.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException on an unknown option
	 */
	static BenchmarkOptions parse(String... args) {
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Not an option: " + arg);
			}
			given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		Options options = new Options(given);
		List<String> scenarios = options.list("scenario", "all");
		if (scenarios.contains("all")) {
			scenarios = List.of("storm", "flood", "hold");
		}
		for (String scenario : scenarios) {
			if (!List.of("storm", "flood", "hold").contains(scenario)) {
				throw new IllegalArgumentException("Unknown scenario '" + scenario + "'");
			}
		}
		List<ContenderKind> contenders = options.list("contenders", "baseline,ari-queue")
			.stream()
			.map(ContenderKind::of)
			.toList();
		int holdDialogues = options.integer("hold-dialogues", 10_000);
		ContenderSettings contender = new ContenderSettings(options.text("host", "127.0.0.1"),
				options.integer("port", 5672), options.text("username", "guest"), options.text("password", "guest"),
				"", "", options.integer("concurrency", 32), options.integer("consumer-channels", 16),
				options.integer("publisher-channels", 4), options.integer("prefetch", 32),
				options.integer("announcement-prefetch", 8), Math.max(12_000, holdDialogues + 1000));
		BenchmarkOptions parsed = new BenchmarkOptions(scenarios, contenders,
				options.list("storm-rates", "25,50,100,200,400,800").stream().map(Integer::valueOf).toList(),
				options.integer("storm-step-seconds", 4), options.rounds("storm-rounds"),
				options.integer("flood-dialogues", 40), options.integer("flood-events", 1500),
				options.rounds("flood-rounds"), holdDialogues, options.rounds("hold-rounds"),
				options.integer("proxies", 4), contender,
				Path.of(options.text("output", "target/benchmark-results.json")));
		options.rejectUnused();
		return parsed;
	}

	private static final class Options {

		private final Map<String, String> given;

		private final List<String> used = new ArrayList<>();

		Options(Map<String, String> given) {
			this.given = given;
		}

		String text(String name, String fallback) {
			this.used.add(name);
			return this.given.getOrDefault(name, fallback);
		}

		int integer(String name, int fallback) {
			return Integer.parseInt(text(name, Integer.toString(fallback)));
		}

		/**
		 * A number of rounds, three unless given: at least one, since a scenario reports the
		 * median of its rounds.
		 */
		int rounds(String name) {
			int rounds = integer(name, 3);
			if (rounds < 1) {
				throw new IllegalArgumentException("--" + name + " must be at least 1, not " + rounds);
			}
			return rounds;
		}

		List<String> list(String name, String fallback) {
			return Arrays.stream(text(name, fallback).split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
		}

		void rejectUnused() {
			for (String name : this.given.keySet()) {
				if (!this.used.contains(name)) {
					throw new IllegalArgumentException("Unknown option --" + name);
				}
			}
		}

	}

}
