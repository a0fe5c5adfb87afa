package io.ariqueue.queueproxy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.proxy.wire.AriObjectKind;
import io.ariqueue.queueproxy.dialogue.Dialogue;
import io.ariqueue.queueproxy.dialogue.ObjectRef;
import io.ariqueue.test.asterisk.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every object a command creates is bound to the dialogue before the HTTP call, with an id the
 * proxy chooses where the client gave none, so that not one of its events can go astray; a
 * binding Asterisk refuses is undone. Commands sent after the last channel left are still run.
 *
 * @author ari-queue team
 */
class IdBindingTests extends WireClientTestSupport {

	private String channel;

	private String dialogue;

	@Override
	protected String[] proxyProperties() {
		return new String[] { "ari.proxy.grace-period=2s" };
	}

	@BeforeEach
	void placeAnsweredCall() throws Exception {
		Call placed = answeredCall();
		this.channel = placed.channel();
		this.dialogue = placed.dialogue();
	}

	@Test
	void aPlaybackWithoutAnIdGetsOneBeforeTheCallAndItsEventsFollow() throws Exception {
		JsonNode played = this.client.call(this.dialogue, "play", "POST", "/channels/" + this.channel + "/play",
				"{\"media\":\"sound:hello-world\"}", WAIT);
		assertThat(played.get("status_code").asInt()).isEqualTo(201);
		String playbackId = WireClient.json.readTree(played.get("response_body").asString()).get("id").asString();
		RecordedRequest sent = last("/ari/channels/" + this.channel + "/play");
		assertThat(WireClient.json.readTree(sent.body()).get("playbackId").asString()).isEqualTo(playbackId);
		assertThat(this.client.awaitAriEvent(this.dialogue, "PlaybackFinished", WAIT).get("playback").get("id").asString())
			.isEqualTo(playbackId);
	}

	@Test
	void aRecordingIsBoundByItsName() throws Exception {
		JsonNode recorded = this.client.call(this.dialogue, "record", "POST", "/channels/" + this.channel + "/record",
				"{\"name\":\"greeting-" + this.dialogue + "\",\"format\":\"wav\"}", WAIT);
		assertThat(recorded.get("status_code").asInt()).isEqualTo(201);
		JsonNode started = this.client.awaitAriEvent(this.dialogue, "RecordingStarted", WAIT);
		assertThat(started.get("recording").get("name").asString()).isEqualTo("greeting-" + this.dialogue);
	}

	@Test
	void aCreatedChannelGetsItsIdAndDialogueBeforeTheCall() throws Exception {
		JsonNode answer = this.client.call(this.dialogue, "create", "POST", "/channels/create",
				"{\"endpoint\":\"PJSIP/300\",\"app\":\"" + this.application + "\",\"variables\":{\"MINE\":\"1\"}}", WAIT);
		JsonNode created = WireClient.json.readTree(last("/ari/channels/create").body());
		String createdId = created.get("channelId").asString();
		assertThat(createdId).isNotEmpty();
		assertThat(created.get("variables").get("MINE").asString()).isEqualTo("1");
		assertThat(created.get("variables").get("ARI_QUEUE_DIALOGUE").asString()).isEqualTo(this.dialogue);
		assertThat(answer.get("status_code").asInt()).isEqualTo(200);
		assertThat(this.proxy.proxy().dialogues().registry().owners(ObjectRef.channel(createdId))).hasSize(1);
		JsonNode started = this.client.awaitAriEvent(this.dialogue, "StasisStart", WAIT);
		assertThat(started.get("channel").get("id").asString()).isEqualTo(createdId);
		assertThat(this.client.noAnnouncement(Duration.ofMillis(300))).as("no announcement for a created channel")
			.isNull();
	}

	@Test
	void aFailedCreationUndoesTheBinding() throws Exception {
		JsonNode answer = this.client.call(this.dialogue, "create", "POST", "/channels/create",
				"{\"endpoint\":\"PJSIP/300\",\"app\":\"no-such-application\"}", WAIT);
		assertThat(answer.get("status_code").asInt()).isEqualTo(400);
		String createdId = WireClient.json.readTree(last("/ari/channels/create").body()).get("channelId").asString();
		assertThat(this.proxy.proxy().dialogues().registry().owners(ObjectRef.channel(createdId))).isEmpty();
	}

	@Test
	void anExternalMediaChannelGetsItsIdAndDialogueBeforeTheCall() throws Exception {
		JsonNode answer = this.client.call(this.dialogue, "media", "POST", "/channels/externalMedia",
				"{\"app\":\"" + this.application + "\",\"external_host\":\"127.0.0.1:9999\",\"format\":\"ulaw\"}",
				WAIT);
		assertThat(answer.get("status_code").asInt()).isEqualTo(200);
		JsonNode sent = WireClient.json.readTree(last("/ari/channels/externalMedia").body());
		String mediaId = sent.get("channelId").asString();
		assertThat(sent.get("variables").get("ARI_QUEUE_DIALOGUE").asString()).isEqualTo(this.dialogue);
		assertThat(WireClient.json.readTree(answer.get("response_body").asString()).get("id").asString())
			.isEqualTo(mediaId);
		JsonNode started = this.client.awaitAriEvent(this.dialogue, "StasisStart", WAIT);
		assertThat(started.get("channel").get("id").asString()).isEqualTo(mediaId);
		assertThat(this.client.noAnnouncement(Duration.ofMillis(300))).as("no announcement for a media channel")
			.isNull();
		// the dialogue lasts while the media channel does
		this.asterisk.asterisk().hangUpFarEnd(this.channel);
		this.client.awaitAriEvent(this.dialogue, "StasisEnd", WAIT);
		await().during(Duration.ofMillis(300)).atMost(WAIT)
			.until(() -> this.proxy.proxy().dialogues().registry().get(this.dialogue).state() == Dialogue.State.ACTIVE);
	}

	@Test
	void onlyResponsesToCommandsThatChangeSomethingAreKeptForARedelivery() throws Exception {
		// a redelivered read runs again harmlessly; its answer, a listing, may be large
		this.client.call(this.dialogue, "list", "GET", "/channels", "", WAIT);
		this.client.call(this.dialogue, "ring", "POST", "/channels/" + this.channel + "/ring", "", WAIT);
		Dialogue dialogue = this.proxy.proxy().dialogues().registry().get(this.dialogue);
		assertThat(dialogue.rememberedResponse("list")).isNull();
		assertThat(dialogue.rememberedResponse("ring")).isNotNull();
	}

	@Test
	void aSnoopWithoutAnIdGetsOneAndItsChannelStaysInTheDialogue() throws Exception {
		JsonNode answer = this.client.call(this.dialogue, "snoop", "POST", "/channels/" + this.channel + "/snoop",
				"{\"spy\":\"in\",\"app\":\"" + this.application + "\"}", WAIT);
		assertThat(answer.get("status_code").asInt()).isEqualTo(200);
		String snoopId = WireClient.json.readTree(answer.get("response_body").asString()).get("id").asString();
		RecordedRequest snoop = last("/ari/channels/" + this.channel + "/snoop/" + snoopId);
		assertThat(snoop.body()).doesNotContain("snoopId");
		JsonNode started = this.client.awaitAriEvent(this.dialogue, "StasisStart", WAIT);
		assertThat(started.get("channel").get("id").asString()).isEqualTo(snoopId);
		assertThat(this.client.noAnnouncement(Duration.ofMillis(300))).as("no announcement for a snoop").isNull();
		// the snoop channel carries its dialogue, for a restarted proxy
		await().atMost(WAIT).until(() -> this.dialogue.equals(
				this.asterisk.asterisk().channel(snoopId).orElseThrow().variables().get("ARI_QUEUE_DIALOGUE")));
	}

	@Test
	void aBridgeCreatedWithItsIdIsBoundAndAFailedCreationIsNot() throws Exception {
		JsonNode created = this.client.call(this.dialogue, "bridge", "POST", "/bridges/my-bridge-" + this.dialogue,
				"{\"type\":\"mixing\"}", WAIT);
		assertThat(created.get("status_code").asInt()).isEqualTo(200);
		assertThat(this.proxy.proxy().dialogues().registry().owners(ObjectRef.bridge("my-bridge-" + this.dialogue)))
			.hasSize(1);
		this.asterisk.failRequests(RecordedRequest.to("POST", "/ari/bridges"), 500, "no bridge for you");
		JsonNode failed = this.client.call(this.dialogue, "bridge-2", "POST", "/bridges", "{\"type\":\"holding\"}", WAIT);
		assertThat(failed.get("status_code").asInt()).isEqualTo(500);
		String chosen = WireClient.json.readTree(last("/ari/bridges").body()).get("bridgeId").asString();
		assertThat(this.proxy.proxy().dialogues().registry().owners(ObjectRef.bridge(chosen))).isEmpty();
		assertThat(this.proxy.proxy().dialogues().registry().owners(new ObjectRef(AriObjectKind.PLAYBACK, chosen))).isEmpty();
	}

	@Test
	void commandsSentAfterTheLastChannelLeftAreStillAnswered() throws Exception {
		JsonNode created = this.client.call(this.dialogue, "bridge", "POST", "/bridges", "{\"type\":\"mixing\"}", WAIT);
		String bridge = WireClient.json.readTree(created.get("response_body").asString()).get("id").asString();
		this.asterisk.asterisk().hangUpFarEnd(this.channel);
		this.client.awaitAriEvent(this.dialogue, "StasisEnd", WAIT);
		// as in the captures: go-ari-proxy never answered this DELETE, sent after StasisEnd
		JsonNode deleted = this.client.call(this.dialogue, "late-delete", "DELETE", "/bridges/" + bridge, "", WAIT);
		assertThat(deleted.get("status_code").asInt()).isEqualTo(204);
		JsonNode gone = this.client.call(this.dialogue, "late-get", "GET", "/channels/" + this.channel, "", WAIT);
		assertThat(gone.get("status_code").asInt()).isEqualTo(404);
	}

	private RecordedRequest last(String path) {
		return this.asterisk.requests()
			.stream()
			.filter((request) -> request.path().equals(path))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("No request to " + path));
	}

}
