package io.ariqueue.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * No password and no message body reach the log: not when the broker refuses the credentials, and
 * not when a message is rejected.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-security-" + UUID.randomUUID();

	@Test
	void neverLogsThePasswordWhenTheBrokerRefusesIt(CapturedOutput output) {
		String password = "Pa55-" + UUID.randomUUID();
		assertThatException().isThrownBy(() -> RunningApplication.start(this.application, new Class<?>[] { Answering.class },
				"spring.rabbitmq.password=" + password));
		assertThat(output).contains("ACCESS_REFUSED").doesNotContain(password);
	}

	@Test
	void neverLogsTheBodiesOfRejectedMessagesAtWarnOrError(CapturedOutput output) {
		String secret = "s3cretToken" + UUID.randomUUID().toString().replace("-", "");
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Answering.class })) {
			SimulatedCall call = proxy.placeCall();
			call.awaitState("Up", WAIT);
			this.broker.publish(this.application, bytes("{\"dialog_id\": " + secret + "}"));
			this.broker.publish(call.dialogue().eventsQueue(), bytes("{\"type\": " + secret + "}"));
			this.broker.publish(call.dialogue().eventsQueue(),
					bytes("{\"type\":\"StasisStart\",\"ari_body\":\"{\\\"password\\\": " + secret + "}\"}"));
			this.broker.publish(call.dialogue().responsesQueue(), bytes("{\"unique_id\": " + secret + "}"));
			await().atMost(WAIT).until(() -> app.runtime().malformedMessages() == 4);
		}
		String warnings = Arrays.stream(output.getOut().split("\n"))
			.filter((line) -> line.contains(" WARN ") || line.contains(" ERROR "))
			.collect(Collectors.joining("\n"));
		assertThat(warnings).contains("rejected a malformed event").doesNotContain(secret);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Component
	static class Answering {

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
		}

	}

}
