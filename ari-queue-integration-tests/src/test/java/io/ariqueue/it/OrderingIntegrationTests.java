package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events of one dialogue reach handlers one at a time and in order; dialogues run in parallel,
 * and a dialogue whose handler blocks holds up no other.
 *
 * @author ari-queue team
 */
class OrderingIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String DIGITS = "0123456789*#ABCD";

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-ordering-" + UUID.randomUUID();

	@Test
	void deliversEachDialoguesEventsInOrderOneAtATime() {
		int dialogues = 12;
		int rounds = 10;
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.announcementPause(Duration.ZERO)
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Recorder.class },
						"ari.queue.concurrency=4")) {
			Recorder recorder = app.bean(Recorder.class);
			List<SimulatedCall> calls = new ArrayList<>();
			for (int i = 0; i < dialogues; i++) {
				calls.add(proxy.placeCall());
			}
			await().atMost(WAIT).until(() -> recorder.started.size() == dialogues);
			String pressed = DIGITS.repeat(rounds);
			// interleave the dialogues so that their events share the broker and the handler pool
			for (int round = 0; round < rounds; round++) {
				for (SimulatedCall call : calls) {
					call.pressDtmf(DIGITS);
				}
			}
			await().atMost(WAIT)
				.until(() -> recorder.digits.values().stream().mapToInt(StringBuilder::length).sum() == dialogues
						* pressed.length());
			for (SimulatedCall call : calls) {
				assertThat(recorder.digits.get(call.channelId())).as(call.channelId()).hasToString(pressed);
			}
			assertThat(recorder.overlaps).as("handlers of one dialogue ran at the same time").isEmpty();
			assertThat(recorder.maxParallel.get()).as("dialogues ran in parallel").isGreaterThan(1);
		}
	}

	@Test
	void aBlockedHandlerHoldsUpOnlyItsOwnDialogue() throws Exception {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.announcementPause(Duration.ZERO)
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Blocking.class },
						"ari.queue.concurrency=2")) {
			Blocking blocking = app.bean(Blocking.class);
			SimulatedCall blocked = proxy.placeCall((c) -> c.args("block"));
			assertThat(blocking.blockedEntered.await(10, TimeUnit.SECONDS)).isTrue();
			blocked.pressDtmf("1");
			List<SimulatedCall> others = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				others.add(proxy.placeCall((c) -> c.args("go")));
			}
			for (SimulatedCall call : others) {
				call.awaitState("Up", WAIT);
				call.pressDtmf("5");
			}
			await().atMost(WAIT).until(() -> blocking.digits.size() == others.size());
			assertThat(blocking.digits).doesNotContainKey(blocked.channelId());
			blocking.release.countDown();
			await().atMost(WAIT).until(() -> blocking.digits.containsKey(blocked.channelId()));
			assertThat(blocked.channel().state()).isEqualTo("Up");
		}
	}

	@Component
	static class Recorder {

		final List<String> started = new CopyOnWriteArrayList<>();

		final Map<String, StringBuilder> digits = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

		final List<String> overlaps = new CopyOnWriteArrayList<>();

		final AtomicInteger parallel = new AtomicInteger();

		final AtomicInteger maxParallel = new AtomicInteger();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
			this.started.add(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event) throws InterruptedException {
			String channel = event.channel().id();
			if (this.running.computeIfAbsent(channel, (key) -> new AtomicInteger()).incrementAndGet() > 1) {
				this.overlaps.add(channel);
			}
			this.maxParallel.accumulateAndGet(this.parallel.incrementAndGet(), Math::max);
			Thread.sleep(1);
			StringBuilder received = this.digits.computeIfAbsent(channel, (key) -> new StringBuilder());
			synchronized (received) {
				received.append(event.digit());
			}
			this.parallel.decrementAndGet();
			this.running.get(channel).decrementAndGet();
		}

	}

	@Component
	static class Blocking {

		final CountDownLatch blockedEntered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final Map<String, String> digits = new ConcurrentHashMap<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) throws InterruptedException {
			session.channels().answer(event.channel().id());
			if (event.args().contains("block")) {
				this.blockedEntered.countDown();
				this.release.await(60, TimeUnit.SECONDS);
			}
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event) {
			this.digits.put(event.channel().id(), event.digit());
		}

	}

}
