package io.ariqueue.queueproxy.amqp;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.proxy.amqp.QueueDeclarationException;

/**
 * The dialogues' ordered ways to the broker. Each dialogue has an {@link Outbox}: what is put in
 * it reaches the broker in that order (its set-up first, then its events and responses), while
 * outboxes of different dialogues drain side by side on a shared executor.
 * <p>
 * While the broker is away, outboxes keep what they hold and try again with back-off. Events
 * are kept up to a bound shared by all dialogues; an event beyond it is dropped, logged at WARN
 * and counted.
 *
 * @author ari-queue team
 */
public final class Outboxes {

	private static final Logger logger = LoggerFactory.getLogger(Outboxes.class);

	private static final long RETRY_MIN_MILLIS = 100;

	private static final long RETRY_MAX_MILLIS = 2000;

	private final ProxyBroker broker;

	private final Executor executor;

	private final ScheduledExecutorService scheduler;

	private final int maxBufferedEvents;

	private final AtomicInteger bufferedEvents = new AtomicInteger();

	private final AtomicInteger pending = new AtomicInteger();

	private final AtomicLong published = new AtomicLong();

	private final AtomicLong dropped = new AtomicLong();

	private final AtomicBoolean brokerAway = new AtomicBoolean();

	private final boolean publishInline;

	/**
	 * Create the outboxes.
	 * @param broker where messages go
	 * @param executor drains the outboxes
	 * @param scheduler schedules retries
	 * @param maxBufferedEvents how many events may wait in all outboxes together
	 * @param publishInline whether a message that is not an event (a response) goes to the broker
	 * on the thread that gives it, when its outbox is idle, rather than on the executor: a
	 * command's response then takes no thread hand-off; only worth it where publishing does not
	 * wait for the broker, that is without publisher confirms
	 */
	public Outboxes(ProxyBroker broker, Executor executor, ScheduledExecutorService scheduler, int maxBufferedEvents,
			boolean publishInline) {
		this.broker = broker;
		this.executor = executor;
		this.scheduler = scheduler;
		this.maxBufferedEvents = maxBufferedEvents;
		this.publishInline = publishInline;
	}

	/**
	 * Open an outbox for a dialogue.
	 * @param dialogueId the dialogue, for logs
	 * @return the outbox
	 */
	public Outbox open(String dialogueId) {
		return new Outbox(dialogueId);
	}

	/**
	 * How many events wait in all outboxes.
	 * @return the events
	 */
	public int bufferedEvents() {
		return this.bufferedEvents.get();
	}

	/**
	 * How many messages and steps of any kind wait in all outboxes.
	 * @return the pending items
	 */
	public int pending() {
		return this.pending.get();
	}

	/**
	 * How many events were published.
	 * @return the events
	 */
	public long publishedEvents() {
		return this.published.get();
	}

	/**
	 * How many events were dropped because the bound was reached.
	 * @return the events
	 */
	public long droppedEvents() {
		return this.dropped.get();
	}

	/**
	 * A step that talks to the broker and may be tried again.
	 */
	@FunctionalInterface
	public interface Step {

		/**
		 * Run the step.
		 * @throws IOException if the broker is away; the step is tried again later
		 */
		void run() throws IOException;

	}

	/**
	 * One dialogue's ordered way to the broker.
	 */
	public final class Outbox {

		private final String dialogueId;

		private final ConcurrentLinkedQueue<Item> items = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean draining = new AtomicBoolean();

		private long retryMillis = RETRY_MIN_MILLIS;

		Outbox(String dialogueId) {
			this.dialogueId = dialogueId;
		}

		/**
		 * Add a step, such as declaring the dialogue's queues.
		 * @param step the step
		 */
		public void step(Step step) {
			add(new Item(step, false, null));
		}

		/**
		 * Add an event, unless the bound of buffered events is reached.
		 * @param queue the queue
		 * @param body the message
		 * @return whether it was taken; {@code false} if it was dropped
		 */
		public boolean event(String queue, byte[] body) {
			int buffered = Outboxes.this.bufferedEvents.incrementAndGet();
			if (buffered > Outboxes.this.maxBufferedEvents) {
				Outboxes.this.bufferedEvents.decrementAndGet();
				long count = Outboxes.this.dropped.incrementAndGet();
				if (count == 1 || count % 1000 == 0) {
					logger.warn("{} events waiting for the broker, the limit (ari.proxy.max-buffered-events); "
							+ "dropped an event for {} ({} dropped so far)", Outboxes.this.maxBufferedEvents, queue, count);
				}
				return false;
			}
			add(new Item(() -> Outboxes.this.broker.publish(queue, body), true, null));
			return true;
		}

		/**
		 * Add a message that is not an event, such as a response; never dropped.
		 * @param queue the queue
		 * @param body the message
		 * @param afterPublished runs once the broker has it
		 */
		public void message(String queue, byte[] body, Runnable afterPublished) {
			Item item = new Item(() -> Outboxes.this.broker.publish(queue, body), false, afterPublished);
			if (!Outboxes.this.publishInline) {
				add(item);
				return;
			}
			Outboxes.this.pending.incrementAndGet();
			this.items.add(item);
			if (this.draining.compareAndSet(false, true)) {
				// nothing of this dialogue is on its way: publish here, without a thread hand-off
				drain();
			}
		}

		/**
		 * Whether nothing waits in this outbox.
		 * @return whether it is empty
		 */
		public boolean isEmpty() {
			return this.items.isEmpty();
		}

		/**
		 * Run something once everything added so far has reached the broker.
		 * @param callback what to run
		 */
		public void whenDrained(Runnable callback) {
			add(new Item(() -> {
			}, false, callback));
		}

		/**
		 * Throw away what is left, for a dialogue that is gone.
		 */
		public void discard() {
			Item item;
			while ((item = this.items.poll()) != null) {
				Outboxes.this.pending.decrementAndGet();
				if (item.event) {
					Outboxes.this.bufferedEvents.decrementAndGet();
				}
			}
		}

		private void add(Item item) {
			Outboxes.this.pending.incrementAndGet();
			this.items.add(item);
			schedule();
		}

		private void schedule() {
			if (this.draining.compareAndSet(false, true)) {
				Outboxes.this.executor.execute(this::drain);
			}
		}

		private void drain() {
			while (true) {
				Item item = this.items.peek();
				if (item == null) {
					this.draining.set(false);
					if (this.items.isEmpty() || !this.draining.compareAndSet(false, true)) {
						return;
					}
					continue;
				}
				try {
					item.step.run();
				}
				catch (IOException ex) {
					retryLater(ex);
					return;
				}
				catch (QueueDeclarationException ex) {
					if (ex.getStatus() == 0) {
						retryLater(ex);
						return;
					}
					logger.error("Dialogue {}: the broker refused a step for good, skipping it: {}", this.dialogueId,
							ex.getMessage());
				}
				catch (IllegalStateException ex) {
					// no channel free or none could be opened: the connection is down or overloaded
					retryLater(ex);
					return;
				}
				catch (RuntimeException ex) {
					logger.error("Dialogue {}: a step to the broker failed, skipping it", this.dialogueId, ex);
				}
				this.items.poll();
				Outboxes.this.pending.decrementAndGet();
				if (item.event) {
					Outboxes.this.bufferedEvents.decrementAndGet();
					Outboxes.this.published.incrementAndGet();
				}
				this.retryMillis = RETRY_MIN_MILLIS;
				if (Outboxes.this.brokerAway.compareAndSet(true, false)) {
					logger.info("Broker back; publishing the {} buffered events", Outboxes.this.bufferedEvents.get());
				}
				if (item.callback != null) {
					try {
						item.callback.run();
					}
					catch (RuntimeException ex) {
						logger.error("Dialogue {}: a callback after publishing failed", this.dialogueId, ex);
					}
				}
			}
		}

		private void retryLater(Exception ex) {
			if (Outboxes.this.brokerAway.compareAndSet(false, true)) {
				logger.warn("Broker unavailable ({}); keeping events until it returns", ex.getMessage());
			}
			long delay = this.retryMillis;
			this.retryMillis = Math.min(RETRY_MAX_MILLIS, this.retryMillis * 2);
			this.draining.set(false);
			Outboxes.this.scheduler.schedule(this::schedule, delay, TimeUnit.MILLISECONDS);
		}

	}

	private record Item(Step step, boolean event, Runnable callback) {
	}

}
