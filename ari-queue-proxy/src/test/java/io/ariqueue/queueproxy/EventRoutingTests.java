package io.ariqueue.queueproxy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.ariqueue.proxy.wire.AriObjectKind;
import io.ariqueue.queueproxy.dialogue.ObjectRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing of the events that name several objects or objects no command bound, which the ARI
 * server double does not raise: they enter the running proxy where the WebSocket's text does.
 *
 * @author ari-queue team
 */
class EventRoutingTests extends WireClientTestSupport {

	private String channelA;

	private String dialogueA;

	private String channelB;

	private String dialogueB;

	@BeforeEach
	void placeTwoCalls() throws Exception {
		Call channelACall = call();
		this.channelA = channelACall.channel();
		this.dialogueA = channelACall.dialogue();
		Call channelBCall = call();
		this.channelB = channelBCall.channel();
		this.dialogueB = channelBCall.dialogue();
	}

	@Test
	void aDialAndItsPeerBelongToTheCallersDialogue() throws Exception {
		String dial = event("Dial").put("dialstatus", "")
			.set("caller", channel(this.channelA))
			.toString();
		ObjectNode withPeer = (ObjectNode) WireClient.json.readTree(dial);
		withPeer.set("peer", channel("peer-1"));
		inject(withPeer.toString());
		JsonNode received = this.client.awaitAriEvent(this.dialogueA, "Dial", WAIT);
		assertThat(received.get("peer").get("id").asString()).isEqualTo("peer-1");
		inject(event("ChannelStateChange").set("channel", channel("peer-1")).toString());
		assertThat(this.client.awaitAriEvent(this.dialogueA, "ChannelStateChange", WAIT).get("channel").get("id").asString())
			.isEqualTo("peer-1");
		assertThat(this.client.pollEvent(this.dialogueB, Duration.ofMillis(300))).isNull();
		// the dialled channel holds the dialogue only once it is in Stasis, where Asterisk reports its end
		assertThat(this.proxy.proxy().dialogues().registry().get(this.dialogueA).liveChannels()).doesNotContain("peer-1");
		inject(event("StasisStart").set("channel", channel("peer-1")).toString());
		assertThat(this.client.awaitAriEvent(this.dialogueA, "StasisStart", WAIT).get("channel").get("id").asString())
			.isEqualTo("peer-1");
		assertThat(this.proxy.proxy().dialogues().registry().get(this.dialogueA).liveChannels()).contains("peer-1");
		assertThat(this.client.noAnnouncement(Duration.ofMillis(200))).isNull();
	}

	@Test
	void aTransferReachesEveryDialogueItNames() throws Exception {
		ObjectNode transfer = event("BridgeAttendedTransfer").put("result", "Success");
		transfer.set("transferer_first_leg", channel(this.channelA));
		transfer.set("transferee", channel(this.channelB));
		transfer.set("transferer_second_leg", channel("unknown-leg"));
		inject(transfer.toString());
		assertThat(this.client.awaitAriEvent(this.dialogueA, "BridgeAttendedTransfer", WAIT).get("result").asString())
			.isEqualTo("Success");
		assertThat(this.client.awaitAriEvent(this.dialogueB, "BridgeAttendedTransfer", WAIT).get("result").asString())
			.isEqualTo("Success");
	}

	@Test
	void playbacksAndRecordingsNoCommandBoundFollowTheirTarget() throws Exception {
		ObjectNode started = event("PlaybackStarted");
		started.putObject("playback").put("id", "pb-x").put("media_uri", "sound:x").put("target_uri", "channel:" + this.channelB)
			.put("state", "playing");
		inject(started.toString());
		assertThat(this.client.awaitAriEvent(this.dialogueB, "PlaybackStarted", WAIT).get("playback").get("id").asString())
			.isEqualTo("pb-x");
		assertThat(this.proxy.proxy().dialogues().registry().owners(new ObjectRef(AriObjectKind.PLAYBACK, "pb-x")))
			.singleElement()
			.satisfies((dialogue) -> assertThat(dialogue.id()).isEqualTo(this.dialogueB));
		ObjectNode recording = event("RecordingStarted");
		recording.putObject("recording").put("name", "rec-1").put("format", "wav").put("state", "recording")
			.put("target_uri", "channel:" + this.channelA);
		inject(recording.toString());
		assertThat(this.client.awaitAriEvent(this.dialogueA, "RecordingStarted", WAIT).get("recording").get("name").asString())
			.isEqualTo("rec-1");
	}

	@Test
	void keepsItsOwnBookkeepingAndStrayEventsToItself() throws Exception {
		ObjectNode varset = event("ChannelVarset").put("variable", "ARI_QUEUE_DIALOGUE").put("value", this.dialogueA);
		varset.set("channel", channel(this.channelA));
		inject(varset.toString());
		inject(event("ChannelStateChange").set("channel", channel("nobody")).toString());
		inject("not json");
		inject("{\"no\":\"type\"}");
		ObjectNode own = event("ChannelVarset").put("variable", "MINE").put("value", "1");
		own.set("channel", channel(this.channelA));
		inject(own.toString());
		JsonNode next = this.client.awaitAriEvent(this.dialogueA, "ChannelVarset", WAIT);
		assertThat(next.get("variable").asString()).isEqualTo("MINE");
		assertThat(this.proxy.meters().counter("ari.proxy.events.unrouted").count()).isEqualTo(1);
		assertThat(this.proxy.meters().counter("ari.proxy.events.unreadable").count()).isEqualTo(2);
	}

	private void inject(String text) {
		this.proxy.proxy().onEvent(text);
	}

	private ObjectNode event(String type) {
		ObjectNode event = WireClient.json.createObjectNode();
		event.put("type", type).put("timestamp", "2026-11-28T10:00:00.000+0000").put("application", this.application);
		return event;
	}

	private static ObjectNode channel(String id) {
		ObjectNode channel = WireClient.json.createObjectNode();
		channel.put("id", id).put("name", "PJSIP/" + id).put("state", "Up");
		return channel;
	}

}
