package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;
import io.ariqueue.test.simulator.WireMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances share an application while a seeded random schedule interleaves new calls, redelivered
 * announcements, hang-ups, closes by the application, cuts of one instance's connection and, midway, that
 * instance's departure, so that the other adopts its dialogues. At the end, with every call hung up, the
 * runtime's invariants hold: at most one dialogue per id, slots equal to running dialogues, no consumer on
 * an ended dialogue's queues, and every ended dialogue's queues deleted.
 *
 * @author ari-queue team
 */
class DialogueRuntimeStressIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(DialogueRuntimeStressIntegrationTests.class);

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final int STEPS = 80;

	private static final String[] SETTINGS = { "ari.queue.high-availability.heartbeat-interval=250ms",
			"ari.queue.high-availability.instance-timeout=1500ms", "ari.queue.shutdown-timeout=2s",
			"ari.queue.queue-deletion-delay=0", "ari.queue.command-timeout=2s" };

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-stress-" + UUID.randomUUID();

	@Test
	void invariantsHoldAfterARandomScheduleOfAnnouncementsRedeliveriesAdoptionsClosesAndCuts() throws Exception {
		// a fixed schedule by default, so that the build repeats; -Dari.queue.stress.seed=<n> tries others
		long seed = Long.getLong("ari.queue.stress.seed", 20261128L);
		logger.info("Stress schedule seed {} (repeat with -Dari.queue.stress.seed={})", seed, seed);
		Random random = new Random(seed);
		List<SimulatedCall> calls = new ArrayList<>();
		// an announcement comes again while its dialogue runs: a lost acknowledgement
		Set<String> closedByApplication = new HashSet<>();
		try (TcpRelay relay = new TcpRelay(this.broker);
				ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
					.application(this.application)
					.wellBehaved()
					.build();
				Connection connection = this.broker.connectionFactory().newConnection();
				Channel channel = connection.createChannel();
				RunningApplication survivor = start(null)) {
			RunningApplication leaving = start(relay);
			try {
				for (int step = 0; step < STEPS; step++) {
					RunningApplication either = (leaving != null && random.nextBoolean()) ? leaving : survivor;
					int action = random.nextInt(100);
					if (action < 35 || calls.isEmpty()) {
						calls.add(proxy.placeCall());
					}
					else if (action < 50) {
						// the announcement of a call still up delivered again, as after a lost acknowledgement
						SimulatedCall call = calls.get(random.nextInt(calls.size()));
						if (!call.channel().hungUp() && !closedByApplication.contains(call.dialogue().id())) {
							for (WireMessage announcement : proxy.wire().onQueue(this.application)) {
								if (announcement.body().contains(call.dialogue().id())) {
									channel.basicPublish("", this.application, null, announcement.payload());
								}
							}
						}
					}
					else if (action < 70) {
						SimulatedCall call = calls.get(random.nextInt(calls.size()));
						if (!call.channel().hungUp()) {
							call.hangUpFarEnd();
						}
					}
					else if (action < 85) {
						List<AriSession> sessions = new ArrayList<>(either.runtime().sessions());
						if (!sessions.isEmpty()) {
							AriSession session = sessions.get(random.nextInt(sessions.size()));
							closedByApplication.add(session.dialogueId());
							session.close();
						}
					}
					else if (leaving != null) {
						relay.cut();
					}
					if (step == STEPS / 2 && leaving != null) {
						// its dialogues go to the survivor; it leaves connected, as one cut off could not
						// delete the queues of the dialogues that ended meanwhile
						await().atMost(WAIT).until(() -> this.broker.consumerCount(this.application) == 2);
						leaving.close();
						leaving = null;
					}
					Thread.sleep(random.nextInt(60));
				}
				for (SimulatedCall call : calls) {
					if (!call.channel().hungUp()) {
						call.hangUpFarEnd();
					}
				}
				ProxyDialogueRuntime runtime = survivor.runtime();
				await().atMost(WAIT).until(() -> runtime.activeDialogues() == 0 && runtime.reservedSlots() == 0);
				await().atMost(WAIT).until(() -> runtime.queuesAwaitingDeletion() == 0);
				assertThat(runtime.dialogueConsumers()).isZero();
				Set<String> ids = new HashSet<>();
				for (SimulatedCall call : calls) {
					String id = call.dialogue().id();
					assertThat(ids.add(id)).as("one dialogue per call").isTrue();
					for (String queue : call.dialogue().clientQueues()) {
						await().atMost(WAIT)
							.alias(queue + " of an ended dialogue is deleted, so nobody consumes it")
							.until(() -> !this.broker.queueExists(queue));
					}
				}
				assertThat(calls).hasSizeGreaterThan(10);
			}
			finally {
				if (leaving != null) {
					leaving.close();
				}
			}
		}
	}

	private RunningApplication start(TcpRelay relay) {
		List<String> properties = new ArrayList<>(List.of(SETTINGS));
		if (relay != null) {
			properties.addAll(List.of(relay.properties()));
		}
		return RunningApplication.start(this.application, new Class<?>[] { Answering.class },
				properties.toArray(String[]::new));
	}

	@Component
	static class Answering {

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			try {
				session.channels().answer(event.channel().id());
			}
			catch (RuntimeException ex) {
				// the call may end, or the connection drop, under the answer
			}
		}

	}

}
