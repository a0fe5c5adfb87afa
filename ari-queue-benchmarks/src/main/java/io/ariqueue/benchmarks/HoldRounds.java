package io.ariqueue.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.IntStream;

import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.metrics.Spread;
import io.ariqueue.benchmarks.scenario.HoldScenario.HoldResult;

import static io.ariqueue.benchmarks.BenchmarkReport.format;
import static io.ariqueue.benchmarks.BenchmarkReport.signed;

/**
 * The hold's set-up time round by round: how far it scatters for each contender, and against the
 * baseline's in the same round, so that a reader can tell a change from the noise of a shared
 * machine. Rounds of the same number ran one after the other, which is why they are compared
 * pairwise.
 *
 * @author ari-queue team
 */
final class HoldRounds {

	private final List<ContenderKind> contenders;

	private final Map<String, List<HoldResult>> rounds;

	/**
	 * Create the view.
	 * @param contenders the contenders in the order given, the baseline first
	 * @param rounds each contender's rounds, by label, in the order they ran
	 */
	HoldRounds(List<ContenderKind> contenders, Map<String, List<HoldResult>> rounds) {
		this.contenders = contenders;
		this.rounds = rounds;
	}

	/**
	 * A contender's set-up time over its rounds.
	 */
	Spread setUp(String contender) {
		return Spread.of(this.rounds.getOrDefault(contender, List.of()), HoldResult::setUpSeconds);
	}

	/**
	 * A contender's set-up time less the baseline's of the same round, over the rounds.
	 */
	Spread setUpDifference(String candidate) {
		return againstBaseline(candidate, (other, base) -> other - base);
	}

	/**
	 * A contender's set-up time over the baseline's of the same round, over the rounds.
	 */
	Spread setUpRatio(String candidate) {
		return againstBaseline(candidate, (other, base) -> (base > 0) ? other / base : Double.NaN);
	}

	private Spread againstBaseline(String candidate, ToDoubleBiFunction<Double, Double> compare) {
		List<HoldResult> base = this.rounds.getOrDefault(baseline(), List.of());
		List<HoldResult> other = this.rounds.getOrDefault(candidate, List.of());
		List<Integer> paired = IntStream.range(0, Math.min(base.size(), other.size())).boxed().toList();
		return Spread.of(paired, (round) -> compare.applyAsDouble(other.get(round).setUpSeconds(),
				base.get(round).setUpSeconds()));
	}

	/**
	 * The row of the main table that gives the set-up time's scatter: each contender's, and the
	 * difference and ratio to the baseline within each round.
	 */
	String scatterRow() {
		StringBuilder out = new StringBuilder("| hold | set-up time s, min to max of ").append(roundCount())
			.append(" rounds (vs baseline: within each round)");
		labels().forEach((contender) -> out.append(" | ").append(range(setUp(contender), false)));
		for (String candidate : candidates()) {
			out.append(" | ").append(range(setUpDifference(candidate), true)).append(" s, ")
				.append(range(setUpRatio(candidate), false)).append(" x");
		}
		return out.append(" |\n").toString();
	}

	/**
	 * Every round's set-up time with the order the contenders ran in, then each column's median
	 * and range.
	 */
	String table() {
		StringBuilder out = new StringBuilder("Hold set-up time s per round (contenders in alternating order; each hold"
				+ " figure above is the median of the ").append(roundCount()).append(" rounds)\n\n| round | ran first");
		labels().forEach((contender) -> out.append(" | ").append(contender));
		for (String candidate : candidates()) {
			out.append(" | ").append(candidate).append(" - ").append(baseline());
			out.append(" | ").append(candidate).append(" / ").append(baseline());
		}
		out.append(" |\n|---|---|").append("---|".repeat(labels().size() + 2 * candidates().size())).append('\n');
		for (int round = 0; round < roundCount(); round++) {
			out.append("| ").append(round + 1).append(" | ")
				.append(BenchmarkRunner.order(this.contenders, round).get(0).label());
			for (String contender : labels()) {
				out.append(" | ").append(format(setUpIn(contender, round)));
			}
			for (String candidate : candidates()) {
				double other = setUpIn(candidate, round);
				double base = setUpIn(baseline(), round);
				out.append(" | ").append(signed(other - base)).append(" | ")
					.append((base > 0) ? format(other / base) + " x" : "-");
			}
			out.append(" |\n");
		}
		out.append("| median |");
		labels().forEach((contender) -> out.append(" | ").append(format(setUp(contender).median())));
		for (String candidate : candidates()) {
			out.append(" | ").append(signed(setUpDifference(candidate).median())).append(" | ")
				.append(format(setUpRatio(candidate).median())).append(" x");
		}
		out.append(" |\n| min to max |");
		labels().forEach((contender) -> out.append(" | ").append(range(setUp(contender), false)));
		for (String candidate : candidates()) {
			out.append(" | ").append(range(setUpDifference(candidate), true)).append(" | ")
				.append(range(setUpRatio(candidate), false)).append(" x");
		}
		return out.append(" |\n").toString();
	}

	private double setUpIn(String contender, int round) {
		List<HoldResult> results = this.rounds.getOrDefault(contender, List.of());
		return (round < results.size()) ? results.get(round).setUpSeconds() : Double.NaN;
	}

	private int roundCount() {
		return this.rounds.values().stream().mapToInt(List::size).max().orElse(0);
	}

	private List<String> labels() {
		return this.contenders.stream().map(ContenderKind::label).toList();
	}

	private String baseline() {
		return labels().get(0);
	}

	private List<String> candidates() {
		return labels().subList(1, labels().size());
	}

	private static String range(Spread spread, boolean signed) {
		return signed ? signed(spread.min()) + " to " + signed(spread.max())
				: format(spread.min()) + " to " + format(spread.max());
	}

}
