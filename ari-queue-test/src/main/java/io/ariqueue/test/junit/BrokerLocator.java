package io.ariqueue.test.junit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.Function;
import java.util.function.Supplier;

import com.rabbitmq.client.Connection;

/**
 * Finds a RabbitMQ broker for tests: the configured address (default {@code 127.0.0.1:5672},
 * {@code guest}/{@code guest}) if a broker answers there, else a Testcontainers broker if Docker is
 * available, else an error that says how to get one. Never a skip.
 * <p>
 * The address is read from system properties {@code ari.queue.rabbit.host|port|username|password|virtual-host},
 * then {@code spring.rabbitmq.host|port|username|password|virtual-host}, then the environment variables
 * {@code ARI_QUEUE_RABBIT_HOST|PORT|USERNAME|PASSWORD|VIRTUAL_HOST} and
 * {@code SPRING_RABBITMQ_HOST|PORT|USERNAME|PASSWORD|VIRTUAL_HOST}.
 *
 * @author ari-queue
 */
public final class BrokerLocator {

	private static RabbitBroker shared;

	private static String sharedFailure;

	private final Function<String, String> systemProperties;

	private final Function<String, String> environment;

	private final Supplier<RabbitBroker> containerStarter;

	/**
	 * A locator reading the real system properties and environment, falling back to Testcontainers.
	 */
	public BrokerLocator() {
		this(System::getProperty, System::getenv, BrokerLocator::startContainerIfDockerIsAvailable);
	}

	/**
	 * A locator with its inputs supplied, for tests of the locator itself.
	 * @param systemProperties reads a system property
	 * @param environment reads an environment variable
	 * @param containerStarter starts a container broker, or returns {@code null} when Docker is unavailable
	 */
	public BrokerLocator(Function<String, String> systemProperties, Function<String, String> environment,
			Supplier<RabbitBroker> containerStarter) {
		this.systemProperties = systemProperties;
		this.environment = environment;
		this.containerStarter = containerStarter;
	}

	/**
	 * A locator that reads its settings ({@code ari.queue.rabbit.*}, then {@code spring.rabbitmq.*}) from one
	 * source, such as a Spring {@code Environment}, and falls back to Testcontainers.
	 * @param settings reads a setting
	 * @return the locator
	 */
	public static BrokerLocator of(Function<String, String> settings) {
		return new BrokerLocator(settings, (name) -> null, BrokerLocator::startContainerIfDockerIsAvailable);
	}

	/**
	 * The broker of this JVM, located once by a default locator and shared by every test that asks for it.
	 * @return the broker
	 * @throws IllegalStateException with a one-line explanation when there is none (every time it is asked)
	 */
	public static synchronized RabbitBroker shared() {
		if (shared == null && sharedFailure == null) {
			try {
				shared = new BrokerLocator().locate();
			}
			catch (IllegalStateException ex) {
				sharedFailure = ex.getMessage();
			}
		}
		if (sharedFailure != null) {
			throw new IllegalStateException(sharedFailure);
		}
		return shared;
	}

	/**
	 * The broker the settings name, whether or not it answers.
	 * @return the configured broker
	 */
	public RabbitBroker configured() {
		return new RabbitBroker(setting("host", "127.0.0.1"), Integer.parseInt(setting("port", "5672")),
				setting("username", "guest"), setting("password", "guest"), setting("virtual-host", "/"),
				RabbitBroker.Source.RUNNING);
	}

	/**
	 * Find a broker.
	 * @return the broker
	 * @throws IllegalStateException with a one-line explanation when there is none
	 */
	public RabbitBroker locate() {
		RabbitBroker configured = configured();
		String problem = probe(configured);
		if (problem == null) {
			return configured;
		}
		RabbitBroker container = this.containerStarter.get();
		if (container != null) {
			return container;
		}
		throw new IllegalStateException("No RabbitMQ for the tests: " + configured.uri() + " " + problem
				+ " and Docker is not available for Testcontainers; start one with 'rabbitmq-server -detached'"
				+ " (install: 'apt-get install rabbitmq-server') or point ARI_QUEUE_RABBIT_HOST/PORT/USERNAME/PASSWORD"
				+ " (or spring.rabbitmq.*) at one");
	}

	private String setting(String name, String defaultValue) {
		for (String key : new String[] { "ari.queue.rabbit." + name, "spring.rabbitmq." + name }) {
			String value = this.systemProperties.apply(key);
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		String suffix = name.toUpperCase().replace('-', '_');
		for (String key : new String[] { "ARI_QUEUE_RABBIT_" + suffix, "SPRING_RABBITMQ_" + suffix }) {
			String value = this.environment.apply(key);
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		return defaultValue;
	}

	/** Why the broker is unusable, or {@code null} when it answers and accepts the credentials. */
	private static String probe(RabbitBroker broker) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(broker.host(), broker.port()), 2000);
		}
		catch (IOException ex) {
			return "does not answer (" + ex.getMessage() + ")";
		}
		try (Connection connection = broker.connectionFactory().newConnection("ari-queue broker probe")) {
			return null;
		}
		catch (Exception ex) {
			return "refuses an AMQP connection (" + ex.getMessage() + ")";
		}
	}

	/**
	 * A RabbitMQ in a Testcontainers container, started once per JVM and stopped when it exits.
	 * @return the broker, or {@code null} when Testcontainers is not on the class path or Docker is unavailable
	 */
	public static RabbitBroker startContainerIfDockerIsAvailable() {
		try {
			Class.forName("org.testcontainers.DockerClientFactory", false, BrokerLocator.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
		return TestcontainersBroker.startIfDockerIsAvailable();
	}

}
