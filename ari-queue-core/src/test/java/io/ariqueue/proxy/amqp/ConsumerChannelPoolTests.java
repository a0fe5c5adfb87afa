package io.ariqueue.proxy.amqp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Consumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownListener;
import com.rabbitmq.client.ShutdownSignalException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@link ConsumerChannelPool} on stubbed channels, in the manner of Spring AMQP's
 * {@code DirectMessageListenerContainerMockTests}: each test pins one interleaving of the
 * broker's events with the pool's own work.
 *
 * @author ari-queue team
 */
class ConsumerChannelPoolTests {

	private static final int PREFETCH = 7;

	private final Connection connection = mock(Connection.class);

	private final QueueAdmin admin = mock(QueueAdmin.class);

	private final List<StubChannel> channels = new ArrayList<>();

	private final AtomicInteger tags = new AtomicInteger();

	private final ExecutorService background = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.background.shutdownNow();
	}

	@Test
	void eachQueueGoesToTheChannelWithFewestConsumers() throws Exception {
		ConsumerChannelPool pool = pool(3);
		List<Subscription> subscriptions = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			subscriptions.add(pool.subscribe("q" + i, new RecordingListener()));
		}
		assertThat(this.channels).hasSize(3);
		for (StubChannel channel : this.channels) {
			assertThat(channel.consumers).hasSize(2);
			verify(channel.mock).basicQos(PREFETCH, false);
		}
		assertThat(pool.consumerCount()).isEqualTo(6);
		assertThat(pool.openChannels()).isEqualTo(3);
		// two consumers of the second channel go: it is the least loaded now
		subscriptions.get(1).cancel();
		subscriptions.get(4).cancel();
		pool.subscribe("q6", new RecordingListener());
		verify(this.channels.get(1).mock).basicConsume(eq("q6"), eq(false), eq(""), eq(false), eq(false), isNull(),
				any(Consumer.class));
		assertThat(pool.consumerCount()).isEqualTo(5);
	}

	@Test
	void aDeliveryReachesItsQueuesListenerSettledOnTheChannelThatMadeIt() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener listener = new RecordingListener();
		pool.subscribe("events_1", listener, true);
		StubChannel channel = consumerChannels().get(0);
		verify(channel.mock).basicConsume(eq("events_1"), eq(false), eq(""), eq(false), eq(true), isNull(),
				any(Consumer.class));
		// the claim found the queue empty: it cost a consumer and its cancellation
		StubChannel claim = claimChannels().get(0);
		verify(claim.mock).basicCancel(anyString());
		verify(claim.mock, never()).basicRecover(anyBoolean());
		channel.deliver("events_1", 5, true, "{}");
		assertThat(listener.deliveries).hasSize(1);
		InboundMessage message = listener.deliveries.get(0);
		assertThat(message.queue()).isEqualTo("events_1");
		assertThat(message.redelivered()).isTrue();
		message.ack();
		verify(channel.mock).basicAck(5, false);
	}

	@Test
	void aChannelTheBrokerClosesIsReplacedAndItsConsumersResume() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener first = new RecordingListener();
		RecordingListener second = new RecordingListener();
		pool.subscribe("events_1", first, true);
		pool.subscribe("events_2", second, false);
		given(this.admin.exists(anyString())).willReturn(true);
		StubChannel failed = consumerChannels().get(0);
		failed.closeByBroker(406, "PRECONDITION_FAILED - unknown delivery tag 9");
		assertThat(consumerChannels()).hasSize(2);
		StubChannel replacement = consumerChannels().get(1);
		verify(replacement.mock).basicQos(PREFETCH, false);
		// each with its own flags, on the new channel
		verify(replacement.mock).basicConsume(eq("events_1"), eq(false), eq(""), eq(false), eq(true), isNull(),
				any(Consumer.class));
		verify(replacement.mock).basicConsume(eq("events_2"), eq(false), eq(""), eq(false), eq(false), isNull(),
				any(Consumer.class));
		assertThat(pool.consumerCount()).isEqualTo(2);
		replacement.deliver("events_2", 1, true, "{}");
		assertThat(second.deliveries).hasSize(1);
		assertThat(first.cancelled).isEmpty();
		assertThat(second.cancelled).isEmpty();
		// else a recovering connection keeps the closed channel and its consumers on record, and
		// fails to consume again on it at every recovery
		verify(failed.mock).abort();
	}

	@Test
	void aConsumerWhoseQueueIsGoneIsNotResumedAndItsListenerHearsOnCancelled() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener gone = new RecordingListener();
		RecordingListener kept = new RecordingListener();
		pool.subscribe("events_gone", gone);
		pool.subscribe("events_kept", kept);
		given(this.admin.exists("events_gone")).willReturn(false);
		given(this.admin.exists("events_kept")).willReturn(true);
		this.channels.get(0).closeByBroker(406, "PRECONDITION_FAILED");
		assertThat(gone.cancelled).containsExactly("events_gone");
		assertThat(kept.cancelled).isEmpty();
		StubChannel replacement = this.channels.get(1);
		verify(replacement.mock, never()).basicConsume(eq("events_gone"), anyBoolean(), anyString(), anyBoolean(),
				anyBoolean(), any(), any(Consumer.class));
		assertThat(pool.consumerCount()).isEqualTo(1);
	}

	@Test
	void anExclusiveConsumerRefusedOnResumeMeansTakenOver() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener listener = new RecordingListener();
		pool.subscribe("events_1", listener, true);
		given(this.admin.exists("events_1")).willReturn(true);
		this.inUseElsewhere.add("events_1");
		consumerChannels().get(0).closeByBroker(406, "PRECONDITION_FAILED");
		assertThat(listener.takenOver).containsExactly("events_1");
		assertThat(listener.cancelled).isEmpty();
		assertThat(pool.consumerCount()).isZero();
	}

	@Test
	void anExclusiveSubscriptionThatTheBrokerRefusesIsQueueInUse() throws Exception {
		ConsumerChannelPool pool = pool(1);
		this.inUseElsewhere.add("events_1");
		assertThatExceptionOfType(QueueInUseException.class)
			.isThrownBy(() -> pool.subscribe("events_1", new RecordingListener(), true));
		assertThat(pool.consumerCount()).isZero();
	}

	@Test
	void aRefusedClaimClosesTheClaimChannelAndLeavesTheOtherConsumersWhereTheyAre() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener running = new RecordingListener();
		pool.subscribe("events_1", running, true);
		StubChannel channel = consumerChannels().get(0);
		channel.deliver("events_1", 1, false, "{}");
		this.inUseElsewhere.add("events_2");
		assertThatExceptionOfType(QueueInUseException.class)
			.isThrownBy(() -> pool.subscribe("events_2", new RecordingListener(), true));
		// the broker refused on the claim channel: the pool's channel, its consumer and its delivery are untouched
		assertThat(channel.mock.isOpen()).isTrue();
		verify(channel.mock, never()).basicConsume(eq("events_2"), anyBoolean(), anyString(), anyBoolean(),
				anyBoolean(), any(), any(Consumer.class));
		verifyNoInteractions(this.admin);
		assertThat(running.deliveries.get(0).isStale()).isFalse();
		assertThat(pool.consumerCount()).isEqualTo(1);
		StubChannel refused = claimChannels().get(0);
		verify(refused.mock).abort();
		// the next claim opens a claim channel anew
		pool.subscribe("events_3", new RecordingListener(), true);
		assertThat(claimChannels()).hasSize(2);
		assertThat(consumerChannels()).containsExactly(channel);
	}

	@Test
	void aMessageHandedToAClaimGoesBackToItsQueueBeforeTheConsumerIsMade() throws Exception {
		ConsumerChannelPool pool = pool(1);
		this.waitingInQueue.add("events_1");
		RecordingListener listener = new RecordingListener();
		pool.subscribe("events_1", listener, true);
		StubChannel claim = claimChannels().get(0);
		StubChannel channel = consumerChannels().get(0);
		InOrder order = inOrder(claim.mock, channel.mock);
		order.verify(claim.mock).basicCancel(anyString());
		order.verify(claim.mock).basicRecover(true);
		order.verify(channel.mock).basicConsume(eq("events_1"), eq(false), eq(""), eq(false), eq(true), isNull(),
				any(Consumer.class));
		assertThat(listener.deliveries).isEmpty();
		verify(claim.mock, never()).basicAck(anyLong(), anyBoolean());
	}

	@Test
	void anExclusiveSubscriptionWithoutClaimGoesStraightToThePool() throws Exception {
		ConsumerChannelPool pool = pool(1);
		pool.subscribeExclusivelyWithoutClaim("events_1", new RecordingListener());
		assertThat(claimChannels()).isEmpty();
		verify(consumerChannels().get(0).mock).basicConsume(eq("events_1"), eq(false), eq(""), eq(false), eq(true),
				isNull(), any(Consumer.class));
	}

	@Test
	void claimsRunSideBySideSoThatASlowOneHoldsUpNoOther() throws Exception {
		ConsumerChannelPool pool = pool(1);
		pool.subscribe("q0", new RecordingListener());
		CountDownLatch release = new CountDownLatch(1);
		// the first claim channel answers its trial consumer only once released
		this.nextChannelConsume = release::await;
		Future<Subscription> slow = this.background
			.submit(() -> pool.subscribe("responses_1", new RecordingListener(), true));
		while (claimChannels().isEmpty()) {
			Thread.sleep(5);
		}
		Future<Subscription> other = this.background
			.submit(() -> pool.subscribe("responses_2", new RecordingListener(), true));
		assertThat(other.get(5, TimeUnit.SECONDS)).isNotNull();
		assertThat(slow.isDone()).isFalse();
		assertThat(claimChannels()).hasSize(2);
		release.countDown();
		assertThat(slow.get(5, TimeUnit.SECONDS)).isNotNull();
	}

	@Test
	void claimsOneAfterAnotherKeepOneClaimChannel() throws Exception {
		ConsumerChannelPool pool = pool(1);
		for (int i = 0; i < 5; i++) {
			pool.subscribe("responses_" + i, new RecordingListener(), true);
		}
		assertThat(claimChannels()).hasSize(1);
	}

	@Test
	void aSharedSubscriptionIsNotClaimed() throws Exception {
		ConsumerChannelPool pool = pool(1);
		pool.subscribe("q1", new RecordingListener());
		assertThat(claimChannels()).isEmpty();
		assertThat(pool.openChannels()).isEqualTo(1);
	}

	@Test
	void aConsumerTheBrokerCancelsIsReportedOnceAndNotCancelledAgain() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener listener = new RecordingListener();
		Subscription subscription = pool.subscribe("events_1", listener);
		StubChannel channel = this.channels.get(0);
		String tag = channel.tagOf("events_1");
		channel.consumers.get(tag).handleCancel(tag);
		assertThat(listener.cancelled).containsExactly("events_1");
		assertThat(pool.consumerCount()).isZero();
		// once, to drop the consumer from the connection's recovery record; no more on cancel()
		subscription.cancel();
		verify(channel.mock, times(1)).basicCancel(anyString());
		verify(channel.mock).basicCancel(tag);
	}

	@Test
	void cancelStopsTheConsumerOnceAndAClosedChannelDoesNotResumeIt() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener listener = new RecordingListener();
		Subscription subscription = pool.subscribe("events_1", listener);
		StubChannel channel = this.channels.get(0);
		String tag = channel.tagOf("events_1");
		subscription.cancel();
		subscription.cancel();
		verify(channel.mock).basicCancel(tag);
		assertThat(pool.consumerCount()).isZero();
		channel.closeByBroker(406, "PRECONDITION_FAILED");
		verifyNoInteractions(this.admin);
		assertThat(listener.cancelled).isEmpty();
	}

	@Test
	void aConnectionFailureIsLeftToAutomaticRecovery() throws Exception {
		ConsumerChannelPool pool = pool(1);
		pool.subscribe("events_1", new RecordingListener());
		StubChannel channel = this.channels.get(0);
		channel.shutdown(new ShutdownSignalException(true, false,
				new AMQP.Connection.Close.Builder().replyCode(320).replyText("CONNECTION_FORCED").build(), null));
		assertThat(this.channels).hasSize(1);
		verifyNoInteractions(this.admin);
		assertThat(pool.consumerCount()).isEqualTo(1);
	}

	@Test
	void aChannelTheBrokerClosesAfterAConnectionRecoveryIsStillReplaced() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener listener = new RecordingListener();
		pool.subscribe("events_1", listener);
		given(this.admin.exists("events_1")).willReturn(true);
		StubChannel channel = consumerChannels().get(0);
		// the connection fails and recovers: a recovering channel keeps its listeners for its next life
		channel.shutdown(new ShutdownSignalException(true, false,
				new AMQP.Connection.Close.Builder().replyCode(320).replyText("CONNECTION_FORCED").build(), null));
		channel.open.set(true);
		channel.closeByBroker(406, "PRECONDITION_FAILED - unknown delivery tag 3");
		assertThat(consumerChannels()).hasSize(2);
		verify(consumerChannels().get(1).mock).basicConsume(eq("events_1"), eq(false), eq(""), eq(false), eq(false),
				isNull(), any(Consumer.class));
		assertThat(pool.consumerCount()).isEqualTo(1);
	}

	@Test
	void aSubscriptionCancelledWhileItsConsumerIsBeingResumedDoesNotComeBack() throws Exception {
		ConsumerChannelPool pool = pool(1);
		RecordingListener listener = new RecordingListener();
		Subscription subscription = pool.subscribe("events_1", listener);
		given(this.admin.exists("events_1")).willReturn(true);
		CountDownLatch resuming = new CountDownLatch(1);
		CountDownLatch answer = new CountDownLatch(1);
		this.nextChannelConsume = () -> {
			resuming.countDown();
			answer.await();
		};
		StubChannel failed = this.channels.get(0);
		Future<?> resume = this.background.submit(() -> {
			failed.closeByBroker(406, "PRECONDITION_FAILED");
			return null;
		});
		assertThat(resuming.await(10, TimeUnit.SECONDS)).isTrue();
		// the dialogue ends while the broker has yet to answer the resumed consumer
		subscription.cancel();
		answer.countDown();
		resume.get(10, TimeUnit.SECONDS);
		StubChannel replacement = this.channels.get(1);
		String resumedTag = replacement.tagOf("events_1");
		verify(replacement.mock, timeout(10_000)).basicCancel(resumedTag);
		assertThat(pool.consumerCount()).isZero();
	}

	@Test
	void closeClosesEveryChannelAndRefusesNewSubscriptions() throws Exception {
		ConsumerChannelPool pool = pool(2);
		pool.subscribe("events_1", new RecordingListener());
		pool.subscribe("events_2", new RecordingListener());
		pool.close();
		for (StubChannel channel : this.channels) {
			verify(channel.mock).close();
		}
		assertThat(pool.openChannels()).isZero();
		assertThatIOException().isThrownBy(() -> pool.subscribe("events_3", new RecordingListener()))
			.withMessage("Consumer channel pool is closed");
		// a close the broker reports afterwards resumes nothing
		this.channels.get(0).closeByBroker(406, "PRECONDITION_FAILED");
		verifyNoInteractions(this.admin);
	}

	@Test
	void aPoolNeedsAChannel() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new ConsumerChannelPool(this.connection, this.admin, 0, PREFETCH, Runnable::run))
			.withMessage("channelCount must be at least 1");
	}

	/** Queues another instance consumes exclusively: the broker refuses a consumer on them. */
	private final Set<String> inUseElsewhere = ConcurrentHashMap.newKeySet();

	/** Queues with a message waiting: a consumer made on them is handed it at once. */
	private final Set<String> waitingInQueue = ConcurrentHashMap.newKeySet();

	private volatile Blocker nextChannelConsume;

	private ConsumerChannelPool pool(int channelCount) throws IOException {
		given(this.connection.createChannel()).willAnswer((invocation) -> newChannel().mock);
		// replaced channels resume their consumers right on the thread that saw the close
		return new ConsumerChannelPool(this.connection, this.admin, channelCount, PREFETCH, Runnable::run);
	}

	/** The channels that carry consumers, with the pool's prefetch, in the order they were opened. */
	private List<StubChannel> consumerChannels() {
		return channelsWithPrefetch(PREFETCH);
	}

	/** The claim channels, with a prefetch of one, in the order they were opened. */
	private List<StubChannel> claimChannels() {
		return channelsWithPrefetch(1);
	}

	private List<StubChannel> channelsWithPrefetch(int prefetch) {
		synchronized (this.channels) {
			return this.channels.stream().filter((channel) -> channel.prefetch == prefetch).toList();
		}
	}

	private StubChannel newChannel() throws Exception {
		StubChannel channel = new StubChannel(mock(Channel.class), this.nextChannelConsume);
		this.nextChannelConsume = null;
		synchronized (this.channels) {
			this.channels.add(channel);
		}
		return channel;
	}

	@FunctionalInterface
	private interface Blocker {

		void await() throws InterruptedException;

	}

	/**
	 * A mocked channel that keeps the consumers it was given, answers like the broker, and can
	 * be closed as the broker closes it.
	 */
	private final class StubChannel {

		private final Channel mock;

		private final Map<String, Consumer> consumers = new ConcurrentHashMap<>();

		private final Map<String, String> queues = new ConcurrentHashMap<>();

		private final AtomicBoolean open = new AtomicBoolean(true);

		private final List<ShutdownListener> listeners = new ArrayList<>();

		private volatile int prefetch;

		StubChannel(Channel mock, Blocker consume) throws Exception {
			this.mock = mock;
			given(mock.isOpen()).willAnswer((invocation) -> this.open.get());
			willAnswer((invocation) -> {
				this.prefetch = invocation.getArgument(0);
				return null;
			}).given(mock).basicQos(anyInt(), anyBoolean());
			willAnswer((invocation) -> {
				String tag = invocation.getArgument(0);
				Consumer consumer = this.consumers.remove(tag);
				if (consumer != null) {
					consumer.handleCancelOk(tag);
				}
				return null;
			}).given(mock).basicCancel(anyString());
			willAnswer((invocation) -> {
				this.listeners.add(invocation.getArgument(0));
				return null;
			}).given(mock).addShutdownListener(any());
			willAnswer((invocation) -> {
				this.open.set(false);
				return null;
			}).given(mock).close();
			given(mock.basicConsume(anyString(), anyBoolean(), anyString(), anyBoolean(), anyBoolean(), any(),
					any(Consumer.class)))
				.willAnswer((invocation) -> {
					String queue = invocation.getArgument(0);
					if (ConsumerChannelPoolTests.this.inUseElsewhere.contains(queue)) {
						this.open.set(false);
						throw new IOException(channelClose(403, "ACCESS_REFUSED - queue '" + queue
								+ "' in exclusive use"));
					}
					if (consume != null) {
						consume.await();
					}
					String tag = "amq.ctag-" + ConsumerChannelPoolTests.this.tags.incrementAndGet();
					Consumer consumer = invocation.getArgument(6);
					this.consumers.put(tag, consumer);
					this.queues.put(queue, tag);
					if (ConsumerChannelPoolTests.this.waitingInQueue.remove(queue)) {
						consumer.handleDelivery(tag, new Envelope(1, false, "", queue), new AMQP.BasicProperties(),
								"{}".getBytes());
					}
					return tag;
				});
		}

		String tagOf(String queue) {
			return this.queues.get(queue);
		}

		void deliver(String queue, long tag, boolean redelivered, String body) throws IOException {
			String consumerTag = tagOf(queue);
			this.consumers.get(consumerTag)
				.handleDelivery(consumerTag, new Envelope(tag, redelivered, "", queue), new AMQP.BasicProperties(),
						body.getBytes());
		}

		void closeByBroker(int code, String text) {
			shutdown(channelClose(code, text));
		}

		void shutdown(ShutdownSignalException cause) {
			this.open.set(false);
			this.listeners.forEach((listener) -> listener.shutdownCompleted(cause));
		}

	}

	private static ShutdownSignalException channelClose(int code, String text) {
		return new ShutdownSignalException(false, false,
				new AMQP.Channel.Close.Builder().replyCode(code).replyText(text).build(), null);
	}

	private static final class RecordingListener implements DeliveryListener {

		private final List<InboundMessage> deliveries = new ArrayList<>();

		private final List<String> cancelled = new ArrayList<>();

		private final List<String> takenOver = new ArrayList<>();

		@Override
		public void onDelivery(InboundMessage delivery) {
			this.deliveries.add(delivery);
		}

		@Override
		public void onCancelled(String queue) {
			this.cancelled.add(queue);
		}

		@Override
		public void onTakenOver(String queue) {
			this.takenOver.add(queue);
		}

	}

}
