package io.ariqueue.benchmarks.metrics;

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
}
