package io.ariqueue.ari.event;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.ari.json.AriDates;

/**
 * Reads the JSON of an ARI event into its typed record ({@link AriEventTypes}), or into an
 * {@link UnknownEvent} for a type this build does not know.
 * <p>
 * The type comes from the hint when there is one (the {@code type} of a proxy's event envelope),
 * otherwise from the event's own {@code type} key in any case ({@code Type} from
 * AsterNET-ARI-Proxy). With a hint naming a known type the text is parsed once, straight into the
 * record. Keys match case-insensitively and unknown keys are ignored, as configured by
 * {@link io.ariqueue.ari.json.AriJson}. Type information in the input is never used to pick a
 * class beyond this fixed table.
 *
 * @author ari-queue team
 */
public final class AriEventReader {

	private static final int EXCERPT_LENGTH = 200;

	private final JsonMapper mapper;

	/**
	 * Create a reader.
	 * @param mapper the ARI mapper, normally {@link io.ariqueue.ari.json.AriJson#mapper()}
	 */
	public AriEventReader(JsonMapper mapper) {
		this.mapper = Objects.requireNonNull(mapper, "mapper must not be null");
	}

	/**
	 * Read an event.
	 * @param typeHint the event type if already known, for example from a proxy envelope; may be
	 * {@code null} or empty
	 * @param json the event's JSON text
	 * @return the typed event, or an {@link UnknownEvent}
	 * @throws AriEventFormatException if the text is not a JSON object, has no type, or does not
	 * fit the record of its type
	 */
	public AriEvent read(String typeHint, String json) {
		if (json == null) {
			throw new AriEventFormatException("ARI event text is null", null);
		}
		boolean hinted = typeHint != null && !typeHint.isEmpty();
		Class<? extends AriEvent> type = hinted ? AriEventTypes.forName(typeHint) : null;
		if (type != null) {
			return bind(typeHint, type, json);
		}
		JsonNode tree = parse(json);
		String name = hinted ? typeHint : text(tree, "type");
		if (name == null || name.isEmpty()) {
			throw new AriEventFormatException("ARI event has no type: " + excerpt(json), null);
		}
		type = AriEventTypes.forName(name);
		if (type == null) {
			return new UnknownEvent(name, text(tree, "application"), timestamp(tree), text(tree, "asterisk_id"), json);
		}
		try {
			return this.mapper.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			throw invalid(name, ex);
		}
	}

	private AriEvent bind(String name, Class<? extends AriEvent> type, String json) {
		try {
			AriEvent event = this.mapper.readValue(json, type);
			if (event == null) {
				throw new AriEventFormatException("ARI event " + name + " is not a JSON object: " + excerpt(json),
						null);
			}
			return event;
		}
		catch (JacksonException ex) {
			throw invalid(name, ex);
		}
	}

	private JsonNode parse(String json) {
		JsonNode tree;
		try {
			tree = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new AriEventFormatException("ARI event is not valid JSON: " + excerpt(ex.getOriginalMessage()), ex);
		}
		if (tree == null || !tree.isObject()) {
			throw new AriEventFormatException("ARI event is not a JSON object: " + excerpt(json), null);
		}
		return tree;
	}

	private static AriEventFormatException invalid(String name, JacksonException ex) {
		return new AriEventFormatException("ARI event " + excerpt(name) + " cannot be read: "
				+ excerpt(ex.getOriginalMessage()), ex);
	}

	private static String text(JsonNode tree, String key) {
		for (Map.Entry<String, JsonNode> property : tree.properties()) {
			if (property.getKey().equalsIgnoreCase(key)) {
				JsonNode value = property.getValue();
				return value.isString() ? value.asString() : null;
			}
		}
		return null;
	}

	private static OffsetDateTime timestamp(JsonNode tree) {
		try {
			return AriDates.parse(text(tree, "timestamp"));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String excerpt(String text) {
		if (text == null) {
			return "(no detail)";
		}
		String flat = text.replaceAll("\\s+", " ");
		return (flat.length() <= EXCERPT_LENGTH) ? flat : flat.substring(0, EXCERPT_LENGTH) + "...";
	}

}
