package io.ariqueue.proxy.amqp;

/**
 * Receives the messages of one queue consumed through a {@link ConsumerChannelPool}. Called on
 * the connection's dispatch thread, one message at a time per channel: implementations hand
 * real work to another executor.
 *
 * @author ari-queue team
 */
public interface DeliveryListener {

	/**
	 * A message arrived.
	 * @param delivery the message and the means to settle it
	 */
	void onDelivery(InboundMessage delivery);

	/**
	 * The broker cancelled the consumer, for example because the queue was deleted.
	 * @param queue the queue
	 */
	default void onCancelled(String queue) {
	}

	/**
	 * The consumer could not be resumed after a failure because another connection now consumes
	 * the queue exclusively.
	 * @param queue the queue
	 */
	default void onTakenOver(String queue) {
		onCancelled(queue);
	}

}
