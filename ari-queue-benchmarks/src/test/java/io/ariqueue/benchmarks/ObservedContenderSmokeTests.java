package io.ariqueue.benchmarks;

import java.nio.file.Path;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import io.ariqueue.benchmarks.contender.AriQueueContender;
import io.ariqueue.benchmarks.contender.CallScript;
import io.ariqueue.benchmarks.contender.ContenderSettings;
import io.ariqueue.benchmarks.metrics.Probe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ari-queue-observed contender against the broker, at toy sizes: it has Spring Boot's meters
 * and observations where the plain ari-queue contender has none, and a run with both reports the
 * target of issue 13.
 *
 * @author ari-queue team
 */
class ObservedContenderSmokeTests {

	@Test
	void onlyTheObservedContenderHasMetersAndObservations() throws Exception {
		String application = "bench-observed-smoke-" + UUID.randomUUID();
		ContenderSettings settings = new ContenderSettings("127.0.0.1", 5672, "guest", "guest", application,
				application, 2, 1, 1, 8, 8, 100);
		try (AriQueueContender observed = AriQueueContender.start(settings, new CallScript(new Probe()), false, true)) {
			ConfigurableApplicationContext context = observed.context();
			assertThat(context.getBeansOfType(MeterRegistry.class)).isNotEmpty();
			assertThat(context.getBean(ObservationRegistry.class).isNoop()).isFalse();
			assertThat(context.getBean(MeterRegistry.class).find("ari.queue.dialogues.active").gauge()).isNotNull();
		}
		try (AriQueueContender plain = AriQueueContender.start(settings, new CallScript(new Probe()), false, false)) {
			assertThat(plain.context().getBeansOfType(MeterRegistry.class)).isEmpty();
			assertThat(plain.context().getBeansOfType(ObservationRegistry.class)).isEmpty();
		}
		finally {
			deleteQueue(application);
		}
	}

	@Test
	void aRunWithAndWithoutMetricsAndObservationsReportsTheirRatios(@TempDir Path output) throws Exception {
		BenchmarkOptions options = BenchmarkOptions.parse("--scenario=storm,flood",
				"--contenders=baseline,ari-queue,ari-queue-observed", "--storm-rates=10", "--storm-step-seconds=1",
				"--storm-rounds=1", "--flood-dialogues=2", "--flood-events=50", "--flood-rounds=1", "--concurrency=4",
				"--consumer-channels=2", "--publisher-channels=1", "--proxies=1",
				"--output=" + output.resolve("results.json"));
		BenchmarkReport report = BenchmarkRunner.run(options);
		assertThat(report.targets()).filteredOn((check) -> check.target().endsWith("(issue 13)"))
			.extracting(BenchmarkReport.TargetCheck::target)
			.containsExactly("call-storm throughput with metrics and observations >= 0.9 x without (issue 13)",
					"JVM processor time per storm dialogue with metrics and observations <= 1.1 x without (issue 13)",
					"command round trip p99 with metrics and observations <= 1.1 x without (issue 13)",
					"event-flood throughput with metrics and observations >= 0.9 x without (issue 13)");
		assertThat(report.table()).contains("ari-queue-observed vs baseline");
	}

	private static void deleteQueue(String queue) throws Exception {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost("127.0.0.1");
		try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
			channel.queueDelete(queue);
		}
	}

}
