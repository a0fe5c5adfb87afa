package io.ariqueue.benchmarks.scenario;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.UUID;

import com.rabbitmq.client.ConnectionFactory;

import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.contender.ContenderSettings;
import io.ariqueue.benchmarks.driver.ProxyLoadDriver;
import io.ariqueue.benchmarks.metrics.CpuMeter;
import io.ariqueue.benchmarks.metrics.Probe;

/**
 * What every scenario shares: the broker, the resources both contenders get, the number of
 * proxies the driver plays, and a run id that makes every queue name of this run unique on a
 * broker that others use at the same time.
 *
 * @author ari-queue team
 */
public final class BenchmarkEnvironment {

	private final ContenderSettings settings;

	private final int proxies;

	private final String runId = UUID.randomUUID().toString().substring(0, 8);

	/**
	 * Create an environment.
	 * @param settings the contenders' resources; the application and run tag are filled in per run
	 * @param proxies how many proxies the driver plays
	 */
	public BenchmarkEnvironment(ContenderSettings settings, int proxies) {
		this.settings = settings;
		this.proxies = proxies;
	}

	/**
	 * The settings of one contender in one scenario, with an application of its own.
	 */
	ContenderSettings settings(String scenario, ContenderKind kind) {
		String application = "bench-" + scenario + "-" + kind.label() + "-" + this.runId;
		return new ContenderSettings(this.settings.host(), this.settings.port(), this.settings.username(),
				this.settings.password(), application, application, this.settings.concurrency(),
				this.settings.consumerChannels(), this.settings.publisherChannels(), this.settings.prefetch(),
				this.settings.announcementPrefetch(), this.settings.maxActiveDialogues());
	}

	/**
	 * A processor-time meter, which sees the broker where it runs on this machine.
	 */
	CpuMeter cpuMeter() {
		return CpuMeter.forBrokerAt(this.settings.host());
	}

	ProxyLoadDriver driver(ContenderSettings settings, Probe probe) throws IOException {
		return new ProxyLoadDriver(connectionFactory(), settings.application(), this.proxies, probe);
	}

	/**
	 * A connection factory for the broker.
	 * @return the factory
	 */
	public ConnectionFactory connectionFactory() {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(this.settings.host());
		factory.setPort(this.settings.port());
		factory.setUsername(this.settings.username());
		factory.setPassword(this.settings.password());
		return factory;
	}

	/**
	 * The heap in use after a full collection, in MiB.
	 * @return the heap in use
	 */
	static double heapAfterGcMb() {
		for (int i = 0; i < 3; i++) {
			System.gc();
			sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
	}

	static int liveThreads() {
		return ManagementFactory.getThreadMXBean().getThreadCount();
	}

	/**
	 * Live threads once their count stops falling: the contender of the round before may still be
	 * winding its threads down, and they would otherwise count against the next one.
	 * @return the live threads
	 */
	static int settledThreads() {
		long deadline = System.nanoTime() + 5_000_000_000L;
		int threads = liveThreads();
		while (System.nanoTime() < deadline) {
			sleep(250);
			int now = liveThreads();
			if (now >= threads) {
				return now;
			}
			threads = now;
		}
		return threads;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/**
	 * Wait until a condition holds.
	 * @return whether it held before the timeout
	 */
	static boolean await(java.util.function.BooleanSupplier condition, long timeoutMillis) {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			sleep(5);
		}
		return true;
	}

}
