package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.client.AriCallException;
import io.ariqueue.ari.client.AriException;
import io.ariqueue.ari.event.PlaybackFinishedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.resource.Bridges;
import io.ariqueue.ari.resource.Channels;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.asterisk.RecordedRequest;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whole calls through the chain: fake Asterisk (the ARI server double, over HTTP and WebSocket)
 * ⇄ ari-queue-proxy ⇄ RabbitMQ ⇄ an ari-queue application, unchanged, set to this proxy
 * ({@code ari.queue.proxy=ari-queue-proxy}: go-ari-proxy's wire, whole dialogues) or to
 * go-ari-proxy.
 *
 * @author ari-queue team
 */
class ChainTests {

	static final Duration WAIT = Duration.ofSeconds(20);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "proxy-chain-" + UUID.randomUUID().toString().substring(0, 8);

	private AriServerDouble asterisk;

	private RunningProxy proxy;

	private RunningClient client;

	@BeforeEach
	void start() {
		this.asterisk = AriServerDouble.builder().applications(this.application).build();
		this.proxy = RunningProxy.start(this.asterisk, this.application, "ari.proxy.asterisk.request-timeout=2s");
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
		this.client = RunningClient.start(this.application, new Class<?>[] { Calls.class });
	}

	@AfterEach
	void stop() {
		List<String> dialogues = List.copyOf(this.client.bean(Calls.class).dialogues);
		this.client.close();
		this.proxy.close();
		this.asterisk.close();
		this.broker.deleteQueues(this.application);
		TestQueues.delete(dialogues.stream()
			.flatMap((dialogue) -> java.util.stream.Stream.of("events_" + dialogue, "responses_" + dialogue,
					"commands_" + dialogue))
			.toList());
	}

	@Test
	void oneLegCall() {
		String channel = this.asterisk.placeCall(this.application, (call) -> call.args("ivr"));
		Calls calls = this.client.bean(Calls.class);
		await().atMost(WAIT).until(() -> calls.log.contains("closed " + channel + " PRIMARY_CHANNEL_ENDED"));
		assertThat(calls.log).containsSubsequence("start " + channel + " [ivr]", "finished " + channel,
				"end " + channel, "closed " + channel + " PRIMARY_CHANNEL_ENDED");
		assertThat(this.asterisk.requests()).extracting((request) -> request.method() + " " + request.path())
			.containsSubsequence("POST /ari/channels/" + channel + "/answer", "POST /ari/channels/" + channel + "/play",
					"DELETE /ari/channels/" + channel);
		awaitNoDialogues();
	}

	@Test
	void oneLegCallForAClientSetToGoAriProxy() {
		// the wire is go-ari-proxy's: a client that takes this proxy for one runs its one-leg calls
		this.client.close();
		this.client = RunningClient.start(this.application, new Class<?>[] { Calls.class }, "ari.queue.proxy=go-ari-proxy");
		oneLegCall();
	}

	@Test
	void twoLegBridgedCallOriginatedWithoutAnIdFirstLegHangsUpFirst() {
		String first = this.asterisk.placeCall(this.application, (call) -> call.args("bridge"));
		Calls calls = this.client.bean(Calls.class);
		await().atMost(WAIT).until(() -> calls.bridged.containsKey(first));
		String second = calls.secondLegs.get(first);
		// ari-queue originated without an id; the proxy chose one and bound it before the call
		assertThat(this.asterisk.requests()).anyMatch((request) -> request.method().equals("POST")
				&& request.path().equals("/ari/channels/" + second));
		assertThat(calls.log).contains("start " + second + " [leg2]");
		this.asterisk.asterisk().hangUpFarEnd(first);
		// the application hangs the second leg up when the first ends, through the proxy; it may
		// close its dialogue (the primary channel ended) before the second leg's StasisEnd arrives
		await().atMost(WAIT).until(() -> this.asterisk.asterisk().channel(second).orElseThrow().hungUp());
		assertThat(calls.log).contains("end " + first);
		awaitNoDialogues();
		assertThat(this.asterisk.asterisk().bridge(calls.bridged.get(first)).orElseThrow().destroyed()).isTrue();
	}

	@Test
	void twoLegBridgedCallSecondLegHangsUpFirst() {
		String first = this.asterisk.placeCall(this.application, (call) -> call.args("bridge"));
		Calls calls = this.client.bean(Calls.class);
		await().atMost(WAIT).until(() -> calls.bridged.containsKey(first));
		String second = calls.secondLegs.get(first);
		this.asterisk.asterisk().hangUpFarEnd(second);
		await().atMost(WAIT).until(() -> calls.log.contains("closed " + first + " PRIMARY_CHANNEL_ENDED"));
		assertThat(calls.log).containsSubsequence("end " + second, "end " + first);
		awaitNoDialogues();
		assertThat(this.asterisk.asterisk().bridge(calls.bridged.get(first)).orElseThrow().destroyed()).isTrue();
	}

	@Test
	void asterisksHttpErrorsAndTimeOutsReachTheApplicationAsTypedErrors() {
		Calls calls = this.client.bean(Calls.class);
		this.asterisk.failRequests(RecordedRequest.to("POST", ".*/answer"), 500, "Internal Server Error");
		String failing = this.asterisk.placeCall(this.application, (call) -> call.args("ivr"));
		await().atMost(WAIT).until(() -> calls.log.contains("error " + failing + " 500 Internal Server Error"));
		this.asterisk.clearFaults();
		this.asterisk.delayRequests(RecordedRequest.to("POST", ".*/answer"), Duration.ofSeconds(3));
		String slow = this.asterisk.placeCall(this.application, (call) -> call.args("ivr"));
		await().atMost(WAIT).until(() -> calls.log.contains("error " + slow + " 504 Asterisk did not answer POST /channels/"
				+ slow + "/answer within 2000 ms"));
		this.asterisk.clearFaults();
		this.asterisk.asterisk().hangUpFarEnd(failing);
		this.asterisk.asterisk().hangUpFarEnd(slow);
		awaitNoDialogues();
	}

	private void awaitNoDialogues() {
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.proxy.proxy().dialogues().activeDialogues()).isZero();
			assertThat(this.proxy.proxy().dialogues().registry().boundObjects()).isZero();
		});
	}

	@Component
	static class Calls {

		final List<String> log = new CopyOnWriteArrayList<>();

		final Map<String, String> secondLegs = new ConcurrentHashMap<>();

		final Map<String, String> bridged = new ConcurrentHashMap<>();

		final List<String> dialogues = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			Channel channel = event.channel();
			this.dialogues.add(session.dialogueId());
			this.log.add("start " + channel.id() + " " + event.args());
			String script = event.args().isEmpty() ? "" : event.args().get(0);
			try {
				switch (script) {
					case "ivr" -> {
						session.channels().answer(channel.id());
						session.channels().play(channel.id(), "sound:hello-world");
					}
					case "bridge" -> {
						session.channels().answer(channel.id());
						Channel second = session.channels().originate("PJSIP/200",
								new Channels.OriginateOptions().app(session.application()).appArgs("leg2"));
						this.secondLegs.put(channel.id(), second.id());
					}
					case "leg2" -> {
						String first = session.primaryChannel().id();
						Bridge bridge = session.bridges().create(new Bridges.CreateOptions().type("mixing"));
						session.bridges().addChannel(bridge.id(), List.of(first, channel.id()));
						this.bridged.put(first, bridge.id());
					}
					default -> {
					}
				}
			}
			catch (AriException ex) {
				this.log.add("error " + channel.id() + " " + ex.getStatus() + " " + ex.getAsteriskMessage());
			}
			catch (AriCallException ex) {
				this.log.add("failed " + channel.id() + " " + ex.getClass().getSimpleName());
			}
		}

		@AriEventListener
		void finished(PlaybackFinishedEvent event, AriSession session) {
			String channel = event.playback().targetUri().substring("channel:".length());
			this.log.add("finished " + channel);
			session.channels().hangup(channel);
		}

		@StasisEnd
		void end(StasisEndEvent event, AriSession session) {
			String ended = event.channel().id();
			this.log.add("end " + ended);
			String first = session.primaryChannel().id();
			String other = ended.equals(first) ? this.secondLegs.get(first) : first;
			if (other != null && session.isOpen()) {
				try {
					session.channels().hangup(other);
				}
				catch (AriCallException ex) {
					// already gone
				}
			}
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason, AriSession session) {
			this.log.add("closed " + session.primaryChannel().id() + " " + reason);
		}

	}

}
