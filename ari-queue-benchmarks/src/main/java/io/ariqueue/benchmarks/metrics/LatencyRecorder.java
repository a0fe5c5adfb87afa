package io.ariqueue.benchmarks.metrics;

import java.util.Arrays;

/**
 * Collects latency samples in nanoseconds and summarizes them. Samples are kept whole rather
 * than bucketed: a run records at most a few hundred thousand, and exact percentiles keep the
 * side-by-side ratios honest.
 *
 * @author ari-queue team
 */
public final class LatencyRecorder {

	private long[] samples = new long[1024];

	private int count;

	/**
	 * Record one sample.
	 * @param nanos the latency in nanoseconds
	 */
	public synchronized void record(long nanos) {
		if (this.count == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.count * 2);
		}
		this.samples[this.count++] = nanos;
	}

	/**
	 * How many samples were recorded.
	 * @return the count
	 */
	public synchronized int count() {
		return this.count;
	}

	/**
	 * Summarize the samples recorded so far.
	 * @return the percentiles, in milliseconds
	 */
	public synchronized Percentiles percentiles() {
		long[] sorted = Arrays.copyOf(this.samples, this.count);
		Arrays.sort(sorted);
		return new Percentiles(sorted.length, millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 0.999),
				(sorted.length > 0) ? sorted[sorted.length - 1] / 1e6 : Double.NaN);
	}

	private static double millis(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		// nearest rank: the smallest sample with at least this fraction of samples at or below it
		int rank = (int) Math.ceil(quantile * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

}
