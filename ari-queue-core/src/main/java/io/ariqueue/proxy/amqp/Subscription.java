package io.ariqueue.proxy.amqp;

/**
 * A queue being consumed through a {@link ConsumerChannelPool}.
 *
 * @author ari-queue team
 */
public interface Subscription {

	/**
	 * The consumed queue.
	 * @return the queue name
	 */
	String queue();

	/**
	 * Stop consuming. Messages delivered but not yet settled stay with the channel until they are
	 * settled. Idempotent.
	 */
	void cancel();

}
