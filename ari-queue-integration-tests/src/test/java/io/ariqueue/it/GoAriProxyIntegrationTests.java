package io.ariqueue.it;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.client.AriException;
import io.ariqueue.ari.client.AriTimeoutException;
import io.ariqueue.ari.client.DialogueClosedException;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.resource.Bridges;
import io.ariqueue.ari.resource.Channels;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.Command;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;
import io.ariqueue.test.simulator.SimulatedDialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * ari-queue with its default settings in front of a simulated go-ari-proxy that has every fault of the
 * real one: it never breaks the proxy, knows when the proxy gave a dialogue up, binds the channels it
 * originates before Asterisk answers, and takes its application queue back when the broker loses it.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class GoAriProxyIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-goproxy-" + UUID.randomUUID();

	@Test
	void fortyFullCallsInARowAllSucceedWithTheDefaultSettings() throws Exception {
		int calls = 40;
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { FullCall.class })) {
			FullCall ivr = app.bean(FullCall.class);
			List<SimulatedCall> placed = new CopyOnWriteArrayList<>();
			for (int i = 0; i < calls; i++) {
				// ten calls a second, as the trial against the real proxy placed them
				placed.add(proxy.placeCall());
				Thread.sleep(100);
			}
			for (SimulatedCall call : placed) {
				call.awaitCommand("DELETE", "/channels/" + call.channelId(), WAIT);
				call.awaitHungUp(WAIT);
			}
			await().atMost(WAIT).until(() -> ivr.closed.size() == calls);
			assertThat(ivr.failures).isEmpty();
			assertThat(ivr.completed).hasSize(calls);
			assertThat(ivr.closed.values()).containsOnly(DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
			assertThat(proxy.isConsumingCommands()).isTrue();
			assertThat(proxy.failures()).isEmpty();
			for (SimulatedCall call : placed) {
				String channel = "/channels/" + call.channelId();
				assertThat(call.responses()).extracting((response) -> response.statusCode()).containsExactly(204, 201, 204);
				assertThat(call.commands()).extracting(Command::method, Command::url)
					.containsExactly(tuple("POST", channel + "/answer"),
							tuple("POST", channel + "/play"),
							tuple("DELETE", channel));
			}
			// what only ari-queue consumes goes; commands_ stays with go-ari-proxy's consumer on it
			await().atMost(WAIT).until(() -> app.runtime().queuesAwaitingDeletion() == 0);
			for (SimulatedCall call : placed) {
				assertThat(call.dialogue().clientQueues()).noneMatch(this.broker::queueExists);
				assertThat(this.broker.consumerCount(call.dialogue().commandsQueue())).isEqualTo(1);
			}
		}
	}

	@Test
	void deletingACommandsQueueBreaksTheSimulatedProxyForEveryDialogue() {
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { FullCall.class },
						"ari.queue.command-timeout=1s")) {
			FullCall ivr = app.bean(FullCall.class);
			ivr.hangUp = false;
			SimulatedCall first = proxy.placeCall();
			await().atMost(WAIT).until(() -> ivr.completed.contains(first.channelId()));

			// what ari-queue itself never does, and what made the real proxy stop
			this.broker.deleteQueues(first.dialogue().commandsQueue());

			await().atMost(WAIT).until(() -> !proxy.isConsumingCommands());
			SimulatedCall second = proxy.placeCall();
			await().atMost(WAIT).until(() -> ivr.failures.containsKey(second.channelId()));
			assertThat(ivr.failures.get(second.channelId())).isInstanceOf(AriTimeoutException.class);
			assertThat(second.dialogue().commands()).as("the proxy read nothing more").isEmpty();
		}
	}

	@Test
	void aSecondLegThatHangsUpEndsTheDialogueAsTheProxyGaveItUp(CapturedOutput output) {
		try (ProxySimulator proxy = proxy((builder) -> builder.stasisEndLoss(0));
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { TwoLegs.class })) {
			TwoLegs ivr = app.bean(TwoLegs.class);
			ivr.application = this.application;
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> ivr.bridged.containsKey(call.channelId()));
			String leg = ivr.legs.get(call.channelId());
			Command originate = call.awaitCommand((command) -> command.url().equals("/channels/" + leg), WAIT);
			assertThat(originate.method()).as("originate sent with an id of ari-queue's own").isEqualTo("POST");
			assertThat(leg).matches("[0-9a-f-]{36}");
			assertThat(proxy.dialogues()).hasSize(1);
			AriSession session = ivr.sessions.get(call.channelId());

			proxy.call(leg).hangUpFarEnd();

			await().atMost(Duration.ofSeconds(1)).until(() -> ivr.closed.containsKey(call.channelId()));
			assertThat(ivr.closed.get(call.channelId())).isEqualTo(DialogueCloseReason.PROXY_ENDED);
			long start = System.nanoTime();
			assertThatExceptionOfType(DialogueClosedException.class)
				.isThrownBy(() -> session.channels().get(call.channelId()));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("fails at once").isLessThan(Duration.ofMillis(500));
			assertThat(output).containsOnlyOnce("Dialogue " + call.dialogue().id() + ": the proxy gave the dialogue up")
				.contains("channel " + leg + " left the application")
				.contains("[" + call.channelId() + "]")
				.contains("ari.queue.proxy=ari-queue-proxy");
			assertThat(app.runtime().activeDialogues()).isZero();
			// the real proxy goes further when the leg is destroyed: it panics
			await().atMost(WAIT).until(proxy::hasCrashed);
		}
	}

	@Test
	void aPlainOriginateStaysInItsDialogueWhenAsteriskAnswersBeforeTheProxyKnowsTheChannel() {
		try (ProxySimulator proxy = proxy((builder) -> builder.newObjectEventLoss(1).stasisEndLoss(0));
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { TwoLegs.class })) {
			TwoLegs ivr = app.bean(TwoLegs.class);
			ivr.application = this.application;
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> ivr.bridged.containsKey(call.channelId()));
			String leg = ivr.legs.get(call.channelId());
			assertThat(ivr.legDialogues.get(leg)).isEqualTo(call.dialogue().id());
			assertThat(proxy.dialogues()).extracting(SimulatedDialogue::id).containsExactly(call.dialogue().id());
		}
	}

	@Test
	void theApplicationQueueComesBackAfterItWasDeleted(CapturedOutput output) {
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { FullCall.class })) {
			FullCall ivr = app.bean(FullCall.class);
			SimulatedCall first = proxy.placeCall();
			await().atMost(WAIT).until(() -> ivr.completed.contains(first.channelId()));

			this.broker.deleteQueues(this.application);

			await().atMost(WAIT).until(() -> output.getOut().contains("Consuming application queue " + this.application + " again"));
			assertThat(output).contains("The broker cancelled the consumer of application queue " + this.application);
			assertThat(app.runtime().isTakingAnnouncements()).isTrue();
			assertThat(this.broker.queueExists(this.application)).isTrue();
			SimulatedCall next = proxy.placeCall();
			await().atMost(WAIT).until(() -> ivr.completed.contains(next.channelId()));
		}
	}

	@Test
	void aDialogueWhoseEventsQueueIsDeletedEndsAndKeepsNoConsumer() {
		assertDeletingEndsTheDialogue(SimulatedDialogue::eventsQueue, SimulatedDialogue::responsesQueue);
	}

	@Test
	void aDialogueWhoseResponsesQueueIsDeletedEndsAndKeepsNoConsumer() {
		assertDeletingEndsTheDialogue(SimulatedDialogue::responsesQueue, SimulatedDialogue::eventsQueue);
	}

	private void assertDeletingEndsTheDialogue(Function<SimulatedDialogue, String> deleted,
			Function<SimulatedDialogue, String> kept) {
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { FullCall.class },
						"ari.queue.delete-queues-on-close=false")) {
			FullCall ivr = app.bean(FullCall.class);
			ivr.hangUp = false;
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> ivr.completed.contains(call.channelId()));
			String other = kept.apply(call.dialogue());
			assertThat(this.broker.consumerCount(other)).isEqualTo(1);

			this.broker.deleteQueues(deleted.apply(call.dialogue()));

			await().atMost(WAIT).until(() -> ivr.closed.containsKey(call.channelId()));
			assertThat(ivr.closed.get(call.channelId())).isEqualTo(DialogueCloseReason.QUEUES_DELETED);
			await().atMost(WAIT).until(() -> this.broker.consumerCount(other) == 0);
			assertThat(app.runtime().dialogueConsumers()).isZero();
			assertThat(app.runtime().activeDialogues()).isZero();
			this.broker.deleteQueues(other);
		}
	}

	@Test
	void aStoredRecordingsFileThatGoAriProxyReadAsTextIsAnErrorNotACorruptFile() {
		try (ProxySimulator proxy = proxy();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Voicemail.class })) {
			Voicemail voicemail = app.bean(Voicemail.class);
			SimulatedCall call = proxy.placeCall();
			await().atMost(WAIT).until(() -> voicemail.failures.containsKey(call.channelId()));
			assertThat(proxy.asterisk().storedRecordingFile("voicemail-" + call.channelId())).isPresent();
			// the file's bytes from 128 up are not UTF-8: the proxy made U+FFFD of each
			assertThat(voicemail.failures.get(call.channelId())).isInstanceOf(AriException.class)
				.hasMessageContaining("the proxy carried the file as text and lost its bytes (character U+FFFD");
		}
	}

	private ProxySimulator proxy() {
		return proxy((builder) -> {
		});
	}

	private ProxySimulator proxy(Consumer<ProxySimulator.Builder> customizer) {
		ProxySimulator.Builder builder = ProxySimulator.builder(this.broker.connectionFactory()).application(this.application);
		customizer.accept(builder);
		return builder.build();
	}

	/**
	 * Answers, plays and hangs up, and records how each call went.
	 */
	@Component
	static class FullCall {

		volatile boolean hangUp = true;

		final List<String> completed = new CopyOnWriteArrayList<>();

		final Map<String, Throwable> failures = new ConcurrentHashMap<>();

		final Map<String, DialogueCloseReason> closed = new ConcurrentHashMap<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			String channel = event.channel().id();
			try {
				session.channels().answer(channel);
				session.channels().play(channel, "sound:hello-world");
				if (this.hangUp) {
					session.channels().hangup(channel);
				}
				this.completed.add(channel);
			}
			catch (RuntimeException ex) {
				this.failures.put(channel, ex);
			}
		}

		@DialogueClosed
		void closed(AriSession session, DialogueCloseReason reason) {
			this.closed.put(session.primaryChannel().id(), reason);
		}

	}

	/**
	 * Records the caller and fetches the recording's file.
	 */
	@Component
	static class Voicemail {

		final Map<String, Throwable> failures = new ConcurrentHashMap<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			String channel = event.channel().id();
			String name = "voicemail-" + channel;
			session.channels().answer(channel);
			session.channels().record(channel, name, "wav");
			session.recordings().stop(name);
			try {
				session.recordings().getStoredFile(name);
			}
			catch (RuntimeException ex) {
				this.failures.put(channel, ex);
			}
		}

	}

	/**
	 * Answers, originates a second leg into the dialogue with a plain {@code originate}, and bridges the two
	 * once the second leg is in the application.
	 */
	@Component
	static class TwoLegs {

		volatile String application;

		final Map<String, String> legs = new ConcurrentHashMap<>();

		final Map<String, String> legDialogues = new ConcurrentHashMap<>();

		final Map<String, AriSession> sessions = new ConcurrentHashMap<>();

		final Map<String, String> bridged = new ConcurrentHashMap<>();

		final Map<String, DialogueCloseReason> closed = new ConcurrentHashMap<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			String primary = session.primaryChannel().id();
			if (event.args().contains("dialed")) {
				this.legDialogues.put(event.channel().id(), session.dialogueId());
				Bridge bridge = session.bridges().create(new Bridges.CreateOptions().type("mixing"));
				session.bridges().addChannel(bridge.id(), List.of(primary, event.channel().id()));
				this.bridged.put(primary, bridge.id());
				return;
			}
			this.sessions.put(primary, session);
			session.channels().answer(primary);
			Channel leg = session.channels()
				.originate("PJSIP/200", new Channels.OriginateOptions().app(this.application).appArgs("dialed"));
			this.legs.put(primary, leg.id());
		}

		@DialogueClosed
		void closed(AriSession session, DialogueCloseReason reason) {
			this.closed.put(session.primaryChannel().id(), reason);
		}

	}

}
