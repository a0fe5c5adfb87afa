package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.queueproxy.WireClient.Message;
import io.ariqueue.queueproxy.dialogue.Dialogue;
import io.ariqueue.queueproxy.dialogue.ObjectRef;
import io.ariqueue.test.asterisk.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the proxy makes of a new look at Asterisk's channels, each time its events WebSocket
 * connects again: channels that vanished without an event, and channels a command is still
 * creating.
 *
 * @author ari-queue team
 */
class AsteriskRestartTests extends WireClientTestSupport {

	private String channel;

	private String dialogue;

	@BeforeEach
	void placeAnsweredCall() throws Exception {
		Call placed = answeredCall();
		this.channel = placed.channel();
		this.dialogue = placed.dialogue();
	}

	@Test
	void aClientIsToldOfChannelsThatVanishedInAnAsteriskRestart() throws Exception {
		this.asterisk.restart();
		Message stasisEnd = nextOf(this.dialogue, "StasisEnd");
		Message destroyed = nextOf(this.dialogue, "ChannelDestroyed");
		for (Message message : new Message[] { stasisEnd, destroyed }) {
			JsonNode envelope = message.json();
			assertThat(envelope.get("server_id").asString()).isEqualTo("pbx-test-1");
			JsonNode event = WireClient.json.readTree(envelope.get("ari_body").asString());
			assertThat(event.get("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
			assertThat(event.get("application").asString()).isEqualTo(this.application);
			// the channel as the proxy last saw it: answered
			assertThat(event.get("channel").get("id").asString()).isEqualTo(this.channel);
			assertThat(event.get("channel").get("state").asString()).isEqualTo("Up");
		}
		assertThat(WireClient.json.readTree(destroyed.json().get("ari_body").asString()).get("cause_txt").asString())
			.isEqualTo("Unknown");
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(this.dialogue) == null);
	}

	@Test
	void aClientIsToldOfChannelsThatVanishedWhenTheFirstLooksAtAsteriskFail() throws Exception {
		this.asterisk.failRequests(RecordedRequest.to("GET", "/ari/channels"), 500, "Internal Server Error");
		this.asterisk.restart();
		await().atMost(WAIT).until(() -> failedListings() >= 2);
		// a call that comes in meanwhile waits for the look with every other event
		String caller = this.asterisk.placeCall(this.application);
		this.asterisk.clearFaults();
		Message stasisEnd = nextOf(this.dialogue, "StasisEnd");
		assertThat(WireClient.json.readTree(stasisEnd.json().get("ari_body").asString()).get("channel").get("id")
			.asString()).isEqualTo(this.channel);
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(this.dialogue) == null);
		assertThat(startedChannelOfNextDialogue()).isEqualTo(caller);
	}

	@Test
	void eventsFlowAgainWhenAsteriskCannotBeLookedAtAfterFiveTries() throws Exception {
		this.asterisk.failRequests(RecordedRequest.to("GET", "/ari/channels"), 500, "Internal Server Error");
		this.asterisk.dropWebSockets();
		await().atMost(WAIT).until(() -> failedListings() >= 1);
		String caller = this.asterisk.placeCall(this.application);
		assertThat(startedChannelOfNextDialogue()).isEqualTo(caller);
		assertThat(failedListings()).isEqualTo(5);
		this.asterisk.clearFaults();
	}

	@Test
	void aChannelACommandIsStillCreatingIsNotTakenForGone() throws Exception {
		String second = "leg-" + UUID.randomUUID();
		// Asterisk is slow to carry the originate out: a look at its channels misses the new one
		this.asterisk.holdRequests(RecordedRequest.to("POST", ".*/channels/" + second), Duration.ofMillis(1500));
		this.client.send(this.dialogue, "originate", "POST", "/channels/" + second,
				"{\"endpoint\":\"PJSIP/200\",\"app\":\"" + this.application + "\"}");
		await().atMost(WAIT).until(() -> !this.proxy.proxy().dialogues().registry()
			.owners(ObjectRef.channel(second)).isEmpty());
		long connections = this.asterisk.webSocketConnectionsSinceStart();
		this.asterisk.dropWebSockets();
		await().atMost(WAIT).until(() -> this.asterisk.webSocketConnectionsSinceStart() > connections
				&& this.asterisk.serves(this.application));
		assertThat(this.client.response(this.dialogue, "originate", WAIT).get("status_code").asInt()).isEqualTo(200);
		// the look at Asterisk missed the new channel, yet the client hears nothing of it ending
		Message event;
		do {
			event = this.client.nextEvent(this.dialogue, WAIT);
			assertThat(event).isNotNull();
			assertThat(event.json().get("type").asString()).isNotIn("StasisEnd", "ChannelDestroyed");
		}
		while (!event.json().get("type").asString().equals("StasisStart"));
		assertThat(WireClient.json.readTree(event.json().get("ari_body").asString()).get("channel").get("id").asString())
			.isEqualTo(second);
		// the first leg hangs up: the second still holds the dialogue
		this.asterisk.asterisk().hangUpFarEnd(this.channel);
		this.client.awaitAriEvent(this.dialogue, "StasisEnd", WAIT);
		await().during(Duration.ofMillis(500)).atMost(WAIT)
			.until(() -> this.proxy.proxy().dialogues().registry().get(this.dialogue).state() == Dialogue.State.ACTIVE);
		this.asterisk.asterisk().hangUpFarEnd(second);
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(this.dialogue) == null);
	}

	private String startedChannelOfNextDialogue() throws Exception {
		String dialogueId = this.client.announcement(WAIT).json().get("dialog_id").asString();
		this.client.join(dialogueId);
		return this.client.awaitAriEvent(dialogueId, "StasisStart", WAIT).get("channel").get("id").asString();
	}

	private long failedListings() {
		return this.asterisk.requests()
			.stream()
			.filter(RecordedRequest.to("GET", "/ari/channels"))
			.filter((request) -> request.status() == 500)
			.count();
	}

	private Message nextOf(String dialogueId, String type) throws Exception {
		while (true) {
			Message message = this.client.nextEvent(dialogueId, WAIT);
			assertThat(message).as("a " + type).isNotNull();
			if (message.json().get("type").asString().equals(type)) {
				return message;
			}
		}
	}

}
