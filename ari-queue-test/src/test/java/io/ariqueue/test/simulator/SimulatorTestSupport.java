package io.ariqueue.test.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rabbitmq.client.ConnectionFactory;
import io.ariqueue.test.junit.WithRabbitBroker;
import io.ariqueue.test.simulator.TestApp.Dialogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import static io.ariqueue.test.simulator.TestApp.ari;
import static io.ariqueue.test.simulator.TestApp.body;
import static io.ariqueue.test.simulator.TestApp.field;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulator and a raw AMQP application on a fresh application name per test; everything deleted after.
 */
@WithRabbitBroker
@Timeout(30)
abstract class SimulatorTestSupport {

	static final Duration WAIT = Duration.ofSeconds(5);

	protected ConnectionFactory connectionFactory;

	protected String application;

	protected ProxySimulator sim;

	protected TestApp app;

	abstract Flavour flavour();

	ProxySimulator.Builder configure(ProxySimulator.Builder builder) {
		return builder;
	}

	@BeforeEach
	void start(ConnectionFactory connectionFactory) throws Exception {
		this.connectionFactory = connectionFactory;
		this.application = "it-" + flavour().name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.sim = configure(ProxySimulator.builder(connectionFactory).application(this.application).flavour(flavour()))
			.build();
		this.app = new TestApp(connectionFactory, this.application);
	}

	@AfterEach
	void stop() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
		if (this.sim != null) {
			this.sim.close();
			assertThat(this.sim.internalErrors()).isEmpty();
		}
	}

}
