package io.ariqueue.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.PrivateRabbitNode;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker restarts under running dialogues: go-ari-proxy's durable queues survive, the
 * application reconnects and consumes every dialogue again, and the events and calls that follow
 * go through in order. The broker is a RabbitMQ node of the test's own, stopped (its Erlang VM
 * exits) and started again on the same port and data: the broker other work shares is never
 * touched. What the proxy publishes non-persistent while the broker is down or restarting is lost,
 * as with go-ari-proxy itself.
 *
 * @author ari-queue team
 */
class BrokerRestartIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private static final String DIGITS = "0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PrivateRabbitNode node = PrivateRabbitNode.launch();

	private final RabbitBroker broker = this.node.broker();

	private final String application = "it-restart-" + UUID.randomUUID();

	@AfterEach
	void closeTheNode() {
		// with the node go the queues that shutdown keeps for the dialogues still running
		this.node.close();
	}

	@Test
	void everyDialogueGoesOnAfterTheBrokerRestarts() throws Exception {
		int dialogues = 3;
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build();
				RunningApplication app = RunningApplication.start(this.broker, this.application,
						new Class<?>[] { Recorder.class }, "ari.queue.high-availability.enabled=false")) {
			Recorder recorder = app.bean(Recorder.class);
			List<SimulatedCall> calls = new ArrayList<>();
			for (int i = 0; i < dialogues; i++) {
				calls.add(proxy.placeCall());
			}
			await().atMost(WAIT).until(() -> recorder.started.size() == dialogues);
			calls.forEach((call) -> call.pressDtmf(DIGITS));
			await().atMost(WAIT).until(() -> calls.stream().allMatch((call) -> recorder.digits(call.channelId()).equals(DIGITS)));

			this.node.restart();

			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(calls).allSatisfy((call) -> assertThat(
						this.broker.consumerCount(call.dialogue().eventsQueue())).isEqualTo(1)));
			assertThat(calls).allSatisfy((call) -> assertThat(call.dialogue().queues()).allMatch(this.broker::queueExists));
			// the simulated proxy does not survive the restart: publish its events the way it would
			for (SimulatedCall call : calls) {
				for (char digit : DIGITS.toCharArray()) {
					this.broker.publish(call.dialogue().eventsQueue(), dtmf(call, digit));
				}
			}
			await().atMost(WAIT)
				.until(() -> calls.stream().allMatch((call) -> recorder.digits(call.channelId()).length() >= 2 * DIGITS.length()));
			for (SimulatedCall call : calls) {
				assertThat(recorder.digits(call.channelId())).as(call.channelId()).isEqualTo(DIGITS + DIGITS);
			}
			assertThat(app.runtime().activeDialogues()).isEqualTo(dialogues);
			// and a proxy connected after the restart reaches the application: a new call is answered
			try (ProxySimulator restarted = ProxySimulator.builder(this.broker.connectionFactory())
				.application(this.application)
				.build()) {
				restarted.placeCall().awaitState("Up", WAIT);
			}
		}
	}

	private byte[] dtmf(SimulatedCall call, char digit) {
		String event = "{\"type\":\"ChannelDtmfReceived\",\"timestamp\":\"2026-11-26T04:02:40.697+0000\",\"digit\":\""
				+ digit + "\",\"duration_ms\":100,\"channel\":{\"id\":\"" + call.channelId()
				+ "\",\"state\":\"Up\"},\"application\":\"" + this.application + "\"}";
		String envelope = "{\"server_id\":\"simulated-asterisk-1\",\"timestamp\":\"2026-11-26T04:02:40.698838512Z\","
				+ "\"type\":\"ChannelDtmfReceived\",\"ari_body\":" + JSON.writeValueAsString(event) + "}";
		return envelope.getBytes(StandardCharsets.UTF_8);
	}

	@Component
	static class Recorder {

		final List<String> started = new CopyOnWriteArrayList<>();

		final Map<String, StringBuilder> digits = new ConcurrentHashMap<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
			this.started.add(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event) {
			StringBuilder received = this.digits.computeIfAbsent(event.channel().id(), (key) -> new StringBuilder());
			synchronized (received) {
				received.append(event.digit());
			}
		}

		String digits(String channel) {
			StringBuilder received = this.digits.getOrDefault(channel, new StringBuilder());
			synchronized (received) {
				return received.toString();
			}
		}

	}

}
