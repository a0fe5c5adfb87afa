package io.ariqueue.proxy.amqp;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes queues in the background, on a channel and a thread of its own, so that ending a
 * dialogue never waits for the broker. Deleting a queue costs the broker about half as much as
 * creating one; while the broker is needed for more urgent work (setting up new dialogues, as the
 * {@code busy} signal says), deletions wait, but never longer than the maximum delay. Queues are
 * deleted in batches, all but the last without waiting for the broker's answer.
 * <p>
 * A queue that is already gone counts as deleted. A batch that fails because its channel or the
 * connection failed is tried again, with back-off, until its queues are deleted: no queue is
 * given up while the reaper runs. Where the broker refuses to delete a queue (because it is
 * exclusive to another connection, for example), that queue alone is left behind and a warning
 * names it; the others of its batch are deleted.
 *
 * @author ari-queue team
 */
public final class QueueReaper implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(QueueReaper.class);

	private static final int BATCH_SIZE = 32;

	private static final int NOT_FOUND = 404;

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	private static final long FIRST_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private static final long MAX_RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final Connection connection;

	private final long maxDelayNanos;

	private final BooleanSupplier busy;

	private final ArrayDeque<Pending> pending = new ArrayDeque<>();

	private final Thread thread;

	private volatile Channel channel;

	private boolean flushing;

	private boolean closed;

	private int inFlight;

	private long backOffNanos;

	private long retryAt;

	/**
	 * Create a reaper and start its thread.
	 * @param connection the connection to delete on
	 * @param maxDelay how long a queue may wait while {@code busy} holds
	 * @param busy whether deletions should wait for now
	 * @param threadFactory makes the reaper's thread
	 */
	public QueueReaper(Connection connection, Duration maxDelay, BooleanSupplier busy, ThreadFactory threadFactory) {
		this.connection = connection;
		this.maxDelayNanos = maxDelay.toNanos();
		this.busy = busy;
		this.thread = threadFactory.newThread(this::run);
		this.thread.start();
	}

	/**
	 * Delete these queues soon. Never waits for the broker.
	 * @param queues the queue names
	 */
	public void delete(Collection<String> queues) {
		if (queues.isEmpty()) {
			return;
		}
		long now = System.nanoTime();
		synchronized (this) {
			if (this.closed) {
				logger.warn("Queue reaper closed; leaving {} queues, among them {}", queues.size(),
						queues.iterator().next());
				return;
			}
			queues.forEach((queue) -> this.pending.add(new Pending(queue, now)));
			notifyAll();
		}
	}

	/**
	 * How many queues wait for deletion, including those being deleted now and those waiting to
	 * be tried again.
	 * @return the queues
	 */
	public synchronized int pending() {
		return this.pending.size() + this.inFlight;
	}

	/**
	 * Whether the reaper holds a channel open now.
	 * @return whether its channel is open
	 */
	public boolean hasOpenChannel() {
		Channel current = this.channel;
		return current != null && current.isOpen();
	}

	/**
	 * Delete every waiting queue now, busy or not. Queues that wait to be tried again after a
	 * failure still wait out their back-off.
	 * @param timeout how long to wait for the broker
	 * @return whether every queue was handled in time: deleted, found gone, or refused
	 */
	public boolean flush(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this) {
			this.flushing = true;
			notifyAll();
			try {
				long left;
				while ((!this.pending.isEmpty() || this.inFlight > 0) && (left = deadline - System.nanoTime()) > 0) {
					TimeUnit.NANOSECONDS.timedWait(this, left);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.flushing = false;
			}
			return this.pending.isEmpty() && this.inFlight == 0;
		}
	}

	/**
	 * Stop; queues still waiting are left behind.
	 */
	@Override
	public void close() {
		int left;
		synchronized (this) {
			this.closed = true;
			left = this.pending.size();
			this.pending.clear();
			notifyAll();
		}
		if (left > 0) {
			logger.warn("Queue reaper closed with {} queues not yet deleted", left);
		}
		try {
			this.thread.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		closeChannel();
	}

	private void run() {
		List<Pending> batch;
		while ((batch = nextBatch()) != null) {
			List<Pending> failed = deleteBatch(batch);
			synchronized (this) {
				this.inFlight = 0;
				if (failed.isEmpty()) {
					this.backOffNanos = 0;
				}
				else {
					retryLater(failed);
				}
				notifyAll();
			}
		}
	}

	/**
	 * Put a failed batch back at the head of the line, as it was, and wait before the next try.
	 * @param failed the queues whose deletion failed
	 */
	private void retryLater(List<Pending> failed) {
		if (this.closed) {
			logger.warn("Queue reaper closed; leaving {} queues, among them {}", failed.size(), failed.get(0).queue);
			return;
		}
		for (int i = failed.size() - 1; i >= 0; i--) {
			this.pending.addFirst(failed.get(i));
		}
		this.backOffNanos = (this.backOffNanos == 0) ? FIRST_RETRY_NANOS
				: Math.min(this.backOffNanos * 2, MAX_RETRY_NANOS);
		this.retryAt = System.nanoTime() + this.backOffNanos;
	}

	/**
	 * Wait for queues that are due: all of them when the broker is not busy (or on a flush), else
	 * those that waited the maximum delay; after a failure, not before the back-off is over.
	 * @return the next batch, or {@code null} once closed
	 */
	private synchronized List<Pending> nextBatch() {
		try {
			while (!this.closed) {
				Pending first = this.pending.peek();
				if (first == null) {
					wait();
					continue;
				}
				long now = System.nanoTime();
				if (this.backOffNanos > 0 && now - this.retryAt < 0) {
					TimeUnit.NANOSECONDS.timedWait(this, this.retryAt - now);
					continue;
				}
				boolean all = this.flushing || !this.busy.getAsBoolean();
				if (all || now - first.since >= this.maxDelayNanos) {
					List<Pending> batch = new ArrayList<>(BATCH_SIZE);
					Pending next;
					while (batch.size() < BATCH_SIZE && (next = this.pending.peek()) != null
							&& (all || now - next.since >= this.maxDelayNanos)) {
						batch.add(this.pending.poll());
					}
					this.inFlight = batch.size();
					return batch;
				}
				TimeUnit.NANOSECONDS.timedWait(this, Math.min(POLL_NANOS, this.maxDelayNanos - (now - first.since)));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	/**
	 * Delete a batch.
	 * @param batch the queues
	 * @return the queues to try again later: none, or all of them if the channel or the
	 * connection failed
	 */
	private List<Pending> deleteBatch(List<Pending> batch) {
		if (batch.size() == 1) {
			return deleteOneByOne(batch);
		}
		try {
			Channel deleting = channel();
			int last = batch.size() - 1;
			for (int i = 0; i < last; i++) {
				deleting.queueDeleteNoWait(batch.get(i).queue, false, false);
			}
			// answered only after the broker handled the others: a channel's methods run in order
			deleting.queueDelete(batch.get(last).queue);
			return List.of();
		}
		catch (IOException | RuntimeException ex) {
			discardChannel();
			if (refusal(ex) == 0) {
				return failed(batch, ex);
			}
			// the broker refused one of them, closed the channel and ignored the rest: one at a
			// time tells which (deleting a queue twice is harmless)
			return deleteOneByOne(batch);
		}
	}

	private List<Pending> deleteOneByOne(List<Pending> queues) {
		for (int i = 0; i < queues.size(); i++) {
			String queue = queues.get(i).queue;
			try {
				channel().queueDelete(queue);
			}
			catch (IOException | RuntimeException ex) {
				discardChannel();
				int refusal = refusal(ex);
				if (refusal == 0) {
					return failed(queues.subList(i, queues.size()), ex);
				}
				if (refusal != NOT_FOUND) {
					logger.warn("Could not delete 1 queues, among them {}: {}", queue, ex.getMessage());
				}
			}
		}
		return List.of();
	}

	private List<Pending> failed(List<Pending> queues, Exception ex) {
		boolean first = this.backOffNanos == 0;
		String message = "Could not delete {} queues yet, among them {} ({}); trying again";
		if (first) {
			logger.warn(message, queues.size(), queues.get(0).queue, ex.getMessage());
		}
		else {
			logger.debug(message, queues.size(), queues.get(0).queue, ex.getMessage());
		}
		return new ArrayList<>(queues);
	}

	/**
	 * The reply code with which the broker refused an operation by closing its channel.
	 * @param ex the failure
	 * @return the code, or 0 where the channel or the connection failed for another reason
	 */
	private static int refusal(Throwable ex) {
		Throwable cause = ex;
		while (cause != null && !(cause instanceof ShutdownSignalException)) {
			cause = cause.getCause();
		}
		if (cause instanceof ShutdownSignalException signal && !signal.isHardError()
				&& !signal.isInitiatedByApplication() && signal.getReason() instanceof AMQP.Channel.Close close) {
			return close.getReplyCode();
		}
		return 0;
	}

	private Channel channel() throws IOException {
		Channel current = this.channel;
		if (current != null && current.isOpen()) {
			return current;
		}
		Channel opened = this.connection.createChannel();
		if (opened == null) {
			throw new IOException("No AMQP channel available for deleting queues");
		}
		this.channel = opened;
		return opened;
	}

	/**
	 * Let go of a channel that failed. An auto-recovering channel stays registered with its
	 * connection, to be opened again by the next recovery, until it is closed or aborted, even
	 * where the broker closed it already.
	 */
	private void discardChannel() {
		Channel current = this.channel;
		this.channel = null;
		if (current != null) {
			try {
				current.abort();
			}
			catch (IOException | RuntimeException ex) {
				logger.trace("Error aborting the queue reaper's channel", ex);
			}
		}
	}

	private void closeChannel() {
		Channel current = this.channel;
		if (current != null && !current.isOpen()) {
			discardChannel();
			return;
		}
		this.channel = null;
		if (current != null) {
			try {
				current.close();
			}
			catch (IOException | TimeoutException | ShutdownSignalException ex) {
				logger.trace("Error closing the queue reaper's channel", ex);
			}
		}
	}

	private record Pending(String queue, long since) {
	}

}
