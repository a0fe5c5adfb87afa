package io.ariqueue.proxy.amqp;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownListener;
import com.rabbitmq.client.ShutdownSignalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes many queues over a small, fixed set of AMQP channels, so that a dialogue costs a
 * consumer, never a channel or a thread of its own. RabbitMQ allows many consumers per channel;
 * each consumer gets its own prefetch window.
 * <p>
 * A channel that the broker closes for a channel-level error is replaced and its consumers are
 * resumed, except those whose queue no longer exists: their listeners hear
 * {@link DeliveryListener#onCancelled(String)}. Connection failures are left to the connection's
 * automatic recovery, which resumes every consumer on the same channels. Either way the messages
 * delivered before the failure become {@linkplain InboundMessage#isStale() stale}: the broker
 * delivers them again.
 * <p>
 * A queue may be consumed exclusively, which makes the broker the judge of which application
 * instance runs a dialogue: a second exclusive consumer is refused with
 * {@link QueueInUseException}. The broker refuses by closing the channel it was asked on, so an
 * exclusive consumer is first tried on a claim channel that carries no consumer, and taken back
 * at once: a refusal there voids no other queue's deliveries and moves no other consumer. Only
 * another instance that claims the same queue in the moment between the two can still make the
 * broker refuse it on a channel of the pool.
 *
 * @author ari-queue team
 */
public final class ConsumerChannelPool implements AutoCloseable {

	/**
	 * Claim channels, each trying one exclusive consumer at a time: as many as the dialogues an
	 * instance sets up at once by default, so that claims never queue behind each other.
	 */
	private static final int CLAIM_CHANNELS = 8;

	private static final Logger logger = LoggerFactory.getLogger(ConsumerChannelPool.class);

	private static final int ACCESS_REFUSED = 403;

	private final Connection connection;

	private final QueueAdmin admin;

	private final int prefetch;

	private final Executor recoveryExecutor;

	private final Slot[] slots;

	private final Claims claims = new Claims(CLAIM_CHANNELS);

	private volatile boolean closed;

	/**
	 * Create a pool; channels open on first use.
	 * @param connection the connection to consume on
	 * @param admin checks that a queue still exists before a consumer is resumed
	 * @param channelCount the number of channels
	 * @param prefetch the prefetch window of each consumer
	 * @param recoveryExecutor where replaced channels resume their consumers
	 */
	public ConsumerChannelPool(Connection connection, QueueAdmin admin, int channelCount, int prefetch,
			Executor recoveryExecutor) {
		if (channelCount < 1) {
			throw new IllegalArgumentException("channelCount must be at least 1");
		}
		this.connection = connection;
		this.admin = admin;
		this.prefetch = prefetch;
		this.recoveryExecutor = recoveryExecutor;
		this.slots = new Slot[channelCount];
		for (int i = 0; i < channelCount; i++) {
			this.slots[i] = new Slot(i);
		}
	}

	/**
	 * Start consuming a queue, which must exist.
	 * @param queue the queue
	 * @param listener receives its messages
	 * @return the subscription
	 * @throws IOException if the broker refused the consumer
	 */
	public Subscription subscribe(String queue, DeliveryListener listener) throws IOException {
		return subscribe(queue, listener, false);
	}

	/**
	 * Start consuming a queue, which must exist.
	 * @param queue the queue
	 * @param listener receives its messages
	 * @param exclusive whether no other connection may consume the queue meanwhile
	 * @return the subscription
	 * @throws QueueInUseException if the queue is consumed exclusively elsewhere
	 * @throws IOException if the broker refused the consumer
	 */
	public Subscription subscribe(String queue, DeliveryListener listener, boolean exclusive) throws IOException {
		return subscribe(queue, listener, exclusive, exclusive);
	}

	/**
	 * Start consuming a queue exclusively, straight on a channel of the pool, without trying it
	 * on the claim channel first: for a queue that no other instance can hold now, because this
	 * one holds, exclusively, another queue that every instance takes before this one and lets go
	 * after it (a dialogue's {@code responses_} queue, for its {@code events_} queue); or for an
	 * auto-delete queue, which taking the trial consumer back would delete. Should the broker
	 * refuse all the same, it closes a channel of the pool, whose consumers are resumed.
	 * @param queue the queue, which must exist
	 * @param listener receives its messages
	 * @return the subscription
	 * @throws QueueInUseException if the queue is consumed exclusively elsewhere
	 * @throws IOException if the broker refused the consumer
	 */
	public Subscription subscribeExclusivelyWithoutClaim(String queue, DeliveryListener listener) throws IOException {
		return subscribe(queue, listener, true, false);
	}

	private Subscription subscribe(String queue, DeliveryListener listener, boolean exclusive, boolean claim)
			throws IOException {
		if (this.closed) {
			throw new IOException("Consumer channel pool is closed");
		}
		if (claim) {
			this.claims.claim(queue);
		}
		return leastLoaded().subscribe(queue, listener, exclusive);
	}

	/**
	 * The number of channels open now.
	 * @return the open channels
	 */
	public int openChannels() {
		int open = this.claims.openChannels();
		for (Slot slot : this.slots) {
			Channel channel = slot.channel;
			if (channel != null && channel.isOpen()) {
				open++;
			}
		}
		return open;
	}

	/**
	 * The number of queues consumed now.
	 * @return the consumers
	 */
	public int consumerCount() {
		int count = 0;
		for (Slot slot : this.slots) {
			count += slot.consumers.size();
		}
		return count;
	}

	@Override
	public void close() {
		this.closed = true;
		for (Slot slot : this.slots) {
			slot.close();
		}
		this.claims.close();
	}

	private Slot leastLoaded() {
		Slot best = this.slots[0];
		for (Slot slot : this.slots) {
			if (slot.consumers.size() < best.consumers.size()) {
				best = slot;
			}
		}
		return best;
	}

	private final class Slot {

		private final int index;

		private final Map<String, QueueConsumer> consumers = new ConcurrentHashMap<>();

		private volatile Channel channel;

		Slot(int index) {
			this.index = index;
		}

		Subscription subscribe(String queue, DeliveryListener listener, boolean exclusive) throws IOException {
			QueueConsumer consumer = new QueueConsumer(this, queue, listener, exclusive);
			consumer.start(channel());
			return consumer;
		}

		synchronized Channel channel() throws IOException {
			Channel current = this.channel;
			if (current != null && current.isOpen()) {
				return current;
			}
			Channel opened = ConsumerChannelPool.this.connection.createChannel();
			if (opened == null) {
				throw new IOException("No AMQP channel available on the connection");
			}
			opened.basicQos(ConsumerChannelPool.this.prefetch, false);
			opened.addShutdownListener(new ChannelWatcher(opened));
			this.channel = opened;
			return opened;
		}

		private void onShutdown(ChannelWatcher watcher, ShutdownSignalException cause) {
			if (ConsumerChannelPool.this.closed || cause.isInitiatedByApplication() || cause.isHardError()) {
				// our own close, or a connection failure that automatic recovery handles
				return;
			}
			logger.warn("Consumer channel {} closed by the broker ({}); resuming its {} consumers", this.index,
					cause.getMessage(), this.consumers.size());
			ConsumerChannelPool.this.recoveryExecutor.execute(() -> resume(watcher));
		}

		private void resume(ChannelWatcher watcher) {
			try {
				resumeConsumers(watcher.channel);
			}
			finally {
				// aborting notifies the channel's listeners once more: this one must not resume again
				watcher.channel.removeShutdownListener(watcher);
				forget(watcher.channel);
			}
		}

		private void resumeConsumers(Channel closedChannel) {
			List<QueueConsumer> orphans = new ArrayList<>();
			for (QueueConsumer consumer : this.consumers.values()) {
				if (consumer.channel == closedChannel) {
					orphans.add(consumer);
				}
			}
			for (QueueConsumer consumer : orphans) {
				if (ConsumerChannelPool.this.closed) {
					return;
				}
				this.consumers.remove(consumer.consumerTag);
				if (consumer.cancelled) {
					continue;
				}
				try {
					if (!ConsumerChannelPool.this.admin.exists(consumer.queue)) {
						consumer.listener.onCancelled(consumer.queue);
						continue;
					}
					if (consumer.exclusive) {
						// in no particular order: each exclusive one is claimed
						ConsumerChannelPool.this.claims.claim(consumer.queue);
					}
					consumer.start(channel());
				}
				catch (QueueInUseException ex) {
					logger.warn("{} is now consumed by another application instance; letting it go", consumer.queue);
					consumer.listener.onTakenOver(consumer.queue);
				}
				catch (IOException | RuntimeException ex) {
					logger.warn("Could not resume consuming {}", consumer.queue, ex);
					consumer.listener.onCancelled(consumer.queue);
				}
			}
		}

		/**
		 * A recovering connection keeps a channel that the broker closed, and its consumers, on
		 * record until the channel is closed or aborted: at each recovery it would fail to
		 * consume on it again. Aborted after the resumed consumers are on record, so that the
		 * record of an auto-delete queue they consume stays.
		 */
		private void forget(Channel closedChannel) {
			try {
				closedChannel.abort();
			}
			catch (IOException | RuntimeException ex) {
				logger.trace("Error aborting consumer channel {}", this.index, ex);
			}
		}

		/**
		 * Hears a channel of this slot close; once only for a close that the pool handles. A
		 * connection failure is not one: automatic recovery keeps the channel and gives it its
		 * listeners again, and the broker may close it later.
		 */
		private final class ChannelWatcher implements ShutdownListener {

			private final Channel channel;

			private final AtomicBoolean heard = new AtomicBoolean();

			ChannelWatcher(Channel channel) {
				this.channel = channel;
			}

			@Override
			public void shutdownCompleted(ShutdownSignalException cause) {
				if (cause.isHardError() && !cause.isInitiatedByApplication()) {
					return;
				}
				if (this.heard.compareAndSet(false, true)) {
					onShutdown(this, cause);
				}
			}

		}

		void close() {
			Channel current = this.channel;
			if (current != null && current.isOpen()) {
				try {
					current.close();
				}
				catch (IOException | RuntimeException | java.util.concurrent.TimeoutException ex) {
					logger.debug("Error closing consumer channel {}", this.index, ex);
				}
			}
		}

	}

	/**
	 * The claim channels: where an exclusive consumer is tried, and cancelled again, before it is
	 * made on a channel of the pool. They carry no consumer between claims, so the broker's
	 * refusal, which closes one, costs nothing but its reopening. Claims run side by side, one
	 * at a time on each channel: two round trips, three where the trial consumer was handed a
	 * message, which goes back to the head of its queue before the real consumer is made.
	 */
	private final class Claims {

		// the last one used is taken first: a quiet instance keeps one claim channel open
		private final BlockingDeque<ClaimChannel> idle = new LinkedBlockingDeque<>();

		private final List<ClaimChannel> all = new ArrayList<>();

		Claims(int channels) {
			for (int i = 0; i < channels; i++) {
				ClaimChannel channel = new ClaimChannel();
				this.all.add(channel);
				this.idle.add(channel);
			}
		}

		void claim(String queue) throws IOException {
			ClaimChannel channel;
			try {
				channel = this.idle.takeFirst();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while waiting for a claim channel");
			}
			try {
				channel.claim(queue);
			}
			finally {
				this.idle.addFirst(channel);
			}
		}

		int openChannels() {
			int open = 0;
			for (ClaimChannel channel : this.all) {
				open += channel.isOpen() ? 1 : 0;
			}
			return open;
		}

		void close() {
			this.all.forEach(ClaimChannel::close);
		}

	}

	/**
	 * One claim channel, opened on first use and again after the broker closed it.
	 */
	private final class ClaimChannel {

		private Channel channel;

		synchronized void claim(String queue) throws IOException {
			Channel channel = channel();
			Trial trial = new Trial(channel);
			String tag;
			try {
				tag = channel.basicConsume(queue, false, "", false, true, null, trial);
			}
			catch (IOException ex) {
				this.channel = null;
				forget(channel);
				if (QueueAdmin.replyCode(ex) == ACCESS_REFUSED) {
					throw new QueueInUseException(queue, ex);
				}
				throw ex;
			}
			channel.basicCancel(tag);
			if (trial.handedMessages()) {
				// requeued in place, and redelivered before anything that follows it
				channel.basicRecover(true);
			}
		}

		private Channel channel() throws IOException {
			Channel current = this.channel;
			if (current != null && current.isOpen()) {
				return current;
			}
			if (current != null) {
				forget(current);
				this.channel = null;
			}
			Channel opened = ConsumerChannelPool.this.connection.createChannel();
			if (opened == null) {
				throw new IOException("No AMQP channel available on the connection");
			}
			// a trial consumer is handed at most one message to give back
			opened.basicQos(1, false);
			this.channel = opened;
			return opened;
		}

		synchronized boolean isOpen() {
			return this.channel != null && this.channel.isOpen();
		}

		synchronized void close() {
			if (this.channel != null) {
				forget(this.channel);
				this.channel = null;
			}
		}

		/**
		 * A channel the broker closed stays on a recovering connection's record until it is
		 * closed or aborted, and would be opened again at each recovery.
		 */
		private void forget(Channel channel) {
			try {
				channel.abort();
			}
			catch (IOException | RuntimeException ex) {
				logger.trace("Error aborting the claim channel", ex);
			}
		}

	}

	/**
	 * The consumer of a claim: notes whether the broker handed it a message before its
	 * cancellation took effect.
	 */
	private static final class Trial extends DefaultConsumer {

		private static final long DISPATCH_WAIT_MILLIS = 5000;

		private final CountDownLatch cancelled = new CountDownLatch(1);

		private volatile boolean delivered;

		Trial(Channel channel) {
			super(channel);
		}

		@Override
		public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
				byte[] body) {
			this.delivered = true;
		}

		@Override
		public void handleCancelOk(String consumerTag) {
			this.cancelled.countDown();
		}

		/**
		 * Whether a message was handed over. Deliveries come before the cancellation's answer,
		 * and are dispatched before it; where that dispatch is late, a message is assumed.
		 */
		boolean handedMessages() {
			try {
				return !this.cancelled.await(DISPATCH_WAIT_MILLIS, TimeUnit.MILLISECONDS) || this.delivered;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return true;
			}
		}

	}

	private static final class QueueConsumer implements Subscription {

		private final Slot slot;

		private final String queue;

		private final DeliveryListener listener;

		private final boolean exclusive;

		private volatile Channel channel;

		private volatile String consumerTag;

		private volatile boolean cancelled;

		QueueConsumer(Slot slot, String queue, DeliveryListener listener, boolean exclusive) {
			this.slot = slot;
			this.queue = queue;
			this.listener = listener;
			this.exclusive = exclusive;
		}

		void start(Channel channel) throws IOException {
			this.channel = channel;
			String tag;
			try {
				tag = channel.basicConsume(this.queue, false, "", false, this.exclusive, null, consumer(channel));
			}
			catch (IOException ex) {
				if (QueueAdmin.replyCode(ex) == ACCESS_REFUSED) {
					throw new QueueInUseException(this.queue, ex);
				}
				throw ex;
			}
			this.consumerTag = tag;
			this.slot.consumers.put(tag, this);
			if (this.cancelled) {
				// cancelled while the broker answered (a resume after a channel failure): cancel()
				// saw no tag or the old one, so this consumer is ours to stop
				this.slot.consumers.remove(tag);
				if (!RecordedConsumers.cancel(channel, tag)) {
					logger.debug("Could not send the cancellation of the consumer of {}", this.queue);
				}
			}
		}

		private DefaultConsumer consumer(Channel channel) {
			return new DefaultConsumer(channel) {

				@Override
				public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
						byte[] body) {
					QueueConsumer.this.listener.onDelivery(new InboundMessage(QueueConsumer.this.queue, body,
							getChannel(), envelope.getDeliveryTag(), envelope.isRedeliver()));
				}

				@Override
				public void handleCancel(String consumerTag) {
					QueueConsumer.this.slot.consumers.remove(consumerTag);
					RecordedConsumers.cancel(getChannel(), consumerTag);
					if (!QueueConsumer.this.cancelled) {
						QueueConsumer.this.cancelled = true;
						QueueConsumer.this.listener.onCancelled(QueueConsumer.this.queue);
					}
				}

			};
		}

		@Override
		public String queue() {
			return this.queue;
		}

		@Override
		public void cancel() {
			if (this.cancelled) {
				return;
			}
			this.cancelled = true;
			String tag = this.consumerTag;
			if (tag == null) {
				return;
			}
			this.slot.consumers.remove(tag);
			Channel current = this.channel;
			// even on a closed channel: recovery would otherwise consume the queue again
			if (current != null && !RecordedConsumers.cancel(current, tag)) {
				logger.debug("Could not send the cancellation of the consumer of {}", this.queue);
			}
		}

	}

}
