package io.ariqueue.queueproxy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.queueproxy.dialogue.DialogueRegistry;
import io.ariqueue.queueproxy.dialogue.ObjectRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whole dialogues of two legs through the proxy: the second leg, originated without an id, is
 * bound before Asterisk creates it and stays in the dialogue; a bridge created without an id
 * carries the events of both legs; either leg may hang up first; the dialogue ends with its last
 * channel and the bridge it left behind is destroyed.
 *
 * @author ari-queue team
 */
class TwoLegDialogueTests extends WireClientTestSupport {

	@Test
	void secondLegHangsUpFirst() throws Exception {
		BridgedCall call = bridgedCall();
		this.asterisk.asterisk().hangUpFarEnd(call.second);
		JsonNode end = this.client.awaitAriEvent(call.dialogue, "StasisEnd", WAIT);
		assertThat(end.get("channel").get("id").asString()).isEqualTo(call.second);
		// the dialogue goes on: the first leg still takes commands and still sends its events
		JsonNode got = this.client.call(call.dialogue, "get-first", "GET", "/channels/" + call.first, "", WAIT);
		assertThat(got.get("status_code").asInt()).isEqualTo(200);
		this.client.call(call.dialogue, "hangup-first", "DELETE", "/channels/" + call.first, "", WAIT);
		end = this.client.awaitAriEvent(call.dialogue, "StasisEnd", WAIT);
		assertThat(end.get("channel").get("id").asString()).isEqualTo(call.first);
		assertEndsCleanly(call);
	}

	@Test
	void firstLegHangsUpFirst() throws Exception {
		BridgedCall call = bridgedCall();
		this.asterisk.asterisk().hangUpFarEnd(call.first);
		JsonNode end = this.client.awaitAriEvent(call.dialogue, "StasisEnd", WAIT);
		assertThat(end.get("channel").get("id").asString()).isEqualTo(call.first);
		JsonNode got = this.client.call(call.dialogue, "get-second", "GET", "/channels/" + call.second, "", WAIT);
		assertThat(got.get("status_code").asInt()).isEqualTo(200);
		this.asterisk.asterisk().hangUpFarEnd(call.second);
		end = this.client.awaitAriEvent(call.dialogue, "StasisEnd", WAIT);
		assertThat(end.get("channel").get("id").asString()).isEqualTo(call.second);
		assertEndsCleanly(call);
	}

	@Test
	void aRestartedProxyTakesBackBothLegsAndTheirBridge() throws Exception {
		BridgedCall call = bridgedCall();
		this.proxy.close();
		this.proxy = RunningProxy.start(this.asterisk, this.application);
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(call.dialogue) != null);
		DialogueRegistry registry = this.proxy.proxy().dialogues().registry();
		assertThat(registry.get(call.dialogue).liveChannels()).containsExactlyInAnyOrder(call.first, call.second);
		assertThat(registry.owners(ObjectRef.bridge(call.bridge))).hasSize(1);
		// events of both legs reach the same queues as before, commands run again
		this.asterisk.asterisk().hangUpFarEnd(call.second);
		JsonNode end = this.client.awaitAriEvent(call.dialogue, "StasisEnd", WAIT);
		assertThat(end.get("channel").get("id").asString()).isEqualTo(call.second);
		this.client.call(call.dialogue, "hangup-first", "DELETE", "/channels/" + call.first, "", WAIT);
		end = this.client.awaitAriEvent(call.dialogue, "StasisEnd", WAIT);
		assertThat(end.get("channel").get("id").asString()).isEqualTo(call.first);
		this.client.leave(call.dialogue);
		await().atMost(WAIT).until(() -> !this.broker.queueExists("events_" + call.dialogue));
		assertThat(this.client.noAnnouncement(Duration.ofMillis(100))).isNull();
	}

	private BridgedCall bridgedCall() throws Exception {
		Call firstCall = call();
		String first = firstCall.channel();
		String dialogue = firstCall.dialogue();
		this.client.call(dialogue, "answer", "POST", "/channels/" + first + "/answer", "", WAIT);

		JsonNode originated = this.client.call(dialogue, "originate", "POST", "/channels",
				"{\"endpoint\":\"PJSIP/200\",\"app\":\"" + this.application + "\",\"appArgs\":\"dialed\"}", WAIT);
		assertThat(originated.get("status_code").asInt()).isEqualTo(200);
		String second = WireClient.json.readTree(originated.get("response_body").asString()).get("id").asString();
		// bound before the HTTP call: the proxy chose the id and used the WithId operation
		assertThat(this.asterisk.requests()).anyMatch((request) -> request.method().equals("POST")
				&& request.path().equals("/ari/channels/" + second));
		JsonNode secondStart = this.client.awaitAriEvent(dialogue, "StasisStart", WAIT);
		assertThat(secondStart.get("channel").get("id").asString()).isEqualTo(second);
		assertThat(secondStart.get("args").get(0).asString()).isEqualTo("dialed");
		assertThat(this.client.noAnnouncement(Duration.ofMillis(300))).as("no announcement for a second leg").isNull();

		JsonNode created = this.client.call(dialogue, "bridge", "POST", "/bridges", "{\"type\":\"mixing\"}", WAIT);
		assertThat(created.get("status_code").asInt()).isEqualTo(200);
		String bridge = WireClient.json.readTree(created.get("response_body").asString()).get("id").asString();
		assertThat(this.asterisk.requests()).anyMatch((request) -> request.path().equals("/ari/bridges")
				&& request.body().contains("\"bridgeId\":\"" + bridge + "\""));
		JsonNode added = this.client.call(dialogue, "add", "POST", "/bridges/" + bridge + "/addChannel",
				"{\"channel\":[\"" + first + "\",\"" + second + "\"]}", WAIT);
		assertThat(added.get("status_code").asInt()).isEqualTo(204);
		for (String leg : new String[] { first, second }) {
			JsonNode entered = this.client.awaitAriEvent(dialogue, "ChannelEnteredBridge", WAIT);
			assertThat(entered.get("bridge").get("id").asString()).isEqualTo(bridge);
			assertThat(entered.get("channel").get("id").asString()).isEqualTo(leg);
		}
		return new BridgedCall(dialogue, first, second, bridge);
	}

	private void assertEndsCleanly(BridgedCall call) throws Exception {
		// the bridge the dialogue created and left behind is destroyed, by the proxy's request (the
		// double records a request once it has answered it, so after the bridge is gone)
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.asterisk.asterisk().bridge(call.bridge).orElseThrow().destroyed()).isTrue();
			assertThat(this.asterisk.requests()).anyMatch((request) -> request.method().equals("DELETE")
					&& request.path().equals("/ari/bridges/" + call.bridge));
		});
		this.client.leave(call.dialogue);
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.broker.queueExists("events_" + call.dialogue)).isFalse();
			assertThat(this.broker.queueExists("commands_" + call.dialogue)).isFalse();
			assertThat(this.broker.queueExists("responses_" + call.dialogue)).isFalse();
		});
		assertThat(this.proxy.proxy().dialogues().activeDialogues()).isZero();
		assertThat(this.proxy.proxy().dialogues().registry().boundObjects()).isZero();
	}

	private record BridgedCall(String dialogue, String first, String second, String bridge) {
	}

}
