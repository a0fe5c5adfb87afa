package io.ariqueue.proxy.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.ari.ConformanceFixtures;
import io.ariqueue.ari.client.AriRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ProxyWireCodec}: every proxy message captured from go-ari-proxy reads, commands
 * have the shape the proxy accepted, and each kind of bad input is refused with a clear error.
 *
 * @author ari-queue team
 */
class ProxyWireCodecTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ProxyWireCodec codec = new ProxyWireCodec(1024 * 1024);

	@Test
	void readsEveryProxyMessageInTheCaptures() throws IOException {
		List<JsonNode> published = Captures.proxyPublications();
		assertThat(published).hasSizeGreaterThan(20);
		int announcements = 0;
		int events = 0;
		int responses = 0;
		for (JsonNode message : published) {
			String queue = message.get("routing_keys").get(0).asString();
			byte[] body = message.get("body").asString().getBytes(StandardCharsets.UTF_8);
			if (queue.startsWith("events_")) {
				EventEnvelope envelope = this.codec.readEvent(body);
				assertThat(envelope.serverId()).isEqualTo("testbed-asterisk-1");
				assertThat(envelope.type()).isNotEmpty();
				assertThat(json.readTree(envelope.ariBody()).get("type").asString()).isEqualTo(envelope.type());
				events++;
			}
			else if (queue.startsWith("responses_")) {
				CommandResponse response = this.codec.readResponse(body);
				assertThat(response.statusCode()).isBetween(200, 599);
				responses++;
			}
			else if (!queue.startsWith("commands_")) {
				Announcement announcement = this.codec.readAnnouncement(body);
				assertThat(announcement.application()).isEqualTo(queue);
				assertThat(announcement.serverId()).isEqualTo("testbed-asterisk-1");
				assertThat(announcement.dialogueId()).matches("[0-9a-f-]{36}");
				announcements++;
			}
		}
		assertThat(announcements).isEqualTo(4);
		assertThat(events).isGreaterThan(15);
		assertThat(responses).isGreaterThan(8);
	}

	@Test
	void readsTheDummyAnswerWithItsEmptyUniqueId() {
		CommandResponse response = this.codec.readResponse(
				bytes("{\"unique_id\":\"\",\"status_code\":405,\"response_body\":\"{\\\"message\\\":\\\"Invalid method\\\"}\"}"));
		assertThat(response.uniqueId()).isEmpty();
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.responseBody()).isEqualTo("{\"message\":\"Invalid method\"}");
	}

	@Test
	void readsAsterNetAnnouncementWithPascalCaseApplication() {
		Announcement announcement = this.codec.readAnnouncement(
				bytes("{\"Application\":\"test\",\"dialog_id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"server_id\":\"\"}"));
		assertThat(announcement).isEqualTo(new Announcement("test", "0f8fad5b-d9cb-469f-a165-70867728950e", ""));
	}

	@Test
	void readsKeysInAnyCaseAndSkipsUnknownOnes() {
		EventEnvelope envelope = this.codec.readEvent(bytes(
				"{\"Server_Id\":\"s\",\"TIMESTAMP\":\"t\",\"Type\":\"StasisStart\",\"extra\":{\"a\":[1,2]},\"Ari_Body\":\"{}\"}"));
		assertThat(envelope).isEqualTo(new EventEnvelope("s", "t", "StasisStart", "{}"));
	}

	@Test
	void writesCommandsAsTheProxyAcceptsThem() {
		AriRequest request = AriRequest.of("post", "/channels/{channelId}/play")
			.pathParameter("channelId", "testchan-02")
			.parameter("media", "sound:demo-congrats")
			.parameter("skipms", 3000)
			.parameter("lang", null)
			.build();
		JsonNode command = json.readTree(this.codec.writeCommand("3f0c5b8e2a7d4c1f9e6b0a2d4c8e1f3a", request));
		assertThat(command.propertyNames()).containsExactly("unique_id", "url", "method", "body");
		assertThat(command.get("unique_id").asString()).isEqualTo("3f0c5b8e2a7d4c1f9e6b0a2d4c8e1f3a");
		assertThat(command.get("url").asString()).isEqualTo("/channels/testchan-02/play");
		assertThat(command.get("method").asString()).isEqualTo("POST");
		assertThat(command.get("body").isString()).isTrue();
		JsonNode body = json.readTree(command.get("body").asString());
		assertThat(body.get("media").isString()).isTrue();
		assertThat(body.get("skipms").isInt()).isTrue();
		assertThat(body.has("lang")).isFalse();
	}

	@Test
	void writesTypedListsObjectsAndBooleans() {
		AriRequest request = AriRequest.of("POST", "/bridges/{bridgeId}/addChannel")
			.pathParameter("bridgeId", "b1")
			.parameter("channel", List.of("a", "b"))
			.parameter("inhibitConnectedLineUpdates", true)
			.parameter("variables", Map.of("CALLERID(name)", "Alice"))
			.build();
		JsonNode body = json.readTree(json.readTree(this.codec.writeCommand("id", request)).get("body").asString());
		assertThat(body.get("channel").isArray()).isTrue();
		assertThat(body.get("inhibitConnectedLineUpdates").isBoolean()).isTrue();
		assertThat(body.get("variables").get("CALLERID(name)").asString()).isEqualTo("Alice");
	}

	@Test
	void writesAnEmptyObjectWhenThereAreNoParameters() {
		JsonNode command = json.readTree(this.codec.writeCommand("id",
				AriRequest.of("POST", "/channels/{channelId}/answer").pathParameter("channelId", "c1").build()));
		assertThat(command.get("body").asString()).isEqualTo("{}");
	}

	@Test
	void escapesNonAsciiSoThatAsciiDecodingProxiesReadItIntact() {
		byte[] command = this.codec.writeCommand("id", AriRequest.of("POST", "/channels/{channelId}/variable")
			.pathParameter("channelId", "c1")
			.parameter("variable", "GREETING")
			.parameter("value", "Grüße €")
			.build());
		for (byte b : command) {
			assertThat(b & 0xFF).isLessThan(0x80);
		}
		JsonNode body = json.readTree(json.readTree(command).get("body").asString());
		assertThat(body.get("value").asString()).isEqualTo("Grüße €");
	}

	@Test
	void refusesAnEmptyUniqueId() {
		AriRequest request = AriRequest.of("GET", "/channels").build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.writeCommand("", request));
	}

	@Test
	void rejectsMessagesThatAreNotJson() {
		assertMalformed(() -> this.codec.readEvent(bytes("DUMMY")), "event is not valid JSON");
		assertMalformed(() -> this.codec.readResponse(bytes("{\"unique_id\":")), "response is not valid JSON");
	}

	@Test
	void rejectsMessagesOfTheWrongShape() {
		assertMalformed(() -> this.codec.readAnnouncement(bytes("[\"a\"]")), "announcement is not a JSON object");
		assertMalformed(() -> this.codec.readEvent(bytes("{\"type\":\"StasisStart\"} {}")),
				"event has content after its JSON object");
	}

	@Test
	void rejectsMessagesWithoutRequiredFields() {
		assertMalformed(() -> this.codec.readAnnouncement(bytes("{\"application\":\"a\",\"server_id\":\"s\"}")),
				"announcement has no dialog_id");
		assertMalformed(() -> this.codec.readEvent(bytes("{\"type\":\"StasisStart\"}")), "event has no ari_body");
		assertMalformed(() -> this.codec.readResponse(bytes("{\"unique_id\":\"x\"}")), "response has no status_code");
	}

	@Test
	void rejectsFieldsOfTheWrongType() {
		assertMalformed(() -> this.codec.readEvent(bytes("{\"type\":\"StasisStart\",\"ari_body\":{\"type\":\"x\"}}")),
				"event field ari_body is not a string");
		assertMalformed(() -> this.codec.readResponse(bytes("{\"unique_id\":\"x\",\"status_code\":\"200\"}")),
				"response status_code is not an integer");
		assertMalformed(() -> this.codec.readAnnouncement(bytes("{\"dialog_id\":42}")),
				"announcement field dialog_id is not a string");
	}

	@Test
	void rejectsBodiesThatAreNotUtf8() {
		byte[] body = bytes("{\"type\":\"StasisStart\",\"ari_body\":\"xx\"}");
		body[body.length - 4] = (byte) 0xC3;
		body[body.length - 3] = (byte) 0x28;
		assertMalformed(() -> this.codec.readEvent(body), "event is not valid JSON");
	}

	@Test
	void rejectsOversizedMessages() {
		ProxyWireCodec small = new ProxyWireCodec(64);
		byte[] body = bytes("{\"type\":\"StasisStart\",\"ari_body\":\"" + "x".repeat(100) + "\"}");
		assertMalformed(() -> small.readEvent(body), "exceeds the limit of 64 bytes");
		assertMalformed(() -> small.readEvent(new byte[0]), "event is empty");
	}

	@Test
	void rejectsDialogueIdsThatAreNotSafeInQueueNames() {
		for (String id : List.of("../x", "a b", "a#b", "x".repeat(65), "amq.gen\u0000", "ü")) {
			String body = json.writeValueAsString(Map.of("application", "app", "dialog_id", id, "server_id", "s"));
			assertMalformed(() -> this.codec.readAnnouncement(bytes(body)), "dialog_id is not safe in a queue name");
		}
		assertThat(this.codec.readAnnouncement(bytes("{\"dialog_id\":\"A-z_0.9\"}")).dialogueId()).isEqualTo("A-z_0.9");
	}

	private static void assertMalformed(Runnable read, String message) {
		assertThatExceptionOfType(MalformedMessageException.class).isThrownBy(read::run).withMessageContaining(message);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The messages go-ari-proxy published in the captures.
	 */
	static final class Captures {

		static List<JsonNode> proxyPublications() throws IOException {
			List<JsonNode> messages = new ArrayList<>();
			try (var files = Files.list(ConformanceFixtures.captures())) {
				for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".amqp-trace.jsonl")).sorted().toList()) {
					for (String line : Files.readAllLines(file)) {
						if (line.isBlank()) {
							continue;
						}
						JsonNode message = json.readTree(line);
						String queue = message.get("routing_keys").get(0).asString();
						boolean published = message.get("trace_routing_key").asString().startsWith("publish");
						if (published && !queue.startsWith("commands_")) {
							messages.add(message);
						}
					}
				}
			}
			return messages;
		}

	}

}
