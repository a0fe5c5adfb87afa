package io.ariqueue.sample;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.Command;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample IVR against the proxy simulator on the real broker: it answers, greets, takes a
 * digit and hangs up.
 *
 * @author ari-queue team
 */
class GreetingIvrTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final RabbitBroker broker = new BrokerLocator().locate();

	private final String application = "sample-ivr-test-" + UUID.randomUUID();

	private ConfigurableApplicationContext context;

	@BeforeEach
	void startSample() {
		this.context = SpringApplication.run(SampleIvrApplication.class, "--spring.rabbitmq.host=" + this.broker.host(),
				"--spring.rabbitmq.port=" + this.broker.port(), "--spring.rabbitmq.username=" + this.broker.username(),
				"--spring.rabbitmq.password=" + this.broker.password(), "--ari.queue.application=" + this.application);
	}

	@AfterEach
	void stopSample() {
		this.context.close();
	}

	@Test
	void answersGreetsAndHangsUpAfterADigit() {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build()) {
			SimulatedCall call = proxy.placeCall((c) -> c.callerNumber("100"));
			String channel = "/channels/" + call.channelId();
			call.awaitCommand("POST", channel + "/answer", WAIT);
			Command setStep = call.awaitCommand("POST", channel + "/variable", WAIT);
			assertThat(setStep.body()).contains("\"variable\":\"IVR_STEP\"").contains("\"value\":\"greeting\"");
			call.awaitCommand("POST", channel + "/play", WAIT);
			assertThat(call.variable("IVR_STEP")).hasValue("greeting");
			call.pressDtmf("1");
			call.awaitCommand("GET", channel + "/variable", WAIT);
			call.awaitCommand("DELETE", channel, WAIT);
			call.awaitHungUp(WAIT);
			assertThat(call.commands()).extracting(Command::method)
				.containsExactly("POST", "POST", "POST", "GET", "DELETE");
		}
	}

}
