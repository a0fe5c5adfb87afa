package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Membership heartbeats on the broker: after its full list an instance sends only what changed,
 * and a survivor that learnt of dialogues from those changes adopts exactly the dialogues a dead
 * instance still ran, not one that ended before it died.
 *
 * @author ari-queue team
 */
class MembershipHeartbeatIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(MembershipHeartbeatIntegrationTests.class);

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration INSTANCE_TIMEOUT = Duration.ofMillis(1500);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-membership-" + UUID.randomUUID();

	@Test
	void theSurvivorAdoptsExactlyWhatTheDeltasToldItOf() throws Exception {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build(); TcpRelay relay = new TcpRelay(this.broker); RunningApplication dying = start(relay.properties());
				RunningApplication survivor = start(); Heartbeats heartbeats = new Heartbeats(this.broker,
						this.application)) {
			String dyingId = dying.runtime().instanceId();
			// both have sent their full lists, empty: every dialogue below reaches the survivor in a delta
			await().atMost(WAIT).until(() -> heartbeats.kinds(dyingId).contains("delta")
					&& heartbeats.kinds(survivor.runtime().instanceId()).contains("delta"));
			List<SimulatedCall> calls = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				calls.add(proxy.placeCall());
			}
			for (SimulatedCall call : calls) {
				call.awaitState("Up", WAIT);
			}
			Calls onDying = dying.bean(Calls.class);
			List<SimulatedCall> onDyingCalls = calls.stream()
				.filter((call) -> onDying.started.contains(call.dialogue().id()))
				.toList();
			assertThat(onDyingCalls).as("new calls are spread over both instances").hasSizeGreaterThanOrEqualTo(2);
			SimulatedCall ended = onDyingCalls.get(0);
			ended.pressDtmf("5").awaitHungUp(WAIT);
			await().atMost(WAIT).until(() -> heartbeats.removed(dyingId).contains(ended.dialogue().id()));
			Set<String> running = onDyingCalls.stream()
				.map((call) -> call.dialogue().id())
				.filter((id) -> !id.equals(ended.dialogue().id()))
				.collect(Collectors.toSet());
			assertThat(heartbeats.added(dyingId)).containsAll(running);
			relay.cutForGood();
			Calls onSurvivor = survivor.bean(Calls.class);
			await().atMost(WAIT).until(() -> onSurvivor.adopted.keySet().containsAll(running));
			// past the further timeout, when any survivor may try whatever it knows of
			Thread.sleep(INSTANCE_TIMEOUT.multipliedBy(3).toMillis());
			assertThat(survivor.runtime().adoptedDialogues()).as("adopted, @DialogueStarted or not yet")
				.isEqualTo(running.size());
			assertThat(onSurvivor.adopted.keySet()).isEqualTo(running);
			logger.info("Heartbeats of the dying instance: full lists of {} bytes, deltas of {} bytes",
					heartbeats.sizes(dyingId, "full"), heartbeats.sizes(dyingId, "delta"));
			assertThat(heartbeats.sizes(dyingId, "delta")).allSatisfy((size) -> assertThat(size).isLessThan(2048));
		}
	}

	private RunningApplication start(String... properties) {
		List<String> all = new ArrayList<>(List.of("ari.queue.high-availability.heartbeat-interval=250ms",
				"ari.queue.high-availability.instance-timeout=" + INSTANCE_TIMEOUT.toMillis() + "ms",
				"ari.queue.shutdown-timeout=2s",
				// an ended dialogue's queues stay (the simulator deletes them at the end), so that a
				// survivor that still listed it could adopt it: only the delta's removal prevents that
				"ari.queue.delete-queues-on-close=false"));
		all.addAll(List.of(properties));
		return RunningApplication.start(this.application, new Class<?>[] { Calls.class }, all.toArray(String[]::new));
	}

	/**
	 * A queue of the test's own on the membership exchange: every heartbeat, as it went out.
	 */
	private static final class Heartbeats implements AutoCloseable {

		private final JsonMapper json = JsonMapper.builder().build();

		private final Connection connection;

		private final List<Received> received = new CopyOnWriteArrayList<>();

		Heartbeats(RabbitBroker broker, String application) throws Exception {
			this.connection = broker.connectionFactory().newConnection("it-membership-heartbeats");
			Channel channel = this.connection.createChannel();
			String queue = channel.queueDeclare().getQueue();
			channel.queueBind(queue, "ari-queue.membership." + application, "");
			channel.basicConsume(queue, true, new DefaultConsumer(channel) {

				@Override
				public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties,
						byte[] body) {
					Heartbeats.this.received.add(new Received(Heartbeats.this.json.readTree(body), body.length));
				}

			});
		}

		List<String> kinds(String instance) {
			return from(instance).stream().map((heartbeat) -> heartbeat.path("kind").asString()).toList();
		}

		Set<String> added(String instance) {
			return ids(instance, "added", 0);
		}

		Set<String> removed(String instance) {
			return ids(instance, "removed", -1);
		}

		List<Integer> sizes(String instance, String kind) {
			return this.received.stream()
				.filter((received) -> instance.equals(received.heartbeat().path("instance").asString())
						&& kind.equals(received.heartbeat().path("kind").asString()))
				.map(Received::size)
				.toList();
		}

		private Set<String> ids(String instance, String field, int index) {
			return from(instance).stream()
				.flatMap((heartbeat) -> heartbeat.path(field).valueStream())
				.map((entry) -> ((index < 0) ? entry : entry.path(index)).asString())
				.collect(Collectors.toSet());
		}

		private List<JsonNode> from(String instance) {
			return this.received.stream()
				.map(Received::heartbeat)
				.filter((heartbeat) -> instance.equals(heartbeat.path("instance").asString()))
				.toList();
		}

		@Override
		public void close() throws Exception {
			this.connection.close();
		}

		private record Received(JsonNode heartbeat, int size) {
		}

	}

	@Component
	static class Calls {

		final List<String> started = new CopyOnWriteArrayList<>();

		final Map<String, AriSession> adopted = new ConcurrentHashMap<>();

		@DialogueStarted
		void dialogueStarted(AriSession session) {
			if (session.isAdopted()) {
				this.adopted.put(session.dialogueId(), session);
			}
		}

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			this.started.add(session.dialogueId());
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event, AriSession session) {
			session.channels().hangup(event.channel().id());
		}

	}

}
