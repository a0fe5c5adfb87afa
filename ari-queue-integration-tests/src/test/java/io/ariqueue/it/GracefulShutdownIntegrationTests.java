package io.ariqueue.it;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shutdown stops taking announcements, lets the running handler finish, hands the events not yet
 * handled back to their queue, and keeps the dialogue's queues for whoever takes the call next.
 *
 * @author ari-queue team
 */
class GracefulShutdownIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-shutdown-" + UUID.randomUUID();

	@Test
	void drainsRunningHandlersAndLeavesTheRestOnTheQueues() throws Exception {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build()) {
			RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Slow.class });
			Slow slow = app.bean(Slow.class);
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			call.pressDtmf("1");
			assertThat(slow.entered.await(10, TimeUnit.SECONDS)).isTrue();
			call.pressDtmf("23");
			await().atMost(WAIT).until(() -> this.broker.messageCount(call.dialogue().eventsQueue()) == 0);

			app.close();

			assertThat(slow.calls).containsExactly("digit 1 started", "digit 1 finished", "closed SHUTDOWN");
			assertThat(call.dialogue().queues()).allMatch(this.broker::queueExists);
			assertThat(this.broker.consumerCount(call.dialogue().eventsQueue())).isZero();
			assertThat(this.broker.messageCount(call.dialogue().eventsQueue())).as("events 2 and 3, handed back").isEqualTo(2);
			assertThat(this.broker.consumerCount(this.application)).isZero();

			proxy.placeCall();
			await().pollDelay(Duration.ofMillis(300)).atMost(WAIT).until(() -> this.broker.messageCount(this.application) == 1);
			this.broker.deleteQueues(call.dialogue().queues().toArray(String[]::new));
		}
	}

	@Component
	static class Slow {

		final CountDownLatch entered = new CountDownLatch(1);

		final List<String> calls = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event) throws InterruptedException {
			this.calls.add("digit " + event.digit() + " started");
			this.entered.countDown();
			Thread.sleep(1500);
			this.calls.add("digit " + event.digit() + " finished");
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason) {
			this.calls.add("closed " + reason);
		}

	}

}
