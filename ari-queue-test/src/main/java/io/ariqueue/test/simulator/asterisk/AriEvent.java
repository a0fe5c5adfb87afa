package io.ariqueue.test.simulator.asterisk;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One ARI event as the fake Asterisk sends it over its WebSocket.
 *
 * @param type the event type, e.g. {@code StasisStart}
 * @param body the event JSON, keys in Asterisk's order
 * @author ari-queue
 */
public record AriEvent(String type, ObjectNode body) {

	/**
	 * The event JSON as Asterisk writes it on the WebSocket.
	 * @return the JSON text
	 */
	public String json() {
		return AriJson.write(this.body);
	}

	/**
	 * The {@code channel.id} of the event, if it carries a channel.
	 * @return the id or {@code null}
	 */
	public String channelId() {
		return text(this.body.get("channel"), "id");
	}

	/**
	 * The {@code bridge.id} of the event, if it carries a bridge.
	 * @return the id or {@code null}
	 */
	public String bridgeId() {
		return text(this.body.get("bridge"), "id");
	}

	/**
	 * The {@code playback.id} of the event, if it carries a playback.
	 * @return the id or {@code null}
	 */
	public String playbackId() {
		return text(this.body.get("playback"), "id");
	}

	/**
	 * The {@code recording.name} of the event, if it carries a recording.
	 * @return the name or {@code null}
	 */
	public String recordingName() {
		return text(this.body.get("recording"), "name");
	}

	/**
	 * The {@code recording.target_uri} of the event, if it carries a recording.
	 * @return the target URI or {@code null}
	 */
	public String recordingTargetUri() {
		return text(this.body.get("recording"), "target_uri");
	}

	/**
	 * The {@code application} the event is for.
	 * @return the application name or {@code null}
	 */
	public String application() {
		JsonNode node = this.body.get("application");
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	private static String text(JsonNode object, String field) {
		if (object == null || !object.isObject()) {
			return null;
		}
		JsonNode value = object.get(field);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

}
