package io.ariqueue.benchmarks.scenario;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.ariqueue.benchmarks.scenario.HoldScenario.HoldResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging hold rounds into medians.
 *
 * @author ari-queue team
 */
class HoldResultTests {

	@Test
	void takesTheMedianOfEachFigureButTheFewestHeldAndEveryFailure() {
		HoldResult median = HoldResult.median(List.of(round(10_000, 0, 5.35, 46, 44, 25),
				round(9_998, 2, 6.72, 300, 70, -1), round(10_000, 1, 4.29, 30, 43, 33)));
		assertThat(median).isEqualTo(new HoldResult("ari-queue", 10_000, 9_998, 9_998, 3, 5.35, 100, 146, 46, 50,
				94, 44, 16, 2, 29));
	}

	@Test
	void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwoRounded() {
		HoldResult median = HoldResult.median(List.of(round(20, 0, 1.001, 10, 5, 4), round(20, 0, 1.004, 13, 6, 7)));
		assertThat(median.setUpSeconds()).isEqualTo(1.0);
		assertThat(median.heapGrowthMb()).isEqualTo(12);
		assertThat(median.applicationThreads()).isEqualTo(6);
		assertThat(median.brokerChannels()).isEqualTo(6);
	}

	@Test
	void theBrokersCountsStayUnavailableWhereNoRoundHasThem() {
		HoldResult median = HoldResult.median(List.of(round(20, 0, 1, 10, 5, -1), round(20, 0, 1, 10, 5, -1)));
		assertThat(median.brokerChannels()).isEqualTo(-1);
	}

	@Test
	void oneRoundIsItsOwnMedian() {
		HoldResult only = round(20, 0, 1, 10, 5, 4);
		assertThat(HoldResult.median(List.of(only))).isSameAs(only);
	}

	private static HoldResult round(int held, int failures, double setUpSeconds, long heapGrowthMb, int threads,
			int brokerChannels) {
		return new HoldResult("ari-queue", 10_000, held, held, failures, setUpSeconds, 100, 100 + heapGrowthMb,
				heapGrowthMb, 50, 50 + threads, threads, 16, (brokerChannels < 0) ? -1 : 2, brokerChannels);
	}

}
