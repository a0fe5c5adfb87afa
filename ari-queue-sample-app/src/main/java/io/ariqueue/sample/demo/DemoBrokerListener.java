package io.ariqueue.sample.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

/**
 * Before the demo's context starts: finds the configured RabbitMQ, else starts one in Docker where a Docker
 * daemon is reachable, else stops the start with a {@link NoBrokerException}. Also gives the demo an
 * application queue of its own, so that it never takes calls from a real proxy's {@code sample-ivr} queue,
 * and, unless {@code server.port} is set, a free port for its health and metrics: it exits after its calls,
 * and must not fail where another program holds port 8080.
 * <p>
 * Runs after logging is set up, so that Testcontainers' progress shows.
 *
 * @author ari-queue team
 */
class DemoBrokerListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(DemoBrokerListener.class);

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!environment.getProperty("sample.demo.enabled", Boolean.class, false)) {
			return;
		}
		BrokerLocator locator = new BrokerLocator(environment::getProperty, (name) -> null,
				DemoBrokerListener::containerIfDockerRuns);
		RabbitBroker broker;
		try {
			broker = locator.locate();
		}
		catch (IllegalStateException ex) {
			throw new NoBrokerException("No RabbitMQ answers at " + locator.configured().uri()
					+ " and no Docker daemon runs to start one; get one with: "
					+ "apt-get install rabbitmq-server && rabbitmq-server -detached");
		}
		if (broker.source() == RabbitBroker.Source.TESTCONTAINERS) {
			logger.info("No RabbitMQ at {}; using the one started in Docker at {}", locator.configured().uri(),
					broker.uri());
		}
		Map<String, Object> properties = broker.springProperties();
		properties.put("ari.queue.application", "sample-ivr-demo-" + UUID.randomUUID().toString().substring(0, 8));
		if (!environment.containsProperty("server.port")) {
			properties.put("server.port", 0);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("sampleDemo", properties));
	}

	/**
	 * Testcontainers only where a daemon can be there at all: asking Testcontainers on a machine without
	 * Docker prints a screen of errors before it gives up.
	 */
	private static RabbitBroker containerIfDockerRuns() {
		String dockerHost = System.getenv("DOCKER_HOST");
		List<Path> sockets = List.of(Path.of("/var/run/docker.sock"),
				Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
		if ((dockerHost == null || dockerHost.isBlank()) && sockets.stream().noneMatch(Files::exists)) {
			return null;
		}
		logger.info("No RabbitMQ answers; starting one in Docker through Testcontainers");
		return BrokerLocator.startContainerIfDockerIsAvailable();
	}

}
