package io.ariqueue.benchmarks.scenario;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.ariqueue.benchmarks.metrics.CpuMeter.CpuUse;
import io.ariqueue.benchmarks.metrics.Percentiles;
import io.ariqueue.benchmarks.scenario.CallStormScenario.StormResult;
import io.ariqueue.benchmarks.scenario.CallStormScenario.StormStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging storm rounds into medians.
 *
 * @author ari-queue team
 */
class StormResultTests {

	@Test
	void takesTheMedianOfEachFigureAtEachRateEveryRoundReached() {
		StormResult first = round(step(100, true, 10, 50), step(200, true, 30, 300), step(400, false, 900, 900));
		StormResult second = round(step(100, true, 12, 20), step(200, false, 90, 100));
		StormResult third = round(step(100, true, 11, 80), step(200, true, 20, 200), step(400, false, 800, 800));
		StormResult median = StormResult.median(List.of(first, second, third));
		// 400/s was not reached by every round
		assertThat(median.steps()).extracting(StormStep::rate).containsExactly(100, 200);
		StormStep at200 = median.at(200);
		assertThat(at200.announcementToHandler().p50()).isEqualTo(30);
		assertThat(at200.announcementToHandler().p99()).isEqualTo(200);
		assertThat(at200.announcementToHandler().samples()).isEqualTo(3 * 400);
		assertThat(at200.cpu().machineBusyPercent()).isEqualTo(30);
		// kept up in two rounds of three
		assertThat(at200.keptUp()).isTrue();
		assertThat(median.sustainedRate()).isEqualTo(200);
		assertThat(median.failures()).isEqualTo(3);
		assertThat(median.firstFailure()).isEqualTo("boom");
	}

	@Test
	void aStepKeptUpInHalfTheRoundsOnlyIsNotKeptUp() {
		StormResult median = StormResult.median(List.of(round(step(200, true, 1, 1)), round(step(200, false, 2, 2))));
		assertThat(median.at(200).keptUp()).isFalse();
		assertThat(median.at(200).announcementToHandler().p50()).isEqualTo(1.5);
		assertThat(median.sustainedRate()).isZero();
	}

	@Test
	void oneRoundIsItsOwnMedian() {
		StormResult only = round(step(50, true, 5, 9));
		assertThat(StormResult.median(List.of(only))).isSameAs(only);
	}

	private static StormResult round(StormStep... steps) {
		return StormResult.of("contender", List.of(steps), 1, "boom");
	}

	private static StormStep step(int rate, boolean keptUp, double p50, double p99) {
		Percentiles latency = new Percentiles(400, p50, p99, p99, p99);
		return new StormStep(rate, rate * 4, rate * 4, rate, keptUp, latency, latency, latency,
				new CpuUse(p50, 1, 6, 2));
	}

}
