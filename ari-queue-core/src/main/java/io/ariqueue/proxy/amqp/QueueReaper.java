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
 * A queue that is already gone is fine. Where the broker refuses a batch, its queues are left
 * behind and a warning says how many.
 *
 * @author ari-queue team
 */
public final class QueueReaper implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(QueueReaper.class);

	private static final int BATCH_SIZE = 32;

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	private final Connection connection;

	private final long maxDelayNanos;

	private final BooleanSupplier busy;

	private final ArrayDeque<Pending> pending = new ArrayDeque<>();

	private final Thread thread;

	private volatile Channel channel;

	private boolean flushing;

	private boolean closed;

	private int inFlight;

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
	 * Delete these queues soon.
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
	 * How many queues wait for deletion, including those being deleted now.
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
	 * Delete every waiting queue now, busy or not.
	 * @param timeout how long to wait for the broker
	 * @return whether every queue was handled in time
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
		List<String> batch;
		while ((batch = nextBatch()) != null) {
			deleteBatch(batch);
			synchronized (this) {
				this.inFlight = 0;
				notifyAll();
			}
		}
	}

	/**
	 * Wait for queues that are due: all of them when the broker is not busy (or on a flush), else
	 * those that waited the maximum delay.
	 * @return the next batch, or {@code null} once closed
	 */
	private synchronized List<String> nextBatch() {
		try {
			while (!this.closed) {
				Pending first = this.pending.peek();
				if (first == null) {
					wait();
					continue;
				}
				long now = System.nanoTime();
				boolean all = this.flushing || !this.busy.getAsBoolean();
				if (all || now - first.since >= this.maxDelayNanos) {
					List<String> batch = new ArrayList<>(BATCH_SIZE);
					Pending next;
					while (batch.size() < BATCH_SIZE && (next = this.pending.peek()) != null
							&& (all || now - next.since >= this.maxDelayNanos)) {
						batch.add(this.pending.poll().queue);
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

	private void deleteBatch(List<String> queues) {
		try {
			Channel deleting = channel();
			int last = queues.size() - 1;
			for (int i = 0; i < last; i++) {
				deleting.queueDeleteNoWait(queues.get(i), false, false);
			}
			// answered only after the broker handled the others: a channel's methods run in order
			deleting.queueDelete(queues.get(last));
		}
		catch (IOException | ShutdownSignalException | IllegalStateException ex) {
			logger.warn("Could not delete {} queues, among them {}: {}", queues.size(), queues.get(0),
					ex.getMessage());
			closeChannel();
		}
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

	private void closeChannel() {
		Channel current = this.channel;
		this.channel = null;
		if (current != null && current.isOpen()) {
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
