package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.junit.TcpRelay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Calls through the whole chain while things fail: the proxy's AMQP connection is cut, its
 * WebSocket is cut, the proxy restarts in the middle of calls, Asterisk restarts.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class ChainFaultTests extends ProxyTestSupport<RunningClient> {

	static final Duration WAIT = Duration.ofSeconds(20);

	@Override
	protected boolean startsBeforeEachTest() {
		return false;
	}

	@Override
	protected RunningClient openClient() {
		return RunningClient.start(this.application, new Class<?>[] { Keypad.class });
	}

	@Override
	protected void beforeStop() {
		deleteAfterwards(this.client.bean(Keypad.class).queues());
	}

	@Test
	void keepsEventsWhileItsAmqpConnectionIsCutAndPublishesThemInOrderWhenItReturns() throws Exception {
		TcpRelay relay = closeAfterwards(new TcpRelay(this.broker));
		start("spring.rabbitmq.port=" + relay.port());
		Keypad keypad = this.client.bean(Keypad.class);
		String channel = this.asterisk.placeCall(this.application, (call) -> call.args("keypad"));
		await().atMost(WAIT).until(() -> keypad.log.contains("answered " + channel));

		relay.cutForGood();
		await().atMost(WAIT).until(() -> !this.proxy.proxy().isBrokerConnected());
		ConnectionStatus down = this.proxy.proxy().brokerStatus();
		assertThat(down.connected()).isFalse();
		assertThat(down.lastLost()).isNotNull();
		assertThat(down.lastProblem()).isNotBlank();
		this.asterisk.asterisk().pressDtmf(channel, "123", 10);
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(keypad.dialogueOf(channel)) != null
				&& this.proxy.meters().get("ari.proxy.events.buffered").gauge().value() >= 3);
		relay.acceptAgain();

		await().atMost(WAIT).until(() -> keypad.log.contains("digits " + channel + " 123"));
		assertThat(this.proxy.meters().find("ari.proxy.reconnects").tag("connection", "broker").functionCounter().count())
			.isGreaterThanOrEqualTo(1);
		// commands flow again: the digit # makes the application hang up
		this.asterisk.asterisk().pressDtmf(channel, "#", 10);
		await().atMost(WAIT).until(() -> keypad.log.contains("closed " + channel + " PRIMARY_CHANNEL_ENDED"));
		awaitNoDialogues();
	}

	@Test
	void dropsEventsBeyondItsBoundWhileTheBrokerIsAwayWithAWarning(CapturedOutput output) throws Exception {
		TcpRelay relay = closeAfterwards(new TcpRelay(this.broker));
		start("spring.rabbitmq.port=" + relay.port(), "ari.proxy.max-buffered-events=4");
		Keypad keypad = this.client.bean(Keypad.class);
		String channel = this.asterisk.placeCall(this.application, (call) -> call.args("keypad"));
		await().atMost(WAIT).until(() -> keypad.log.contains("answered " + channel));

		relay.cutForGood();
		await().atMost(WAIT).until(() -> !this.proxy.proxy().isBrokerConnected());
		this.asterisk.asterisk().pressDtmf(channel, "1234567", 10);
		await().atMost(WAIT).until(() -> this.proxy.meters().find("ari.proxy.events.dropped").functionCounter().count() == 3);
		assertThat(output).contains("4 events waiting for the broker, the limit (ari.proxy.max-buffered-events); "
				+ "dropped an event for events_" + keypad.dialogueOf(channel));
		relay.acceptAgain();
		await().atMost(WAIT).until(() -> keypad.log.contains("digits " + channel + " 1234"));
		this.asterisk.asterisk().pressDtmf(channel, "#", 10);
		await().atMost(WAIT).until(() -> keypad.log.contains("closed " + channel + " PRIMARY_CHANNEL_ENDED"));
		assertThat(keypad.log).doesNotContain("digits " + channel + " 12345");
	}

	@Test
	void carriesCallsAcrossACutOfItsWebSocket() {
		start();
		Keypad keypad = this.client.bean(Keypad.class);
		String channel = this.asterisk.placeCall(this.application, (call) -> call.args("keypad"));
		await().atMost(WAIT).until(() -> keypad.log.contains("answered " + channel));
		this.asterisk.dropWebSockets();
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
		this.asterisk.asterisk().pressDtmf(channel, "9#", 10);
		await().atMost(WAIT).until(() -> keypad.log.contains("closed " + channel + " PRIMARY_CHANNEL_ENDED"));
		assertThat(keypad.log).contains("digits " + channel + " 9");
		awaitNoDialogues();
	}

	@Test
	void aRestartedProxyTakesItsCallsBackWithTheSameDialoguesAndQueues() {
		start();
		Keypad keypad = this.client.bean(Keypad.class);
		String first = this.asterisk.placeCall(this.application, (call) -> call.args("keypad"));
		String second = this.asterisk.placeCall(this.application, (call) -> call.args("keypad"));
		await().atMost(WAIT).until(() -> keypad.log.contains("answered " + first) && keypad.log.contains("answered " + second));
		String firstDialogue = keypad.dialogueOf(first);

		this.proxy.close();
		// a graceful stop keeps the queues of live calls
		assertThat(this.broker.queueExists("commands_" + firstDialogue)).isTrue();
		assertThat(this.broker.queueExists("events_" + firstDialogue)).isTrue();
		this.proxy = RunningProxy.start(this.asterisk, this.application);
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().activeDialogues() == 2);
		assertThat(this.proxy.proxy().dialogues().registry().get(firstDialogue)).isNotNull();

		this.asterisk.asterisk().pressDtmf(first, "42#", 10);
		this.asterisk.asterisk().pressDtmf(second, "7#", 10);
		await().atMost(WAIT).until(() -> keypad.log.contains("closed " + first + " PRIMARY_CHANNEL_ENDED")
				&& keypad.log.contains("closed " + second + " PRIMARY_CHANNEL_ENDED"));
		assertThat(keypad.log).contains("digits " + first + " 42", "digits " + second + " 7");
		assertThat(keypad.log.stream().filter((line) -> line.startsWith("started ")).count())
			.as("no new announcement after the restart")
			.isEqualTo(2);
		awaitNoDialogues();
	}

	@Test
	void dialoguesWhoseChannelsDiedInAnAsteriskRestartEndCleanly() {
		start();
		Keypad keypad = this.client.bean(Keypad.class);
		String channel = this.asterisk.placeCall(this.application, (call) -> call.args("keypad"));
		await().atMost(WAIT).until(() -> keypad.log.contains("answered " + channel));
		String dialogue = keypad.dialogueOf(channel);
		this.asterisk.restart();
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
		awaitNoDialogues();
		await().atMost(WAIT).until(() -> !this.broker.queueExists("commands_" + dialogue));
		// the client hears of its channel's end as from Asterisk, which could not tell it
		await().atMost(WAIT).until(() -> keypad.log.stream().anyMatch((line) -> line.startsWith("closed " + channel)));
		assertThat(keypad.log).contains("closed " + channel + " PRIMARY_CHANNEL_ENDED");
		// and the proxy takes new calls
		String next = this.asterisk.placeCall(this.application, (call) -> call.args("keypad"));
		await().atMost(WAIT).until(() -> keypad.log.contains("answered " + next));
	}

	private void awaitNoDialogues() {
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.proxy.proxy().dialogues().activeDialogues()).isZero();
			assertThat(this.proxy.proxy().dialogues().registry().boundObjects()).isZero();
		});
	}

	@Component
	static class Keypad {

		final List<String> log = new CopyOnWriteArrayList<>();

		private final java.util.Map<String, StringBuilder> digits = new java.util.concurrent.ConcurrentHashMap<>();

		private final java.util.Map<String, String> dialogues = new java.util.concurrent.ConcurrentHashMap<>();

		String dialogueOf(String channel) {
			return this.dialogues.get(channel);
		}

		List<String> queues() {
			return this.dialogues.values().stream()
				.flatMap((dialogue) -> java.util.stream.Stream.of("events_" + dialogue, "responses_" + dialogue,
						"commands_" + dialogue))
				.toList();
		}

		@io.ariqueue.annotation.DialogueStarted
		void started(AriSession session) {
			this.log.add("started " + session.dialogueId());
		}

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			String channel = event.channel().id();
			this.dialogues.put(channel, session.dialogueId());
			session.channels().answer(channel);
			this.log.add("answered " + channel);
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event, AriSession session) {
			String channel = event.channel().id();
			if (event.digit().equals("#")) {
				this.log.add("digits " + channel + " " + this.digits.getOrDefault(channel, new StringBuilder()));
				session.channels().hangup(channel);
				return;
			}
			StringBuilder typed = this.digits.computeIfAbsent(channel, (key) -> new StringBuilder()).append(event.digit());
			this.log.add("digits " + channel + " " + typed);
		}

		@StasisEnd
		void end(StasisEndEvent event) {
			this.log.add("end " + event.channel().id());
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason, AriSession session) {
			this.log.add("closed " + session.primaryChannel().id() + " " + reason);
		}

	}

}
