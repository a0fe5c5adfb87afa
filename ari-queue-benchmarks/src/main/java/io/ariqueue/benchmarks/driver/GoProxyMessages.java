package io.ariqueue.benchmarks.driver;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import com.rabbitmq.client.AMQP;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * go-ari-proxy's messages, byte for byte in the shapes of the captures in {@code conformance/captures}:
 * the announcement, the event envelope with its {@code ari_body} as a string, the command response,
 * and the ARI event bodies Asterisk 22 sends. Written with Jackson's streaming generator so that
 * the driver costs as little as a proxy would.
 *
 * @author ari-queue team
 */
final class GoProxyMessages {

	/**
	 * The properties go-ari-proxy sets on what it publishes (the captures show no headers there).
	 */
	static final AMQP.BasicProperties PROPERTIES = new AMQP.BasicProperties.Builder().contentType("application/json")
		.deliveryMode(1)
		.build();

	private static final String ARI_TIMESTAMP = "2026-11-26T04:02:40.706+0000";

	private static final String ASTERISK_ID = "02:fc:00:00:00:01";

	private final JsonFactory json = new JsonFactory();

	byte[] announcement(String application, String dialogueId, String serverId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128);
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("application", application);
			generator.writeStringProperty("dialog_id", dialogueId);
			generator.writeStringProperty("server_id", serverId);
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	byte[] event(String serverId, String type, String ariBody) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(ariBody.length() + 256);
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("server_id", serverId);
			generator.writeStringProperty("timestamp", Instant.now().toString());
			generator.writeStringProperty("type", type);
			generator.writeStringProperty("ari_body", ariBody);
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	byte[] response(String uniqueId, int status, String responseBody) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(responseBody.length() + 96);
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("unique_id", uniqueId);
			generator.writeNumberProperty("status_code", status);
			generator.writeStringProperty("response_body", responseBody);
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	/**
	 * Read the three fields of a command the proxy acts on.
	 * @param body the command message
	 * @return the command, or {@code null} if it is not one
	 */
	ProxyCommand readCommand(byte[] body) {
		String uniqueId = null;
		String url = null;
		String method = null;
		try (JsonParser parser = this.json.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				switch (name) {
					case "unique_id" -> uniqueId = parser.getString();
					case "url" -> url = parser.getString();
					case "method" -> method = parser.getString();
					default -> parser.skipChildren();
				}
			}
		}
		catch (RuntimeException ex) {
			return null;
		}
		return (url != null && method != null) ? new ProxyCommand((uniqueId != null) ? uniqueId : "", url, method) : null;
	}

	static String channel(String channelId, String application, String mode) {
		return "{\"id\":\"" + channelId + "\",\"name\":\"PJSIP/100-" + channelId.substring(channelId.indexOf('.') + 1)
				+ "\",\"state\":\"Up\",\"protocol_id\":\"\",\"caller\":{\"name\":\"Alice\",\"number\":\"1001\"},"
				+ "\"connected\":{\"name\":\"\",\"number\":\"\"},\"accountcode\":\"\",\"dialplan\":{\"context\":\"default\","
				+ "\"exten\":\"100\",\"priority\":2,\"app_name\":\"Stasis\",\"app_data\":\"" + application + "," + mode
				+ "\"},\"creationtime\":\"" + ARI_TIMESTAMP + "\",\"language\":\"en\"}";
	}

	static String stasisStart(String channel, String application, String mode) {
		return "{\"type\":\"StasisStart\",\"timestamp\":\"" + ARI_TIMESTAMP + "\",\"args\":[\"" + mode
				+ "\"],\"channel\":" + channel + ",\"asterisk_id\":\"" + ASTERISK_ID + "\",\"application\":\""
				+ application + "\"}";
	}

	static String stasisEnd(String channel, String application) {
		return "{\"type\":\"StasisEnd\",\"timestamp\":\"" + ARI_TIMESTAMP + "\",\"channel\":" + channel
				+ ",\"asterisk_id\":\"" + ASTERISK_ID + "\",\"application\":\"" + application + "\"}";
	}

	static String playback(String playbackId, String channelId, String state) {
		return "{\"id\":\"" + playbackId + "\",\"media_uri\":\"sound:hello-world\",\"target_uri\":\"channel:"
				+ channelId + "\",\"language\":\"en\",\"state\":\"" + state + "\"}";
	}

	static String playbackEvent(String type, String playback, String application) {
		return "{\"type\":\"" + type + "\",\"timestamp\":\"" + ARI_TIMESTAMP + "\",\"playback\":" + playback
				+ ",\"asterisk_id\":\"" + ASTERISK_ID + "\",\"application\":\"" + application + "\"}";
	}

	/**
	 * A DTMF event whose {@code duration_ms} carries the driver's sequence number, so that order
	 * can be checked at the handler.
	 */
	static String numberedDtmf(String channel, String application, int sequence) {
		return "{\"digit\":\"" + "0123456789*#".charAt(sequence % 12) + "\",\"duration_ms\":" + sequence
				+ ",\"type\":\"ChannelDtmfReceived\",\"timestamp\":\"" + ARI_TIMESTAMP + "\",\"channel\":" + channel
				+ ",\"asterisk_id\":\"" + ASTERISK_ID + "\",\"application\":\"" + application + "\"}";
	}

	/**
	 * A command as the proxy reads it.
	 *
	 * @param uniqueId the correlation id to echo
	 * @param url the ARI path
	 * @param method the HTTP method
	 */
	record ProxyCommand(String uniqueId, String url, String method) {
	}

}
