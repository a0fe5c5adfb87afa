package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.queueproxy.WireClient.Message;
import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.asterisk.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proxy over real HTTP and a real WebSocket to the ARI server double, and a real broker, seen
 * from a bare wire client: what it publishes, in which order, and how dialogues start and end.
 *
 * @author ari-queue team
 */
class ProxyDialogueTests extends WireClientTestSupport {

	@Override
	protected AriServerDouble.Builder asteriskDouble(AriServerDouble.Builder builder) {
		return builder.credentials("asterisk", "s3cret");
	}

	@Test
	void announcesAfterItsQueuesExistAndCarriesAOneLegCall() throws Exception {
		String channelId = this.asterisk.placeCall(this.application);
		Message announcement = this.client.announcement(WAIT);
		JsonNode fields = announcement.json();
		assertThat(fields.propertyNames()).containsExactly("application", "dialog_id", "server_id");
		assertThat(fields.get("application").asString()).isEqualTo(this.application);
		assertThat(fields.get("server_id").asString()).isEqualTo("pbx-test-1");
		assertThat(announcement.properties().getContentType()).isEqualTo("application/json");
		assertThat(announcement.properties().getDeliveryMode()).isEqualTo(1);
		assertThat(announcement.properties().getHeaders()).isNull();
		String dialogueId = fields.get("dialog_id").asString();
		// queues before the announcement: all three exist and commands_ is consumed already
		assertThat(this.broker.queueExists("events_" + dialogueId)).isTrue();
		assertThat(this.broker.queueExists("responses_" + dialogueId)).isTrue();
		assertThat(this.broker.consumerCount("commands_" + dialogueId)).isEqualTo(1);
		// an early command, sent before the client even consumes its queues, is not lost
		this.client.send(dialogueId, "early-1", "POST", "/channels/" + channelId + "/answer", "{}");
		this.client.join(dialogueId);

		Message start = this.client.nextEvent(dialogueId, WAIT);
		JsonNode envelope = start.json();
		assertThat(envelope.propertyNames()).containsExactly("server_id", "timestamp", "type", "ari_body");
		assertThat(envelope.get("type").asString()).isEqualTo("StasisStart");
		assertThat(envelope.get("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d*[1-9])?(Z|[+-]\\d\\d:\\d\\d)");
		JsonNode stasisStart = WireClient.json.readTree(envelope.get("ari_body").asString());
		assertThat(stasisStart.get("channel").get("id").asString()).isEqualTo(channelId);
		assertThat(stasisStart.propertyNames()).first().isEqualTo("type");
		JsonNode answered = this.client.response(dialogueId, "early-1", WAIT);
		assertThat(answered.propertyNames()).containsExactly("unique_id", "status_code", "response_body");
		assertThat(answered.get("status_code").asInt()).isEqualTo(204);
		assertThat(answered.get("response_body").asString()).isEmpty();

		JsonNode got = this.client.call(dialogueId, "get-1", "GET", "/channels/" + channelId, "", WAIT);
		assertThat(got.get("status_code").asInt()).isEqualTo(200);
		assertThat(WireClient.json.readTree(got.get("response_body").asString()).get("state").asString()).isEqualTo("Up");

		this.asterisk.asterisk().hangUpFarEnd(channelId);
		this.client.awaitAriEvent(dialogueId, "StasisEnd", WAIT);
		// the dialogue ends; its queues go once the client stops consuming them
		this.client.leave(dialogueId);
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.broker.queueExists("events_" + dialogueId)).isFalse();
			assertThat(this.broker.queueExists("responses_" + dialogueId)).isFalse();
			assertThat(this.broker.queueExists("commands_" + dialogueId)).isFalse();
		});
		assertThat(this.proxy.proxy().dialogues().activeDialogues()).isZero();
		assertThat(this.proxy.proxy().dialogues().registry().boundObjects()).isZero();
		// the proxy recorded the dialogue on the channel, and kept that to itself
		assertThat(this.asterisk.requests()).anyMatch((request) -> request.method().equals("POST")
				&& request.path().equals("/ari/channels/" + channelId + "/variable")
				&& request.body().contains(dialogueId));
	}

	@Test
	void publishesEventsInWebSocketOrderAndRunsCommandsOneAfterAnother() throws Exception {
		Call channelIdCall = call();
		String channelId = channelIdCall.channel();
		String dialogueId = channelIdCall.dialogue();
		this.client.call(dialogueId, "answer", "POST", "/channels/" + channelId + "/answer", "", WAIT);

		String digits = "0123456789*#".repeat(10);
		this.asterisk.asterisk().pressDtmf(channelId, digits, 10);
		StringBuilder received = new StringBuilder();
		while (received.length() < digits.length()) {
			JsonNode event = this.client.nextAriEvent(dialogueId, WAIT);
			if (event.get("type").asString().equals("ChannelDtmfReceived")) {
				received.append(event.get("digit").asString());
			}
		}
		assertThat(received.toString()).isEqualTo(digits);

		for (int i = 0; i < 30; i++) {
			this.client.send(dialogueId, "set-" + i, "POST", "/channels/" + channelId + "/variable",
					"{\"variable\":\"STEP\",\"value\":\"" + i + "\"}");
		}
		List<String> answered = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			JsonNode response = this.client.nextResponse(dialogueId, WAIT).json();
			assertThat(response.get("status_code").asInt()).isEqualTo(204);
			answered.add(response.get("unique_id").asString());
		}
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			expected.add("set-" + i);
		}
		assertThat(answered).isEqualTo(expected);
		List<String> sentToAsterisk = this.asterisk.requests()
			.stream()
			.filter((request) -> request.path().endsWith("/variable") && request.body().contains("STEP"))
			.map(RecordedRequest::body)
			.toList();
		assertThat(sentToAsterisk).hasSize(30);
		for (int i = 0; i < 30; i++) {
			assertThat(WireClient.json.readTree(sentToAsterisk.get(i)).get("value").asString()).isEqualTo("" + i);
		}
		assertThat(this.asterisk.asterisk().channel(channelId).orElseThrow().variables()).containsEntry("STEP", "29");
		// parameters of a GET travel in a JSON body too, as go-ari-proxy sends them
		JsonNode read = this.client.call(dialogueId, "get-var", "GET", "/channels/" + channelId + "/variable",
				"{\"variable\":\"STEP\"}", WAIT);
		assertThat(WireClient.json.readTree(read.get("response_body").asString()).get("value").asString()).isEqualTo("29");
	}

	@Test
	void runsDifferentDialoguesSideBySide() throws Exception {
		String slowChannel = this.asterisk.placeCall(this.application);
		String slow = this.client.announcement(WAIT).json().get("dialog_id").asString();
		String quickChannel = this.asterisk.placeCall(this.application);
		String quick = this.client.announcement(WAIT).json().get("dialog_id").asString();
		this.client.join(slow);
		this.client.join(quick);
		this.asterisk.delayRequests(RecordedRequest.to("GET", ".*/channels/" + slowChannel), Duration.ofSeconds(3));
		this.client.send(slow, "slow", "GET", "/channels/" + slowChannel, "");
		await().atMost(WAIT).until(() -> this.asterisk.requests().stream()
			.anyMatch((request) -> request.path().equals("/ari/channels/" + slowChannel)));
		long started = System.nanoTime();
		JsonNode answered = this.client.call(quick, "quick", "GET", "/channels/" + quickChannel, "", WAIT);
		assertThat(answered.get("status_code").asInt()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not held up by the other dialogue's slow command")
			.isLessThan(Duration.ofMillis(2500));
		assertThat(this.client.response(slow, "slow", WAIT).get("status_code").asInt()).isEqualTo(200);
	}

}
