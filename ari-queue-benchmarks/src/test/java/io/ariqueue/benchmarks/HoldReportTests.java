package io.ariqueue.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.ariqueue.benchmarks.BenchmarkReport.TargetCheck;
import io.ariqueue.benchmarks.scenario.HoldScenario.HoldResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How the report shows the hold's rounds: medians in the table, the set-up time's scatter from
 * round to round, and the targets judged on the medians.
 *
 * @author ari-queue team
 */
class HoldReportTests {

	private static final MachineInfo MACHINE = new MachineInfo(2, "test JVM", 512, "test OS", "RabbitMQ 3.10.8");

	@Test
	void reportsTheMedianSetUpTimeAndItsScatterAgainstTheBaselineRoundByRound() {
		BenchmarkReport report = report("--hold-rounds=3");
		report.addHoldRounds(List.of(round("baseline", 10_000, 5.35, 18, 38), round("baseline", 10_000, 5.10, 20, 40),
				round("baseline", 10_000, 6.00, 16, 39)));
		report.addHoldRounds(List.of(round("ari-queue", 10_000, 6.72, 46, 44), round("ari-queue", 10_000, 4.29, 30, 70),
				round("ari-queue", 10_000, 6.53, 300, 43)));
		String table = report.table();
		assertThat(table).contains("| hold | set-up time s | 5.35 | 6.53 | +1.18 |\n",
				"| hold | set-up time s, min to max of 3 rounds (vs baseline: within each round) | 5.10 to 6.00 "
						+ "| 4.29 to 6.72 | -0.81 to +1.37 s, 0.84 to 1.26 x |\n",
				"| hold | heap growth after GC MiB | 18 | 46 | +28 |\n", "| hold | live threads added | 39 | 44 | +5.00 |\n");
		assertThat(table).contains("""
				| round | ran first | baseline | ari-queue | ari-queue - baseline | ari-queue / baseline |
				|---|---|---|---|---|---|
				| 1 | baseline | 5.35 | 6.72 | +1.37 | 1.26 x |
				| 2 | ari-queue | 5.10 | 4.29 | -0.81 | 0.84 x |
				| 3 | baseline | 6.00 | 6.53 | +0.53 | 1.09 x |
				| median | | 5.35 | 6.53 | +0.53 | 1.09 x |
				| min to max | | 5.10 to 6.00 | 4.29 to 6.72 | -0.81 to +1.37 | 0.84 to 1.26 x |
				""");
		assertThat(report.targets()).extracting(TargetCheck::target, TargetCheck::measured, TargetCheck::met)
			.contains(tuple("heap growth < 256 MiB", "46 MiB", true));
	}

	@Test
	void aRoundThatHeldTooFewFailsTheTargetEvenIfTheOthersHeldAll() {
		BenchmarkReport report = report("--hold-rounds=3");
		report.addHoldRounds(List.of(round("baseline", 10_000, 5, 18, 38)));
		report.addHoldRounds(List.of(round("ari-queue", 10_000, 6, 46, 44), round("ari-queue", 9_990, 6, 46, 44),
				round("ari-queue", 10_000, 6, 46, 44)));
		assertThat(report.targets()).filteredOn((check) -> check.target().equals("10000 concurrent dialogues held"))
			.singleElement()
			.satisfies((check) -> {
				assertThat(check.met()).isFalse();
				assertThat(check.measured()).startsWith("9990 held");
			});
	}

	@Test
	void oneRoundShowsNoScatter() {
		BenchmarkReport report = report("--hold-rounds=1");
		report.addHoldRounds(List.of(round("baseline", 10_000, 5.35, 18, 38)));
		report.addHoldRounds(List.of(round("ari-queue", 10_000, 6.72, 46, 44)));
		String table = report.table();
		assertThat(table).contains("| hold | set-up time s | 5.35 | 6.72 | +1.37 |\n")
			.doesNotContain("min to max", "per round");
	}

	private static BenchmarkReport report(String rounds) {
		return new BenchmarkReport(MACHINE,
				BenchmarkOptions.parse("--scenario=hold", "--contenders=baseline,ari-queue", rounds));
	}

	private static HoldResult round(String contender, int held, double setUpSeconds, long heapGrowthMb, int threads) {
		return new HoldResult(contender, 10_000, held, held, 0, setUpSeconds, 100, 100 + heapGrowthMb, heapGrowthMb,
				50, 50 + threads, threads, 16, 2, 32);
	}

}
