package io.ariqueue.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;
import io.ariqueue.test.simulator.WireMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Defects of the dialogue runtime that a long-running instance would meet, each reproduced against
 * the real broker: a dialogue announced twice at once, a consumer that recovery brings back after its
 * dialogue ended, and an {@link Error} from a handler.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class DialogueRuntimeHardeningIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-hardening-" + UUID.randomUUID();

	/** ari-queue declares the application queue again when a closing simulator deletes it first. */
	@AfterEach
	void deleteApplicationQueue() {
		this.broker.deleteQueues(this.application);
	}

	@Test
	void announcementsDeliveredTwiceAtOnceRunEachDialogueOnceAndTrackIt() throws Exception {
		int dialogues = 12;
		// the proxy announces on a queue nobody consumes; each announcement is then put twice in a row on the
		// application's queue, as after a lost acknowledgement, so that both copies reach the instance together
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application + "-staging")
			.wellBehaved()
			.build(); Connection connection = this.broker.connectionFactory().newConnection();
				Channel channel = connection.createChannel()) {
			List<SimulatedCall> calls = new ArrayList<>();
			for (int i = 0; i < dialogues; i++) {
				calls.add(proxy.placeCall());
			}
			channel.queueDeclare(this.application, true, false, false, null);
			for (WireMessage announcement : proxy.wire().onQueue(this.application + "-staging")) {
				channel.basicPublish("", this.application, null, announcement.payload());
				channel.basicPublish("", this.application, null, announcement.payload());
			}
			try (RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Tracker.class },
					"ari.queue.high-availability.enabled=false")) {
				Tracker tracker = app.bean(Tracker.class);
				ProxyDialogueRuntime runtime = app.runtime();
				await().atMost(WAIT).until(() -> tracker.started.size() == dialogues);
				await().atMost(WAIT).until(() -> this.broker.messageCount(this.application) == 0);
				for (SimulatedCall call : calls) {
					assertThat(runtime.session(call.dialogue().id())).as("dialogue %s is tracked", call.dialogue().id())
						.isNotNull();
				}
				assertThat(runtime.activeDialogues()).isEqualTo(dialogues);
				calls.forEach(SimulatedCall::hangUpFarEnd);
				await().atMost(WAIT).until(() -> tracker.closed.size() == dialogues);
				await().atMost(WAIT).until(() -> runtime.activeDialogues() == 0);
				assertThat(runtime.dialogueConsumers()).isZero();
			}
			finally {
				channel.queueDelete(this.application);
			}
		}
	}

	@Test
	void anAnnouncementDeliveredAgainAfterItsDialogueEndedDoesNotBringItBack() throws Exception {
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Tracker.class },
						"ari.queue.high-availability.enabled=false", "ari.queue.queue-deletion-delay=0")) {
			Tracker tracker = app.bean(Tracker.class);
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.size() == 1);
			call.hangUpFarEnd();
			await().atMost(WAIT).until(() -> app.runtime().activeDialogues() == 0);
			await().atMost(WAIT).until(() -> !this.broker.queueExists(call.dialogue().eventsQueue()));

			// its announcement again, as after an acknowledgement lost on the way
			this.broker.publish(this.application, proxy.wire().onQueue(this.application).get(0).payload());

			await().atMost(WAIT).until(() -> this.broker.messageCount(this.application) == 0);
			Thread.sleep(500);
			assertThat(app.runtime().activeDialogues()).isZero();
			assertThat(app.runtime().reservedSlots()).isZero();
			assertThat(this.broker.queueExists(call.dialogue().eventsQueue())).as("its queues are not declared anew")
				.isFalse();
		}
	}

	@Test
	void aDialogueThatEndsWhileTheConnectionIsDownLeavesNoConsumerAfterRecovery() throws Exception {
		try (TcpRelay relay = new TcpRelay(this.broker); ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Tracker.class },
						relay.properties()[0], relay.properties()[1], "ari.queue.delete-queues-on-close=false",
						"ari.queue.high-availability.enabled=false", "ari.queue.dialogue-idle-timeout=0")) {
			Tracker tracker = app.bean(Tracker.class);
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.size() == 1);
			AriSession session = app.runtime().session(call.dialogue().id());
			String events = call.dialogue().eventsQueue();
			String responses = call.dialogue().responsesQueue();
			assertThat(this.broker.consumerCount(events)).isEqualTo(1);

			relay.cutForGood();
			await().atMost(WAIT).until(() -> this.broker.consumerCount(events) == 0);
			session.close();
			await().atMost(WAIT).until(() -> tracker.closed.containsValue(DialogueCloseReason.CLOSED_BY_APPLICATION));
			relay.acceptAgain();

			// recovery is over once the announcement consumer is back
			await().atMost(WAIT).until(() -> this.broker.consumerCount(this.application) == 1);
			Thread.sleep(1000);
			assertThat(this.broker.consumerCount(events)).as("consumers of ended dialogue's events_").isZero();
			assertThat(this.broker.consumerCount(responses)).as("consumers of ended dialogue's responses_").isZero();
			this.broker.deleteQueues(events, responses);
		}
	}

	@Test
	void aDialogueWhoseQueuesTheProxyDeletedDuringAnOutageEndsOnceReconnected(CapturedOutput output) throws Exception {
		try (TcpRelay relay = new TcpRelay(this.broker); ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Tracker.class },
						relay.properties()[0], relay.properties()[1], "ari.queue.high-availability.enabled=false",
						"ari.queue.queue-deletion-delay=0")) {
			Tracker tracker = app.bean(Tracker.class);
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.size() == 1);
			String events = call.dialogue().eventsQueue();
			String responses = call.dialogue().responsesQueue();

			relay.cutForGood();
			await().atMost(WAIT).until(() -> this.broker.consumerCount(events) == 0);
			// the call ended meanwhile, and the proxy deleted its queues after its grace period
			this.broker.deleteQueues(events, responses);
			relay.acceptAgain();

			await().atMost(WAIT).until(() -> tracker.closed.containsKey(call.channelId()));
			assertThat(tracker.closed).containsEntry(call.channelId(), DialogueCloseReason.QUEUES_DELETED);
			await().atMost(WAIT).until(() -> app.runtime().activeDialogues() == 0 && app.runtime().reservedSlots() == 0);
			await().atMost(WAIT).until(() -> !this.broker.queueExists(events) && !this.broker.queueExists(responses));
			// the other dialogues of the connection are consumed again
			SimulatedCall next = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.contains(next.channelId()));
			// the check closed none of the channels on which recovery declares what they declared
			assertThat(output).doesNotContain("Caught an exception");
		}
	}

	@Test
	void anInstanceThatFoundADialogueRunningElsewhereDoesNotDeclareItsQueuesAgainOnRecovery(CapturedOutput output)
			throws Exception {
		// the dialogue runs on one instance; a copy of its announcement reaches another instance, through
		// a queue of its own so that it is that one that gets it, as after a lost acknowledgement
		String elsewhere = this.application + "-elsewhere";
		try (TcpRelay relay = new TcpRelay(this.broker); ProxySimulator proxy = proxy();
				RunningApplication running = RunningApplication.start(this.application,
						new Class<?>[] { Tracker.class }, "ari.queue.high-availability.enabled=false",
						"ari.queue.queue-deletion-delay=0");
				RunningApplication other = RunningApplication.start(elsewhere, new Class<?>[] { Tracker.class },
						relay.properties()[0], relay.properties()[1], "ari.queue.high-availability.enabled=false")) {
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> running.bean(Tracker.class).started.size() == 1);
			String events = call.dialogue().eventsQueue();
			String responses = call.dialogue().responsesQueue();
			this.broker.publish(elsewhere, proxy.wire().onQueue(this.application).get(0).payload());
			await().atMost(WAIT)
				.until(() -> output.getOut().contains("Dialogue " + call.dialogue().id() + " already runs on another instance"));
			assertThat(other.runtime().activeDialogues()).isZero();

			running.runtime().session(call.dialogue().id()).close();
			await().atMost(WAIT).until(() -> !this.broker.queueExists(events) && !this.broker.queueExists(responses));
			relay.cut();
			// recovery is over once the other instance consumes its application queue again
			await().atMost(WAIT).until(() -> this.broker.consumerCount(elsewhere) == 0);
			await().atMost(WAIT).until(() -> this.broker.consumerCount(elsewhere) == 1);
			Thread.sleep(500);
			assertThat(this.broker.queueExists(events)).as("%s declared again by a recovery", events).isFalse();
			assertThat(this.broker.queueExists(responses)).as("%s declared again by a recovery", responses).isFalse();
		}
		finally {
			this.broker.deleteQueues(elsewhere);
		}
	}

	@Test
	void aDialogueWhoseSetUpFailedAfterItsQueuesWereDeclaredDoesNotDeclareThemAgainOnRecovery(CapturedOutput output)
			throws Exception {
		String id = "hardening-" + UUID.randomUUID();
		String events = "events_" + id;
		String responses = "responses_" + id;
		String commands = "commands_" + id;
		Connection holder = this.broker.connectionFactory().newConnection();
		try (TcpRelay relay = new TcpRelay(this.broker);
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Tracker.class },
						relay.properties()[0], relay.properties()[1], "ari.queue.high-availability.enabled=false")) {
			// another connection holds commands_ as an exclusive queue of its own: the broker refuses its
			// declaration (405 RESOURCE_LOCKED) after events_ and responses_ went through
			Channel channel = holder.createChannel();
			channel.queueDeclare(commands, false, true, false, null);
			// the announcement is handed back after each failed set-up, and expires after half a second of them
			channel.basicPublish("", this.application, new AMQP.BasicProperties.Builder().expiration("500").build(),
					("{\"application\":\"" + this.application + "\",\"dialog_id\":\"" + id
							+ "\",\"server_id\":\"it\"}").getBytes(StandardCharsets.UTF_8));
			await().atMost(WAIT).until(() -> output.getOut().contains("Could not set up dialogue " + id));
			Thread.sleep(1500);
			int attempts = attempts(output, id);
			Thread.sleep(300);
			assertThat(attempts(output, id)).as("set-up attempts after the announcement expired").isEqualTo(attempts);
			assertThat(app.runtime().activeDialogues()).isZero();

			// nobody runs the dialogue: its queues go, as the proxy deletes them
			holder.close();
			this.broker.deleteQueues(events, responses);
			relay.cut();
			// recovery is over once the application queue is consumed again
			await().atMost(WAIT).until(() -> this.broker.consumerCount(this.application) == 0);
			await().atMost(WAIT).until(() -> this.broker.consumerCount(this.application) == 1);
			Thread.sleep(500);
			assertThat(this.broker.queueExists(events)).as("%s declared again by a recovery", events).isFalse();
			assertThat(this.broker.queueExists(responses)).as("%s declared again by a recovery", responses).isFalse();
		}
		finally {
			holder.abort();
			this.broker.deleteQueues(events, responses, commands);
		}
	}

	@Test
	void aSetUpThatFailsAgainAndAgainIsTriedWithBackOffUntilItWorks(CapturedOutput output) throws Exception {
		String id = "hardening-" + UUID.randomUUID();
		String commands = "commands_" + id;
		Connection holder = this.broker.connectionFactory().newConnection();
		try (RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Tracker.class },
				"ari.queue.high-availability.enabled=false")) {
			// commands_ is another connection's exclusive queue: every set-up of the dialogue is refused
			holder.createChannel().queueDeclare(commands, false, true, false, null);
			try (Connection publisher = this.broker.connectionFactory().newConnection();
					Channel channel = publisher.createChannel()) {
				channel.basicPublish("", this.application, null, ("{\"application\":\"" + this.application
						+ "\",\"dialog_id\":\"" + id + "\",\"server_id\":\"it\"}").getBytes(StandardCharsets.UTF_8));
			}
			await().atMost(WAIT).until(() -> output.getOut().contains("Could not set up dialogue " + id));
			Thread.sleep(2000);
			// held 100, 200, 400, 800 ms before it goes back: handed back at once, it came back thousands of times
			assertThat(attempts(output, id)).isBetween(3, 6);
			assertThat(output.getOut()).contains("Could not set up dialogue " + id + " (2 times in a row); "
					+ "returning its announcement to " + this.application + " in 200 ms");
			// the queue goes with its connection: the announcement was never lost, and the next try works
			holder.close();
			await().atMost(WAIT).until(() -> app.runtime().activeDialogues() == 1);
		}
		finally {
			holder.abort();
			this.broker.deleteQueues("events_" + id, "responses_" + id, commands);
		}
	}

	private static int attempts(CapturedOutput output, String id) {
		return output.getOut().split("Could not set up dialogue " + id, -1).length - 1;
	}

	@Test
	void aLateAnnouncementOfADialogueThatEndedOnAnotherInstanceEndsForWantOfAFirstEvent() throws Exception {
		// the dialogue runs to its end on one instance; a copy of its announcement then reaches another, as
		// after a lost acknowledgement, which cannot know that it ended
		String elsewhere = this.application + "-elsewhere";
		try (ProxySimulator proxy = proxy();
				RunningApplication ran = RunningApplication.start(this.application, new Class<?>[] { Tracker.class },
						"ari.queue.high-availability.enabled=false", "ari.queue.queue-deletion-delay=0");
				RunningApplication late = RunningApplication.start(elsewhere, new Class<?>[] { Reasons.class },
						"ari.queue.high-availability.enabled=false", "ari.queue.queue-deletion-delay=0",
						"ari.queue.first-event-timeout=1s")) {
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> ran.bean(Tracker.class).started.size() == 1);
			call.hangUpFarEnd();
			String events = call.dialogue().eventsQueue();
			String responses = call.dialogue().responsesQueue();
			await().atMost(WAIT).until(() -> ran.runtime().activeDialogues() == 0 && !this.broker.queueExists(events));

			this.broker.publish(elsewhere, proxy.wire().onQueue(this.application).get(0).payload());
			await().atMost(WAIT).until(() -> late.bean(Reasons.class).started.get() == 1);
			await().atMost(Duration.ofSeconds(5))
				.alias("the dialogue set up from the late announcement ends")
				.until(() -> late.runtime().activeDialogues() == 0 && late.runtime().reservedSlots() == 0);
			assertThat(late.bean(Reasons.class).closed).containsExactly(DialogueCloseReason.FIRST_EVENT_TIMEOUT);
			// the queues its set-up declared anew are deleted again
			await().atMost(WAIT).until(() -> !this.broker.queueExists(events) && !this.broker.queueExists(responses));
		}
		finally {
			this.broker.deleteQueues(elsewhere);
		}
	}

	@Test
	void anErrorFromAStasisEndHandlerStillEndsTheDialogue() {
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application,
						new Class<?>[] { Tracker.class, FailingAtTheEnd.class }, "ari.queue.high-availability.enabled=false")) {
			Tracker tracker = app.bean(Tracker.class);
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.size() == 1);
			call.hangUpFarEnd();
			await().atMost(WAIT).until(() -> app.bean(FailingAtTheEnd.class).failed);
			await().atMost(WAIT).until(() -> app.runtime().activeDialogues() == 0);
			assertThat(tracker.closed).containsEntry(call.channelId(), DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
			await().atMost(WAIT).until(() -> !this.broker.queueExists(call.dialogue().eventsQueue()));
		}
	}

	@Test
	void anErrorFromADialogueClosedHandlerStillReleasesTheDialogue() {
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application,
						new Class<?>[] { Tracker.class, FailingOnClose.class }, "ari.queue.high-availability.enabled=false",
						"ari.queue.max-active-dialogues=1")) {
			Tracker tracker = app.bean(Tracker.class);
			SimulatedCall first = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.size() == 1);
			first.hangUpFarEnd();
			await().atMost(WAIT).until(() -> app.bean(FailingOnClose.class).failed);
			await().atMost(WAIT).until(() -> app.runtime().activeDialogues() == 0);
			// its slot is free again: with room for one dialogue, the next call is taken
			SimulatedCall second = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.contains(second.channelId()));
			await().atMost(WAIT).until(() -> !this.broker.queueExists(first.dialogue().eventsQueue()));
		}
	}

	@Test
	void aFailureToResumeTakingAnnouncementsIsLoggedAndTriedAgain(CapturedOutput output) throws Exception {
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Tracker.class },
						"ari.queue.high-availability.enabled=false", "ari.queue.max-active-dialogues=1",
						"ari.queue.queues.declare-application-queue=false");
				Connection connection = this.broker.connectionFactory().newConnection();
				Channel channel = connection.createChannel()) {
			Tracker tracker = app.bean(Tracker.class);
			SimulatedCall first = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.size() == 1);
			await().atMost(WAIT).until(() -> !app.runtime().isTakingAnnouncements());
			// the queue goes while nobody consumes it, so resuming fails when the dialogue ends
			this.broker.deleteQueues(this.application);
			first.hangUpFarEnd();
			await().atMost(WAIT).until(() -> output.getOut().contains("Could not consume application queue " + this.application));
			// the proxy declares it again, as go-ari-proxy does when it restarts
			channel.queueDeclare(this.application, true, false, false, null);
			SimulatedCall next = proxy.placeCall();
			await().atMost(WAIT).until(() -> tracker.started.contains(next.channelId()));
		}
	}

	private ProxySimulator proxy() {
		return ProxySimulator.builder(this.broker.connectionFactory()).application(this.application).wellBehaved().build();
	}

	@Component
	static class Tracker {

		final List<String> started = new CopyOnWriteArrayList<>();

		final Map<String, DialogueCloseReason> closed = new ConcurrentHashMap<>();

		@StasisStart
		void start(StasisStartEvent event) {
			this.started.add(event.channel().id());
		}

		@DialogueClosed
		void closed(AriSession session, DialogueCloseReason reason) {
			this.closed.put(session.primaryChannel().id(), reason);
		}

	}

	@Component
	static class Reasons {

		final AtomicInteger started = new AtomicInteger();

		final List<DialogueCloseReason> closed = new CopyOnWriteArrayList<>();

		@DialogueStarted
		void started() {
			this.started.incrementAndGet();
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason) {
			this.closed.add(reason);
		}

	}

	@Component
	static class FailingAtTheEnd {

		volatile boolean failed;

		@StasisEnd
		void end(StasisEndEvent event) {
			this.failed = true;
			throw new StackOverflowError("simulated: a handler that recursed too deep");
		}

	}

	@Component
	static class FailingOnClose {

		volatile boolean failed;

		@DialogueClosed
		void closed(DialogueCloseReason reason) {
			this.failed = true;
			throw new NoClassDefFoundError("simulated: a class missing at run time");
		}

	}

}
