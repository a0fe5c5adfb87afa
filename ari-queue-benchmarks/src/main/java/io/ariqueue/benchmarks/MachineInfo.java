package io.ariqueue.benchmarks;

import java.lang.management.ManagementFactory;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The machine a run measured, printed with its figures: ratios travel between machines, absolute
 * figures do not.
 *
 * @param cores the processors the JVM sees
 * @param jvm the JVM's name and version
 * @param maxHeapMb the JVM's maximum heap, MiB
 * @param os the operating system
 * @param rabbitmq the broker's product and version
 * @author ari-queue team
 */
public record MachineInfo(int cores, String jvm, long maxHeapMb, String os, String rabbitmq) {

	static MachineInfo describe(ConnectionFactory broker) {
		String rabbitmq;
		try (Connection connection = broker.newConnection("ari-queue-benchmark-probe")) {
			rabbitmq = connection.getServerProperties().get("product") + " "
					+ connection.getServerProperties().get("version");
		}
		catch (Exception ex) {
			rabbitmq = "unreachable: " + ex.getMessage();
		}
		return new MachineInfo(Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024),
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
						+ System.getProperty("os.arch"),
				rabbitmq);
	}

	@Override
	public String toString() {
		return this.cores + " cores, " + this.jvm + " (max heap " + this.maxHeapMb + " MiB), " + this.os + ", "
				+ this.rabbitmq;
	}

}
