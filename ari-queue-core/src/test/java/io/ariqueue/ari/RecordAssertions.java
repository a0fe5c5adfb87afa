package io.ariqueue.ari;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a record bound from JSON lost nothing: every key present in the JSON with a
 * non-null value has a component, and that component is not {@code null}, down through nested
 * records and lists of records.
 *
 * @author ari-queue team
 */
public final class RecordAssertions {

	private RecordAssertions() {
	}

	/**
	 * Assert that nothing of the JSON was lost in the record.
	 * @param record the bound record
	 * @param json the JSON it was bound from
	 * @param where a description for failure messages
	 */
	public static void assertNothingLost(Object record, JsonNode json, String where) {
		assertThat(record).as(where).isNotNull();
		assertThat(record.getClass().isRecord()).as(where + " is a record").isTrue();
		for (Map.Entry<String, JsonNode> property : json.properties()) {
			if (property.getValue().isNull()) {
				continue;
			}
			String path = where + "." + property.getKey();
			RecordComponent component = component(record.getClass(), property.getKey());
			assertThat(component).as(path + " is declared by " + record.getClass().getSimpleName()).isNotNull();
			Object value = value(component, record);
			assertThat(value).as(path + " is bound").isNotNull();
			descend(value, property.getValue(), path);
		}
	}

	private static void descend(Object value, JsonNode json, String path) {
		if (value instanceof Record && json.isObject()) {
			assertNothingLost(value, json, path);
		}
		else if (value instanceof List<?> list && json.isArray()) {
			assertThat(list).as(path).hasSize(json.size());
			Iterator<JsonNode> elements = json.iterator();
			for (int i = 0; i < list.size(); i++) {
				descend(list.get(i), elements.next(), path + "[" + i + "]");
			}
		}
	}

	/**
	 * The component bound to a JSON key, matched case-insensitively as the ARI mapper does.
	 * @param type the record type
	 * @param key the JSON key
	 * @return the component, or {@code null}
	 */
	public static RecordComponent component(Class<?> type, String key) {
		for (RecordComponent component : type.getRecordComponents()) {
			if (wireName(component).equalsIgnoreCase(key)) {
				return component;
			}
		}
		return null;
	}

	/**
	 * The wire name of a component, from its {@code @JsonProperty}.
	 * @param component the component
	 * @return the wire name
	 */
	public static String wireName(RecordComponent component) {
		JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
		assertThat(property).as(component + " has @JsonProperty").isNotNull();
		return property.value();
	}

	private static Object value(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
