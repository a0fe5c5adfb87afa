package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.test.asterisk.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the proxy does when Asterisk fails, when its WebSocket is cut, when a client ends a
 * dialogue by deleting its queues, and with malformed commands: each gets an answer the client
 * can read or a clean end, and the proxy carries on with every other call.
 *
 * @author ari-queue team
 */
class ProxyFaultTests extends WireClientTestSupport {

	@Override
	protected String[] proxyProperties() {
		return new String[] { "ari.proxy.asterisk.request-timeout=500ms", "ari.proxy.max-message-size=4KB" };
	}

	@Test
	void passesAsterisksErrorsOnAndAnswersTimeOutsWith504() throws Exception {
		Call leg = call();
		this.asterisk.failRequests(RecordedRequest.to("POST", ".*/answer"), 500, "Internal Server Error");
		JsonNode failed = this.client.call(leg.dialogue(), "answer-500", "POST", "/channels/" + leg.channel() + "/answer",
				"", WAIT);
		assertThat(failed.get("status_code").asInt()).isEqualTo(500);
		assertThat(WireClient.json.readTree(failed.get("response_body").asString()).get("message").asString())
			.isEqualTo("Internal Server Error");
		this.asterisk.clearFaults();

		this.asterisk.delayRequests(RecordedRequest.to("GET", ".*/channels/.*"), Duration.ofSeconds(2));
		JsonNode late = this.client.call(leg.dialogue(), "get-late", "GET", "/channels/" + leg.channel(), "", WAIT);
		assertThat(late.get("status_code").asInt()).isEqualTo(504);
		assertThat(WireClient.json.readTree(late.get("response_body").asString()).get("message").asString())
			.isEqualTo("Asterisk did not answer GET /channels/" + leg.channel() + " within 500 ms");
		this.asterisk.clearFaults();

		// the proxy carries on with the same dialogue and with new calls
		JsonNode answered = this.client.call(leg.dialogue(), "answer", "POST", "/channels/" + leg.channel() + "/answer", "",
				WAIT);
		assertThat(answered.get("status_code").asInt()).isEqualTo(204);
		assertThat(this.proxy.meters().get("ari.proxy.command").tag("operation", "channels.get").tag("outcome", "timeout")
			.timer().count()).isEqualTo(1);
		assertThat(this.proxy.meters().get("ari.proxy.command").tag("outcome", "server_error").timer().count())
			.isEqualTo(1);
		call();
	}

	@Test
	void answersWith502WhenAsteriskCannotBeReached() throws Exception {
		Call leg = call();
		this.asterisk.close();
		JsonNode unreachable = this.client.call(leg.dialogue(), "gone", "GET", "/channels/" + leg.channel(), "", WAIT);
		assertThat(unreachable.get("status_code").asInt()).isEqualTo(502);
		assertThat(WireClient.json.readTree(unreachable.get("response_body").asString()).get("message").asString())
			.startsWith("Asterisk could not be reached for GET /channels/" + leg.channel() + ": ");
		// the command is timed until its response has reached the broker, which the client may hear first
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.proxy.meters().get("ari.proxy.command").tag("operation", "channels.get")
				.tag("outcome", "connection").timer().count()).isEqualTo(1));
		assertThat(this.proxy.proxy().isAsteriskConnected()).isFalse();
	}

	@Test
	void answersMalformedCommandsWithAClearErrorAndNeverSendsThemToAsterisk() throws Exception {
		Call leg = call();
		int before = this.asterisk.requests().size();
		String c = leg.channel();
		List<String[]> cases = List.of(
				new String[] { "{\"unique_id\":\"q\",\"url\":\"/channels/" + c + "/answer?x=1\",\"method\":\"POST\",\"body\":\"\"}",
						"400", "command url must not carry a query string or fragment; send ARI parameters in body" },
				new String[] { "{\"unique_id\":\"outside\",\"url\":\"/../../etc/passwd\",\"method\":\"GET\",\"body\":\"\"}",
						"400", "command url has an empty or dot segment: /../../etc/passwd" },
				new String[] { "{\"unique_id\":\"absolute\",\"url\":\"http://127.0.0.1:1/ari/channels\",\"method\":\"GET\"}",
						"400", "command url must be a path relative to the ARI root, not http://127.0.0.1:1/ari/channels" },
				new String[] { "{\"unique_id\":\"nowhere\",\"url\":\"/no/such/thing\",\"method\":\"GET\"}", "404",
						"ARI has no resource at /no/such/thing" },
				new String[] { "{\"unique_id\":\"method\",\"url\":\"/channels/" + c + "/answer\",\"method\":\"GET\"}", "405",
						"ARI has no GET for /channels/" + c + "/answer; it allows POST" },
				new String[] { "{\"unique_id\":\"fields\",\"url\":\"/channels\",\"method\":\"GET\",\"body\":{\"a\":1}}", "400",
						"command field body must be a string holding a JSON object of ARI parameters" },
				new String[] { "{\"unique_id\":\"admin\",\"url\":\"/asterisk/modules/res_pjsip.so\",\"method\":\"DELETE\"}",
						"403", "operation asterisk.unloadModule is not allowed through ari-queue-proxy "
								+ "(ari.proxy.commands.allowed and .denied)" },
				new String[] { "{\"unique_id\":\"big\",\"url\":\"/channels\",\"method\":\"GET\",\"body\":\"{\\\"x\\\":\\\""
						+ "y".repeat(5000) + "\\\"}\"}", "413", null });
		for (String[] each : cases) {
			String uniqueId = WireClient.json.readTree(each[0]).get("unique_id").asString();
			this.client.send(leg.dialogue(), each[0]);
			JsonNode response = this.client.response(leg.dialogue(), uniqueId, WAIT);
			assertThat(response.get("status_code").asInt()).as(uniqueId).isEqualTo(Integer.parseInt(each[1]));
			String message = WireClient.json.readTree(response.get("response_body").asString()).get("message").asString();
			if (each[2] != null) {
				assertThat(message).as(uniqueId).isEqualTo(each[2]);
			}
			else {
				assertThat(message).startsWith("command of ").endsWith(" bytes exceeds the limit of 4096 bytes");
			}
		}
		// not JSON, and no unique_id: nothing to answer, the proxy logs, counts and goes on
		this.client.send(leg.dialogue(), "DUMMY");
		this.client.send(leg.dialogue(), "{\"url\":\"/channels\",\"method\":\"GET\"}");
		this.broker.publish("commands_" + leg.dialogue(), new byte[] { (byte) 0xff, (byte) 0xfe, 0 });
		JsonNode fine = this.client.call(leg.dialogue(), "fine", "GET", "/channels/" + c, "", WAIT);
		assertThat(fine.get("status_code").asInt()).isEqualTo(200);
		assertThat(this.asterisk.requests().subList(before, this.asterisk.requests().size()).stream()
			// the proxy's own record of the dialogue on the channel runs beside the commands
			.filter((request) -> !request.body().contains("ARI_QUEUE_DIALOGUE")))
			.as("only the good command reached Asterisk")
			.singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/ari/channels/" + c));
		assertThat(rejected("malformed")).isEqualTo(7);
		assertThat(rejected("unknown_operation")).isEqualTo(2);
		assertThat(rejected("oversized")).isEqualTo(1);
		assertThat(rejected("denied")).isEqualTo(1);
		// each command is timed until its response has reached the broker, which the client may hear first
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.proxy.meters().get("ari.proxy.command").tag("operation", "unknown")
				.tag("outcome", "client_error").timer().count()).isEqualTo(7);
			assertThat(this.proxy.meters().get("ari.proxy.command").tag("operation", "asterisk.unloadModule")
				.tag("outcome", "client_error").timer().count()).isEqualTo(1);
		});
	}

	@Test
	void aClientThatDeletesItsQueuesEndsItsDialogueAndNothingElse() throws Exception {
		Call first = call();
		this.client.deleteQueues(first.dialogue());
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(first.dialogue()) == null);
		assertThat(this.broker.queueExists("commands_" + first.dialogue())).isFalse();
		// unlike go-ari-proxy, the proxy still serves every other dialogue
		Call second = call();
		JsonNode answered = this.client.call(second.dialogue(), "answer", "POST", "/channels/" + second.channel() + "/answer",
				"", WAIT);
		assertThat(answered.get("status_code").asInt()).isEqualTo(204);
		// the first call's events go nowhere now, and do not bring its queues back
		this.asterisk.asterisk().hangUpFarEnd(first.channel());
		this.asterisk.asterisk().hangUpFarEnd(second.channel());
		this.client.awaitAriEvent(second.dialogue(), "StasisEnd", WAIT);
		assertThat(this.broker.queueExists("events_" + first.dialogue())).isFalse();
	}

	@Test
	void aClientThatStopsConsumingEndsItsDialogue() throws Exception {
		Call leg = call();
		// until the proxy has seen a client consume, no consumer only means the client has not come yet
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(leg.dialogue()).isClientSeen());
		this.client.leave(leg.dialogue());
		await().atMost(WAIT).until(() -> this.proxy.proxy().dialogues().registry().get(leg.dialogue()) == null);
		await().atMost(WAIT).until(() -> !this.broker.queueExists("events_" + leg.dialogue())
				&& !this.broker.queueExists("commands_" + leg.dialogue()));
		assertThat(this.proxy.proxy().dialogues().registry().boundObjects()).isZero();
	}

	private double rejected(String cause) {
		return this.proxy.meters().counter("ari.proxy.messages.rejected", "queue", "commands", "cause", cause).count();
	}

	@Test
	void reconnectsACutWebSocketAndCarriesNewCalls() throws Exception {
		Call before = call();
		this.asterisk.dropWebSockets();
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
		assertThat(this.proxy.meters().find("ari.proxy.reconnects").tag("connection", "asterisk").functionCounter().count())
			.isEqualTo(1);
		// the call from before the cut is still in its dialogue
		this.asterisk.asterisk().pressDtmf(before.channel(), "5", 10);
		JsonNode dtmf = this.client.awaitAriEvent(before.dialogue(), "ChannelDtmfReceived", WAIT);
		assertThat(dtmf.get("digit").asString()).isEqualTo("5");
		Call after = call();
		assertThat(after.dialogue()).isNotEqualTo(before.dialogue());
	}

	@Test
	void refusedWebSocketIsRetriedWithBackOff() throws Exception {
		this.asterisk.refuseWebSockets(true);
		this.asterisk.dropWebSockets();
		long refusedBefore = this.asterisk.requests().stream().filter((request) -> request.path().equals("/ari/events")).count();
		await().atMost(WAIT).until(() -> this.asterisk.requests().stream()
			.filter((request) -> request.path().equals("/ari/events"))
			.count() >= refusedBefore + 3);
		assertThat(this.proxy.proxy().isAsteriskConnected()).isFalse();
		this.asterisk.refuseWebSockets(false);
		await().atMost(WAIT).until(() -> this.asterisk.serves(this.application));
		call();
	}

}
