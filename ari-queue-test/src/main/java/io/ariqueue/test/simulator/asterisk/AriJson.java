package io.ariqueue.test.simulator.asterisk;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON helpers shared by the fake Asterisk: one mapper and Asterisk's own timestamp format.
 *
 * @author ari-queue
 */
public final class AriJson {

	/** The mapper used for every JSON document the simulator writes or reads. */
	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final DateTimeFormatter ASTERISK_TIME = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(ZoneOffset.UTC);

	private AriJson() {
	}

	/**
	 * Format an instant the way Asterisk writes timestamps in ARI JSON, e.g.
	 * {@code 2026-11-26T04:02:39.610+0000}.
	 * @param instant the instant
	 * @return the formatted timestamp
	 */
	public static String asteriskTimestamp(Instant instant) {
		return ASTERISK_TIME.format(instant);
	}

	/**
	 * Create an empty JSON object whose keys keep their insertion order.
	 * @return a new object node
	 */
	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	/**
	 * Write a node as compact JSON text, like Asterisk's HTTP responses.
	 * @param node the node
	 * @return the JSON text
	 */
	public static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/**
	 * Parse JSON text.
	 * @param json the text
	 * @return the parsed tree
	 * @throws tools.jackson.core.JacksonException if the text is not JSON
	 */
	public static JsonNode read(String json) {
		return MAPPER.readTree(json);
	}

}
