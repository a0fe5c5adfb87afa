package io.ariqueue.benchmarks.metrics;

import java.util.List;

/**
 * A latency distribution in milliseconds.
 *
 * @param samples how many samples
 * @param p50 the median
 * @param p99 the 99th percentile
 * @param p999 the 99.9th percentile
 * @param max the largest sample
 * @author ari-queue team
 */
public record Percentiles(int samples, double p50, double p99, double p999, double max) {

	/**
	 * The median of each figure over several runs of the same measurement.
	 * @param runs the runs' percentiles
	 * @return the medians; samples is the runs' total
	 */
	public static Percentiles median(List<Percentiles> runs) {
		return new Percentiles(runs.stream().mapToInt(Percentiles::samples).sum(), Medians.of(runs, Percentiles::p50),
				Medians.of(runs, Percentiles::p99), Medians.of(runs, Percentiles::p999),
				Medians.of(runs, Percentiles::max));
	}

}
