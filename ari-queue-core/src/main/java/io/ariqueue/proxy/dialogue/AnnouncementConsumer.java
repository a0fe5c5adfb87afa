package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.function.Consumer;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.amqp.RecordedConsumers;

/**
 * Consumes one application's queue of announcements on a channel of its own, and stops
 * consuming while this instance is at its active-dialogue limit, so that announcements wait on
 * the queue (or go to other instances) instead of bouncing between reject and redelivery.
 *
 * @author ari-queue team
 */
final class AnnouncementConsumer {

	private static final Logger logger = LoggerFactory.getLogger(AnnouncementConsumer.class);

	private final String queue;

	private final Connection connection;

	private final int prefetch;

	private final AnnouncementHandler handler;

	private final Consumer<AnnouncementConsumer> cancelledByBroker;

	private Channel channel;

	private String consumerTag;

	/**
	 * Create a consumer; it consumes on {@link #resume()}.
	 * @param queue the application queue
	 * @param connection the connection to consume on
	 * @param prefetch how many announcements it may hold unacknowledged
	 * @param handler takes the announcements
	 * @param cancelledByBroker told when the broker cancels the consumer: the queue was deleted, or
	 * the node that held it went away
	 */
	AnnouncementConsumer(String queue, Connection connection, int prefetch, AnnouncementHandler handler,
			Consumer<AnnouncementConsumer> cancelledByBroker) {
		this.queue = queue;
		this.connection = connection;
		this.prefetch = prefetch;
		this.handler = handler;
		this.cancelledByBroker = cancelledByBroker;
	}

	String queue() {
		return this.queue;
	}

	synchronized boolean hasOpenChannel() {
		return this.channel != null && this.channel.isOpen();
	}

	synchronized boolean isConsuming() {
		return this.consumerTag != null;
	}

	synchronized void resume() throws IOException {
		if (this.consumerTag != null) {
			return;
		}
		if (this.channel == null || !this.channel.isOpen()) {
			if (this.channel != null) {
				// a channel the broker closed stays on the connection's recovery record until aborted
				this.channel.abort();
			}
			this.channel = this.connection.createChannel();
			this.channel.basicQos(this.prefetch, false);
		}
		Channel current = this.channel;
		this.consumerTag = current.basicConsume(this.queue, false, new DefaultConsumer(current) {

			@Override
			public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
				AnnouncementConsumer.this.handler.onAnnouncement(AnnouncementConsumer.this.queue,
						new InboundMessage(AnnouncementConsumer.this.queue, body, current, envelope.getDeliveryTag(),
								envelope.isRedeliver()));
			}

			@Override
			public void handleCancel(String tag) {
				logger.warn("The broker cancelled the consumer of application queue {}: the queue was deleted or "
						+ "the node that held it went away", AnnouncementConsumer.this.queue);
				RecordedConsumers.cancel(current, tag);
				synchronized (AnnouncementConsumer.this) {
					if (!tag.equals(AnnouncementConsumer.this.consumerTag)) {
						return;
					}
					AnnouncementConsumer.this.consumerTag = null;
				}
				AnnouncementConsumer.this.cancelledByBroker.accept(AnnouncementConsumer.this);
			}

		});
		logger.debug("Consuming announcements from {}", this.queue);
	}

	synchronized void pause() {
		String tag = this.consumerTag;
		this.consumerTag = null;
		// even on a closed channel: recovery would otherwise consume announcements again while paused
		if (tag != null && this.channel != null && RecordedConsumers.cancel(this.channel, tag)) {
			logger.debug("Paused consuming announcements from {}", this.queue);
		}
	}

	synchronized void close() {
		pause();
		if (this.channel != null && this.channel.isOpen()) {
			try {
				// unsettled announcements return to the queue for other instances
				this.channel.close();
			}
			catch (Exception ex) {
				logger.debug("Error closing the channel of {}", this.queue, ex);
			}
		}
	}

	@FunctionalInterface
	interface AnnouncementHandler {

		void onAnnouncement(String queue, InboundMessage message);

	}

}
