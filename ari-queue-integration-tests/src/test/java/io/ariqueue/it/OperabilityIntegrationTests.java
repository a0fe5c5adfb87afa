package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;
import io.ariqueue.test.simulator.Flavour;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * How an application with ari-queue behaves in operation: it starts while the broker does not
 * answer (a TCP relay that refuses connections until the test lets them through) and reports its
 * health, and it refuses to start where waiting would not help.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class OperabilityIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-operable-" + UUID.randomUUID();

	/** ari-queue declares the application queue again when a closing simulator deletes it first. */
	@AfterEach
	void deleteApplicationQueue() {
		this.broker.deleteQueues(this.application);
	}

	@Test
	void startsWhileTheBrokerDoesNotAnswerAndTakesCallsOnceItDoes(CapturedOutput output) throws Exception {
		try (TcpRelay relay = new TcpRelay(this.broker)) {
			relay.cutForGood();
			try (RunningApplication app = start(relay, "ari.queue.startup.initial-retry-interval=100ms",
					"ari.queue.startup.max-retry-interval=400ms")) {
				HealthIndicator health = health(app);
				assertThat(app.runtime().isRunning()).isTrue();
				Health down = health.health();
				assertThat(down.getStatus()).isEqualTo(Status.DOWN);
				assertThat(down.getDetails()).containsEntry("state", "starting").containsKey("connectionLostAt");
				await().atMost(WAIT)
					.until(() -> count(output.getOut(), "could not start consuming ARI applications [" + this.application
							+ "]") >= 2);

				relay.acceptAgain();
				await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));
				assertThat(health.health().getDetails()).containsEntry("state", "consuming");
				try (ProxySimulator proxy = proxy(Flavour.GO_ARI_PROXY)) {
					SimulatedCall call = proxy.placeCall();
					call.awaitState("Up", WAIT);
					// the handler's call returned: its answer came back through the broker
					await().atMost(WAIT).until(() -> app.bean(Answering.class).answered.contains(call.channelId()));
				}
			}
		}
	}

	@Test
	void failsToStartWhileTheBrokerDoesNotAnswerWhenToldToFailFast() throws Exception {
		try (TcpRelay relay = new TcpRelay(this.broker)) {
			relay.cutForGood();
			assertThatException().isThrownBy(() -> start(relay, "ari.queue.startup.fail-fast=true").close())
				.withStackTraceContaining("Could not start consuming ARI applications [" + this.application + "]");
		}
	}

	@Test
	void reportsUpWhilePausedAtTheLimitAndDownWhileCutOffFromTheBroker() throws Exception {
		try (TcpRelay relay = new TcpRelay(this.broker); ProxySimulator proxy = proxy(Flavour.GO_ARI_PROXY);
				RunningApplication app = start(relay, "ari.queue.max-active-dialogues=1",
						"ari.queue.high-availability.enabled=false")) {
			HealthIndicator health = health(app);
			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			proxy.placeCall().awaitState("Up", WAIT);
			await().atMost(WAIT).until(() -> "paused-at-limit".equals(health.health().getDetails().get("state")));
			Health paused = health.health();
			assertThat(paused.getStatus()).isEqualTo(Status.UP);
			assertThat(paused.getDetails()).containsEntry("activeDialogues", 1)
				.containsEntry("maxActiveDialogues", 1)
				.containsKey("paused")
				.doesNotContainKey("connectionLostAt");

			relay.cutForGood();
			await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.DOWN));
			Health down = health.health();
			assertThat(down.getDetails()).containsEntry("state", "disconnected")
				.containsKeys("connectionLostAt", "connectionLostReason");
			assertThat((String) down.getDetails().get("connectionLostReason")).contains("connection");

			relay.acceptAgain();
			await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));
			assertThat(health.health().getDetails()).containsEntry("connectionLostAt", down.getDetails().get("connectionLostAt"));
		}
	}

	@Test
	void refusesToStartWhenTheApplicationQueueHasOtherFlagsAndSaysWhichToSet(CapturedOutput output) {
		// AsterNET-ARI-Proxy declared the queue without durability; ari-queue is set for go-ari-proxy, fail-soft
		try (ProxySimulator proxy = proxy(Flavour.ASTERNET_ARI_PROXY)) {
			assertThatException().isThrownBy(() -> RunningApplication
				.start(this.application, new Class<?>[] { Answering.class }, "ari.queue.proxy=go-ari-proxy")
				.close());
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("RabbitMQ refused to declare queue '" + this.application + "' (406 PRECONDITION_FAILED)")
				.contains("Flag 'durable' differs: ari-queue declared 'true', the queue has 'false'")
				.contains("'ari.queue.queues.application.durable'")
				.doesNotContain("trying again in");
		}
	}

	@Test
	void refusesToStartWhenTheBrokerRefusesTheVirtualHost() {
		// fail-soft: a virtual host the broker refuses (530 NOT_ALLOWED) is a configuration error, as a 406 is
		assertThatException()
			.isThrownBy(() -> RunningApplication
				.start(this.application, new Class<?>[] { Answering.class },
						"spring.rabbitmq.virtual-host=it-operable-missing-" + UUID.randomUUID())
				.close())
			.withStackTraceContaining("NOT_ALLOWED");
	}

	private static HealthIndicator health(RunningApplication app) {
		return app.context().getBean("ariQueueHealthContributor", HealthIndicator.class);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	private ProxySimulator proxy(Flavour flavour) {
		return ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.flavour(flavour)
			.build();
	}

	private RunningApplication start(TcpRelay relay, String... properties) {
		List<String> all = new ArrayList<>(List.of(relay.properties()));
		all.addAll(List.of(properties));
		return RunningApplication.start(this.application, new Class<?>[] { Answering.class },
				all.toArray(String[]::new));
	}

	@Component
	static class Answering {

		final List<String> answered = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
			this.answered.add(event.channel().id());
		}

	}

}
