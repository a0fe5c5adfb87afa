package io.ariqueue.queueproxy;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import io.ariqueue.test.junit.BrokerLocator;

/**
 * Deletes what a test left on the shared broker, over one connection.
 *
 * @author ari-queue team
 */
final class TestQueues {

	private TestQueues() {
	}

	/**
	 * Delete queues, ignoring those that are gone.
	 * @param queues the queue names
	 */
	static void delete(Iterable<String> queues) {
		try (Connection connection = BrokerLocator.shared().connectionFactory().newConnection("proxy test clean-up");
				Channel channel = connection.createChannel()) {
			for (String queue : queues) {
				channel.queueDelete(queue);
			}
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("Could not clean up the test broker", ex);
		}
	}

}
