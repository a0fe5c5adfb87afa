package io.ariqueue.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rabbitmq.client.AMQP;
import io.ariqueue.test.simulator.asterisk.AriEvent;
import io.ariqueue.test.simulator.asterisk.AriJson;
import io.ariqueue.test.simulator.asterisk.AriReply;
import io.ariqueue.test.simulator.asterisk.AriRequest;
import io.ariqueue.test.simulator.asterisk.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * go-ari-proxy's wire: Go's JSON encoding, {@code content_type=application/json} and
 * {@code delivery_mode=1} (streadway/amqp leaves an empty header table and a zero priority off the wire),
 * Asterisk's event text forwarded verbatim in {@code ari_body}, and each command sent to Asterisk as
 * {@code stasis_url + url + "?api_key=..."}.
 *
 * @author ari-queue
 */
final class GoAriProxyDialect implements ProxyDialect {

	private static final AMQP.BasicProperties PROPERTIES = new AMQP.BasicProperties.Builder()
		.contentType("application/json")
		.deliveryMode(1)
		.build();

	@Override
	public AMQP.BasicProperties properties() {
		return PROPERTIES;
	}

	@Override
	public byte[] announcement(String application, String dialogueId, String serverId) {
		return utf8("{\"application\":" + GoJson.quote(application) + ",\"dialog_id\":" + GoJson.quote(dialogueId)
				+ ",\"server_id\":" + GoJson.quote(serverId) + "}");
	}

	@Override
	public byte[] event(String serverId, AriEvent event) {
		return utf8("{\"server_id\":" + GoJson.quote(serverId) + ",\"timestamp\":"
				+ GoJson.quote(GoJson.rfc3339Nano(Instant.now())) + ",\"type\":" + GoJson.quote(event.type())
				+ ",\"ari_body\":" + GoJson.quote(event.json()) + "}");
	}

	@Override
	public byte[] response(Response response) {
		return utf8("{\"unique_id\":" + GoJson.quote(response.uniqueId()) + ",\"status_code\":"
				+ response.statusCode() + ",\"response_body\":" + GoJson.quote(response.responseBody()) + "}");
	}

	@Override
	public DecodedCommand decode(byte[] payload, boolean strictParameterTypes) {
		String raw = new String(payload, StandardCharsets.UTF_8);
		Command command = readCommand(raw);
		String url = command.url();
		if (url.contains("?")) {
			// the proxy appends "?api_key=...": a second '?' hides the key from Asterisk
			return DecodedCommand.answer(command, AriReply.error(401, "Authentication required"));
		}
		if (!url.isEmpty() && !url.startsWith("/")) {
			// stasis_url + "channels/..." is a URL outside /ari
			return DecodedCommand.answer(command, AriReply.httpNotFound());
		}
		String method = command.method().isEmpty() ? "GET" : command.method().toUpperCase(Locale.ROOT);
		JsonNode body = null;
		if (!command.body().isEmpty()) {
			try {
				body = AriJson.read(command.body());
			}
			catch (JacksonException ex) {
				return DecodedCommand.answer(command, AriReply.error(400, "Error parsing request body"));
			}
		}
		Parameters parameters = new Parameters(body, Map.of(), strictParameterTypes);
		return DecodedCommand.run(command, new AriRequest(method, url.isEmpty() ? "" : url.substring(1), parameters));
	}

	/**
	 * Go's {@code json.Unmarshal} into {@code ari.Command}: keys match case-insensitively, a field of the
	 * wrong type is skipped, and text that is not JSON leaves every field empty (as with {@code DUMMY}).
	 */
	private static Command readCommand(String raw) {
		JsonNode json;
		try {
			json = AriJson.read(raw);
		}
		catch (JacksonException ex) {
			json = null;
		}
		if (json == null || !json.isObject()) {
			return new Command("", "", "", "", raw);
		}
		return new Command(field(json, "unique_id"), field(json, "url"), field(json, "method"), field(json, "body"),
				raw);
	}

	private static String field(JsonNode json, String name) {
		JsonNode value = json.get(name);
		if (value == null) {
			for (Map.Entry<String, JsonNode> entry : json.properties()) {
				if (entry.getKey().equalsIgnoreCase(name)) {
					value = entry.getValue();
				}
			}
		}
		return (value != null && value.isString()) ? value.stringValue() : "";
	}

	@Override
	public boolean publishes(AriReply reply) {
		return true;
	}

	@Override
	public String routingKey(AriEvent event) {
		String type = event.type();
		if (type.startsWith("Stasis") || type.startsWith("Channel")) {
			return event.channelId();
		}
		if (type.startsWith("Bridge")) {
			return event.bridgeId();
		}
		if (type.startsWith("Playback")) {
			return event.playbackId();
		}
		if (type.startsWith("Recording")) {
			return event.recordingName();
		}
		return null;
	}

	@Override
	public List<String> objectsBoundBefore(Command command) {
		String url = command.url();
		if ("POST".equalsIgnoreCase(command.method()) && url.contains("/channels/")
				&& url.chars().filter((c) -> c == '/').count() == 2) {
			return List.of(url.substring(url.lastIndexOf('/') + 1));
		}
		return List.of();
	}

	@Override
	public List<String> objectsBoundAfter(AriReply reply) {
		try {
			JsonNode body = reply.body().isEmpty() ? null : AriJson.read(reply.body());
			if (body != null && body.isObject()) {
				String id = body.path("id").asString("");
				String name = body.path("name").asString("");
				if (!id.isEmpty()) {
					return List.of(id);
				}
				if (!name.isEmpty()) {
					return List.of(name);
				}
			}
		}
		catch (JacksonException ex) {
			// not JSON: nothing to bind
		}
		return List.of();
	}

	@Override
	public boolean announcesBeforeDeclaring() {
		return true;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
