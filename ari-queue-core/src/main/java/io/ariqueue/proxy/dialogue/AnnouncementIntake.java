package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.proxy.dialogue.AnnouncementConsumer.AnnouncementHandler;

/**
 * Takes announcements from the applications' queues while this instance has room: stops
 * consuming them when the {@link CapacityGate} is full, and starts again when a slot is free, so
 * that announcements wait on their queue for any instance with room rather than bouncing
 * between reject and redelivery. A queue whose consumer the broker cancels (the queue was
 * deleted, or the node that held it went away) is declared and consumed again, with back-off
 * while that fails.
 *
 * @author ari-queue team
 */
final class AnnouncementIntake {

	private static final Logger logger = LoggerFactory.getLogger(AnnouncementIntake.class);

	/** The first and the longest pause between attempts to consume an application queue again. */
	private static final long FIRST_RETRY_MILLIS = 100;

	private static final long MAX_RETRY_MILLIS = 10_000;

	private final List<AnnouncementConsumer> consumers = new ArrayList<>();

	private final CapacityGate gate;

	private final ProxyQueues queues;

	private final boolean declareQueues;

	private final ScheduledExecutorService scheduler;

	private volatile boolean accepting;

	private volatile boolean pausedAtLimit;

	AnnouncementIntake(List<String> applications, Connection connection, int prefetch, AnnouncementHandler handler,
			CapacityGate gate, ProxyQueues queues, boolean declareQueues, ScheduledExecutorService scheduler) {
		this.gate = gate;
		this.queues = queues;
		this.declareQueues = declareQueues;
		this.scheduler = scheduler;
		for (String application : applications) {
			this.consumers.add(new AnnouncementConsumer(application, connection, prefetch, handler,
					this::cancelledByBroker));
		}
	}

	/**
	 * Declare the queues where configured and start consuming them.
	 * @throws IOException if a queue cannot be consumed
	 * @throws io.ariqueue.proxy.amqp.QueueDeclarationException if the broker refuses to declare a
	 * queue, also because it exists with other settings
	 */
	void start() throws IOException {
		this.accepting = true;
		for (AnnouncementConsumer consumer : this.consumers) {
			if (this.declareQueues) {
				this.queues.declareApplicationStrictly(consumer.queue());
			}
			consumer.resume();
		}
	}

	/**
	 * Stop taking announcements for good.
	 */
	void stop() {
		this.accepting = false;
		this.consumers.forEach(AnnouncementConsumer::pause);
	}

	boolean isAccepting() {
		return this.accepting;
	}

	/**
	 * Whether every application queue is consumed now.
	 * @return whether announcements are taken
	 */
	boolean isConsuming() {
		return this.consumers.stream().allMatch(AnnouncementConsumer::isConsuming);
	}

	int openChannels() {
		int channels = 0;
		for (AnnouncementConsumer consumer : this.consumers) {
			channels += consumer.hasOpenChannel() ? 1 : 0;
		}
		return channels;
	}

	/**
	 * Whether the consumers stopped on purpose at the active-dialogue limit, and have not been
	 * told to consume again yet.
	 * @return whether paused at the limit
	 */
	boolean isPausedAtLimit() {
		return this.pausedAtLimit;
	}

	/**
	 * Stop consuming if the gate is full, so that further announcements wait on their queue.
	 */
	void pauseIfFull() {
		execute("pause taking announcements", () -> {
			if (this.gate.isFull() || !this.accepting) {
				this.pausedAtLimit = this.accepting;
				this.consumers.forEach(AnnouncementConsumer::pause);
			}
		});
	}

	/**
	 * Consume again if the gate has room.
	 */
	void resumeIfRoom() {
		execute("resume taking announcements", () -> {
			if (!this.accepting || this.gate.isFull()) {
				return;
			}
			for (AnnouncementConsumer consumer : this.consumers) {
				try {
					consumer.resume();
				}
				catch (IOException | RuntimeException ex) {
					logger.warn("Could not consume application queue {}: {}", consumer.queue(), ex.getMessage());
					consumeAgainLater(consumer, FIRST_RETRY_MILLIS);
				}
			}
			// only now: until the consumers are back the pause is still the one at the limit
			this.pausedAtLimit = false;
		});
	}

	void close() {
		this.consumers.forEach(AnnouncementConsumer::close);
	}

	private void cancelledByBroker(AnnouncementConsumer consumer) {
		// without a consumer no call would be taken again
		consumeAgainLater(consumer, 0);
	}

	private void consumeAgainLater(AnnouncementConsumer consumer, long delayMillis) {
		try {
			this.scheduler.schedule(SchedulerTasks.logged("consume application queue " + consumer.queue() + " again",
					() -> consumeAgain(consumer, delayMillis)), delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// shutting down
		}
	}

	private void consumeAgain(AnnouncementConsumer consumer, long lastDelayMillis) {
		if (!this.accepting || consumer.isConsuming()) {
			return;
		}
		try {
			if (this.declareQueues) {
				this.queues.declareApplication(consumer.queue());
			}
			if (!this.gate.isFull()) {
				consumer.resume();
				logger.info("Consuming application queue {} again", consumer.queue());
			}
		}
		catch (IOException | RuntimeException ex) {
			long next = Math.min(Math.max(FIRST_RETRY_MILLIS, lastDelayMillis * 2), MAX_RETRY_MILLIS);
			logger.warn("Could not consume application queue {} again ({}); trying again in {} ms", consumer.queue(),
					ex.getMessage(), next);
			consumeAgainLater(consumer, next);
		}
	}

	private void execute(String what, Runnable task) {
		try {
			this.scheduler.execute(SchedulerTasks.logged(what, task));
		}
		catch (RejectedExecutionException ex) {
			// shutting down
		}
	}

}
