package io.ariqueue.benchmarks.proxy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proxy benchmark at a small scale: every figure comes out of real traffic through the
 * proxy, the broker and the ARI double.
 *
 * @author ari-queue team
 */
class ProxyBenchmarkSmokeTests {

	@Test
	void producesEveryFigure() throws Exception {
		ProxyBenchmark.Result result = ProxyBenchmark
			.run(ProxyBenchmark.Options.parse("--seconds=2", "--rate=50", "--flood-calls=3", "--flood-digits=100", "--warmup-seconds=1"));
		assertThat(result.proxyEventsPerSecond()).isPositive();
		assertThat(result.directEventsPerSecond()).isPositive();
		assertThat(result.directCall().samples()).isEqualTo(100);
		assertThat(result.proxyCall().samples()).isEqualTo(100);
		assertThat(result.brokerHops().samples()).isEqualTo(100);
		assertThat(result.proxyOverhead().samples()).isEqualTo(100);
		assertThat(result.proxyOverhead().p50()).isPositive();
		// the runs happen one after another on a shared machine: their figures are not compared here
		assertThat(result.proxyCall().p50()).isPositive();
		assertThat(result.directCall().p50()).isPositive();
		// this JVM's processor time is there on every platform; the machine's and the broker's on Linux
		assertThat(result.proxyCpu().jvmMsPerDialogue()).isPositive();
		assertThat(result.directCpu().jvmMsPerDialogue()).isPositive();
		assertThat(result.proxyMsPerDialogue()).isPositive().isLessThan(result.proxyCpu().jvmMsPerDialogue());
		assertThat(result.table()).contains("| events/s (3 calls x 100 DTMF) |", "| ARI call p50 ms (50 new dialogues/s, 2 s) |",
				"| inside the proxy (its own timer), p50 / p99 ms", "| machine busy %, calls through the proxy / direct |");
		System.out.println(result.table());
	}

}
