package io.ariqueue.test.junit;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * A RabbitMQ broker a test can use: where it is, how to log in, and where it came from.
 *
 * @author ari-queue
 */
public final class RabbitBroker {

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final String virtualHost;

	private final Source source;

	/**
	 * Describe a broker.
	 * @param host the host
	 * @param port the AMQP port
	 * @param username the user
	 * @param password the password
	 * @param virtualHost the virtual host
	 * @param source where it came from
	 */
	public RabbitBroker(String host, int port, String username, String password, String virtualHost, Source source) {
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
		this.virtualHost = virtualHost;
		this.source = source;
	}

	/**
	 * The host.
	 * @return the host
	 */
	public String host() {
		return this.host;
	}

	/**
	 * The AMQP port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * The user name.
	 * @return the user
	 */
	public String username() {
		return this.username;
	}

	/**
	 * The password.
	 * @return the password
	 */
	public String password() {
		return this.password;
	}

	/**
	 * The virtual host.
	 * @return the virtual host
	 */
	public String virtualHost() {
		return this.virtualHost;
	}

	/**
	 * Where the broker came from.
	 * @return the source
	 */
	public Source source() {
		return this.source;
	}

	/**
	 * The broker as an {@code amqp://} URI without the password.
	 * @return the URI
	 */
	public String uri() {
		return "amqp://" + this.username + "@" + this.host + ":" + this.port
				+ ("/".equals(this.virtualHost) ? "" : "/" + this.virtualHost);
	}

	/**
	 * Spring Boot's {@code spring.rabbitmq.*} properties that point an application at this broker.
	 * @return the properties, in a new modifiable map
	 */
	public Map<String, Object> springProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.rabbitmq.host", this.host);
		properties.put("spring.rabbitmq.port", this.port);
		properties.put("spring.rabbitmq.username", this.username);
		properties.put("spring.rabbitmq.password", this.password);
		properties.put("spring.rabbitmq.virtual-host", this.virtualHost);
		return properties;
	}

	/**
	 * A new connection factory for this broker.
	 * @return the factory
	 */
	public ConnectionFactory connectionFactory() {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(this.host);
		factory.setPort(this.port);
		factory.setUsername(this.username);
		factory.setPassword(this.password);
		factory.setVirtualHost(this.virtualHost);
		factory.setConnectionTimeout(5000);
		factory.setAutomaticRecoveryEnabled(false);
		return factory;
	}

	/**
	 * Whether a queue exists, by a passive declaration.
	 * @param queue the queue
	 * @return whether it exists
	 */
	public boolean queueExists(String queue) {
		return messageCount(queue) >= 0;
	}

	/**
	 * The messages ready in a queue.
	 * @param queue the queue
	 * @return the count, or -1 if the queue does not exist
	 */
	public int messageCount(String queue) {
		return withChannel((channel) -> {
			try {
				return channel.queueDeclarePassive(queue).getMessageCount();
			}
			catch (IOException ex) {
				return -1;
			}
		});
	}

	/**
	 * The consumers of a queue.
	 * @param queue the queue
	 * @return the count, or -1 if the queue does not exist
	 */
	public int consumerCount(String queue) {
		return withChannel((channel) -> {
			try {
				return channel.queueDeclarePassive(queue).getConsumerCount();
			}
			catch (IOException ex) {
				return -1;
			}
		});
	}

	/**
	 * Publish a transient JSON message to a queue through the default exchange, as a proxy would.
	 * @param queue the queue
	 * @param body the body
	 */
	public void publish(String queue, byte[] body) {
		withChannel((channel) -> {
			channel.basicPublish("", queue,
					new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(1).build(), body);
			return null;
		});
	}

	/**
	 * Take one message from a queue, acknowledged at once.
	 * @param queue the queue
	 * @return the message, or {@code null} when the queue is empty
	 */
	public GetResponse get(String queue) {
		return withChannel((channel) -> channel.basicGet(queue, true));
	}

	/**
	 * Delete queues, ignoring those that do not exist.
	 * @param queues the queue names
	 */
	public void deleteQueues(String... queues) {
		deleteQueues(Arrays.asList(queues));
	}

	/**
	 * Delete queues, ignoring those that do not exist.
	 * @param queues the queue names
	 */
	public void deleteQueues(Iterable<String> queues) {
		for (String queue : queues) {
			withChannel((channel) -> channel.queueDelete(queue));
		}
	}

	private <T> T withChannel(ChannelCallback<T> callback) {
		// one connection per call: a failed passive declaration closes its channel, never a shared one
		try (Connection connection = connectionFactory().newConnection("ari-queue test assertions")) {
			return callback.doWith(connection.createChannel());
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("RabbitMQ at " + uri() + " failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String toString() {
		return uri() + " (" + this.source + ")";
	}

	@FunctionalInterface
	private interface ChannelCallback<T> {

		T doWith(Channel channel) throws IOException;

	}

	/**
	 * Where a broker came from.
	 */
	public enum Source {

		/** A broker already running at the configured (or default) address. */
		RUNNING,

		/** A broker in a Testcontainers container started for the tests. */
		TESTCONTAINERS,

		/** A RabbitMQ node of one test's own, started by {@link PrivateRabbitNode}. */
		PRIVATE_NODE

	}

}
