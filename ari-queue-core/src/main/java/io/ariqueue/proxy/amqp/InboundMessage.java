package io.ariqueue.proxy.amqp;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message taken from a queue, settled exactly once: acknowledged or rejected without requeue.
 * <p>
 * Settling goes to the very channel that delivered the message; if that channel is gone, the
 * broker redelivers the message anyway, so a failed settlement is logged and not retried. Such a
 * message is {@linkplain #isStale() stale}: the broker has put it back on its queue.
 *
 * @author ari-queue team
 */
public final class InboundMessage {

	private static final Logger logger = LoggerFactory.getLogger(InboundMessage.class);

	private final String queue;

	private final byte[] body;

	private final Channel channel;

	private final long deliveryTag;

	private final boolean redelivered;

	/**
	 * Wrap a delivery.
	 * @param queue the queue it came from
	 * @param body the body
	 * @param channel the channel that delivered it, where it is settled
	 * @param deliveryTag its delivery tag on that channel
	 * @param redelivered whether the broker delivered it before
	 */
	public InboundMessage(String queue, byte[] body, Channel channel, long deliveryTag, boolean redelivered) {
		this.queue = queue;
		this.body = body;
		this.channel = channel;
		this.deliveryTag = deliveryTag;
		this.redelivered = redelivered;
	}

	/**
	 * The queue the message came from.
	 * @return the queue name
	 */
	public String queue() {
		return this.queue;
	}

	/**
	 * The message body.
	 * @return the body
	 */
	public byte[] body() {
		return this.body;
	}

	/**
	 * Whether the broker delivered this message before.
	 * @return whether it is a redelivery
	 */
	public boolean redelivered() {
		return this.redelivered;
	}

	/**
	 * Whether the channel that delivered this message has failed since: the message was not
	 * settled then, so the broker has returned it to its queue and will deliver it again.
	 * Settling it now would do nothing.
	 * @return whether the delivery is void
	 */
	public boolean isStale() {
		if (!this.channel.isOpen()) {
			return true;
		}
		// A recovered channel keeps its Java object but not its deliveries. The tag was offset when
		// its frame was read, so this holds however late the delivery reaches us.
		return AmqpClientInternals.predatesRecovery(this.channel, this.deliveryTag);
	}

	/**
	 * Acknowledge the message.
	 */
	public void ack() {
		try {
			this.channel.basicAck(this.deliveryTag, false);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not acknowledge a message from {}; the broker will redeliver it", this.queue, ex);
		}
	}

	/**
	 * Reject the message without requeue: it is dead-lettered where the queue has a dead-letter
	 * exchange, else dropped.
	 */
	public void reject() {
		settle(false);
	}

	/**
	 * Return the message to its queue, for another consumer.
	 */
	public void requeue() {
		settle(true);
	}

	private void settle(boolean requeue) {
		try {
			this.channel.basicReject(this.deliveryTag, requeue);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not reject a message from {}; the broker will redeliver it", this.queue, ex);
		}
	}

}
