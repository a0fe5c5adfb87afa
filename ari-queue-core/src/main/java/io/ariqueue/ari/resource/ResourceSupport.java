package io.ariqueue.ari.resource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JavaType;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.client.AriRequest;

/**
 * Helpers shared by the generated resource classes: defensive copies of parameter values, the
 * few parameters whose JSON shape differs from their Java shape, and result types.
 *
 * @author ari-queue team
 */
final class ResourceSupport {

	private ResourceSupport() {
	}

	/**
	 * An immutable copy of a list parameter.
	 * @param values the values, may be {@code null}
	 * @return the copy, or {@code null}
	 */
	static List<String> copyOf(List<String> values) {
		return (values != null) ? List.copyOf(values) : null;
	}

	/**
	 * An immutable copy of a map parameter that keeps the entries' order.
	 * @param <V> the value type
	 * @param values the entries, may be {@code null}
	 * @return the copy, or {@code null}
	 */
	static <V> Map<String, V> copyOf(Map<String, V> values) {
		return (values != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(values)) : null;
	}

	/**
	 * Asterisk reads the fields of a dynamic configuration object as a list of
	 * {@code {"attribute": name, "value": value}} objects.
	 * @param fields the fields, attribute to value
	 * @return the list, or {@code null} for {@code null}
	 */
	static List<Map<String, String>> configTuples(Map<String, String> fields) {
		if (fields == null) {
			return null;
		}
		List<Map<String, String>> tuples = new ArrayList<>(fields.size());
		fields.forEach((attribute, value) -> {
			Map<String, String> tuple = new LinkedHashMap<>(2);
			tuple.put("attribute", attribute);
			tuple.put("value", value);
			tuples.add(Collections.unmodifiableMap(tuple));
		});
		return Collections.unmodifiableList(tuples);
	}

	/**
	 * Add every entry of an object as a top-level parameter, for a body parameter that is the
	 * whole body.
	 * @param request the request being built
	 * @param body the entries, may be {@code null}
	 */
	static void putAll(AriRequest.Builder request, Map<String, Object> body) {
		if (body != null) {
			body.forEach(request::parameter);
		}
	}

	/**
	 * The result type of an operation that returns a list.
	 * @param operations the operations whose mapper reads the result
	 * @param elementType the element type
	 * @return the list type
	 */
	static JavaType listOf(AriOperations operations, Class<?> elementType) {
		return operations.mapper().getTypeFactory().constructCollectionType(List.class, elementType);
	}

	/**
	 * A {@code toString} for option classes that shows only the values that are set.
	 * @param name the class name
	 * @param namesAndValues alternating names and values
	 * @return the description
	 */
	static String describe(String name, Object... namesAndValues) {
		StringBuilder description = new StringBuilder(name).append('[');
		String separator = "";
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				description.append(separator).append(namesAndValues[i]).append('=').append(namesAndValues[i + 1]);
				separator = ", ";
			}
		}
		return description.append(']').toString();
	}

}
