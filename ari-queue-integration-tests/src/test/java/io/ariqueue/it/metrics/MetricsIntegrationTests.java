package io.ariqueue.it.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;
import io.ariqueue.test.spring.AriQueueTest;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ari-queue's meters and observations in an application with Spring Boot's metrics and
 * observations, while calls run against the real broker: the counters, gauges and timers move
 * with their tags, and each observation carries its dialogue's id.
 *
 * @author ari-queue team
 */
@AriQueueTest(classes = MeteredApplication.class)
class MetricsIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final int CALLS = 3;

	@Autowired
	ProxySimulator proxy;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestObservationRegistry observations;

	@Autowired
	RabbitTemplate rabbit;

	@Value("${ari.queue.application}")
	String application;

	@Test
	void metersAndObservationsFollowTheCalls() {
		List<SimulatedCall> calls = new ArrayList<>();
		for (int i = 0; i < CALLS; i++) {
			calls.add(this.proxy.placeCall());
		}
		calls.forEach((call) -> call.awaitHungUp(WAIT));
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(count(meter("ari.queue.dialogues.started").tag("origin", "announced"))).isEqualTo(CALLS);
			assertThat(count(meter("ari.queue.dialogues.ended").tag("reason", "primary_channel_ended")))
				.isEqualTo(CALLS);
			assertThat(meter("ari.queue.dialogues.active").gauge().value()).isZero();
		});
		assertThat(count(meter("ari.queue.dialogues.started").tag("origin", "adopted"))).isZero();
		assertThat(meter("ari.queue.handler")
			.tags("event.type", "StasisStart", "handler", "AnsweringCalls#start", "outcome", "success")
			.timer()
			.count()).isEqualTo(CALLS);
		assertThat(meter("ari.queue.command").tags("operation", "channels.answer", "outcome", "success")
			.timer()
			.count()).isEqualTo(CALLS);
		assertThat(meter("ari.queue.command").tags("operation", "channels.get", "outcome", "client_error")
			.timer()
			.count()).isEqualTo(CALLS);
		assertThat(meter("ari.queue.events.delay").tag("event.type", "StasisStart").timer().count())
			.isEqualTo(CALLS);
		assertThat(this.meters.find("ari.queue.handler").meters())
			.allSatisfy((meter) -> assertThat(meter.getId().getTag("dialogue.id")).isNull());

		SimulatedCall first = calls.get(0);
		String dialogueId = first.dialogue().id();
		assertThat(this.observations)
			.hasAnObservation((observation) -> observation.hasNameEqualTo("ari.queue.handler")
				.hasHighCardinalityKeyValue("dialogue.id", dialogueId)
				.hasHighCardinalityKeyValue("channel.id", first.channelId())
				.hasLowCardinalityKeyValue("event.type", "StasisStart"))
			.hasAnObservation((observation) -> observation.hasNameEqualTo("ari.queue.command")
				.hasHighCardinalityKeyValue("dialogue.id", dialogueId)
				.hasHighCardinalityKeyValue("channel.id", first.channelId())
				.hasLowCardinalityKeyValue("operation", "channels.answer")
				.hasLowCardinalityKeyValue("outcome", "success"));
	}

	@Test
	void countsARejectedAnnouncementByQueueAndCause() {
		this.rabbit.send("", this.application, new Message("not json".getBytes(), new MessageProperties()));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(
					count(meter("ari.queue.messages.rejected").tags("queue", "application", "cause", "malformed")))
				.isOne());
	}

	private RequiredSearch meter(String name) {
		return this.meters.get(name);
	}

	private static double count(RequiredSearch search) {
		return search.counter().count();
	}

}
