package io.ariqueue.proxy.amqp;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Keeps a connection's automatic recovery from bringing back consumers that are gone.
 * <p>
 * A recovering connection records every consumer and consumes again for each after a failure. It
 * forgets one only when the application cancels it: not when the broker cancels it (its queue was
 * deleted), and not when {@code basic.cancel} cannot be sent because the channel is closed. Such a
 * consumer would come back from the dead with the next recovery: an exclusive consumer holding the
 * queues of a dialogue that ended, or a consumer of announcements while the instance has no room.
 * A recovering channel forgets the record before it sends {@code basic.cancel}, so cancelling
 * always, and ignoring the failure to send, removes the record.
 *
 * @author ari-queue team
 */
public final class RecordedConsumers {

	private RecordedConsumers() {
	}

	/**
	 * Cancel a consumer, whatever state its channel is in, so that recovery never recreates it.
	 * @param channel the channel it was created on
	 * @param consumerTag its tag
	 * @return whether {@code basic.cancel} reached the broker
	 */
	public static boolean cancel(Channel channel, String consumerTag) {
		try {
			channel.basicCancel(consumerTag);
			return true;
		}
		catch (IOException | ShutdownSignalException ex) {
			// the channel is closed, or the broker cancelled the consumer already: the record is gone anyway
			return false;
		}
	}

}
