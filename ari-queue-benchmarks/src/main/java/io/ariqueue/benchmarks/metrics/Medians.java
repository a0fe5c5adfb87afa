package io.ariqueue.benchmarks.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Medians of one figure over several rounds, ignoring rounds where the figure is unavailable.
 *
 * @author ari-queue team
 */
public final class Medians {

	private Medians() {
	}

	/**
	 * The median of a figure.
	 * @param <T> the kind of result
	 * @param rounds the rounds' results
	 * @param figure the figure
	 * @return the median (the mean of the middle two for an even count), NaN if no round has it
	 */
	public static <T> double of(List<T> rounds, ToDoubleFunction<T> figure) {
		double[] values = rounds.stream().mapToDouble(figure).filter((value) -> !Double.isNaN(value)).sorted().toArray();
		if (values.length == 0) {
			return Double.NaN;
		}
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
