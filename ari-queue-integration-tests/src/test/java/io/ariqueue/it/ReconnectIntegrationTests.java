package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.client.AriConnectionException;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;
import io.ariqueue.test.simulator.Command;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The connection to the broker drops mid-dialogue (a TCP relay between the application and the
 * broker is cut): the application reconnects, every dialogue goes on, no event is lost, repeated
 * or reordered, and a command caught in flight fails with a typed error unless it is a GET, which
 * is sent once more.
 *
 * @author ari-queue team
 */
class ReconnectIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String DIGITS = "0123456789";

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-reconnect-" + UUID.randomUUID();

	@Test
	void resumesEveryDialogueWithoutLosingRepeatingOrReorderingEvents() throws Exception {
		int dialogues = 4;
		int rounds = 20;
		try (TcpRelay relay = new TcpRelay(this.broker); ProxySimulator proxy = proxy();
				RunningApplication app = start(relay, "ari.queue.high-availability.enabled=false")) {
			Recorder recorder = app.bean(Recorder.class);
			List<SimulatedCall> calls = new ArrayList<>();
			for (int i = 0; i < dialogues; i++) {
				calls.add(proxy.placeCall());
			}
			await().atMost(WAIT).until(() -> recorder.started.size() == dialogues);
			for (int round = 0; round < rounds; round++) {
				for (SimulatedCall call : calls) {
					call.pressDtmf(DIGITS);
				}
				if (round == rounds / 3 || round == 2 * rounds / 3) {
					// twice, while events are being handled and acknowledged
					relay.cut();
				}
			}
			String expected = DIGITS.repeat(rounds);
			await().atMost(WAIT)
				.until(() -> calls.stream().allMatch((call) -> recorder.digits(call.channelId()).length() >= expected.length()));
			Thread.sleep(500);
			for (SimulatedCall call : calls) {
				assertThat(recorder.digits(call.channelId())).as("events of %s", call.channelId()).isEqualTo(expected);
			}
			ProxyDialogueRuntime runtime = app.runtime();
			assertThat(runtime.activeDialogues()).isEqualTo(dialogues);
			assertThat(this.broker.consumerCount(calls.get(0).dialogue().eventsQueue())).isEqualTo(1);
			// commands work again after the reconnect
			proxy.placeCall().awaitState("Up", WAIT);
		}
	}

	@Test
	void failsAStateChangingCommandCaughtInFlightAndSendsAGetOnceMore() throws Exception {
		try (TcpRelay relay = new TcpRelay(this.broker); ProxySimulator proxy = proxy();
				RunningApplication app = start(relay, "ari.queue.high-availability.enabled=false",
						"ari.queue.command-timeout=20s")) {
			Recorder recorder = app.bean(Recorder.class);
			SimulatedCall hangingUp = proxy.placeCall();
			SimulatedCall reading = proxy.placeCall();
			await().atMost(WAIT).until(() -> recorder.started.size() == 2);
			hangingUp.awaitState("Up", WAIT);
			reading.awaitState("Up", WAIT);
			proxy.answerCommands(false);
			hangingUp.pressDtmf("h");
			reading.pressDtmf("g");
			hangingUp.awaitCommand("DELETE", "/channels/" + hangingUp.channelId(), WAIT);
			reading.awaitCommand("GET", "/channels/" + reading.channelId(), WAIT);

			relay.cut();
			await().atMost(WAIT).until(() -> recorder.outcomes.containsKey(hangingUp.channelId()));
			proxy.answerCommands(true);
			await().atMost(WAIT).until(() -> recorder.outcomes.containsKey(reading.channelId()));

			assertThat(recorder.outcomes.get(hangingUp.channelId()))
				.isEqualTo("AriConnectionException mayHaveReachedAsterisk=true");
			assertThat(recorder.outcomes.get(reading.channelId())).isEqualTo("Up");
			assertThat(commands(hangingUp, "DELETE")).as("a hangup is never sent twice").hasSize(1);
			List<Command> gets = commands(reading, "GET");
			assertThat(gets).as("the GET is sent once more").hasSize(2);
			assertThat(gets.get(0).uniqueId()).isNotEqualTo(gets.get(1).uniqueId());
			assertThat(app.runtime().pendingCommands()).isZero();
		}
	}

	private static List<Command> commands(SimulatedCall call, String method) {
		return call.commands().stream().filter((command) -> command.method().equals(method)).toList();
	}

	private ProxySimulator proxy() {
		return ProxySimulator.builder(this.broker.connectionFactory()).application(this.application).build();
	}

	private RunningApplication start(TcpRelay relay, String... properties) {
		List<String> all = new ArrayList<>(List.of(relay.properties()));
		all.addAll(List.of(properties));
		return RunningApplication.start(this.application, new Class<?>[] { Recorder.class }, all.toArray(String[]::new));
	}

	@Component
	static class Recorder {

		final List<String> started = new CopyOnWriteArrayList<>();

		final Map<String, StringBuilder> digits = new ConcurrentHashMap<>();

		final Map<String, String> outcomes = new ConcurrentHashMap<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
			this.started.add(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event, AriSession session) throws InterruptedException {
			String channel = event.channel().id();
			if ("h".equals(event.digit()) || "g".equals(event.digit())) {
				try {
					String state = "h".equals(event.digit()) ? hangUp(session, channel)
							: session.channels().get(channel).state();
					this.outcomes.put(channel, state);
				}
				catch (AriConnectionException ex) {
					this.outcomes.put(channel, "AriConnectionException mayHaveReachedAsterisk=" + ex.mayHaveReachedAsterisk());
				}
				return;
			}
			// slow enough that deliveries are in flight when the connection drops
			Thread.sleep(2);
			StringBuilder received = this.digits.computeIfAbsent(channel, (key) -> new StringBuilder());
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

		private static String hangUp(AriSession session, String channel) {
			session.channels().hangup(channel);
			return "hung up";
		}

	}

}
