package io.ariqueue.proxy.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.proxy.ProxyPreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tests for {@link ProxySideWireCodec}: what it writes equals, byte for byte, what go-ari-proxy
 * published in the captures (given the same ids and times), and each kind of bad command is
 * refused with the status and message its client gets.
 *
 * @author ari-queue team
 */
class ProxySideWireCodecTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ProxySideWireCodec codec = new ProxySideWireCodec(ProxyPreset.GO_ARI_PROXY, 64 * 1024,
			AriOperationTable.standard());

	@Test
	void writesEveryProxyMessageOfTheCapturesByteForByte() throws IOException {
		int announcements = 0;
		int events = 0;
		int responses = 0;
		for (JsonNode message : proxyPublications()) {
			String queue = message.get("routing_keys").get(0).asString();
			String captured = message.get("body").asString();
			JsonNode fields = json.readTree(captured);
			byte[] written;
			if (queue.startsWith("events_")) {
				written = this.codec.writeEvent(fields.get("server_id").asString(),
						OffsetDateTime.parse(fields.get("timestamp").asString()), fields.get("type").asString(),
						fields.get("ari_body").asString());
				events++;
			}
			else if (queue.startsWith("responses_")) {
				written = this.codec.writeResponse(fields.get("unique_id").asString(),
						fields.get("status_code").asInt(), fields.get("response_body").asString());
				responses++;
			}
			else {
				written = this.codec.writeAnnouncement(fields.get("application").asString(),
						fields.get("dialog_id").asString(), fields.get("server_id").asString());
				announcements++;
			}
			assertThat(new String(written, StandardCharsets.UTF_8)).as("message to %s", queue).isEqualTo(captured);
			assertThat(message.get("original_properties").propertyNames()).containsExactlyInAnyOrder("delivery_mode",
					"content_type");
		}
		assertThat(announcements).isEqualTo(4);
		assertThat(events).isGreaterThan(15);
		assertThat(responses).isGreaterThan(8);
	}

	@Test
	void keepsAsterisksEventTextVerbatimInsideTheEnvelope() throws IOException {
		for (JsonNode line : lines("03b_ari_websocket_direct.jsonl")) {
			String ariText = json.writeValueAsString(line);
			byte[] envelope = this.codec.writeEvent("pbx-1", OffsetDateTime.now(), line.get("type").asString(), ariText);
			EventEnvelope read = new ProxyWireCodec(1024 * 1024).readEvent(envelope);
			assertThat(read.ariBody()).isEqualTo(ariText);
			assertThat(read.type()).isEqualTo(line.get("type").asString());
			assertThat(read.serverId()).isEqualTo("pbx-1");
		}
	}

	@Test
	void escapesAsGoDoes() {
		byte[] written = this.codec.writeResponse("a<b>&c", 200, "{\"v\":\"h\u00e9llo \u2603 \\\"q\\\"\u2028\"}\n\t\u0001");
		assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("{\"unique_id\":\"a\\u003cb\\u003e\\u0026c\","
				+ "\"status_code\":200,\"response_body\":\"{\\\"v\\\":\\\"h\u00e9llo \u2603 \\\\\\\"q\\\\\\\"\\u2028\\\"}"
				+ "\\n\\t\\u0001\"}");
		assertThat(json.readTree(written).get("response_body").asString())
			.isEqualTo("{\"v\":\"h\u00e9llo \u2603 \\\"q\\\"\u2028\"}\n\t\u0001");
	}

	@Test
	void formatsTimesAsGoAndAsJsonNet() {
		OffsetDateTime time = OffsetDateTime.of(2026, 11, 26, 4, 2, 39, 612_719_000, ZoneOffset.UTC);
		assertThat(this.codec.formatTimestamp(time)).isEqualTo("2026-11-26T04:02:39.612719Z");
		assertThat(this.codec.formatTimestamp(time.withNano(0))).isEqualTo("2026-11-26T04:02:39Z");
		assertThat(this.codec.formatTimestamp(time.withOffsetSameInstant(ZoneOffset.ofHours(-4))))
			.isEqualTo("2026-11-26T00:02:39.612719-04:00");
		ProxySideWireCodec asterNet = new ProxySideWireCodec(ProxyPreset.ASTERNET_ARI_PROXY, 1024,
				AriOperationTable.standard());
		assertThat(asterNet.formatTimestamp(time.withOffsetSameInstant(ZoneOffset.ofHours(2))))
			.isEqualTo("2026-11-26T04:02:39.6127190Z");
	}

	@Test
	void announcesWithAsterNetsPascalCaseApplication() {
		ProxySideWireCodec asterNet = new ProxySideWireCodec(ProxyPreset.ASTERNET_ARI_PROXY, 1024,
				AriOperationTable.standard());
		byte[] written = asterNet.writeAnnouncement("test", "0f8fad5b-d9cb-469f-a165-70867728950e", "");
		assertThat(new String(written, StandardCharsets.UTF_8))
			.isEqualTo("{\"Application\":\"test\",\"dialog_id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"server_id\":\"\"}");
		assertThat(new ProxyWireCodec(1024).readAnnouncement(written).application()).isEqualTo("test");
	}

	@Test
	void readsEveryCommandTheCapturedClientSent() throws IOException {
		int commands = 0;
		for (JsonNode message : publications("commands_")) {
			String body = message.get("body").asString();
			if (body.equals("DUMMY")) {
				assertThatExceptionOfType(RejectedCommandException.class)
					.isThrownBy(() -> this.codec.readCommand(bytes(body)))
					.satisfies((ex) -> assertThat(ex.isAnswerable()).isFalse())
					.withMessage("command is not valid JSON (error at byte 0)");
				continue;
			}
			JsonNode fields = json.readTree(body);
			ProxyCommand command = this.codec.readCommand(bytes(body));
			assertThat(command.uniqueId()).isEqualTo(fields.get("unique_id").asString());
			assertThat(command.method()).isEqualTo(fields.get("method").asString());
			assertThat(command.path()).isEqualTo(fields.get("url").asString());
			commands++;
		}
		assertThat(commands).isGreaterThan(10);
	}

	@Test
	void matchesCommandsToTheirAriOperations() {
		ProxyCommand originate = this.codec.readCommand(bytes(
				"{\"unique_id\":\"u1\",\"url\":\"channels/leg-2\",\"method\":\"post\",\"body\":\"{\\\"endpoint\\\":\\\"PJSIP/100\\\",\\\"timeout\\\":30}\"}"));
		assertThat(originate.operation().name()).isEqualTo("channels.originateWithId");
		assertThat(originate.path()).isEqualTo("/channels/leg-2");
		assertThat(originate.method()).isEqualTo("POST");
		assertThat(originate.pathVariables()).containsEntry("channelId", "leg-2");
		assertThat(originate.parameters().get("timeout").isInt()).isTrue();
		ProxyCommand create = this.codec.readCommand(bytes(
				"{\"UNIQUE_ID\":\"u2\",\"url\":\"/channels/create\",\"method\":\"POST\",\"body\":\"{}\",\"extra\":[1]}"));
		assertThat(create.operation().name()).isEqualTo("channels.create");
		ProxyCommand get = this.codec.readCommand(bytes(
				"{\"unique_id\":\"u3\",\"url\":\"/channels/a%2Fb%20c+d\",\"method\":\"GET\"}"));
		assertThat(get.operation().name()).isEqualTo("channels.get");
		assertThat(get.pathVariables()).containsEntry("channelId", "a/b c+d");
		assertThat(get.parameters().isEmpty()).isTrue();
	}

	@Test
	void refusesEachKindOfMalformedCommandWithAClearMessage() {
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels?x=1\",\"method\":\"GET\"}", 400,
				"command url must not carry a query string or fragment; send ARI parameters in body");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"http://evil/ari/channels\",\"method\":\"GET\"}", 400,
				"command url must be a path relative to the ARI root, not http://evil/ari/channels");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels/../asterisk/info\",\"method\":\"GET\"}", 400,
				"command url has an empty or dot segment: /channels/../asterisk/info");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels/a b\",\"method\":\"GET\"}", 400,
				"command url holds a character a path cannot: URL-encode it (/channels/a b)");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels/%zz\",\"method\":\"GET\"}", 400,
				"command url has malformed percent-encoding: /channels/%zz");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/nothing/here\",\"method\":\"GET\"}", 404,
				"ARI has no resource at /nothing/here");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels/c1/answer\",\"method\":\"GET\"}", 405,
				"ARI has no GET for /channels/c1/answer; it allows POST");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels\",\"method\":\"PATCH\"}", 405,
				"command method PATCH is none of GET, POST, PUT, DELETE");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels\"}", 400, "command has no method");
		assertRejected("{\"unique_id\":\"u\",\"method\":\"GET\"}", 400, "command has no url");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels\",\"method\":\"GET\",\"body\":{\"a\":1}}", 400,
				"command field body must be a string holding a JSON object of ARI parameters");
		assertRejected("{\"unique_id\":\"u\",\"url\":7,\"method\":\"GET\"}", 400, "command field url must be a string");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels\",\"method\":\"GET\",\"body\":\"[1]\"}", 400,
				"command body must hold a JSON object of ARI parameters, not ARRAY");
		assertRejected("{\"unique_id\":\"u\",\"url\":\"/channels\",\"method\":\"GET\",\"body\":\"{nope\"}", 400,
				"command body is not valid JSON");
	}

	@Test
	void refusesWithoutAnAnswerWhatCarriesNoUsableUniqueId() {
		for (String body : List.of("DUMMY", "[1,2]", "{\"url\":\"/channels\",\"method\":\"GET\"}",
				"{\"unique_id\":\"\",\"url\":\"/channels\",\"method\":\"GET\"}",
				"{\"unique_id\":5,\"url\":\"/channels\",\"method\":\"GET\"}", "{\"unique_id\":\"u\"} trailing", "")) {
			assertThatExceptionOfType(RejectedCommandException.class).isThrownBy(() -> this.codec.readCommand(bytes(body)))
				.satisfies((ex) -> assertThat(ex.isAnswerable()).as(body).isFalse());
		}
	}

	@Test
	void refusesOversizedCommandsAndStillAnswersThem() {
		String padding = "x".repeat(70 * 1024);
		String body = "{\"url\":\"/channels/c/variable\",\"unique_id\":\"big-1\",\"method\":\"POST\",\"body\":\"{\\\"value\\\":\\\""
				+ padding + "\\\"}\"}";
		assertThatExceptionOfType(RejectedCommandException.class).isThrownBy(() -> this.codec.readCommand(bytes(body)))
			.satisfies((ex) -> {
				assertThat(ex.getUniqueId()).isEqualTo("big-1");
				assertThat(ex.getStatus()).isEqualTo(413);
			})
			.withMessage("command of " + body.length() + " bytes exceeds the limit of 65536 bytes");
	}

	@Test
	void knowsTheObjectsEachEventNames() {
		assertThat(AriEventObjects.fields("Dial")).extracting(AriObjectField::field)
			.containsExactlyInAnyOrder("caller", "peer", "forwarded");
		assertThat(AriEventObjects.fields("ChannelEnteredBridge")).containsExactlyInAnyOrder(
				new AriObjectField("bridge", AriObjectKind.BRIDGE), new AriObjectField("channel", AriObjectKind.CHANNEL));
		assertThat(AriEventObjects.fields("RecordingStarted"))
			.containsExactly(new AriObjectField("recording", AriObjectKind.RECORDING));
		assertThat(AriEventObjects.fields("BridgeAttendedTransfer")).hasSize(11);
		assertThat(AriEventObjects.fields("DeviceStateChanged")).isEmpty();
		assertThat(AriEventObjects.fields(null)).isEmpty();
	}

	private void assertRejected(String body, int status, String message) {
		assertThatExceptionOfType(RejectedCommandException.class).isThrownBy(() -> this.codec.readCommand(bytes(body)))
			.satisfies((ex) -> {
				assertThat(ex.getUniqueId()).isEqualTo("u");
				assertThat(ex.getStatus()).isEqualTo(status);
			})
			.withMessage(message);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static List<JsonNode> proxyPublications() throws IOException {
		List<JsonNode> published = new ArrayList<>();
		for (JsonNode message : publications("")) {
			if (!message.get("routing_keys").get(0).asString().startsWith("commands_")) {
				published.add(message);
			}
		}
		return published;
	}

	private static List<JsonNode> publications(String queuePrefix) throws IOException {
		List<JsonNode> published = new ArrayList<>();
		try (var files = Files.list(captures())) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".amqp-trace.jsonl")).sorted().toList()) {
				for (JsonNode line : lines(file.getFileName().toString())) {
					if (line.get("trace_routing_key").asString().startsWith("publish.")
							&& line.get("routing_keys").get(0).asString().startsWith(queuePrefix)) {
						published.add(line);
					}
				}
			}
		}
		return published;
	}

	private static List<JsonNode> lines(String file) throws IOException {
		List<JsonNode> lines = new ArrayList<>();
		for (String line : Files.readAllLines(captures().resolve(file))) {
			if (!line.isBlank()) {
				lines.add(json.readTree(line));
			}
		}
		return lines;
	}

	private static Path captures() {
		String configured = System.getProperty("ariqueue.conformance.dir");
		Path root = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of("").toAbsolutePath().resolve("../conformance");
		Path captures = root.resolve("captures").normalize();
		if (!Files.isRegularFile(captures.resolve("README.md"))) {
			fail("The wire captures are missing at " + captures + "; they are in the repository's conformance folder");
		}
		return captures;
	}

}
