package io.ariqueue.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario at a small scale against both contenders on the real broker: the driver plays
 * its calls to the end, the figures come out, and order is verified.
 *
 * @author ari-queue team
 */
class BenchmarkRunnerSmokeTests {

	@Test
	void producesEveryFigureAndVerifiesOrder(@TempDir Path output) throws Exception {
		Path results = output.resolve("results.json");
		BenchmarkOptions options = BenchmarkOptions.parse("--scenario=all", "--storm-rates=10",
				"--storm-step-seconds=1", "--storm-rounds=2", "--flood-dialogues=3", "--flood-events=50",
				"--hold-dialogues=20", "--hold-rounds=2", "--concurrency=4", "--consumer-channels=2", "--publisher-channels=1", "--proxies=2",
				"--output=" + results);
		BenchmarkReport report = BenchmarkRunner.run(options);
		report.write(results);
		assertThat(report.targets()).extracting(BenchmarkReport.TargetCheck::target)
			.contains("ordering never violated", "20 concurrent dialogues held");
		assertThat(report.targets()).filteredOn((check) -> check.target().startsWith("ordering"))
			.singleElement()
			.satisfies((check) -> assertThat(check.met()).as(check.measured()).isTrue());
		assertThat(report.targets()).filteredOn((check) -> check.target().endsWith("dialogues held"))
			.singleElement()
			.satisfies((check) -> assertThat(check.met()).as(check.measured()).isTrue());
		String table = report.table();
		assertThat(table).contains("| storm | peak completed dialogues/s |", "| flood | events/s dispatched",
				"| hold | heap growth after GC MiB |", "RabbitMQ", "each figure the median of 2 rounds",
				"| hold | set-up time s, min to max of 2 rounds", "| 2 | ari-queue |");
		assertThat(Files.readString(results)).contains("\"eventsPerSecond\"", "\"heapGrowthMb\"", "\"steps\"",
				"\"holdRounds\"");
	}

}
