package io.ariqueue.proxy.amqp;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declares, checks and deletes queues on channels of their own, so that a refused declaration
 * (which closes its channel) never takes consumers down with it.
 *
 * @author ari-queue team
 */
public final class QueueAdmin implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(QueueAdmin.class);

	private static final int NOT_FOUND = 404;

	private final Connection connection;

	private final BlockingQueue<Channel> idle;

	/**
	 * Create an instance.
	 * @param connection the connection to declare on; declarations made there are recovered with it
	 * @param maxIdleChannels how many channels to keep for reuse
	 */
	public QueueAdmin(Connection connection, int maxIdleChannels) {
		this.connection = connection;
		this.idle = new ArrayBlockingQueue<>(maxIdleChannels);
	}

	/**
	 * Declare a queue with exactly these settings, or accept it as it is where it already has them.
	 * @param queue the queue name
	 * @param settings the flags and arguments
	 * @throws QueueDeclarationException if the queue exists with other settings, or the broker
	 * refused the declaration
	 */
	public void declare(String queue, QueueSettings settings) {
		declareAndCountConsumers(queue, settings);
	}

	/**
	 * Declare a queue as {@link #declare(String, QueueSettings)} does.
	 * @param queue the queue name
	 * @param settings the flags and arguments
	 * @return how many consumers the queue has now
	 * @throws QueueDeclarationException if the queue exists with other settings, or the broker
	 * refused the declaration
	 */
	public int declareAndCountConsumers(String queue, QueueSettings settings) {
		return run(queue,
				(channel) -> channel
					.queueDeclare(queue, settings.durable(), settings.exclusive(), settings.autoDelete(),
							settings.arguments())
					.getConsumerCount(),
				(status, reason) -> new QueueDeclarationException(queue, settings, status, reason));
	}

	/**
	 * Declare several queues in one round trip: all but the last without waiting for the broker,
	 * the last waiting, which the broker answers only after the others (it handles a channel's
	 * methods in order).
	 * @param queues the queue names, in order
	 * @param settings each queue's flags and arguments, in the same order
	 * @return how many consumers the last queue has now
	 * @throws QueueDeclarationException if the broker refused any of them; the reason names the
	 * queue, and which of them were declared is unknown
	 */
	public int declareAll(List<String> queues, List<QueueSettings> settings) {
		int last = queues.size() - 1;
		String lastQueue = queues.get(last);
		return run(lastQueue, (channel) -> {
			for (int i = 0; i < last; i++) {
				QueueSettings each = settings.get(i);
				channel.queueDeclareNoWait(queues.get(i), each.durable(), each.exclusive(), each.autoDelete(),
						each.arguments());
			}
			QueueSettings lastSettings = settings.get(last);
			return channel
				.queueDeclare(lastQueue, lastSettings.durable(), lastSettings.exclusive(), lastSettings.autoDelete(),
						lastSettings.arguments())
				.getConsumerCount();
		}, (status, reason) -> new QueueDeclarationException(lastQueue, null, status, reason));
	}

	/**
	 * How many consumers a queue has.
	 * @param queue the queue name
	 * @return the consumer count, or -1 if the queue does not exist
	 */
	public int consumerCount(String queue) {
		try {
			return run(queue, (channel) -> channel.queueDeclarePassive(queue).getConsumerCount(),
					(status, reason) -> new QueueDeclarationException(queue, null, status, reason));
		}
		catch (QueueDeclarationException ex) {
			if (ex.getStatus() == NOT_FOUND) {
				return -1;
			}
			throw ex;
		}
	}

	/**
	 * Whether a queue exists.
	 * @param queue the queue name
	 * @return whether it exists
	 */
	public boolean exists(String queue) {
		try {
			run(queue, (channel) -> channel.queueDeclarePassive(queue),
					(status, reason) -> new QueueDeclarationException(queue, null, status, reason));
			return true;
		}
		catch (QueueDeclarationException ex) {
			if (ex.getStatus() == NOT_FOUND) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Delete a queue, whatever it holds; a queue that is already gone is fine.
	 * @param queue the queue name
	 */
	public void delete(String queue) {
		run(queue, (channel) -> channel.queueDelete(queue),
				(status, reason) -> new QueueDeclarationException(queue, null, status, reason));
	}

	/**
	 * How many administration channels are held open for reuse.
	 * @return the open channels
	 */
	public int openChannels() {
		return this.idle.size();
	}

	@Override
	public void close() {
		Channel channel;
		while ((channel = this.idle.poll()) != null) {
			closeQuietly(channel);
		}
	}

	private <T> T run(String queue, ChannelCallback<T> callback, ErrorFactory errors) {
		Channel channel = borrow();
		try {
			T result = callback.doWith(channel);
			release(channel);
			return result;
		}
		catch (IOException ex) {
			ShutdownSignalException signal = shutdownSignal(ex);
			int status = (signal != null) ? replyCode(signal) : 0;
			throw errors.create(status, (signal != null) ? signal.getMessage() : ex.getMessage());
		}
		catch (ShutdownSignalException ex) {
			throw errors.create(replyCode(ex), ex.getMessage());
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	private Channel borrow() {
		Channel channel;
		while ((channel = this.idle.poll()) != null) {
			if (channel.isOpen()) {
				return channel;
			}
		}
		try {
			Channel created = this.connection.createChannel();
			if (created == null) {
				throw new IllegalStateException("No AMQP channel available for queue administration");
			}
			return created;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not open an AMQP channel for queue administration", ex);
		}
	}

	private void release(Channel channel) {
		if (!channel.isOpen() || !this.idle.offer(channel)) {
			closeQuietly(channel);
		}
	}

	private static ShutdownSignalException shutdownSignal(Throwable ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof ShutdownSignalException signal) {
				return signal;
			}
			cause = cause.getCause();
		}
		return null;
	}

	/**
	 * The reply code of the channel or connection close behind a failed operation.
	 * @param ex the failure
	 * @return the code, or 0 if the failure was no close by the broker
	 */
	static int replyCode(Throwable ex) {
		ShutdownSignalException signal = shutdownSignal(ex);
		return (signal != null) ? replyCode(signal) : 0;
	}

	private static int replyCode(ShutdownSignalException signal) {
		if (signal.getReason() instanceof com.rabbitmq.client.AMQP.Channel.Close close) {
			return close.getReplyCode();
		}
		if (signal.getReason() instanceof com.rabbitmq.client.AMQP.Connection.Close close) {
			return close.getReplyCode();
		}
		return 0;
	}

	private static void closeQuietly(Channel channel) {
		if (channel.isOpen()) {
			try {
				channel.close();
			}
			catch (Exception ex) {
				logger.trace("Error closing an administration channel", ex);
			}
		}
	}

	@FunctionalInterface
	private interface ChannelCallback<T> {

		T doWith(Channel channel) throws IOException;

	}

	@FunctionalInterface
	private interface ErrorFactory {

		QueueDeclarationException create(int status, String reason);

	}

}
