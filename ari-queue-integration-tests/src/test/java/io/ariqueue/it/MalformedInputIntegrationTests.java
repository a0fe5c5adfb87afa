package io.ariqueue.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.event.UnknownEvent;
import io.ariqueue.handler.AriErrorHandler;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What each kind of bad input does: it is rejected without requeue and logged with its
 * dialogue id, and the consumer and the dialogue go on. A handler's exception is isolated to its
 * event.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedInputIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-malformed-" + UUID.randomUUID();

	@Test
	void rejectsBadAnnouncementsAndGoesOnTakingCalls(CapturedOutput output) {
		try (ProxySimulator proxy = proxy(); RunningApplication app = start()) {
			ProxyDialogueRuntime runtime = app.runtime();
			this.broker.publish(this.application, bytes("not json"));
			this.broker.publish(this.application, bytes("{\"application\":\"a\",\"server_id\":\"s\"}"));
			this.broker.publish(this.application, bytes("{\"application\":\"a\",\"dialog_id\":\"../../etc\",\"server_id\":\"s\"}"));
			this.broker.publish(this.application, bytes("{\"dialog_id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"));
			await().atMost(WAIT).until(() -> runtime.malformedMessages() == 4);
			assertThat(this.broker.messageCount(this.application)).as("rejected, not requeued").isZero();
			assertThat(this.broker.queueExists("events_../../etc")).isFalse();
			assertThat(output).contains("Rejected a malformed announcement on " + this.application + ": announcement is not valid JSON")
				.contains("announcement has no dialog_id")
				.contains("announcement dialog_id is not safe in a queue name: ../../etc")
				.contains("exceeds the limit of 1048576 bytes");

			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
		}
	}

	@Test
	void rejectsBadEventsAndResponsesAndTheDialogueGoesOn(CapturedOutput output) {
		try (ProxySimulator proxy = proxy(); RunningApplication app = start()) {
			ProxyDialogueRuntime runtime = app.runtime();
			Handlers handlers = app.bean(Handlers.class);
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			String dialogue = call.dialogue().id();

			this.broker.publish(call.dialogue().eventsQueue(), bytes("{\"type\":\"StasisStart\""));
			this.broker.publish(call.dialogue().eventsQueue(), bytes("{\"type\":\"ChannelDtmfReceived\",\"ari_body\":42}"));
			this.broker.publish(call.dialogue().eventsQueue(),
					bytes("{\"type\":\"ChannelDtmfReceived\",\"ari_body\":\"{\\\"digit\\\": [\"}"));
			byte[] notUtf8 = bytes("{\"type\":\"X\",\"ari_body\":\"ab\"}");
			notUtf8[notUtf8.length - 4] = (byte) 0xFF;
			this.broker.publish(call.dialogue().eventsQueue(), notUtf8);
			this.broker.publish(call.dialogue().responsesQueue(), bytes("[]"));
			this.broker.publish(call.dialogue().responsesQueue(),
					bytes("{\"unique_id\":\"not-one-of-ours\",\"status_code\":200,\"response_body\":\"\"}"));
			this.broker.publish(call.dialogue().responsesQueue(), bytes("{\"unique_id\":\"\",\"status_code\":405,\"response_body\":\"\"}"));
			this.broker.publish(call.dialogue().eventsQueue(), bytes(
					"{\"server_id\":\"s\",\"timestamp\":\"t\",\"type\":\"FutureEvent\",\"ari_body\":\"{\\\"type\\\":\\\"FutureEvent\\\",\\\"application\\\":\\\"a\\\",\\\"novel\\\":1}\"}"));
			await().atMost(WAIT).until(() -> runtime.malformedMessages() == 5);
			await().atMost(WAIT).until(() -> handlers.unknown.size() == 1);
			assertThat(handlers.unknown.get(0).type()).isEqualTo("FutureEvent");
			assertThat(handlers.unknown.get(0).json()).contains("\"novel\":1");
			assertThat(this.broker.messageCount(call.dialogue().eventsQueue())).isZero();
			assertThat(this.broker.messageCount(call.dialogue().responsesQueue())).isZero();
			assertThat(output).contains("Dialogue " + dialogue + ": rejected a malformed event")
				.contains("Dialogue " + dialogue + ": rejected a malformed response");

			call.pressDtmf("7");
			await().atMost(WAIT).until(() -> handlers.digits.contains("7"));
			assertThat(call.channel().state()).isEqualTo("Up");
			assertThat(runtime.activeDialogues()).isEqualTo(1);
		}
	}

	@Test
	void isolatesAHandlerExceptionToItsEvent() {
		try (ProxySimulator proxy = proxy(); RunningApplication app = start()) {
			Handlers handlers = app.bean(Handlers.class);
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			call.pressDtmf("!");
			call.pressDtmf("2");
			await().atMost(WAIT).until(() -> handlers.digits.contains("2"));
			assertThat(handlers.errors).singleElement()
				.satisfies((error) -> assertThat(error).contains("IllegalStateException: bad digit")
					.contains("ChannelDtmfReceived")
					.contains(call.dialogue().id()));
		}
	}

	private ProxySimulator proxy() {
		return ProxySimulator.builder(this.broker.connectionFactory()).application(this.application).build();
	}

	private RunningApplication start() {
		return RunningApplication.start(this.application, new Class<?>[] { Handlers.class, ErrorHandlerConfiguration.class });
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Component
	static class Handlers {

		final List<String> digits = new CopyOnWriteArrayList<>();

		final List<UnknownEvent> unknown = new CopyOnWriteArrayList<>();

		final List<String> errors = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event) {
			if ("!".equals(event.digit())) {
				throw new IllegalStateException("bad digit");
			}
			this.digits.add(event.digit());
		}

		@AriEventListener
		void any(AriEvent event) {
			if (event instanceof UnknownEvent unknownEvent) {
				this.unknown.add(unknownEvent);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ErrorHandlerConfiguration {

		@Bean
		AriErrorHandler recordingErrorHandler(Handlers handlers) {
			return (error, event, session, handler) -> handlers.errors
				.add(error + " in " + handler + " on " + event.type() + " of " + session.dialogueId());
		}

	}

}
