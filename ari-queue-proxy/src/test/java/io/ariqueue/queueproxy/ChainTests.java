package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

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
import io.ariqueue.test.asterisk.RecordedRequest;

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
class ChainTests extends ProxyTestSupport<RunningClient> {

	static final Duration WAIT = Duration.ofSeconds(20);

	@Override
	protected String[] proxyProperties() {
		return new String[] { "ari.proxy.asterisk.request-timeout=2s" };
	}

	@Override
	protected RunningClient openClient() {
		return RunningClient.start(this.application, new Class<?>[] { Calls.class });
	}

	@Override
	protected void beforeStop() {
		deleteAfterwards(this.client.bean(Calls.class).dialogues.stream()
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
	void aCreatedChannelAndAnExternalMediaChannelStayInTheirDialogue() {
		String channel = this.asterisk.placeCall(this.application, (call) -> call.args("media"));
		Calls calls = this.client.bean(Calls.class);
		await().atMost(WAIT).until(() -> calls.media.containsKey(channel));
		List<String> created = calls.media.get(channel);
		await().atMost(WAIT).until(() -> calls.log.containsAll(
				List.of("start " + created.get(0) + " []", "start " + created.get(1) + " []")));
		// their StasisStart reached the dialogue that created them: no new announcement, no new dialogue
		assertThat(calls.dialogues).hasSize(3).containsOnly(calls.dialogues.get(0));
		assertThat(this.proxy.proxy().dialogues().activeDialogues()).isEqualTo(1);
		// the proxy chose their ids and recorded its dialogue on them, for a restart
		for (String id : created) {
			assertThat(this.asterisk.asterisk().channel(id).orElseThrow().variables())
				.containsEntry("ARI_QUEUE_DIALOGUE", calls.dialogues.get(0));
		}
		this.asterisk.asterisk().hangUpFarEnd(channel);
		created.forEach(this.asterisk.asterisk()::hangUpFarEnd);
		await().atMost(WAIT).until(() -> calls.log.contains("closed " + channel + " PRIMARY_CHANNEL_ENDED"));
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
	void aStoredRecordingsFileReachesTheApplicationByteForByte() {
		String channel = this.asterisk.placeCall(this.application, (call) -> call.args("voicemail"));
		Calls calls = this.client.bean(Calls.class);
		await().atMost(WAIT).until(() -> calls.files.containsKey(channel));
		// the file holds every byte value: go-ari-proxy, reading it as text, loses the upper half
		assertThat(calls.files.get(channel))
			.isEqualTo(this.asterisk.asterisk().storedRecordingFile("voicemail-" + channel).orElseThrow());
		this.asterisk.asterisk().hangUpFarEnd(channel);
		awaitNoDialogues();
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

		final Map<String, List<String>> media = new ConcurrentHashMap<>();

		final Map<String, byte[]> files = new ConcurrentHashMap<>();

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
					case "media" -> {
						session.channels().answer(channel.id());
						Channel created = session.channels()
							.create("PJSIP/300", session.application(), new Channels.CreateOptions());
						Channel external = session.channels()
							.externalMedia(session.application(), "ulaw",
									new Channels.ExternalMediaOptions().externalHost("127.0.0.1:9999"));
						this.media.put(channel.id(), List.of(created.id(), external.id()));
					}
					case "voicemail" -> {
						String name = "voicemail-" + channel.id();
						session.channels().answer(channel.id());
						session.channels().record(channel.id(), name, "wav");
						session.recordings().stop(name);
						this.files.put(channel.id(), session.recordings().getStoredFile(name));
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
