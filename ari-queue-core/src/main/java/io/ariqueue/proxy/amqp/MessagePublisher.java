package io.ariqueue.proxy.amqp;

import java.io.IOException;
import java.util.Collections;
import java.util.function.BiConsumer;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes messages to queues through the default exchange, as the proxies do, over a few
 * channels. Messages to one queue always take the same channel, so they reach the queue in the
 * order they were published.
 * <p>
 * Messages are published as mandatory: one that no queue takes (its queue is gone) comes back
 * to the return handler instead of vanishing.
 *
 * @author ari-queue team
 */
public final class MessagePublisher implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(MessagePublisher.class);

	/**
	 * The properties go-ari-proxy sets on its own messages; the proxies read none of them.
	 */
	static final AMQP.BasicProperties PROPERTIES = new AMQP.BasicProperties.Builder()
		.contentType("application/json")
		.deliveryMode(1)
		.headers(Collections.emptyMap())
		.build();

	private final Connection connection;

	private final Channel[] channels;

	private final BiConsumer<String, byte[]> returnHandler;

	/**
	 * Create a publisher; channels open on first use.
	 * @param connection the connection to publish on
	 * @param channelCount the number of channels
	 * @param returnHandler receives the queue name and body of each message no queue took
	 */
	public MessagePublisher(Connection connection, int channelCount, BiConsumer<String, byte[]> returnHandler) {
		this.connection = connection;
		this.channels = new Channel[channelCount];
		this.returnHandler = returnHandler;
	}

	/**
	 * Publish a message to a queue.
	 * @param queue the queue
	 * @param body the message body
	 * @throws IOException if the message could not be handed to the broker
	 */
	public void publish(String queue, byte[] body) throws IOException {
		channelFor(queue).basicPublish("", queue, true, PROPERTIES, body);
	}

	/**
	 * How many publishing channels are open.
	 * @return the open channels
	 */
	public int openChannels() {
		int open = 0;
		for (Channel channel : this.channels) {
			open += (channel != null && channel.isOpen()) ? 1 : 0;
		}
		return open;
	}

	private Channel channelFor(String queue) throws IOException {
		int index = Math.floorMod(queue.hashCode(), this.channels.length);
		Channel channel = this.channels[index];
		if (channel != null && channel.isOpen()) {
			return channel;
		}
		synchronized (this.channels) {
			channel = this.channels[index];
			if (channel == null || !channel.isOpen()) {
				channel = this.connection.createChannel();
				if (channel == null) {
					throw new IOException("No AMQP channel available for publishing");
				}
				channel.addReturnListener((reply) -> this.returnHandler.accept(reply.getRoutingKey(), reply.getBody()));
				this.channels[index] = channel;
			}
			return channel;
		}
	}

	@Override
	public void close() {
		synchronized (this.channels) {
			for (Channel channel : this.channels) {
				if (channel != null && channel.isOpen()) {
					try {
						channel.close();
					}
					catch (Exception ex) {
						logger.debug("Error closing a publishing channel", ex);
					}
				}
			}
		}
	}

}
