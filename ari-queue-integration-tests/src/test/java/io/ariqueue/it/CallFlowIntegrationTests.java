package io.ariqueue.it;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.PlaybackFinishedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.Command;
import io.ariqueue.test.simulator.Flavour;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;
import io.ariqueue.test.simulator.WireMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A call through the whole product, for both proxy families: announced, answered, played, hung
 * up, with the exact command messages asserted on the broker.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class CallFlowIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final RabbitBroker broker = BrokerLocator.shared();

	@ParameterizedTest
	@EnumSource(Flavour.class)
	void answersPlaysAndHangsUp(Flavour flavour, CapturedOutput output) {
		String application = "it-callflow-" + UUID.randomUUID();
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(application)
			.flavour(flavour)
			.build();
				RunningApplication app = RunningApplication.start(application, new Class<?>[] { Ivr.class },
						"ari.queue.proxy=" + preset(flavour))) {
			SimulatedCall call = proxy.placeCall((c) -> c.args("en", "42").callerNumber("100"));
			String channelId = call.channelId();
			Command answer = call.awaitCommand("POST", "/channels/" + channelId + "/answer", WAIT);
			Command play = call.awaitCommand("POST", "/channels/" + channelId + "/play", WAIT);
			Command hangup = call.awaitCommand("DELETE", "/channels/" + channelId, WAIT);
			call.awaitHungUp(WAIT);

			Ivr ivr = app.bean(Ivr.class);
			await().atMost(WAIT).until(() -> ivr.calls.contains("closed PRIMARY_CHANNEL_ENDED"));
			assertThat(ivr.calls).containsExactly("started", "start " + channelId + " [en, 42] 100",
					"finished sound:hello-world", "end " + channelId, "closed PRIMARY_CHANNEL_ENDED");
			assertThat(ivr.sessions).singleElement().satisfies((session) -> {
				assertThat(session.dialogueId()).isEqualTo(call.dialogue().id());
				assertThat(session.application()).isEqualTo(application);
				assertThat(session.primaryChannel().id()).isEqualTo(channelId);
				assertThat(session.isOpen()).isFalse();
			});

			assertCommand(answer, "POST", "/channels/" + channelId + "/answer", "{}");
			assertCommand(play, "POST", "/channels/" + channelId + "/play", "{\"media\":[\"sound:hello-world\"]}");
			assertCommand(hangup, "DELETE", "/channels/" + channelId, "{}");
			assertThat(List.of(answer.uniqueId(), play.uniqueId(), hangup.uniqueId())).doesNotHaveDuplicates();
			List<WireMessage> published = proxy.wire()
				.onQueue("commands_" + call.dialogue().id())
				.stream()
				.filter((message) -> message.direction() == WireMessage.Direction.CONSUMED)
				.toList();
			assertThat(published).hasSizeGreaterThanOrEqualTo(3).allSatisfy((message) -> {
				assertThat(message.exchange()).isEmpty();
				assertThat(message.properties().getContentType()).isEqualTo("application/json");
				assertThat(message.properties().getCorrelationId()).isNull();
				assertThat(message.properties().getReplyTo()).isNull();
				assertThat(message.properties().getUserId()).isNull();
				assertThat(message.body()).doesNotContain("DUMMY");
			});
			// ari-queue deletes what only it consumes; go-ari-proxy consumes commands_ until it exits, and
			// AsterNET-ARI-Proxy closes the dialogue once events_ is gone, which auto-deletes commands_
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(call.dialogue().clientQueues()).noneMatch(this.broker::queueExists));
			if (flavour == Flavour.GO_ARI_PROXY) {
				assertThat(this.broker.queueExists(call.dialogue().commandsQueue())).isTrue();
			}
			else {
				await().atMost(WAIT).until(() -> !this.broker.queueExists(call.dialogue().commandsQueue()));
			}
			assertThat(output).as("the preset's declarations equal the proxy's").doesNotContain("other settings");
		}
	}

	@Test
	void takesTheCallWhenTheDialogueQueuesDoNotMatchTheProxyAndSaysWhatToSet(CapturedOutput output) {
		// the application queue matches (or start-up stops: OperabilityIntegrationTests), the dialogue queues do not
		String application = "it-mismatch-" + UUID.randomUUID();
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(application)
			.flavour(Flavour.ASTERNET_ARI_PROXY)
			.build();
				RunningApplication app = RunningApplication.start(application, new Class<?>[] { Ivr.class },
						"ari.queue.proxy=go-ari-proxy", "ari.queue.queues.application.durable=false")) {
			SimulatedCall call = proxy.placeCall();
			call.awaitHungUp(WAIT);
			assertThat(output).contains("Broker refused queue 'events_" + call.dialogue().id() + "' with status 406")
				.contains("set ari.queue.proxy (or the ari.queue.queues.* overrides) to match the proxy's configuration")
				// refused declarations close their channels only, never the connection
				.doesNotContain("lost its consuming connection");
		}
	}

	private static void assertCommand(Command command, String method, String url, String body) {
		JsonNode raw = json.readTree(command.raw());
		assertThat(raw.propertyNames()).containsExactly("unique_id", "url", "method", "body");
		assertThat(command.uniqueId()).matches("[0-9a-f]{32}");
		assertThat(command.method()).isEqualTo(method);
		assertThat(command.url()).isEqualTo(url).doesNotContain("?");
		assertThat(raw.get("body").isString()).isTrue();
		assertThat(json.readTree(command.body())).isEqualTo(json.readTree(body));
	}

	static String preset(Flavour flavour) {
		return (flavour == Flavour.GO_ARI_PROXY) ? "go-ari-proxy" : "asternet-ari-proxy";
	}

	@Component
	static class Ivr {

		final List<String> calls = new CopyOnWriteArrayList<>();

		final List<AriSession> sessions = new CopyOnWriteArrayList<>();

		@DialogueStarted
		void started(AriSession session) {
			this.sessions.add(session);
			this.calls.add("started");
		}

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			Channel channel = event.channel();
			this.calls.add("start " + channel.id() + " " + event.args() + " " + channel.caller().number());
			session.channels().answer(channel.id());
			Playback playback = session.channels().play(channel.id(), "sound:hello-world");
			session.attributes().put("playback", playback.id());
		}

		@AriEventListener
		void finished(PlaybackFinishedEvent event, AriSession session, Channel channel) {
			if (event.playback().id().equals(session.attribute("playback", String.class))) {
				this.calls.add("finished " + event.playback().mediaUri());
				session.channels().hangup(channel.id());
			}
		}

		@StasisEnd
		void end(StasisEndEvent event) {
			this.calls.add("end " + event.channel().id());
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason) {
			this.calls.add("closed " + reason);
		}

	}

}
