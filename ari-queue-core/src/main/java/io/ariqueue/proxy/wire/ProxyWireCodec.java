package io.ariqueue.proxy.wire;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.ari.client.AriRequest;

/**
 * Reads and writes the go-ari-proxy wire protocol: announcements, event envelopes, commands and
 * command responses.
 * <p>
 * Keys are read case-insensitively and unknown keys are skipped, as the proxies' own decoders
 * do. Commands are written with their parameters as a JSON object inside the {@code body} string
 * (never a query string) and with non-ASCII characters escaped, so that AsterNET-ARI-Proxy's ASCII
 * decoding reads them intact.
 *
 * @author ari-queue team
 */
public final class ProxyWireCodec {

	/**
	 * The dialogue ids that may become part of a queue name.
	 */
	public static final Pattern SAFE_DIALOGUE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final JsonFactory factory;

	private final JsonMapper parameterMapper;

	private final int maxMessageBytes;

	/**
	 * Create a codec.
	 * @param maxMessageBytes the largest message accepted, in bytes
	 */
	public ProxyWireCodec(int maxMessageBytes) {
		this.factory = JsonFactory.builder()
			.enable(JsonWriteFeature.ESCAPE_NON_ASCII)
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxMessageBytes).build())
			.build();
		this.parameterMapper = JsonMapper.builder(this.factory).build();
		this.maxMessageBytes = maxMessageBytes;
	}

	/**
	 * Read an announcement.
	 * @param body the message body
	 * @return the announcement
	 * @throws MalformedMessageException if it cannot be read or its dialogue id is not safe
	 */
	public Announcement readAnnouncement(byte[] body) {
		String[] fields = readStringFields(body, "announcement", "application", "dialog_id", "server_id");
		String dialogueId = fields[1];
		if (dialogueId == null || dialogueId.isEmpty()) {
			throw new MalformedMessageException("announcement has no dialog_id");
		}
		if (!SAFE_DIALOGUE_ID.matcher(dialogueId).matches()) {
			throw new MalformedMessageException("announcement dialog_id is not safe in a queue name: "
					+ abbreviate(dialogueId));
		}
		return new Announcement(fields[0], dialogueId, (fields[2] != null) ? fields[2] : "");
	}

	/**
	 * Read an event envelope.
	 * @param body the message body
	 * @return the envelope
	 * @throws MalformedMessageException if it cannot be read or carries no ARI event
	 */
	public EventEnvelope readEvent(byte[] body) {
		String[] fields = readStringFields(body, "event", "server_id", "timestamp", "type", "ari_body");
		if (fields[3] == null || fields[3].isEmpty()) {
			throw new MalformedMessageException("event has no ari_body");
		}
		return new EventEnvelope(fields[0], fields[1], fields[2], fields[3]);
	}

	/**
	 * Read a command response.
	 * @param body the message body
	 * @return the response
	 * @throws MalformedMessageException if it cannot be read
	 */
	public CommandResponse readResponse(byte[] body) {
		checkSize(body, "response");
		String uniqueId = null;
		Integer status = null;
		String responseBody = null;
		try (JsonParser parser = this.factory.createParser(body)) {
			expectObject(parser, "response");
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("unique_id".equalsIgnoreCase(name)) {
					uniqueId = stringValue(parser, value, "response", name);
				}
				else if ("status_code".equalsIgnoreCase(name)) {
					if (value != JsonToken.VALUE_NUMBER_INT) {
						throw new MalformedMessageException("response status_code is not an integer");
					}
					status = parser.getIntValue();
				}
				else if ("response_body".equalsIgnoreCase(name)) {
					responseBody = stringValue(parser, value, "response", name);
				}
				else {
					parser.skipChildren();
				}
			}
			expectEnd(parser, "response");
		}
		catch (JacksonException ex) {
			throw notJson("response", ex);
		}
		if (status == null) {
			throw new MalformedMessageException("response has no status_code");
		}
		return new CommandResponse((uniqueId != null) ? uniqueId : "", status, (responseBody != null) ? responseBody : "");
	}

	/**
	 * Write a command.
	 * @param uniqueId the correlation id, unique and non-empty
	 * @param request the ARI request
	 * @return the message body
	 */
	public byte[] writeCommand(String uniqueId, AriRequest request) {
		if (uniqueId == null || uniqueId.isEmpty()) {
			throw new IllegalArgumentException("A command needs a non-empty unique_id");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 + request.path().length());
		try (JsonGenerator generator = this.factory.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("unique_id", uniqueId);
			generator.writeStringProperty("url", request.path());
			generator.writeStringProperty("method", request.method());
			generator.writeStringProperty("body", writeParameters(request.parameters()));
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	private String writeParameters(Map<String, Object> parameters) {
		if (parameters.isEmpty()) {
			// AsterNET-ARI-Proxy answers nothing to an empty or null body
			return "{}";
		}
		return this.parameterMapper.writeValueAsString(parameters);
	}

	private String[] readStringFields(byte[] body, String what, String... names) {
		checkSize(body, what);
		String[] values = new String[names.length];
		try (JsonParser parser = this.factory.createParser(body)) {
			expectObject(parser, what);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				int index = indexOf(names, name);
				if (index >= 0) {
					values[index] = stringValue(parser, value, what, names[index]);
				}
				else {
					parser.skipChildren();
				}
			}
			expectEnd(parser, what);
		}
		catch (JacksonException ex) {
			throw notJson(what, ex);
		}
		return values;
	}

	private static MalformedMessageException notJson(String what, JacksonException ex) {
		// the parser's own message quotes the offending text, which may be anything a body holds
		String problem = (ex.getOriginalMessage() != null && ex.getOriginalMessage().contains("UTF-8"))
				? "invalid UTF-8" : "a syntax error";
		long offset = (ex.getLocation() != null) ? ex.getLocation().getByteOffset() : -1;
		return new MalformedMessageException(what + " is not valid JSON: " + problem
				+ ((offset >= 0) ? " at byte " + offset : ""), null);
	}

	private void checkSize(byte[] body, String what) {
		if (body == null || body.length == 0) {
			throw new MalformedMessageException(what + " is empty");
		}
		if (body.length > this.maxMessageBytes) {
			throw new OversizedMessageException(what + " of " + body.length + " bytes exceeds the limit of "
					+ this.maxMessageBytes + " bytes");
		}
	}

	private static int indexOf(String[] names, String name) {
		for (int i = 0; i < names.length; i++) {
			if (names[i].equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	private static String stringValue(JsonParser parser, JsonToken token, String what, String name) {
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		if (token != JsonToken.VALUE_STRING) {
			throw new MalformedMessageException(what + " field " + name + " is not a string");
		}
		return parser.getString();
	}

	private static void expectObject(JsonParser parser, String what) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new MalformedMessageException(what + " is not a JSON object");
		}
	}

	private static void expectEnd(JsonParser parser, String what) {
		if (parser.nextToken() != null) {
			throw new MalformedMessageException(what + " has content after its JSON object");
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 80) + "...";
	}

}
