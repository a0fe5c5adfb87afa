package io.ariqueue.test.junit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * Starts a RabbitMQ in a container, once per JVM. Only loaded when Testcontainers is on the class path.
 *
 * @author ari-queue
 */
final class TestcontainersBroker {

	private static final String IMAGE = "rabbitmq:4-management-alpine";

	private static RabbitMQContainer container;

	private TestcontainersBroker() {
	}

	static synchronized RabbitBroker startIfDockerIsAvailable() {
		if (container == null) {
			try {
				if (!DockerClientFactory.instance().isDockerAvailable()) {
					return null;
				}
			}
			catch (RuntimeException ex) {
				return null;
			}
			RabbitMQContainer started = new RabbitMQContainer(IMAGE);
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "ari-queue rabbitmq container stop"));
			container = started;
		}
		return new RabbitBroker(container.getHost(), container.getAmqpPort(), container.getAdminUsername(),
				container.getAdminPassword(), "/", RabbitBroker.Source.TESTCONTAINERS);
	}

}
