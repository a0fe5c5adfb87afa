package io.ariqueue.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rabbitmq.client.AMQP;
import io.ariqueue.test.simulator.asterisk.AriEvent;
import io.ariqueue.test.simulator.asterisk.AriJson;
import io.ariqueue.test.simulator.asterisk.AriReply;
import io.ariqueue.test.simulator.asterisk.AriRequest;
import io.ariqueue.test.simulator.asterisk.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * AsterNET-ARI-Proxy's wire: no AMQP properties, {@code "Application"} in the announcement and an empty
 * {@code server_id} there, AsterNET models re-serialized in {@code ari_body}, commands decoded as ASCII
 * and run through RestSharp ({@code Enum.Parse} of the method, one leading {@code /} stripped, a GET's
 * body turned into query parameters), and no response at all when anything in that path throws.
 *
 * @author ari-queue
 */
final class AsterNetProxyDialect implements ProxyDialect {

	private static final Set<String> RESTSHARP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS",
			"PATCH", "MERGE", "COPY");

	@Override
	public AMQP.BasicProperties properties() {
		return null;
	}

	@Override
	public byte[] announcement(String application, String dialogueId, String serverId) {
		ObjectNode json = AriJson.object();
		json.put("Application", application);
		json.put("dialog_id", dialogueId);
		json.put("server_id", "");
		return utf8(AriJson.write(json));
	}

	@Override
	public byte[] event(String serverId, AriEvent event) {
		ObjectNode json = AriJson.object();
		json.put("server_id", serverId);
		json.put("timestamp", DotNetJson.utcNow(Instant.now()));
		json.put("type", event.type());
		json.put("ari_body", DotNetJson.eventModel(event));
		return utf8(AriJson.write(json));
	}

	@Override
	public byte[] response(Response response) {
		ObjectNode json = AriJson.object();
		json.put("unique_id", response.uniqueId());
		json.put("status_code", response.statusCode());
		json.put("response_body", response.responseBody());
		return utf8(AriJson.write(json));
	}

	@Override
	public DecodedCommand decode(byte[] payload, boolean strictParameterTypes) {
		String raw = ascii(payload);
		JsonNode json;
		try {
			json = AriJson.read(raw);
		}
		catch (JacksonException ex) {
			json = null;
		}
		if (json == null || !json.isObject()) {
			return DecodedCommand.unanswered(new Command("", "", "", "", raw), "Json.NET cannot read the command");
		}
		Command command = new Command(field(json, "unique_id"), field(json, "url"), field(json, "method"),
				field(json, "body"), raw);
		JsonNode bodyNode = lookup(json, "body");
		if (bodyNode == null || bodyNode.isNull()) {
			return DecodedCommand.unanswered(command, "a null body throws in the proxy");
		}
		if (!bodyNode.isValueNode()) {
			return DecodedCommand.unanswered(command, "Json.NET cannot read an object or a list into the string body");
		}
		if (!RESTSHARP_METHODS.contains(command.method())) {
			return DecodedCommand.unanswered(command, "Enum.Parse<Method>(\"" + command.method() + "\") throws");
		}
		String url = command.url().startsWith("/") ? command.url().substring(1) : command.url();
		Map<String, String> query = new LinkedHashMap<>();
		int mark = url.indexOf('?');
		if (mark >= 0) {
			for (String pair : url.substring(mark + 1).split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					query.put(pair.substring(0, equals), pair.substring(equals + 1));
				}
			}
			url = url.substring(0, mark);
		}
		String body = command.body();
		JsonNode parsedBody = null;
		if ("GET".equals(command.method()) && body.length() > 2) {
			JsonNode object = parse(body);
			if (object == null) {
				return DecodedCommand.unanswered(command, "Json.NET cannot parse the body");
			}
			// each top-level property becomes a query parameter, written by JToken.ToString()
			for (Map.Entry<String, JsonNode> entry : object.properties()) {
				JsonNode value = entry.getValue();
				String text = value.isString() ? value.stringValue()
						: value.isBoolean() ? (value.booleanValue() ? "True" : "False") : value.toString();
				query.put(entry.getKey(), text);
			}
		}
		else if (!body.isEmpty()) {
			parsedBody = parse(body.replace(":\"True\"", ":true").replace(":\"False\"", ":false"));
			if (parsedBody == null) {
				return DecodedCommand.unanswered(command, "Json.NET cannot parse the body");
			}
		}
		Parameters parameters = new Parameters(parsedBody, query, strictParameterTypes);
		return DecodedCommand.run(command, new AriRequest(command.method(), url, parameters));
	}

	@Override
	public boolean publishes(AriReply reply) {
		// the proxy reads every answer body into a JObject; a list or an HTML page throws and nothing is sent
		String body = reply.body().trim();
		return body.isEmpty() || (body.startsWith("{") && parse(body) != null);
	}

	@Override
	public String routingKey(AriEvent event) {
		String type = event.type().toLowerCase();
		if (type.startsWith("stasis") || type.startsWith("channel")) {
			return event.channelId();
		}
		if (type.startsWith("bridge")) {
			return event.bridgeId();
		}
		if (type.startsWith("recording")) {
			String target = event.recordingTargetUri();
			return (target == null) ? null : target.replaceFirst("^(channel|bridge):", "");
		}
		if (type.startsWith("playback")) {
			return event.playbackId();
		}
		return null;
	}

	@Override
	public List<String> objectsBoundBefore(Command command) {
		String url = command.url();
		List<String> bound = new java.util.ArrayList<>();
		if ("POST".equals(command.method()) && url.startsWith("/channels/")) {
			String[] segments = url.substring(1).split("/");
			if (segments.length == 2 && !segments[1].isEmpty()) {
				bound.add(segments[1]);
			}
		}
		JsonNode body = parse(command.body());
		if (body != null && body.path("playbackId").isString()) {
			bound.add(body.path("playbackId").stringValue());
		}
		return bound;
	}

	@Override
	public List<String> objectsBoundAfter(AriReply reply) {
		JsonNode body = parse(reply.body());
		if (body != null && body.isObject() && !body.path("id").asString("").isEmpty()) {
			return List.of(body.path("id").asString(""));
		}
		return List.of();
	}

	@Override
	public boolean announcesBeforeDeclaring() {
		return false;
	}

	private static JsonNode lookup(JsonNode json, String name) {
		JsonNode value = json.get(name);
		if (value == null) {
			for (Map.Entry<String, JsonNode> entry : json.properties()) {
				if (entry.getKey().equalsIgnoreCase(name)) {
					value = entry.getValue();
				}
			}
		}
		return value;
	}

	private static String field(JsonNode json, String name) {
		JsonNode value = lookup(json, name);
		if (value == null || value.isNull() || !value.isValueNode()) {
			return "";
		}
		return value.isString() ? value.stringValue() : value.toString();
	}

	private static JsonNode parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return AriJson.read(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** .NET's {@code Encoding.ASCII.GetString}: every byte above 0x7F becomes {@code ?}. */
	private static String ascii(byte[] payload) {
		char[] chars = new char[payload.length];
		for (int i = 0; i < payload.length; i++) {
			chars[i] = (payload[i] >= 0) ? (char) payload[i] : '?';
		}
		return new String(chars);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
