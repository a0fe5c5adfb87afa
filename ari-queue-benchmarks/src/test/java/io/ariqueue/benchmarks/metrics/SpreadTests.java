package io.ariqueue.benchmarks.metrics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The median and range of a figure over rounds.
 *
 * @author ari-queue team
 */
class SpreadTests {

	@Test
	void takesTheMedianSmallestAndLargestOfTheRoundsThatHaveTheFigure() {
		Spread spread = Spread.of(List.of(1.37, Double.NaN, -0.81, 0.53), Double::doubleValue);
		assertThat(spread).isEqualTo(new Spread(0.53, -0.81, 1.37));
	}

	@Test
	void isUnavailableWhereNoRoundHasTheFigure() {
		Spread spread = Spread.of(List.of(Double.NaN), Double::doubleValue);
		assertThat(spread.median()).isNaN();
		assertThat(spread.min()).isNaN();
		assertThat(spread.max()).isNaN();
	}

}
