package io.ariqueue.proxy.wire;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.ariqueue.proxy.ProxyPreset;

/**
 * The proxy's side of the wire protocol: writes announcements, event envelopes and responses the
 * way go-ari-proxy (or AsterNET-ARI-Proxy) writes them, and reads and checks the commands that
 * clients send.
 * <p>
 * Under {@link ProxyPreset#GO_ARI_PROXY} the messages are byte for byte what go-ari-proxy's Go
 * encoder produces: keys in its order, {@code <}, {@code >} and {@code &} escaped as
 * {@code \u003c} and so on, non-ASCII text as UTF-8, and the wrapping time in RFC 3339 with
 * nanoseconds and trailing zeros trimmed. Under {@link ProxyPreset#ASTERNET_ARI_PROXY} the
 * announcement says {@code Application} and times are UTC with seven fractional digits, as
 * Json.NET writes them. Either way {@code ari_body} is Asterisk's own text, unchanged.
 *
 * @author ari-queue team
 */
public final class ProxySideWireCodec {

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final ProxyPreset preset;

	private final int maxMessageBytes;

	private final AriOperationTable operations;

	private final JsonFactory factory;

	private final JsonMapper mapper;

	/**
	 * Create a codec.
	 * @param preset the proxy whose messages to write
	 * @param maxMessageBytes the largest command accepted, in bytes
	 * @param operations the ARI operations commands are checked against
	 */
	public ProxySideWireCodec(ProxyPreset preset, int maxMessageBytes, AriOperationTable operations) {
		this.preset = preset;
		this.maxMessageBytes = maxMessageBytes;
		this.operations = operations;
		this.factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
			.build();
		this.mapper = JsonMapper.builder(this.factory).build();
	}

	/**
	 * Write the announcement of a new dialogue, for the application's queue.
	 * @param application the ARI application
	 * @param dialogueId the dialogue id
	 * @param serverId this proxy's server id
	 * @return the message body
	 */
	public byte[] writeAnnouncement(String application, String dialogueId, String serverId) {
		StringBuilder json = new StringBuilder(96 + application.length());
		json.append('{');
		property(json, (this.preset == ProxyPreset.ASTERNET_ARI_PROXY) ? "Application" : "application", application);
		json.append(',');
		property(json, "dialog_id", dialogueId);
		json.append(',');
		property(json, "server_id", serverId);
		return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Write an event envelope, for a dialogue's events queue.
	 * @param serverId this proxy's server id
	 * @param timestamp when the proxy wrapped the event
	 * @param type the ARI event type
	 * @param ariBody the event exactly as Asterisk sent it
	 * @return the message body
	 */
	public byte[] writeEvent(String serverId, OffsetDateTime timestamp, String type, String ariBody) {
		StringBuilder json = new StringBuilder(ariBody.length() + ariBody.length() / 8 + 128);
		json.append('{');
		property(json, "server_id", serverId);
		json.append(',');
		property(json, "timestamp", formatTimestamp(timestamp));
		json.append(',');
		property(json, "type", type);
		json.append(',');
		property(json, "ari_body", ariBody);
		return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Write a command's response, for a dialogue's responses queue.
	 * @param uniqueId the command's correlation id
	 * @param statusCode the HTTP status
	 * @param responseBody the HTTP response body, verbatim; empty for none
	 * @return the message body
	 */
	public byte[] writeResponse(String uniqueId, int statusCode, String responseBody) {
		StringBuilder json = new StringBuilder(responseBody.length() + responseBody.length() / 8 + 96);
		json.append('{');
		property(json, "unique_id", uniqueId);
		json.append(",\"status_code\":").append(statusCode).append(',');
		property(json, "response_body", responseBody);
		return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Format a wrapping time as this proxy family does: go-ari-proxy's RFC 3339 with nanoseconds
	 * (trailing zeros trimmed, {@code Z} for a zero offset), or Json.NET's UTC round-trip form.
	 * @param timestamp the time
	 * @return the text
	 */
	public String formatTimestamp(OffsetDateTime timestamp) {
		StringBuilder text = new StringBuilder(36);
		OffsetDateTime time = (this.preset == ProxyPreset.ASTERNET_ARI_PROXY)
				? timestamp.withOffsetSameInstant(ZoneOffset.UTC) : timestamp;
		pad(text, time.getYear(), 4).append('-');
		pad(text, time.getMonthValue(), 2).append('-');
		pad(text, time.getDayOfMonth(), 2).append('T');
		pad(text, time.getHour(), 2).append(':');
		pad(text, time.getMinute(), 2).append(':');
		pad(text, time.getSecond(), 2);
		int nanos = time.getNano();
		if (this.preset == ProxyPreset.ASTERNET_ARI_PROXY) {
			text.append('.');
			pad(text, nanos / 100, 7);
			return text.append('Z').toString();
		}
		if (nanos != 0) {
			StringBuilder fraction = new StringBuilder(9);
			pad(fraction, nanos, 9);
			int end = fraction.length();
			while (fraction.charAt(end - 1) == '0') {
				end--;
			}
			text.append('.').append(fraction, 0, end);
		}
		int offset = time.getOffset().getTotalSeconds();
		if (offset == 0) {
			return text.append('Z').toString();
		}
		text.append((offset < 0) ? '-' : '+');
		offset = Math.abs(offset);
		pad(text, offset / 3600, 2).append(':');
		pad(text, (offset / 60) % 60, 2);
		return text.toString();
	}

	/**
	 * Read and check a command.
	 * @param body the message body
	 * @return the command, matched to its ARI operation
	 * @throws RejectedCommandException if the command is malformed, too large, or names no ARI
	 * operation; {@link RejectedCommandException#isAnswerable()} says whether its client can be
	 * told
	 */
	public ProxyCommand readCommand(byte[] body) {
		if (body == null || body.length == 0) {
			throw new RejectedCommandException(null, 400, "command is empty");
		}
		if (body.length > this.maxMessageBytes) {
			throw new RejectedCommandException(findUniqueId(body), 413, "command of " + body.length
					+ " bytes exceeds the limit of " + this.maxMessageBytes + " bytes");
		}
		String[] fields = new String[4];
		String problem = null;
		try (JsonParser parser = this.factory.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new RejectedCommandException(null, 400, "command is not a JSON object");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName().toLowerCase(Locale.ROOT);
				JsonToken value = parser.nextToken();
				int index = switch (name) {
					case "unique_id" -> 0;
					case "url" -> 1;
					case "method" -> 2;
					case "body" -> 3;
					default -> -1;
				};
				if (index < 0) {
					parser.skipChildren();
				}
				else if (value == JsonToken.VALUE_STRING) {
					fields[index] = parser.getString();
				}
				else if (value != JsonToken.VALUE_NULL) {
					parser.skipChildren();
					if (problem == null) {
						problem = name + " must be a string"
								+ ((index == 3) ? " holding a JSON object of ARI parameters" : "");
					}
				}
			}
			if (parser.nextToken() != null) {
				throw new RejectedCommandException(null, 400, "command has content after its JSON object");
			}
		}
		catch (JacksonException ex) {
			long offset = (ex.getLocation() != null) ? ex.getLocation().getByteOffset() : -1;
			throw new RejectedCommandException(null, 400,
					"command is not valid JSON" + ((offset >= 0) ? " (error at byte " + offset + ")" : ""));
		}
		String uniqueId = fields[0];
		if (uniqueId == null || uniqueId.isBlank()) {
			throw new RejectedCommandException(null, 400, "command has no unique_id");
		}
		if (problem != null) {
			throw new RejectedCommandException(uniqueId, 400, "command field " + problem);
		}
		String method = checkMethod(uniqueId, fields[2]);
		String path = checkUrl(uniqueId, fields[1]);
		AriOperationTable.Match match;
		try {
			match = this.operations.match(method, path);
		}
		catch (AriOperationTable.UnknownOperationException ex) {
			throw new RejectedCommandException(uniqueId, ex.getStatus(), ex.getMessage());
		}
		return new ProxyCommand(uniqueId, method, path, match.operation(), match.pathVariables(),
				readParameters(uniqueId, fields[3]));
	}

	/**
	 * Write a command's parameters as the JSON body of an HTTP request to Asterisk.
	 * @param parameters the parameters
	 * @return the JSON text
	 */
	public String writeParameters(ObjectNode parameters) {
		return this.mapper.writeValueAsString(parameters);
	}

	private static String checkMethod(String uniqueId, String method) {
		if (method == null || method.isEmpty()) {
			throw new RejectedCommandException(uniqueId, 400, "command has no method");
		}
		String upper = method.toUpperCase(Locale.ROOT);
		if (!upper.equals("GET") && !upper.equals("POST") && !upper.equals("PUT") && !upper.equals("DELETE")) {
			throw new RejectedCommandException(uniqueId, 405,
					"command method " + abbreviate(method) + " is none of GET, POST, PUT, DELETE");
		}
		return upper;
	}

	private static String checkUrl(String uniqueId, String url) {
		if (url == null || url.isEmpty()) {
			throw new RejectedCommandException(uniqueId, 400, "command has no url");
		}
		if (url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
			throw new RejectedCommandException(uniqueId, 400,
					"command url must not carry a query string or fragment; send ARI parameters in body");
		}
		if (url.startsWith("//") || SCHEME.matcher(url).matches()) {
			throw new RejectedCommandException(uniqueId, 400,
					"command url must be a path relative to the ARI root, not " + abbreviate(url));
		}
		String path = url.startsWith("/") ? url : "/" + url;
		for (int i = 1; i < path.length(); i++) {
			char c = path.charAt(i);
			if (!isPathCharacter(c)) {
				throw new RejectedCommandException(uniqueId, 400,
						"command url holds a character a path cannot: URL-encode it (" + abbreviate(url) + ")");
			}
		}
		for (String segment : path.substring(1).split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw new RejectedCommandException(uniqueId, 400,
						"command url has an empty or dot segment: " + abbreviate(url));
			}
			try {
				AriOperationTable.decode(segment);
			}
			catch (IllegalArgumentException ex) {
				throw new RejectedCommandException(uniqueId, 400,
						"command url has malformed percent-encoding: " + abbreviate(url));
			}
		}
		return path;
	}

	private static boolean isPathCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| "-._~!$&'()*+,;=:@%/".indexOf(c) >= 0;
	}

	private ObjectNode readParameters(String uniqueId, String body) {
		if (body == null || body.isBlank()) {
			return this.mapper.createObjectNode();
		}
		JsonNode tree;
		try {
			tree = this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw new RejectedCommandException(uniqueId, 400, "command body is not valid JSON");
		}
		if (tree == null || tree.isNull() || tree.isMissingNode()) {
			return this.mapper.createObjectNode();
		}
		if (!(tree instanceof ObjectNode object)) {
			throw new RejectedCommandException(uniqueId, 400,
					"command body must hold a JSON object of ARI parameters, not " + tree.getNodeType());
		}
		return object;
	}

	/**
	 * The unique_id of a command too large to read whole: found without keeping its other values.
	 */
	private String findUniqueId(byte[] body) {
		try (JsonParser parser = this.factory.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("unique_id".equalsIgnoreCase(name) && value == JsonToken.VALUE_STRING) {
					String id = parser.getString();
					return (id.isBlank() || id.length() > 256) ? null : id;
				}
				parser.skipChildren();
			}
		}
		catch (JacksonException ex) {
			// not JSON: nothing to answer
		}
		return null;
	}

	private void property(StringBuilder json, String name, String value) {
		json.append('"').append(name).append("\":");
		if (this.preset == ProxyPreset.ASTERNET_ARI_PROXY) {
			dotNetString(json, value);
		}
		else {
			goString(json, value);
		}
	}

	/**
	 * A string as Go's {@code encoding/json} writes it.
	 */
	static void goString(StringBuilder json, String value) {
		json.append('"');
		int length = value.length();
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c < 0x7f) {
				json.append(c);
				continue;
			}
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case 0x7f -> json.append(c);
				case '\u2028', '\u2029' -> unicodeEscape(json, c);
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&') {
						unicodeEscape(json, c);
					}
					else if (Character.isHighSurrogate(c) && i + 1 < length
							&& Character.isLowSurrogate(value.charAt(i + 1))) {
						json.append(c).append(value.charAt(++i));
					}
					else if (Character.isSurrogate(c)) {
						// Go writes invalid UTF-8 as the replacement character
						json.append("\\ufffd");
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

	/**
	 * A string as Json.NET writes it by default.
	 */
	static void dotNetString(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case '\u0085', '\u2028', '\u2029' -> unicodeEscape(json, c);
				default -> {
					if (c < 0x20) {
						unicodeEscape(json, c);
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

	private static void unicodeEscape(StringBuilder json, char c) {
		json.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
			.append(HEX[c & 0xf]);
	}

	private static StringBuilder pad(StringBuilder text, int value, int width) {
		String digits = Integer.toString(value);
		for (int i = digits.length(); i < width; i++) {
			text.append('0');
		}
		return text.append(digits);
	}

	private static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 80) + "...";
	}

}
