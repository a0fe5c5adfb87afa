package io.ariqueue.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The runner's command line.
 *
 * @author ari-queue team
 */
class BenchmarkOptionsTests {

	@Test
	void everyScenarioRunsThreeRoundsUnlessTold() {
		BenchmarkOptions defaults = BenchmarkOptions.parse();
		assertThat(defaults.stormRounds()).isEqualTo(3);
		assertThat(defaults.floodRounds()).isEqualTo(3);
		assertThat(defaults.holdRounds()).isEqualTo(3);
		assertThat(BenchmarkOptions.parse("--hold-rounds=5").holdRounds()).isEqualTo(5);
	}

	@Test
	void fewerThanOneRoundIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--hold-rounds=0"))
			.withMessage("--hold-rounds must be at least 1, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--storm-rounds=-1"))
			.withMessage("--storm-rounds must be at least 1, not -1");
	}

	@Test
	void theUsageNamesTheHoldRounds() {
		assertThat(BenchmarkOptions.USAGE).contains("[--hold-rounds=3]");
	}

}
