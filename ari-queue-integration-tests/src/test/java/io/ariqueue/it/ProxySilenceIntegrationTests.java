package io.ariqueue.it;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.client.AriTimeoutException;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proxy stops answering: calls fail with the typed timeout after the configured time, the
 * dialogue ends after its idle timeout, and nothing is left behind.
 *
 * @author ari-queue team
 */
class ProxySilenceIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-silence-" + UUID.randomUUID();

	@Test
	void timesOutCallsThenEndsTheIdleDialogueAndLeavesNothingBehind() {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Calling.class },
						"ari.queue.command-timeout=1s", "ari.queue.dialogue-idle-timeout=2s")) {
			ProxyDialogueRuntime runtime = app.runtime();
			Calling calling = app.bean(Calling.class);
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			proxy.answerCommands(false);
			call.pressDtmf("1");
			await().atMost(WAIT).until(() -> !calling.timeouts.isEmpty());
			assertThat(calling.timeouts.get(0).getOperation()).isEqualTo("channels.play");
			assertThat(calling.timeouts.get(0).getTimeout()).isEqualTo(Duration.ofSeconds(1));
			assertThat(calling.waitedMillis.get(0)).isBetween(900L, 3000L);
			assertThat(runtime.pendingCommands()).as("no future left waiting").isZero();

			await().atMost(WAIT).until(() -> calling.closed.contains(DialogueCloseReason.IDLE_TIMEOUT));
			assertThat(runtime.activeDialogues()).isZero();
			assertThat(runtime.pendingCommands()).isZero();
			assertThat(runtime.dialogueConsumers()).as("no consumer left").isZero();
			await().atMost(WAIT).untilAsserted(() -> assertThat(call.dialogue().clientQueues()).noneMatch(this.broker::queueExists));
		}
	}

	@Component
	static class Calling {

		final List<AriTimeoutException> timeouts = new CopyOnWriteArrayList<>();

		final List<Long> waitedMillis = new CopyOnWriteArrayList<>();

		final List<DialogueCloseReason> closed = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event, AriSession session) {
			long start = System.nanoTime();
			try {
				session.channels().play(event.channel().id(), "sound:hello-world");
			}
			catch (AriTimeoutException ex) {
				this.waitedMillis.add((System.nanoTime() - start) / 1_000_000);
				this.timeouts.add(ex);
			}
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason) {
			this.closed.add(reason);
		}

	}

}
