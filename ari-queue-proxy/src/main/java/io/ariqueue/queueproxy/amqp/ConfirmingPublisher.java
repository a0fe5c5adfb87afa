package io.ariqueue.queueproxy.amqp;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;

/**
 * Publishes on a channel in confirm mode and waits for the broker's confirmation of its own
 * message only. Publishers that share the channel pipeline their messages: none waits for the
 * confirmation of another's, as {@code Channel.waitForConfirms} would make it do.
 *
 * @author ari-queue team
 */
final class ConfirmingPublisher implements ConfirmListener {

	private final Channel channel;

	private final Duration timeout;

	private final ConcurrentNavigableMap<Long, CompletableFuture<Void>> pending = new ConcurrentSkipListMap<>();

	/**
	 * Put a channel in confirm mode and publish on it.
	 * @param channel the channel
	 * @param timeout how long to wait for a confirmation
	 * @throws IOException if the broker refused confirm mode
	 */
	ConfirmingPublisher(Channel channel, Duration timeout) throws IOException {
		this.channel = channel;
		this.timeout = timeout;
		channel.addConfirmListener(this);
		channel.addShutdownListener((cause) -> failAll(new IOException("Channel closed: " + cause.getMessage(), cause)));
		channel.confirmSelect();
	}

	/**
	 * Publish a message and wait until the broker confirms it.
	 * @param exchange the exchange
	 * @param routingKey the routing key
	 * @param mandatory whether to have it returned when no queue takes it
	 * @param properties the message properties
	 * @param body the body
	 * @throws IOException if the broker refused it, or did not confirm it in time
	 */
	void publish(String exchange, String routingKey, boolean mandatory, AMQP.BasicProperties properties, byte[] body)
			throws IOException {
		CompletableFuture<Void> confirmed = new CompletableFuture<>();
		// the sequence number and the publish go together: the broker numbers messages in the order sent
		synchronized (this) {
			long sequence = this.channel.getNextPublishSeqNo();
			this.pending.put(sequence, confirmed);
			try {
				this.channel.basicPublish(exchange, routingKey, mandatory, properties, body);
			}
			catch (IOException | RuntimeException ex) {
				this.pending.remove(sequence);
				throw ex;
			}
		}
		try {
			confirmed.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new IOException("The broker did not confirm a message to " + routingKey + " in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted waiting for the broker's confirmation", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("The broker did not take a message to " + routingKey + ": "
					+ ex.getCause().getMessage(), ex.getCause());
		}
	}

	@Override
	public void handleAck(long deliveryTag, boolean multiple) {
		settle(deliveryTag, multiple, null);
	}

	@Override
	public void handleNack(long deliveryTag, boolean multiple) {
		settle(deliveryTag, multiple, new IOException("nacked by the broker"));
	}

	private void settle(long deliveryTag, boolean multiple, IOException failure) {
		Map<Long, CompletableFuture<Void>> settled = multiple ? this.pending.headMap(deliveryTag, true)
				: this.pending.subMap(deliveryTag, true, deliveryTag, true);
		settled.forEach((sequence, future) -> {
			if (failure != null) {
				future.completeExceptionally(failure);
			}
			else {
				future.complete(null);
			}
		});
		settled.clear();
	}

	private void failAll(IOException failure) {
		this.pending.values().forEach((future) -> future.completeExceptionally(failure));
		this.pending.clear();
	}

}
