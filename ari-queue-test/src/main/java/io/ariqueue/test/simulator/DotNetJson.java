package io.ariqueue.test.simulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import io.ariqueue.test.simulator.asterisk.AriEvent;
import io.ariqueue.test.simulator.asterisk.AriJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What AsterNET-ARI-Proxy writes: Json.NET dates and AsterNET.ARI 1.2.x models re-serialized with their
 * PascalCase property names.
 *
 * @author ari-queue
 */
final class DotNetJson {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private static final DateTimeFormatter ASTERISK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	/** Fields ARI has today that AsterNET.ARI's 1.2.x models (generated 2016-09-22) do not, so Json.NET drops them. */
	private static final Map<String, Set<String>> UNKNOWN_TO_ASTERNET = Map.of("Channel",
			Set.of("protocol_id", "caller_rdnis", "channelvars", "tenantid"), "Dialplan",
			Set.of("app_name", "app_data"), "Bridge", Set.of("video_mode", "video_source_id", "creationtime"));

	/** Members an event model always has, written as {@code null} when Asterisk leaves them out. */
	private static final Map<String, Set<String>> NULL_MEMBERS = Map.of("StasisStart", Set.of("Replace_channel"));

	private static final Set<String> DATE_FIELDS = Set.of("timestamp", "creationtime");

	private DotNetJson() {
	}

	/**
	 * Json.NET's round-trip format for a UTC {@code DateTime}: up to seven fraction digits, trailing zeros
	 * removed, e.g. {@code 2017-11-16T13:58:54.1234567Z}.
	 */
	static String utcNow(Instant instant) {
		return SECONDS.format(instant) + fraction(instant.getNano()) + "Z";
	}

	/**
	 * An ARI event as AsterNET-ARI-Proxy puts it in {@code ari_body}: event members first, then
	 * {@code Application}, {@code Timestamp}, {@code Type}; keys PascalCase with underscores kept;
	 * no {@code asterisk_id}; dates as {@code 2017-11-16T13:58:54.101+00:00}.
	 */
	static String eventModel(AriEvent event) {
		ObjectNode source = event.body();
		ObjectNode model = AriJson.object();
		for (Map.Entry<String, JsonNode> entry : source.properties()) {
			String key = entry.getKey();
			if (Set.of("type", "timestamp", "asterisk_id", "application").contains(key)) {
				continue;
			}
			model.set(pascal(key), convert(key, entry.getValue()));
		}
		for (String member : NULL_MEMBERS.getOrDefault(event.type(), Set.of())) {
			if (!model.has(member)) {
				model.putNull(member);
			}
		}
		model.put("Application", source.path("application").asString(""));
		model.put("Timestamp", date(source.path("timestamp").asString("")));
		model.put("Type", event.type());
		return AriJson.write(model);
	}

	private static JsonNode convert(String key, JsonNode value) {
		if (value.isObject()) {
			String model = pascal(key.equals("replace_channel") || key.equals("peer") ? "channel" : key);
			Set<String> unknown = UNKNOWN_TO_ASTERNET.getOrDefault(model, Set.of());
			ObjectNode converted = AriJson.object();
			for (Map.Entry<String, JsonNode> entry : value.properties()) {
				if (!unknown.contains(entry.getKey())) {
					converted.set(pascal(entry.getKey()), convert(entry.getKey(), entry.getValue()));
				}
			}
			return converted;
		}
		if (value.isArray()) {
			ArrayNode converted = AriJson.MAPPER.createArrayNode();
			value.forEach((item) -> converted.add(convert(key, item)));
			return converted;
		}
		if (value.isString() && DATE_FIELDS.contains(key)) {
			return AriJson.MAPPER.getNodeFactory().stringNode(date(value.stringValue()));
		}
		return value;
	}

	private static String date(String asteriskTimestamp) {
		try {
			OffsetDateTime time = OffsetDateTime.parse(asteriskTimestamp, ASTERISK_TIME);
			String offset = time.getOffset().equals(ZoneOffset.UTC) ? "+00:00" : time.getOffset().getId();
			return LOCAL_SECONDS.format(time) + fraction(time.getNano()) + offset;
		}
		catch (RuntimeException ex) {
			return asteriskTimestamp;
		}
	}

	private static String fraction(int nanos) {
		String digits = String.format("%07d", nanos / 100);
		int end = digits.length();
		while (end > 0 && digits.charAt(end - 1) == '0') {
			end--;
		}
		return (end == 0) ? "" : "." + digits.substring(0, end);
	}

	static String pascal(String key) {
		return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

}
