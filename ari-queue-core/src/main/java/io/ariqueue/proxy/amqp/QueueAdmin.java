package io.ariqueue.proxy.amqp;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Command;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declares and checks queues on channels of their own, so that a refused declaration
 * (which closes its channel) never takes consumers down with it. It uses at most a fixed number
 * of channels, opened on first use and kept: callers wait for a free one rather than open more.
 *
 * @author ari-queue team
 */
public final class QueueAdmin implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(QueueAdmin.class);

	private static final int NOT_FOUND = 404;

	private final Connection connection;

	private final int maxChannels;

	private final BlockingQueue<Channel> idle;

	private final Semaphore free;

	private final Duration rpcTimeout;

	/**
	 * Create an instance.
	 * @param connection the connection to declare on; declarations made there are recovered with it
	 * @param maxChannels how many channels it may use at once
	 * @param rpcTimeout how long to wait for a free channel, and then for the broker's answer
	 */
	public QueueAdmin(Connection connection, int maxChannels, Duration rpcTimeout) {
		this.connection = connection;
		this.maxChannels = maxChannels;
		this.idle = new ArrayBlockingQueue<>(maxChannels);
		this.free = new Semaphore(maxChannels, true);
		this.rpcTimeout = rpcTimeout;
	}

	/**
	 * Declare a queue with exactly these settings, or accept it as it is where it already has them.
	 * @param queue the queue name
	 * @param settings the flags and arguments
	 * @return how many consumers the queue has now
	 * @throws QueueDeclarationException if the queue exists with other settings, or the broker
	 * refused the declaration
	 */
	public int declare(String queue, QueueSettings settings) {
		return run(queue,
				(channel) -> channel
					.queueDeclare(queue, settings.durable(), settings.exclusive(), settings.autoDelete(),
							settings.arguments())
					.getConsumerCount(),
				(status, reason) -> new QueueDeclarationException(queue, settings, status, reason));
	}

	/**
	 * Declare several queues in one round trip, each on a channel of its own so that the broker
	 * creates them side by side rather than one after another.
	 * @param queues the queue names
	 * @param settings each queue's flags and arguments, in the same order
	 * @return how many consumers each queue has now, in the same order
	 * @throws QueueDeclarationException if the broker refused any of them; the first refusal is
	 * reported
	 * @throws IllegalArgumentException if there are more queues than channels
	 */
	public int[] declareAll(List<String> queues, List<QueueSettings> settings) {
		if (queues.size() > this.maxChannels) {
			throw new IllegalArgumentException(
					"Cannot declare " + queues.size() + " queues side by side on " + this.maxChannels + " channels");
		}
		List<Channel> channels = borrow(queues.size());
		List<CompletableFuture<Command>> replies = new ArrayList<>(queues.size());
		QueueDeclarationException failure = null;
		try {
			for (int i = 0; i < queues.size() && failure == null; i++) {
				Channel channel = channels.get(i);
				try {
					replies.add(channel.asyncCompletableRpc(declaration(queues.get(i), settings.get(i))));
				}
				catch (IOException ex) {
					failure = new QueueDeclarationException(queues.get(i), settings.get(i), replyCode(ex),
							ex.getMessage());
				}
			}
			// every answer is awaited, refusals too: a channel the broker closed must not be used
			// again before the client has seen it close, or the broker closes the whole connection
			int[] consumers = new int[queues.size()];
			for (int i = 0; i < replies.size(); i++) {
				String queue = queues.get(i);
				QueueSettings each = settings.get(i);
				try {
					Command reply = await(replies.get(i),
							(status, reason) -> new QueueDeclarationException(queue, each, status, reason));
					consumers[i] = ((AMQP.Queue.DeclareOk) reply.getMethod()).getConsumerCount();
				}
				catch (QueueDeclarationException ex) {
					failure = (failure != null) ? failure : ex;
				}
			}
			if (failure != null) {
				throw failure;
			}
			return consumers;
		}
		finally {
			channels.forEach(this::release);
		}
	}

	private static AMQP.Queue.Declare declaration(String queue, QueueSettings settings) {
		return new AMQP.Queue.Declare.Builder().queue(queue)
			.durable(settings.durable())
			.exclusive(settings.exclusive())
			.autoDelete(settings.autoDelete())
			.arguments(settings.arguments())
			.build();
	}

	private Command await(CompletableFuture<Command> reply, ErrorFactory errors) {
		try {
			return reply.get(this.rpcTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			ShutdownSignalException signal = shutdownSignal(ex.getCause());
			throw errors.create((signal != null) ? replyCode(signal) : 0,
					(signal != null) ? signal.getMessage() : String.valueOf(ex.getCause()));
		}
		catch (TimeoutException ex) {
			throw errors.create(0, "no answer from the broker within " + this.rpcTimeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw errors.create(0, "interrupted");
		}
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
	 * How many messages wait in a queue and how many consumers it has.
	 * @param queue the queue name
	 * @return the status, or {@code null} if the queue does not exist
	 */
	public QueueStatus status(String queue) {
		try {
			return run(queue, (channel) -> {
				AMQP.Queue.DeclareOk ok = channel.queueDeclarePassive(queue);
				return new QueueStatus(ok.getMessageCount(), ok.getConsumerCount());
			}, (status, reason) -> new QueueDeclarationException(queue, null, status, reason));
		}
		catch (QueueDeclarationException ex) {
			if (ex.getStatus() == NOT_FOUND) {
				return null;
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
	 * Which of some queues do not exist, checked one after another on a channel of their own
	 * that is closed afterwards. Not on the administration channels: a recovering connection
	 * declares each recorded queue again on the channel that first declared it, and a check that
	 * a missing queue closes one of those (404) between their recovery and the queues' would
	 * fail that.
	 * @param queues the queue names
	 * @return the names of those that do not exist
	 * @throws IOException if the broker could not tell
	 */
	public Set<String> absent(Collection<String> queues) throws IOException {
		Set<String> absent = new HashSet<>();
		Channel channel = null;
		try {
			for (String queue : queues) {
				if (channel == null || !channel.isOpen()) {
					abortQuietly(channel);
					channel = this.connection.createChannel();
					if (channel == null) {
						throw new IOException("No AMQP channel available to check queues");
					}
				}
				try {
					channel.queueDeclarePassive(queue);
				}
				catch (IOException ex) {
					if (replyCode(ex) != NOT_FOUND) {
						throw ex;
					}
					absent.add(queue);
				}
			}
			return absent;
		}
		finally {
			abortQuietly(channel);
		}
	}

	private static void abortQuietly(Channel channel) {
		if (channel != null) {
			try {
				// closed by the broker or not, aborting takes it off a recovering connection's record
				channel.abort();
			}
			catch (IOException | RuntimeException ex) {
				logger.trace("Error aborting a channel that checked queues", ex);
			}
		}
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
		Channel channel = borrow(1).get(0);
		try {
			return callback.doWith(channel);
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
		finally {
			// a channel the broker closed is dropped here, once the client has seen it close
			release(channel);
		}
	}

	private List<Channel> borrow(int count) {
		try {
			if (!this.free.tryAcquire(count, this.rpcTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("No queue administration channel free within " + this.rpcTimeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a queue administration channel", ex);
		}
		List<Channel> channels = new ArrayList<>(count);
		try {
			for (int i = 0; i < count; i++) {
				channels.add(idleOrNew());
			}
			return channels;
		}
		catch (RuntimeException ex) {
			channels.forEach(this::release);
			this.free.release(count - channels.size());
			throw ex;
		}
	}

	private Channel idleOrNew() {
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
		this.free.release();
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
