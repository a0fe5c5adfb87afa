package io.ariqueue.proxy.amqp;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * {@link QueueReaper} against a stubbed {@link Connection} and {@link Channel}s, to pin what it
 * does when the broker fails in the middle of a batch. What the broker itself does is proved by
 * the integration tests.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class QueueReaperTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final Connection connection = mock(Connection.class);

	private final List<QueueReaper> reapers = new ArrayList<>();

	private final Map<Channel, AtomicBoolean> open = new ConcurrentHashMap<>();

	@AfterEach
	void closeReapers() {
		this.reapers.forEach(QueueReaper::close);
	}

	@Test
	void aBatchWhoseChannelFailsIsDeletedAgainOnAFreshChannel() throws Exception {
		Channel failing = openChannel();
		willThrow(connectionLost()).given(failing).queueDelete("b");
		Channel fresh = openChannel();
		given(this.connection.createChannel()).willReturn(failing, fresh);
		QueueReaper reaper = reaper(() -> false);
		reaper.delete(List.of("a", "b"));
		InOrder inOrder = inOrder(fresh);
		inOrder.verify(fresh, timeout(WAIT.toMillis())).queueDeleteNoWait("a", false, false);
		inOrder.verify(fresh, timeout(WAIT.toMillis())).queueDelete("b");
		assertThat(reaper.flush(WAIT)).isTrue();
		assertThat(reaper.pending()).isZero();
	}

	@Test
	void aFailedChannelIsAbortedSoThatRecoveryDoesNotBringItBack() throws Exception {
		Channel failing = openChannel();
		willAnswer((invocation) -> {
			closeChannel(failing);
			throw connectionLost();
		}).given(failing).queueDelete("a");
		Channel fresh = openChannel();
		given(this.connection.createChannel()).willReturn(failing, fresh);
		QueueReaper reaper = reaper(() -> false);
		reaper.delete(List.of("a"));
		assertThat(reaper.flush(WAIT)).isTrue();
		// an auto-recovering channel stays registered with its connection until it is closed or aborted
		verify(failing).abort();
	}

	@Test
	void whileTheConnectionIsDownQueuesWaitAndAttemptsBackOff() throws Exception {
		AtomicBoolean down = new AtomicBoolean(true);
		AtomicInteger attempts = new AtomicInteger();
		Channel channel = openChannel();
		List<String> deleted = new CopyOnWriteArrayList<>();
		willAnswer((invocation) -> deleted.add(invocation.getArgument(0))).given(channel)
			.queueDeleteNoWait(anyString(), anyBoolean(), anyBoolean());
		willAnswer((invocation) -> {
			deleted.add(invocation.getArgument(0));
			return null;
		}).given(channel).queueDelete(anyString());
		given(this.connection.createChannel()).willAnswer((invocation) -> {
			attempts.incrementAndGet();
			if (down.get()) {
				throw new IOException("connection refused");
			}
			return channel;
		});
		QueueReaper reaper = reaper(() -> false);
		reaper.delete(List.of("a", "b"));
		assertThat(reaper.flush(Duration.ofMillis(1500))).isFalse();
		assertThat(reaper.pending()).isEqualTo(2);
		// tried again, but not in a tight loop
		assertThat(attempts.get()).isBetween(2, 8);
		reaper.delete(List.of("c"));
		down.set(false);
		assertThat(reaper.flush(WAIT)).isTrue();
		// the queues that waited longest go first
		assertThat(deleted).containsExactly("a", "b", "c");
	}

	@Test
	void aQueueTheBrokerRefusesIsReportedByNameAndTheOthersOfItsBatchAreDeleted(CapturedOutput output)
			throws Exception {
		Channel first = openChannel();
		// the broker answers the refused deletion with a channel close; what followed on the channel is ignored
		willThrow(channelClosed(405, "RESOURCE_LOCKED - locked queue 'locked'")).given(first).queueDelete("b");
		Channel second = openChannel();
		willThrow(channelClosed(405, "RESOURCE_LOCKED - locked queue 'locked'")).given(second).queueDelete("locked");
		Channel third = openChannel();
		given(this.connection.createChannel()).willReturn(first, second, third);
		QueueReaper reaper = reaper(() -> false);
		reaper.delete(List.of("a", "locked", "b"));
		assertThat(reaper.flush(WAIT)).isTrue();
		verify(second).queueDelete("a");
		verify(third).queueDelete("b");
		verify(third, never()).queueDelete("locked");
		assertThat(output).contains("Could not delete 1 queues, among them locked");
	}

	@Test
	void aQueueThatIsGoneCountsAsDeleted(CapturedOutput output) throws Exception {
		Channel first = openChannel();
		// what brokers before RabbitMQ 3.6 answer for a missing queue
		willThrow(channelClosed(404, "NOT_FOUND - no queue 'a'")).given(first).queueDelete("a");
		Channel second = openChannel();
		given(this.connection.createChannel()).willReturn(first, second);
		QueueReaper reaper = reaper(() -> false);
		reaper.delete(List.of("a"));
		assertThat(reaper.flush(WAIT)).isTrue();
		reaper.delete(List.of("b"));
		assertThat(reaper.flush(WAIT)).isTrue();
		verify(second).queueDelete("b");
		verify(second, never()).queueDelete("a");
		assertThat(output).doesNotContain("Could not delete");
	}

	@Test
	void deletingNeverWaitsForTheBroker() throws Exception {
		CountDownLatch answer = new CountDownLatch(1);
		Channel hanging = openChannel();
		willAnswer((invocation) -> {
			answer.await();
			return null;
		}).given(hanging).queueDelete(anyString());
		given(this.connection.createChannel()).willReturn(hanging);
		QueueReaper reaper = reaper(() -> false);
		reaper.delete(List.of("first"));
		verify(hanging, timeout(WAIT.toMillis())).queueDelete("first");
		long start = System.nanoTime();
		for (int i = 0; i < 1000; i++) {
			reaper.delete(List.of("q" + i));
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		assertThat(reaper.pending()).isEqualTo(1001);
		answer.countDown();
		assertThat(reaper.flush(WAIT)).isTrue();
	}

	@Test
	void whileBusyOnlyQueuesThatWaitedTheMaximumDelayGo() throws Exception {
		Channel channel = openChannel();
		given(this.connection.createChannel()).willReturn(channel);
		AtomicBoolean busy = new AtomicBoolean(true);
		QueueReaper reaper = new QueueReaper(this.connection, Duration.ofMillis(300), busy::get, Thread::new);
		this.reapers.add(reaper);
		reaper.delete(List.of("a"));
		verify(channel, timeout(WAIT.toMillis())).queueDelete("a");
		reaper.delete(List.of("b"));
		TimeUnit.MILLISECONDS.sleep(100);
		verify(channel, never()).queueDelete("b");
		busy.set(false);
		verify(channel, timeout(WAIT.toMillis())).queueDelete("b");
	}

	@Test
	void closeWhileBackingOffReturnsAndSaysHowManyQueuesItLeaves(CapturedOutput output) throws Exception {
		AtomicInteger attempts = new AtomicInteger();
		given(this.connection.createChannel()).willAnswer((invocation) -> {
			attempts.incrementAndGet();
			throw new IOException("connection refused");
		});
		QueueReaper reaper = new QueueReaper(this.connection, Duration.ZERO, () -> false, Thread::new);
		reaper.delete(List.of("a", "b"));
		await().atMost(WAIT).until(() -> attempts.get() >= 2);
		long start = System.nanoTime();
		reaper.close();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(output).contains("Queue reaper closed with 2 queues not yet deleted");
	}

	@Test
	void aChannelThatCannotBeOpenedIsNoReasonToStop() throws Exception {
		Channel channel = openChannel();
		given(this.connection.createChannel()).willReturn(null, channel);
		QueueReaper reaper = reaper(() -> false);
		reaper.delete(List.of("a"));
		assertThat(reaper.flush(WAIT)).isTrue();
		verify(channel).queueDelete("a");
	}

	@Test
	void closeClosesItsChannel() throws Exception {
		Channel channel = openChannel();
		given(this.connection.createChannel()).willReturn(channel);
		QueueReaper reaper = new QueueReaper(this.connection, Duration.ZERO, () -> false, Thread::new);
		reaper.delete(List.of("a"));
		assertThat(reaper.flush(WAIT)).isTrue();
		assertThat(reaper.hasOpenChannel()).isTrue();
		reaper.close();
		verify(channel).close();
		assertThat(reaper.hasOpenChannel()).isFalse();
		assertThatNoException().isThrownBy(reaper::close);
	}

	private QueueReaper reaper(java.util.function.BooleanSupplier busy) {
		QueueReaper reaper = new QueueReaper(this.connection, Duration.ofHours(1), busy, Thread::new);
		this.reapers.add(reaper);
		return reaper;
	}

	private Channel openChannel() throws Exception {
		Channel channel = mock(Channel.class);
		AtomicBoolean open = new AtomicBoolean(true);
		this.open.put(channel, open);
		given(channel.isOpen()).willAnswer((invocation) -> open.get());
		willAnswer((invocation) -> {
			open.set(false);
			return null;
		}).given(channel).close();
		willAnswer((invocation) -> {
			open.set(false);
			return null;
		}).given(channel).abort();
		return channel;
	}

	private void closeChannel(Channel channel) {
		this.open.get(channel).set(false);
	}

	private static ShutdownSignalException connectionLost() {
		return new AlreadyClosedException(new ShutdownSignalException(true, false,
				new AMQP.Connection.Close.Builder().replyCode(320).replyText("CONNECTION_FORCED").build(), null));
	}

	private static IOException channelClosed(int code, String text) {
		return new IOException(new ShutdownSignalException(false, false,
				new AMQP.Channel.Close.Builder().replyCode(code).replyText(text).build(), null));
	}

}
