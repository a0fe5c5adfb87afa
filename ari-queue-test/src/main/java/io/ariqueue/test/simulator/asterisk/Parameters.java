package io.ariqueue.test.simulator.asterisk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The ARI parameters of one request, read by declared type the way Asterisk's generated
 * {@code *_parse_body} functions read them: query-string values first, then the JSON body on top.
 * <p>
 * A body value of the wrong JSON type (a string for an {@code int}, a number for a list...) is
 * answered {@code 400} in strict mode. In lenient mode it is converted like Asterisk's
 * {@code ast_json_*_get} calls do: a wrong-typed integer reads as {@code 0}, a wrong-typed boolean as
 * {@code false}, a wrong-typed string as absent. Query-string values are text and are always converted
 * like Asterisk converts query parameters ({@code atoi}, {@code ast_true}, comma-separated lists).
 *
 * @author ari-queue
 */
public final class Parameters {

	private static final Set<String> TRUE_WORDS = Set.of("yes", "true", "y", "t", "1", "on");

	private final JsonNode body;

	private final Map<String, String> query;

	private final boolean strict;

	/**
	 * Create the parameters of one request.
	 * @param body the parsed JSON body, or {@code null} when there is none (only an object contributes)
	 * @param query the query-string parameters
	 * @param strict whether wrong JSON types are answered {@code 400}
	 */
	public Parameters(JsonNode body, Map<String, String> query, boolean strict) {
		this.body = (body != null && body.isObject()) ? body : null;
		this.query = new LinkedHashMap<>(query);
		this.strict = strict;
	}

	/**
	 * Parameters with nothing in them.
	 * @return empty parameters
	 */
	public static Parameters none() {
		return new Parameters(null, Map.of(), true);
	}

	/**
	 * Whether the parameter is present at all.
	 * @param name the parameter name
	 * @return whether it is present
	 */
	public boolean has(String name) {
		return bodyValue(name) != null || this.query.containsKey(name);
	}

	/**
	 * Read a {@code string} parameter.
	 * @param name the parameter name
	 * @return the value or {@code null} when absent
	 */
	public String string(String name) {
		JsonNode value = bodyValue(name);
		if (value != null) {
			if (value.isString()) {
				return value.stringValue();
			}
			if (this.strict) {
				throw wrongType(name, "string", value);
			}
			return null;
		}
		return this.query.get(name);
	}

	/**
	 * Read a {@code string} parameter that must be present and not empty.
	 * @param name the parameter name
	 * @param message the message of the 400 answer when it is missing
	 * @return the value
	 */
	public String requiredString(String name, String message) {
		String value = string(name);
		if (value == null || value.isEmpty()) {
			throw new AriError(400, message);
		}
		return value;
	}

	/**
	 * Read an {@code int} or {@code long} parameter.
	 * @param name the parameter name
	 * @param defaultValue the value when absent
	 * @return the value
	 */
	public long integer(String name, long defaultValue) {
		JsonNode value = bodyValue(name);
		if (value != null) {
			if (value.isIntegralNumber()) {
				return value.longValue();
			}
			if (this.strict) {
				throw wrongType(name, "int", value);
			}
			return 0;
		}
		String text = this.query.get(name);
		return (text != null) ? atoi(text) : defaultValue;
	}

	/**
	 * Read a {@code boolean} parameter.
	 * @param name the parameter name
	 * @param defaultValue the value when absent
	 * @return the value
	 */
	public boolean bool(String name, boolean defaultValue) {
		JsonNode value = bodyValue(name);
		if (value != null) {
			if (value.isBoolean()) {
				return value.booleanValue();
			}
			if (this.strict) {
				throw wrongType(name, "boolean", value);
			}
			return false;
		}
		String text = this.query.get(name);
		return (text != null) ? TRUE_WORDS.contains(text.trim().toLowerCase(Locale.ROOT)) : defaultValue;
	}

	/**
	 * Read a parameter that allows multiple values: a JSON list of strings, or a single string taken as
	 * one value (so {@code "a,b"} is one value, as in Asterisk), or a comma-separated query value.
	 * @param name the parameter name
	 * @return the values, empty when absent
	 */
	public List<String> strings(String name) {
		JsonNode value = bodyValue(name);
		List<String> result = new ArrayList<>();
		if (value != null) {
			if (value.isString()) {
				result.add(value.stringValue());
			}
			else if (value.isArray() && allStrings(value)) {
				value.forEach((item) -> result.add(item.stringValue()));
			}
			else if (this.strict) {
				throw wrongType(name, "list of strings", value);
			}
			return result;
		}
		String text = this.query.get(name);
		if (text != null) {
			for (String part : text.split(",")) {
				if (!part.isEmpty()) {
					result.add(part);
				}
			}
		}
		return result;
	}

	/**
	 * Read a {@code containers} body parameter such as {@code variables}: a JSON object of string values.
	 * @param name the parameter name
	 * @return the values in order, empty when absent
	 */
	public Map<String, String> stringMap(String name) {
		JsonNode value = bodyValue(name);
		Map<String, String> result = new LinkedHashMap<>();
		if (value == null) {
			return result;
		}
		if (!value.isObject()) {
			throw new AriError(400, "'" + name + "' must be a JSON object");
		}
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			if (!entry.getValue().isString()) {
				throw new AriError(400, "Only string values in the '" + name + "' object allowed");
			}
			result.put(entry.getKey(), entry.getValue().stringValue());
		}
		return result;
	}

	private JsonNode bodyValue(String name) {
		if (this.body == null) {
			return null;
		}
		JsonNode value = this.body.get(name);
		return (value == null || value.isNull()) ? null : value;
	}

	private static boolean allStrings(JsonNode array) {
		for (JsonNode item : array) {
			if (!item.isString()) {
				return false;
			}
		}
		return true;
	}

	private static AriError wrongType(String name, String expected, JsonNode value) {
		return new AriError(400, "Invalid type for parameter '" + name + "': expected " + expected + ", got "
				+ value.getNodeType().name().toLowerCase(Locale.ROOT));
	}

	private static long atoi(String text) {
		String trimmed = text.trim();
		int end = 0;
		if (end < trimmed.length() && (trimmed.charAt(end) == '-' || trimmed.charAt(end) == '+')) {
			end++;
		}
		while (end < trimmed.length() && Character.isDigit(trimmed.charAt(end))) {
			end++;
		}
		try {
			return Long.parseLong(trimmed.substring(0, end));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
