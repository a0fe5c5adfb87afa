package io.ariqueue.queueproxy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.asterisk.RecordedRequest;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proxy as operators see it: its configuration has metadata, Actuator reports the health of
 * its WebSocket and broker connection and its meters, and a graceful shutdown lets running
 * commands finish and keeps the queues of live calls.
 *
 * @author ari-queue team
 */
class OperableTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyPropertyHasMetadataWithADescription() throws Exception {
		JsonNode metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			metadata = WireClient.json.readTree(in);
		}
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			String name = property.get("name").asString();
			names.add(name);
			assertThat(property.path("description").asString("")).as(name).isNotBlank();
		}
		assertThat(names).contains("ari.proxy.asterisk.url", "ari.proxy.asterisk.username", "ari.proxy.asterisk.password",
				"ari.proxy.applications", "ari.proxy.server-id", "ari.proxy.preset", "ari.proxy.grace-period",
				"ari.proxy.max-message-size", "ari.proxy.max-buffered-events", "ari.proxy.asterisk.request-timeout");
		assertThat(metadata.get("hints").get(0).get("values")).extracting((value) -> value.get("value").asString())
			.containsExactly("go-ari-proxy", "ari-queue-proxy", "asternet-ari-proxy");
	}

	@Test
	void reportsHealthAndMetricsThroughActuator() throws Exception {
		String application = "proxy-ops-" + UUID.randomUUID().toString().substring(0, 8);
		try (AriServerDouble asterisk = AriServerDouble.builder().applications(application).build();
				RunningProxy proxy = RunningProxy.start(asterisk, application);
				WireClient client = awaitClient(asterisk, application)) {
			await().atMost(WAIT).untilAsserted(() -> {
				JsonNode health = get(proxy, "/actuator/health");
				assertThat(health.get("status").asString()).isEqualTo("UP");
				assertThat(health.get("components").get("asterisk").get("status").asString()).isEqualTo("UP");
				assertThat(health.get("components").get("ariProxyBroker").get("status").asString()).isEqualTo("UP");
			});
			String channel = asterisk.placeCall(application);
			String dialogue = client.announcement(WAIT).json().get("dialog_id").asString();
			client.join(dialogue);
			client.awaitAriEvent(dialogue, "StasisStart", WAIT);
			client.call(dialogue, "a", "POST", "/channels/" + channel + "/answer", "", WAIT);
			client.call(dialogue, "b", "POST", "/channels/" + channel + "/nothing", "", WAIT);
			assertThat(metric(proxy, "ari.proxy.dialogues.active")).isEqualTo(1);
			assertThat(metric(proxy, "ari.proxy.events.published")).isGreaterThanOrEqualTo(1);
			assertThat(metric(proxy, "ari.proxy.command", "operation:channels.answer", "outcome:success")).isEqualTo(1);
			assertThat(metric(proxy, "ari.proxy.command", "operation:unknown", "outcome:client_error")).isEqualTo(1);
			assertThat(metric(proxy, "ari.proxy.messages.rejected", "queue:commands", "cause:unknown_operation"))
				.isEqualTo(1);
			assertThat(metric(proxy, "ari.proxy.command.overhead")).isEqualTo(2);
			assertThat(metric(proxy, "ari.proxy.dialogues.started")).isEqualTo(1);

			asterisk.refuseWebSockets(true);
			asterisk.dropWebSockets();
			await().atMost(WAIT).untilAsserted(() -> {
				JsonNode health = get(proxy, "/actuator/health");
				JsonNode asteriskHealth = health.get("components").get("asterisk");
				assertThat(asteriskHealth.get("status").asString()).isEqualTo("DOWN");
				assertThat(asteriskHealth.get("details").get("problem").asString()).contains("503");
				assertThat(asteriskHealth.get("details").get("lastLost").asString()).isNotEmpty();
				assertThat(asteriskHealth.get("details").get("applications").get(0).asString()).isEqualTo(application);
				assertThat(asteriskHealth.get("details").get("activeDialogues").asInt()).isEqualTo(1);
				assertThat(health.get("status").asString()).isEqualTo("DOWN");
			});
			asterisk.refuseWebSockets(false);
			await().atMost(WAIT).until(() -> asterisk.serves(application));
			assertThat(metric(proxy, "ari.proxy.reconnects", "connection:asterisk")).isEqualTo(1);
			assertThat(metric(proxy, "ari.proxy.reconnects", "connection:broker")).isZero();
			assertThat(get(proxy, "/actuator/health").get("components").get("asterisk").get("details").has("problem"))
				.isFalse();
			asterisk.asterisk().hangUpFarEnd(channel);
		}
		finally {
			this.broker.deleteQueues(application);
		}
	}

	@Test
	void aGracefulShutdownLetsRunningCommandsFinishAndKeepsTheQueuesOfLiveCalls() throws Exception {
		String application = "proxy-stop-" + UUID.randomUUID().toString().substring(0, 8);
		try (AriServerDouble asterisk = AriServerDouble.builder().applications(application).build()) {
			RunningProxy proxy = RunningProxy.start(asterisk, application);
			try (WireClient client = awaitClient(asterisk, application)) {
				String channel = asterisk.placeCall(application);
				String dialogue = client.announcement(WAIT).json().get("dialog_id").asString();
				client.join(dialogue);
				client.awaitAriEvent(dialogue, "StasisStart", WAIT);
				asterisk.delayRequests(RecordedRequest.to("POST", ".*/answer"), Duration.ofMillis(1500));
				client.send(dialogue, "slow", "POST", "/channels/" + channel + "/answer", "");
				await().atMost(WAIT).until(() -> asterisk.requests().stream()
					.anyMatch((request) -> request.path().endsWith("/answer")));
				proxy.close();
				JsonNode answered = client.response(dialogue, "slow", WAIT);
				assertThat(answered.get("status_code").asInt()).isEqualTo(204);
				assertThat(this.broker.queueExists("events_" + dialogue)).isTrue();
				assertThat(this.broker.queueExists("responses_" + dialogue)).isTrue();
				assertThat(this.broker.queueExists("commands_" + dialogue)).isTrue();
				assertThat(this.broker.consumerCount("commands_" + dialogue)).isZero();
				this.broker.deleteQueues("events_" + dialogue, "responses_" + dialogue, "commands_" + dialogue);
			}
		}
		finally {
			this.broker.deleteQueues(application);
		}
	}

	private static WireClient awaitClient(AriServerDouble asterisk, String application) throws Exception {
		await().atMost(WAIT).until(() -> asterisk.serves(application));
		return new WireClient(application);
	}

	private JsonNode get(RunningProxy proxy, String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy.port() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		return WireClient.json.readTree(response.body());
	}

	private double metric(RunningProxy proxy, String name, String... tags) throws Exception {
		String query = String.join("&", java.util.Arrays.stream(tags).map((tag) -> "tag=" + tag).toList());
		JsonNode metric = get(proxy, "/actuator/metrics/" + name + (query.isEmpty() ? "" : "?" + query));
		return metric.get("measurements").get(0).get("value").asDouble();
	}

}
