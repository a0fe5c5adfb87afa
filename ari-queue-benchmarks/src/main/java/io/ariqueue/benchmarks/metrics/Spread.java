package io.ariqueue.benchmarks.metrics;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One figure over several rounds: its median and how far the rounds scatter, so that a reader
 * can tell a change from the noise of a shared machine. Rounds where the figure is unavailable
 * (NaN) are ignored.
 *
 * @param median the median, as {@link Medians#of} takes it
 * @param min the smallest value of any round
 * @param max the largest value of any round
 * @author ari-queue team
 */
public record Spread(double median, double min, double max) {

	/**
	 * The spread of a figure.
	 * @param <T> the kind of result
	 * @param rounds the rounds' results
	 * @param figure the figure
	 * @return the spread; every value NaN if no round has the figure
	 */
	public static <T> Spread of(List<T> rounds, ToDoubleFunction<T> figure) {
		DoubleSummaryStatistics values = rounds.stream()
			.mapToDouble(figure)
			.filter((value) -> !Double.isNaN(value))
			.summaryStatistics();
		if (values.getCount() == 0) {
			return new Spread(Double.NaN, Double.NaN, Double.NaN);
		}
		return new Spread(Medians.of(rounds, figure), values.getMin(), values.getMax());
	}

}
