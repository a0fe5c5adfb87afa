package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At its active-dialogue limit an instance leaves announcements on the queue, without bouncing
 * them, and takes them as soon as a dialogue ends.
 *
 * @author ari-queue team
 */
class BackPressureIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-limit-" + UUID.randomUUID();

	@Test
	void leavesAnnouncementsWaitingAtTheLimitAndTakesThemWhenRoomFreesUp() throws InterruptedException {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Answering.class },
						"ari.queue.max-active-dialogues=2")) {
			ProxyDialogueRuntime runtime = app.runtime();
			Answering answering = app.bean(Answering.class);
			List<SimulatedCall> calls = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				calls.add(proxy.placeCall());
			}
			await().atMost(WAIT).until(() -> answering.started.size() == 2);
			await().atMost(WAIT).until(() -> this.broker.messageCount(this.application) == 3);
			assertThat(runtime.activeDialogues()).isEqualTo(2);
			assertThat(runtime.isTakingAnnouncements()).isFalse();
			long returned = runtime.announcementsReturned();
			Thread.sleep(2000);
			assertThat(runtime.announcementsReturned()).as("no reject/requeue loop while waiting").isEqualTo(returned);
			assertThat(returned).as("at most the announcements already delivered go back").isLessThanOrEqualTo(8);
			assertThat(this.broker.messageCount(this.application)).isEqualTo(3);
			assertThat(answering.started).hasSize(2);

			SimulatedCall first = calls.stream()
				.filter((call) -> call.channelId().equals(answering.started.get(0)))
				.findFirst()
				.orElseThrow();
			first.hangUpFarEnd();
			await().atMost(WAIT).until(() -> answering.started.size() == 3);
			await().atMost(WAIT).until(() -> this.broker.messageCount(this.application) == 2);
			assertThat(runtime.activeDialogues()).isEqualTo(2);
		}
	}

	@Test
	void withEveryInstanceFullAnnouncementsWaitWithoutRedeliveryUntilOneHasRoom() throws InterruptedException {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build();
				RunningApplication first = RunningApplication.start(this.application, new Class<?>[] { Answering.class },
						"ari.queue.max-active-dialogues=1");
				RunningApplication second = RunningApplication.start(this.application,
						new Class<?>[] { Answering.class }, "ari.queue.max-active-dialogues=1")) {
			List<RunningApplication> instances = List.of(first, second);
			List<SimulatedCall> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(proxy.placeCall());
			}
			await().atMost(WAIT).until(() -> started(instances).size() == 2);
			await().atMost(WAIT).until(() -> this.broker.messageCount(this.application) == 2);
			long returned = returned(instances);
			Thread.sleep(3000);
			assertThat(returned(instances)).as("announcements handed back while every instance is full").isEqualTo(returned);
			assertThat(returned).isLessThanOrEqualTo(2);
			assertThat(this.broker.messageCount(this.application)).isEqualTo(2);
			assertThat(this.broker.consumerCount(this.application)).as("full instances stop consuming").isZero();

			String answered = started(instances).get(0);
			calls.stream().filter((call) -> call.channelId().equals(answered)).findFirst().orElseThrow().hangUpFarEnd();
			await().atMost(WAIT).until(() -> started(instances).size() == 3);
			assertThat(this.broker.messageCount(this.application)).isEqualTo(1);
		}
	}

	private static List<String> started(List<RunningApplication> instances) {
		List<String> started = new ArrayList<>();
		instances.forEach((instance) -> started.addAll(instance.bean(Answering.class).started));
		return started;
	}

	private static long returned(List<RunningApplication> instances) {
		return instances.stream().mapToLong((instance) -> instance.runtime().announcementsReturned()).sum();
	}

	@Component
	static class Answering {

		final List<String> started = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
			this.started.add(event.channel().id());
		}

	}

}
