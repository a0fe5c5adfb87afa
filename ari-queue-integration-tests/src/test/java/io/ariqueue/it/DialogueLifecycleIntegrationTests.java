package io.ariqueue.it;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.client.DialogueClosedException;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * How dialogues start and end against go-ari-proxy's behaviour: the announcement race, the lossy
 * end of a call, the idle timeout, a close by the application, and what becomes of the queues.
 *
 * @author ari-queue team
 */
class DialogueLifecycleIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-lifecycle-" + UUID.randomUUID();

	@Test
	void setsUpADialogueAnnouncedLongBeforeItsQueuesExist() {
		try (ProxySimulator proxy = proxy((builder) -> builder.announcementPause(Duration.ofMillis(1500)));
				RunningApplication app = start()) {
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			Answering handlers = app.bean(Answering.class);
			assertThat(handlers.started).containsExactly(call.channelId());
			assertThat(app.runtime().activeDialogues()).isEqualTo(1);
			assertThat(proxy.internalErrors()).isEmpty();
		}
	}

	@Test
	void endsOnChannelDestroyedWhenTheProxyDropsStasisEnd() {
		try (ProxySimulator proxy = proxy((builder) -> builder.dropStasisEnd(true)); RunningApplication app = start()) {
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			call.hangUpFarEnd();
			Answering handlers = app.bean(Answering.class);
			await().atMost(WAIT).until(() -> handlers.closed.contains(DialogueCloseReason.PRIMARY_CHANNEL_ENDED));
			assertThat(call.dialogue().eventTypes()).doesNotContain("StasisEnd").contains("ChannelDestroyed");
			await().atMost(WAIT).untilAsserted(() -> assertThat(call.dialogue().clientQueues()).noneMatch(this.broker::queueExists));
			assertThat(app.runtime().activeDialogues()).isZero();
		}
	}

	@Test
	void endsOnStasisEndThatOvertakesTheHangupRequest() {
		try (ProxySimulator proxy = proxy((builder) -> builder.reorderEndOfCall(true)); RunningApplication app = start()) {
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			call.hangUpFarEnd();
			Answering handlers = app.bean(Answering.class);
			await().atMost(WAIT).until(() -> handlers.closed.contains(DialogueCloseReason.PRIMARY_CHANNEL_ENDED));
			assertThat(handlers.closed).hasSize(1);
		}
	}

	@Test
	void endsADialogueThatStaysIdle() {
		try (ProxySimulator proxy = proxy((builder) -> {
		}); RunningApplication app = start("ari.queue.dialogue-idle-timeout=1s")) {
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			Answering handlers = app.bean(Answering.class);
			await().atMost(WAIT).until(() -> handlers.closed.contains(DialogueCloseReason.IDLE_TIMEOUT));
			await().atMost(WAIT).untilAsserted(() -> assertThat(call.dialogue().clientQueues()).noneMatch(this.broker::queueExists));
			assertThat(app.runtime().activeDialogues()).isZero();
		}
	}

	@Test
	void endsWhenTheApplicationClosesTheSession() {
		try (ProxySimulator proxy = proxy((builder) -> {
		}); RunningApplication app = start()) {
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			call.pressDtmf("#");
			Answering handlers = app.bean(Answering.class);
			await().atMost(WAIT).until(() -> handlers.closed.contains(DialogueCloseReason.CLOSED_BY_APPLICATION));
			AriSession session = handlers.sessions.get(0);
			assertThat(session.isOpen()).isFalse();
			assertThatExceptionOfType(DialogueClosedException.class)
				.isThrownBy(() -> session.channels().answer(call.channelId()))
				.satisfies((ex) -> assertThat(ex.getDialogueId()).isEqualTo(call.dialogue().id()));
			assertThat(call.channel().state()).as("closing a dialogue does not hang up the call").isEqualTo("Up");
		}
	}

	@Test
	void keepsTheQueuesWhereConfigured() {
		try (ProxySimulator proxy = proxy((builder) -> {
		}); RunningApplication app = start("ari.queue.delete-queues-on-close=false")) {
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			call.hangUpFarEnd();
			Answering handlers = app.bean(Answering.class);
			await().atMost(WAIT).until(() -> handlers.closed.contains(DialogueCloseReason.PRIMARY_CHANNEL_ENDED));
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(this.broker.consumerCount(call.dialogue().eventsQueue())).isZero());
			assertThat(call.dialogue().queues()).allMatch(this.broker::queueExists);
			assertThat(this.broker.consumerCount(call.dialogue().responsesQueue())).isZero();
		}
	}

	private ProxySimulator proxy(Consumer<ProxySimulator.Builder> customizer) {
		ProxySimulator.Builder builder = ProxySimulator.builder(this.broker.connectionFactory()).application(this.application);
		customizer.accept(builder);
		return builder.build();
	}

	private RunningApplication start(String... properties) {
		return RunningApplication.start(this.application, new Class<?>[] { Answering.class }, properties);
	}

	@Component
	static class Answering {

		final List<String> started = new CopyOnWriteArrayList<>();

		final List<AriSession> sessions = new CopyOnWriteArrayList<>();

		final List<DialogueCloseReason> closed = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			this.sessions.add(session);
			this.started.add(event.channel().id());
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event, AriSession session) {
			if ("#".equals(event.digit())) {
				session.close();
			}
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason) {
			this.closed.add(reason);
		}

	}

}
