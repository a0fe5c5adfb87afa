package io.ariqueue.test.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rabbitmq.client.ConnectionFactory;
import io.ariqueue.test.junit.WithRabbitBroker;
import io.ariqueue.test.simulator.TestApp.Dialogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import static io.ariqueue.test.simulator.TestApp.ari;
import static io.ariqueue.test.simulator.TestApp.body;
import static io.ariqueue.test.simulator.TestApp.field;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call flows both proxy flavours must carry, driven by a raw AMQP application.
 */
abstract class ProxyBehaviourContract extends SimulatorTestSupport {

	@Test
	void announcesADialogueAndPublishesStasisStart() throws Exception {
		SimulatedCall call = this.sim.placeCall((c) -> c.args("en", "42").callerNumber("100").callerName("Alice"));
		JsonNode announcement = this.app.awaitAnnouncement(WAIT);
		assertThat(field(announcement, "application").stringValue()).isEqualTo(this.application);
		assertThat(announcement.get("dialog_id").stringValue()).isEqualTo(call.dialogue().id())
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		Dialogue dialogue = this.app.join(call.dialogue().id(), WAIT);
		JsonNode start = ari(dialogue.awaitEvent("StasisStart", WAIT));
		assertThat(field(start, "args")).hasSize(2);
		assertThat(field(start, "args").get(0).stringValue()).isEqualTo("en");
		JsonNode channel = field(start, "channel");
		assertThat(field(channel, "id").stringValue()).isEqualTo(call.channelId());
		assertThat(field(channel, "state").stringValue()).isEqualTo("Ring");
		assertThat(field(field(channel, "caller"), "number").stringValue()).isEqualTo("100");
		assertThat(field(field(channel, "caller"), "name").stringValue()).isEqualTo("Alice");
		assertThat(this.sim.dialogues()).extracting(SimulatedDialogue::id).containsExactly(call.dialogue().id());
	}

	@Test
	void answerChangesTheStateAndAnswers204() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode response = dialogue.call("POST", "/channels/" + call.channelId() + "/answer", "{}");
		assertThat(response.get("status_code").intValue()).isEqualTo(204);
		assertThat(response.get("response_body").stringValue()).isEmpty();
		JsonNode change = ari(dialogue.awaitEvent("ChannelStateChange", WAIT));
		assertThat(field(field(change, "channel"), "state").stringValue()).isEqualTo("Up");
		assertThat(call.channel().state()).isEqualTo("Up");
		Command command = call.awaitCommand("POST", "/channels/" + call.channelId() + "/answer", WAIT);
		assertThat(command.body()).isEqualTo("{}");
		assertThat(call.commands()).extracting(Command::method, Command::url)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/channels/" + call.channelId() + "/answer"));
		assertThat(call.responses()).extracting(Response::statusCode).containsExactly(204);
	}

	@Test
	void playAnswers201WithAPlaybackThenStartsAndFinishes() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode response = dialogue.call("POST", "/channels/" + call.channelId() + "/play",
				Map.of("media", "sound:hello-world"));
		assertThat(response.get("status_code").intValue()).isEqualTo(201);
		JsonNode playback = body(response);
		assertThat(playback.get("media_uri").stringValue()).isEqualTo("sound:hello-world");
		assertThat(playback.get("target_uri").stringValue()).isEqualTo("channel:" + call.channelId());
		assertThat(playback.get("state").stringValue()).isEqualTo("queued");
		String playbackId = playback.get("id").stringValue();
		JsonNode started = ari(dialogue.awaitEvent("PlaybackStarted", WAIT));
		assertThat(field(field(started, "playback"), "id").stringValue()).isEqualTo(playbackId);
		JsonNode finished = ari(dialogue.awaitEvent("PlaybackFinished", WAIT));
		assertThat(field(field(finished, "playback"), "state").stringValue()).isEqualTo("done");

		JsonNode withId = dialogue.call("POST", "/channels/" + call.channelId() + "/play/my-playback",
				Map.of("media", List.of("sound:a", "sound:b")));
		assertThat(withId.get("status_code").intValue()).isEqualTo(201);
		assertThat(body(withId).get("id").stringValue()).isEqualTo("my-playback");
		assertThat(body(withId).get("next_media_uri").stringValue()).isEqualTo("sound:b");
		dialogue.awaitEvent("PlaybackFinished", WAIT);
	}

	@Test
	void recordAnswersALiveRecordingThenStartsAndFinishes() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode response = dialogue.call("POST", "/channels/" + call.channelId() + "/record",
				Map.of("name", "msg-1", "format", "wav", "maxDurationSeconds", 10, "beep", true));
		assertThat(response.get("status_code").intValue()).isEqualTo(201);
		assertThat(body(response).get("name").stringValue()).isEqualTo("msg-1");
		assertThat(ari(dialogue.awaitEvent("RecordingStarted", WAIT)).toString()).contains("msg-1");
		JsonNode finished = ari(dialogue.awaitEvent("RecordingFinished", WAIT));
		assertThat(field(field(finished, "recording"), "state").stringValue()).isEqualTo("done");
		JsonNode unknownFormat = dialogue.call("POST", "/channels/" + call.channelId() + "/record",
				Map.of("name", "msg-2", "format", "nope"));
		assertThat(unknownFormat.get("status_code").intValue()).isEqualTo(422);
	}

	@Test
	void variablesAreSetAndReadBack() throws Exception {
		SimulatedCall call = this.sim.placeCall((c) -> c.variable("FROM_DIALPLAN", "yes"));
		Dialogue dialogue = this.app.acceptNext(WAIT);
		String url = "/channels/" + call.channelId() + "/variable";
		assertThat(dialogue.call("POST", url, Map.of("variable", "LANG", "value", "fr")).get("status_code").intValue())
			.isEqualTo(204);
		JsonNode varset = ari(dialogue.awaitEvent("ChannelVarset", WAIT));
		assertThat(field(varset, "variable").stringValue()).isEqualTo("LANG");
		assertThat(field(varset, "value").stringValue()).isEqualTo("fr");
		JsonNode get = dialogue.call("GET", url, Map.of("variable", "LANG"));
		assertThat(get.get("status_code").intValue()).isEqualTo(200);
		assertThat(get.get("response_body").stringValue()).isEqualTo("{\"value\":\"fr\"}");
		assertThat(body(dialogue.call("GET", url, Map.of("variable", "FROM_DIALPLAN"))).get("value").stringValue())
			.isEqualTo("yes");
		JsonNode missing = dialogue.call("GET", url, Map.of("variable", "NOPE"));
		assertThat(missing.get("status_code").intValue()).isEqualTo(404);
		assertThat(call.variable("LANG")).contains("fr");
	}

	@Test
	void dtmfFromTheCallerArrivesAsChannelDtmfReceived() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		dialogue.awaitEvent("StasisStart", WAIT);
		call.pressDtmf("1#");
		JsonNode first = ari(dialogue.awaitEvent("ChannelDtmfReceived", WAIT));
		JsonNode second = ari(dialogue.awaitEvent("ChannelDtmfReceived", WAIT));
		assertThat(field(first, "digit").stringValue()).isEqualTo("1");
		assertThat(field(second, "digit").stringValue()).isEqualTo("#");
		assertThat(field(first, "duration_ms").intValue()).isEqualTo(100);
	}

	@Test
	void channelsJoinAndLeaveBridges() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode created = dialogue.call("POST", "/bridges", Map.of("type", "mixing", "name", "conf"));
		assertThat(created.get("status_code").intValue()).isEqualTo(200);
		String bridgeId = body(created).get("id").stringValue();
		JsonNode add = dialogue.call("POST", "/bridges/" + bridgeId + "/addChannel", Map.of("channel", call.channelId()));
		assertThat(add.get("status_code").intValue()).isEqualTo(204);
		JsonNode entered = ari(dialogue.awaitEvent("ChannelEnteredBridge", WAIT));
		assertThat(field(field(entered, "bridge"), "channels").get(0).stringValue()).isEqualTo(call.channelId());
		assertThat(call.channel().bridgeId()).isEqualTo(bridgeId);
		JsonNode remove = dialogue.call("POST", "/bridges/" + bridgeId + "/removeChannel",
				Map.of("channel", List.of(call.channelId())));
		assertThat(remove.get("status_code").intValue()).isEqualTo(204);
		dialogue.awaitEvent("ChannelLeftBridge", WAIT);
		assertThat(dialogue.call("DELETE", "/bridges/" + bridgeId, "").get("status_code").intValue()).isEqualTo(204);
		JsonNode destroyed = ari(dialogue.awaitEvent("BridgeDestroyed", WAIT));
		assertThat(field(field(destroyed, "bridge"), "id").stringValue()).isEqualTo(bridgeId);
		assertThat(dialogue.call("GET", "/bridges/" + bridgeId, "").get("status_code").intValue()).isEqualTo(404);
		assertThat(this.sim.asterisk().bridge(bridgeId).orElseThrow().destroyed()).isTrue();
	}

	@Test
	void applicationHangupEndsTheCall() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		assertThat(dialogue.call("DELETE", "/channels/" + call.channelId(), "").get("status_code").intValue())
			.isEqualTo(204);
		JsonNode request = ari(dialogue.awaitEvent("ChannelHangupRequest", WAIT));
		assertThat(field(request, "cause").intValue()).isEqualTo(32);
		assertThat(field(request, "soft").booleanValue()).isTrue();
		dialogue.awaitEvent("StasisEnd", WAIT);
		call.awaitHungUp(WAIT);
		assertThat(call.channel().inStasis()).isFalse();
	}

	@Test
	void farEndHangupEndsTheCall() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		dialogue.awaitEvent("StasisStart", WAIT);
		call.hangUpFarEnd();
		JsonNode request = ari(dialogue.awaitEvent("ChannelHangupRequest", WAIT));
		assertThat(field(request, "cause").intValue()).isEqualTo(16);
		assertThat(field(request, "soft").isMissingNode()).isTrue();
		dialogue.awaitEvent("StasisEnd", WAIT);
		call.awaitHungUp(WAIT);
		assertThat(call.channel().hungUp()).isTrue();
	}

	@Test
	void continueInDialplanEndsStasis() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode response = dialogue.call("POST", "/channels/" + call.channelId() + "/continue",
				Map.of("context", "after-ivr", "extension", "s", "priority", 1));
		assertThat(response.get("status_code").intValue()).isEqualTo(204);
		dialogue.awaitEvent("StasisEnd", WAIT);
		call.awaitLeftStasis(WAIT);
		assertThat(call.channel().hungUp()).isFalse();
		assertThat(call.channel().context()).isEqualTo("after-ivr");
	}

	@Test
	void getChannelsAndUnknownChannels() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode one = dialogue.call("GET", "/channels/" + call.channelId(), "");
		assertThat(one.get("status_code").intValue()).isEqualTo(200);
		assertThat(body(one).get("id").stringValue()).isEqualTo(call.channelId());
		JsonNode unknown = dialogue.call("GET", "/channels/does-not-exist", "");
		assertThat(unknown.get("status_code").intValue()).isEqualTo(404);
		assertThat(unknown.get("response_body").stringValue()).isEqualTo("{\"message\":\"Channel not found\"}");
		assertThat(dialogue.call("POST", "/channels/does-not-exist/answer", "").get("status_code").intValue())
			.isEqualTo(404);
	}

	@Test
	void originateWithIdJoinsTheDialogue() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		dialogue.awaitEvent("StasisStart", WAIT);
		String newId = "outbound-" + UUID.randomUUID();
		JsonNode response = dialogue.call("POST", "/channels/" + newId,
				Map.of("endpoint", "PJSIP/200", "app", this.application, "appArgs", "dialed", "callerId", "\"IVR\" <999>",
						"timeout", 30));
		assertThat(response.get("status_code").intValue()).isEqualTo(200);
		assertThat(body(response).get("id").stringValue()).isEqualTo(newId);
		JsonNode start = ari(dialogue.awaitEvent("StasisStart", WAIT));
		assertThat(field(field(start, "channel"), "id").stringValue()).isEqualTo(newId);
		assertThat(field(start, "args").get(0).stringValue()).isEqualTo("dialed");
		assertThat(this.sim.dialogues()).hasSize(1);
		SimulatedCall outbound = this.sim.call(newId);
		assertThat(outbound.dialogue()).isSameAs(call.dialogue());
		assertThat(outbound.channel().state()).isEqualTo("Up");
		JsonNode duplicate = dialogue.call("POST", "/channels/" + newId, Map.of("endpoint", "PJSIP/200", "app", this.application));
		assertThat(duplicate.get("status_code").intValue()).isEqualTo(409);
	}

	@Test
	void unknownPathsAndMethodsAnswerLikeAsterisk() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode unknownPath = dialogue.call("POST", "/nothing/here", "{}");
		assertThat(unknownPath.get("status_code").intValue()).isEqualTo(404);
		assertThat(unknownPath.get("response_body").stringValue()).isEqualTo("{\"message\":\"Resource not found\"}");
		JsonNode wrongMethod = dialogue.call("PUT", "/channels/" + call.channelId() + "/answer", "{}");
		assertThat(wrongMethod.get("status_code").intValue()).isEqualTo(405);
		assertThat(wrongMethod.get("response_body").stringValue()).isEqualTo("{\"message\":\"Invalid method\"}");
		JsonNode notSimulated = dialogue.call("POST", "/channels/" + call.channelId() + "/redirect", "{}");
		assertThat(notSimulated.get("status_code").intValue()).isEqualTo(501);
	}

	@Test
	void wrongParameterTypesAnswer400() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode bridge = body(dialogue.call("POST", "/bridges", "{}"));
		JsonNode commaList = dialogue.call("POST", "/bridges/" + bridge.get("id").stringValue() + "/addChannel",
				Map.of("channel", call.channelId() + "," + call.channelId()));
		assertThat(commaList.get("status_code").intValue()).isEqualTo(400);
		JsonNode stringTimeout = dialogue.call("POST", "/channels",
				Map.of("endpoint", "PJSIP/200", "app", this.application, "timeout", "30"));
		assertThat(stringTimeout.get("status_code").intValue()).isEqualTo(400);
		assertThat(stringTimeout.get("response_body").stringValue()).contains("timeout");
	}

	@Test
	void commandsCanBeLeftUnanswered() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		this.sim.answerCommands(false);
		String id = dialogue.send("POST", "/channels/" + call.channelId() + "/answer", "{}");
		call.awaitCommand(WAIT);
		assertThat(dialogue.noResponse(id, Duration.ofMillis(500))).isTrue();
		assertThat(call.channel().state()).isEqualTo("Ring");
		this.sim.answerCommands(true);
		assertThat(dialogue.call("POST", "/channels/" + call.channelId() + "/answer", "{}").get("status_code").intValue())
			.isEqualTo(204);
	}

}
