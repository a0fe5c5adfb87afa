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

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one broker: they share new dialogues, an announcement held by an
 * instance that dies goes to the other, and the dialogues an instance was running when it died
 * are adopted by the survivor within a few seconds. An instance "dies" by losing its connections
 * for good (a cut TCP relay that then refuses it), exactly as the broker sees a crashed process.
 *
 * @author ari-queue team
 */
class HighAvailabilityIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(HighAvailabilityIntegrationTests.class);

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String[] FAST_MEMBERSHIP = { "ari.queue.high-availability.heartbeat-interval=250ms",
			"ari.queue.high-availability.instance-timeout=1500ms", "ari.queue.shutdown-timeout=2s" };

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-ha-" + UUID.randomUUID();

	@Test
	void twoInstancesShareNewDialogues() {
		int calls = 20;
		try (ProxySimulator proxy = proxy(); RunningApplication first = start(); RunningApplication second = start()) {
			for (int i = 0; i < calls; i++) {
				proxy.placeCall();
			}
			Calls onFirst = first.bean(Calls.class);
			Calls onSecond = second.bean(Calls.class);
			await().atMost(WAIT).until(() -> onFirst.started.size() + onSecond.started.size() == calls);
			logger.info("{} new dialogues split {} / {} between two instances", calls, onFirst.started.size(),
					onSecond.started.size());
			assertThat(onFirst.started).hasSizeGreaterThanOrEqualTo(calls / 4).doesNotContainAnyElementsOf(onSecond.started);
			assertThat(onSecond.started).hasSizeGreaterThanOrEqualTo(calls / 4);
		}
	}

	@Test
	void anAnnouncementHeldByAnInstanceThatDiesGoesToAnother() throws Exception {
		try (ProxySimulator proxy = proxy(); TcpRelay relay = new TcpRelay(this.broker);
				RunningApplication dying = start(with(relay.properties(), "ari.queue.concurrency=1"))) {
			Calls onDying = dying.bean(Calls.class);
			SimulatedCall blocking = proxy.placeCall((call) -> call.args("block"));
			assertThat(onDying.blocked.await(10, TimeUnit.SECONDS)).isTrue();
			// the only handler thread is busy: this announcement is delivered and held, unacknowledged
			SimulatedCall held = proxy.placeCall();
			await().atMost(WAIT).until(() -> this.broker.messageCount(this.application) == 0);
			assertThat(onDying.started).doesNotContain(held.channelId());
			try (RunningApplication survivor = start()) {
				relay.cutForGood();
				Calls onSurvivor = survivor.bean(Calls.class);
				await().atMost(WAIT).until(() -> onSurvivor.started.contains(held.channelId()));
				held.awaitState("Up", WAIT);
				assertThat(onSurvivor.adopted).doesNotContainKey(held.dialogue().id());
			}
			finally {
				onDying.release.countDown();
			}
			assertThat(blocking.dialogue().id()).isNotNull();
		}
	}

	@Test
	void theSurvivorAdoptsTheDialoguesOfAnInstanceThatDied() throws Exception {
		try (ProxySimulator proxy = proxy(); TcpRelay relay = new TcpRelay(this.broker);
				RunningApplication dying = start(relay.properties())) {
			List<SimulatedCall> calls = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				SimulatedCall call = proxy.placeCall();
				call.awaitState("Up", WAIT);
				calls.add(call);
			}
			assertThat(dying.runtime().activeDialogues()).isEqualTo(3);
			try (RunningApplication survivor = start()) {
				Calls onSurvivor = survivor.bean(Calls.class);
				Thread.sleep(1000);
				long died = System.nanoTime();
				relay.cutForGood();
				// events the proxy publishes while nobody consumes wait on the durable queues
				calls.get(0).pressDtmf("5");
				await().atMost(WAIT).until(() -> onSurvivor.adopted.size() == calls.size());
				long adoptedAfter = TimeUnit.NANOSECONDS.toMillis(onSurvivor.lastAdoptedNanos - died);
				logger.info("The survivor adopted {} dialogues {} ms after the other instance died", calls.size(),
						adoptedAfter);
				assertThat(adoptedAfter).as("adoption latency in ms").isLessThan(5000);
				for (SimulatedCall call : calls) {
					AriSession session = onSurvivor.adopted.get(call.dialogue().id());
					assertThat(session.isAdopted()).isTrue();
					assertThat(session.primaryChannel().id()).isEqualTo(call.channelId());
					assertThat(session.primaryChannel().state()).as("read back from Asterisk").isEqualTo("Up");
				}
				assertThat(onSurvivor.started).as("the adopter does not get the original StasisStart").isEmpty();
				await().atMost(WAIT).until(() -> "5".equals(onSurvivor.digits.get(calls.get(0).channelId())));
				calls.get(0).awaitHungUp(WAIT);
				calls.get(1).pressDtmf("5").awaitHungUp(WAIT);
				assertThat(survivor.runtime().adoptedDialogues()).isEqualTo(calls.size());
				assertThat(this.broker.consumerCount(calls.get(2).dialogue().eventsQueue())).isOne();
			}
		}
	}

	private ProxySimulator proxy() {
		return ProxySimulator.builder(this.broker.connectionFactory()).application(this.application).build();
	}

	private RunningApplication start(String... properties) {
		return RunningApplication.start(this.application, new Class<?>[] { Calls.class },
				with(FAST_MEMBERSHIP, properties));
	}

	private static String[] with(String[] first, String... more) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	@Component
	static class Calls {

		final List<String> started = new CopyOnWriteArrayList<>();

		final Map<String, AriSession> adopted = new ConcurrentHashMap<>();

		final Map<String, String> digits = new ConcurrentHashMap<>();

		final CountDownLatch blocked = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		volatile long lastAdoptedNanos;

		@DialogueStarted
		void dialogueStarted(AriSession session) {
			if (session.isAdopted()) {
				this.lastAdoptedNanos = System.nanoTime();
				this.adopted.put(session.dialogueId(), session);
			}
		}

		@StasisStart
		void start(StasisStartEvent event, AriSession session) throws InterruptedException {
			this.started.add(event.channel().id());
			if (event.args().contains("block")) {
				this.blocked.countDown();
				this.release.await(30, TimeUnit.SECONDS);
				return;
			}
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event, AriSession session) {
			this.digits.merge(event.channel().id(), event.digit(), String::concat);
			session.channels().hangup(event.channel().id());
		}

	}

}
