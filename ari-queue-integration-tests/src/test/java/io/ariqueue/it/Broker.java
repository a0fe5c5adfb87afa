package io.ariqueue.it;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * The RabbitMQ the integration tests use, and direct access to it for assertions that must not go
 * through ari-queue.
 *
 * @author ari-queue team
 */
final class Broker {

	static final String HOST = System.getProperty("ari.queue.test.rabbit.host", "127.0.0.1");

	static final int PORT = Integer.getInteger("ari.queue.test.rabbit.port", 5672);

	private Broker() {
	}

	static ConnectionFactory connectionFactory() {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(HOST);
		factory.setPort(PORT);
		factory.setUsername("guest");
		factory.setPassword("guest");
		return factory;
	}

	/**
	 * The messages ready in a queue, or -1 if the queue does not exist.
	 */
	static int messageCount(String queue) {
		return withChannel((channel) -> {
			try {
				return channel.queueDeclarePassive(queue).getMessageCount();
			}
			catch (IOException ex) {
				return -1;
			}
		});
	}

	static boolean exists(String queue) {
		return messageCount(queue) >= 0;
	}

	static int consumerCount(String queue) {
		return withChannel((channel) -> {
			try {
				return channel.queueDeclarePassive(queue).getConsumerCount();
			}
			catch (IOException ex) {
				return -1;
			}
		});
	}

	static void publish(String queue, byte[] body) {
		withChannel((channel) -> {
			channel.basicPublish("", queue, new AMQP.BasicProperties.Builder().contentType("application/json")
				.deliveryMode(1)
				.build(), body);
			return null;
		});
	}

	static GetResponse get(String queue) {
		return withChannel((channel) -> channel.basicGet(queue, true));
	}

	static void delete(String... queues) {
		for (String queue : queues) {
			withChannel((channel) -> channel.queueDelete(queue));
		}
	}

	private static <T> T withChannel(ChannelCallback<T> callback) {
		// the connection's close also closes a channel that a failed passive declare closed already
		try (Connection connection = connectionFactory().newConnection("ari-queue-it assertions")) {
			return callback.doWith(connection.createChannel());
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("RabbitMQ at " + HOST + ":" + PORT + " failed: " + ex.getMessage()
					+ " (start one with 'rabbitmq-server -detached')", ex);
		}
	}

	@FunctionalInterface
	interface ChannelCallback<T> {

		T doWith(Channel channel) throws IOException;

	}

}
