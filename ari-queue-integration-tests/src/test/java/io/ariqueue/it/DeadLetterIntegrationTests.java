package io.ariqueue.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.QueueOptions;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input on queues that have a dead-letter exchange is dead-lettered, not requeued, logged once
 * with its dialogue id, and the dialogue goes on.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-dlx-" + UUID.randomUUID();

	private final String deadLetters = "dead-" + this.application;

	private final String dialogue = "dlx-" + UUID.randomUUID();

	@BeforeEach
	void declareDeadLetterExchange() throws Exception {
		try (Connection connection = this.broker.connectionFactory().newConnection();
				Channel channel = connection.createChannel()) {
			channel.exchangeDeclare(this.deadLetters, BuiltinExchangeType.FANOUT, false, true, null);
			channel.queueDeclare(this.deadLetters, false, false, false, null);
			channel.queueBind(this.deadLetters, this.deadLetters, "");
			// go-ari-proxy announces before it declares: the queues with a dead-letter exchange exist first
			Map<String, Object> arguments = Map.of("x-dead-letter-exchange", this.deadLetters);
			channel.queueDeclare("events_" + this.dialogue, true, false, false, arguments);
			channel.queueDeclare("responses_" + this.dialogue, true, false, false, arguments);
		}
	}

	@AfterEach
	void deleteDeadLetters() {
		this.broker.deleteQueues(this.deadLetters, "events_" + this.dialogue, "responses_" + this.dialogue,
				"commands_" + this.dialogue);
	}

	@Test
	void deadLettersBadInputAndTheDialogueGoesOn(CapturedOutput output) {
		QueueOptions withDeadLetters = QueueOptions.goAriProxy().withArgument("x-dead-letter-exchange", this.deadLetters);
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.applicationQueue(withDeadLetters)
			.eventsQueue(withDeadLetters)
			.responsesQueue(withDeadLetters)
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Digits.class },
						"ari.queue.queues.declare-application-queue=false")) {
			Digits digits = app.bean(Digits.class);
			SimulatedCall call = proxy.placeCall((spec) -> spec.dialogueId(this.dialogue));
			call.awaitState("Up", WAIT);
			String dialogue = call.dialogue().id();

			this.broker.publish(this.application, bytes("{\"dialog_id\":\"a b\"}"));
			this.broker.publish(call.dialogue().eventsQueue(), bytes("{\"type\":\"ChannelDtmfReceived\",\"ari_body\":7}"));
			this.broker.publish(call.dialogue().responsesQueue(),
					bytes("{\"unique_id\":\"forged\",\"status_code\":200,\"response_body\":\"\"}"));
			await().atMost(WAIT).until(() -> this.broker.messageCount(this.deadLetters) == 3);
			assertThat(this.broker.messageCount(this.application)).isZero();
			assertThat(this.broker.messageCount(call.dialogue().eventsQueue())).isZero();
			assertThat(app.runtime().malformedMessages()).isEqualTo(2);
			assertThat(app.runtime().unknownResponses()).isOne();
			String eventLine = "Dialogue " + dialogue + ": rejected a malformed event";
			assertThat(output.getOut().split(Pattern.quote(eventLine), -1)).as("logged once").hasSize(2);
			assertThat(output).contains("Dialogue " + dialogue + ": rejected a response for unique_id 'forged'")
				.contains("announcement dialog_id is not safe in a queue name");

			call.pressDtmf("4");
			await().atMost(WAIT).until(() -> digits.received.contains("4"));
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Component
	static class Digits {

		final List<String> received = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event) {
			this.received.add(event.digit());
		}

	}

}
