package io.ariqueue.ari;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.AriEventTypes;
import io.ariqueue.ari.resource.AriApi;
import io.ariqueue.ari.resource.AsyncAriApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every operation, model and event type of Asterisk's ARI description has its counterpart in
 * the typed ARI layer.
 *
 * @author ari-queue team
 */
class AriApiCoverageTests {

	private static final String RESOURCE_PACKAGE = "io.ariqueue.ari.resource.";

	private static final Map<String, JsonNode> declarations = new LinkedHashMap<>();

	private static final Map<String, JsonNode> models = new LinkedHashMap<>();

	@BeforeAll
	static void readApiDocs() {
		Path directory = ConformanceFixtures.apiDocs();
		for (JsonNode api : ConformanceFixtures.readJson(directory.resolve("resources.json")).get("apis")) {
			String path = api.get("path").asString();
			String name = path.substring(path.lastIndexOf('/') + 1, path.indexOf(".{format}"));
			JsonNode declaration = ConformanceFixtures.readJson(directory.resolve(name + ".json"));
			declarations.put(name, declaration);
			for (Map.Entry<String, JsonNode> model : declaration.get("models").properties()) {
				models.put(model.getKey(), model.getValue());
			}
		}
	}

	@Test
	void describesElevenResourcesWith109OperationsAnd85Models() {
		int operations = 0;
		for (JsonNode declaration : declarations.values()) {
			for (JsonNode api : declaration.get("apis")) {
				operations += api.get("operations").size();
			}
		}
		assertThat(declarations).hasSize(11);
		assertThat(operations).isEqualTo(109);
		assertThat(models).hasSize(85);
		assertThat(eventTypes()).hasSize(45);
	}

	@Test
	void everyOperationHasABlockingAndAnAsyncMethodWithItsRequiredParameters() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, JsonNode> declaration : declarations.entrySet()) {
			String resource = declaration.getKey();
			Class<?> blocking = Class.forName(RESOURCE_PACKAGE + capitalize(resource));
			Class<?> async = Class.forName(RESOURCE_PACKAGE + "Async" + capitalize(resource));
			for (JsonNode api : declaration.getValue().get("apis")) {
				for (JsonNode operation : api.get("operations")) {
					String name = javaName(operation.get("nickname").asString());
					int required = 0;
					List<String> optional = new ArrayList<>();
					for (JsonNode parameter : operation.path("parameters")) {
						if ("path".equals(parameter.get("paramType").asString())
								|| parameter.path("required").asBoolean(false)) {
							required++;
						}
						else {
							optional.add(javaName(parameter.get("name").asString()));
						}
					}
					String responseClass = operation.get("responseClass").asString();
					checkMethod(blocking, name, required, responseClass, false, problems);
					checkMethod(async, name, required, responseClass, true, problems);
					if (!optional.isEmpty()) {
						checkOptions(blocking, name, required, optional, problems);
					}
					checked++;
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(checked).isEqualTo(109);
	}

	@Test
	void theRootApisHaveOneAccessorPerResource() throws Exception {
		for (String resource : declarations.keySet()) {
			assertThat(AriApi.class.getMethod(resource).getReturnType().getSimpleName())
				.isEqualTo(capitalize(resource));
			assertThat(AsyncAriApi.class.getMethod(resource).getReturnType().getSimpleName())
				.isEqualTo("Async" + capitalize(resource));
		}
		assertThat(AriApi.class.getMethod("async").getReturnType()).isEqualTo(AsyncAriApi.class);
	}

	@Test
	void everyEventTypeIsRegisteredWithARecordForAllItsProperties() {
		Set<String> types = eventTypes();
		assertThat(AriEventTypes.names()).containsExactlyInAnyOrderElementsOf(types);
		for (String type : types) {
			Class<? extends AriEvent> record = AriEventTypes.forName(type);
			assertThat(record).as(type).isNotNull();
			assertThat(record.isRecord()).as(type + " is a record").isTrue();
			assertThat(record.getPackageName()).isEqualTo("io.ariqueue.ari.event");
			assertDeclaresAll(record, propertiesOf(type));
		}
		assertThat(AriEventTypes.forName("NoSuchEvent")).isNull();
		assertThat(AriEventTypes.forName(null)).isNull();
	}

	@Test
	void everyOtherModelHasARecordForAllItsProperties() throws Exception {
		Set<String> events = eventTypes();
		for (String model : models.keySet()) {
			if (events.contains(model) || model.equals("Event")) {
				continue; // events are checked above; Event is the AriEvent interface
			}
			Class<?> record = Class.forName("io.ariqueue.ari.model." + model);
			assertThat(record.isRecord()).as(model + " is a record").isTrue();
			assertDeclaresAll(record, propertiesOf(model));
		}
	}

	private static void checkMethod(Class<?> type, String name, int required, String responseClass, boolean async,
			List<String> problems) {
		Method method = Arrays.stream(type.getMethods())
			.filter((candidate) -> candidate.getName().equals(name) && candidate.getParameterCount() == required)
			.findFirst()
			.orElse(null);
		if (method == null) {
			problems.add(type.getSimpleName() + " has no " + name + " with " + required + " parameters");
			return;
		}
		Type result = method.getGenericReturnType();
		if (async) {
			if (!(result instanceof ParameterizedType future) || future.getRawType() != CompletableFuture.class) {
				problems.add(type.getSimpleName() + "." + name + " does not return a CompletableFuture");
				return;
			}
			result = future.getActualTypeArguments()[0];
		}
		String expected = expectedResult(responseClass, async);
		if (!simpleName(result).equals(expected)) {
			problems.add(type.getSimpleName() + "." + name + " returns " + simpleName(result) + ", not " + expected);
		}
	}

	private static void checkOptions(Class<?> blocking, String name, int required, List<String> optional,
			List<String> problems) {
		String optionsName = capitalize(name) + "Options";
		Class<?> options = Arrays.stream(blocking.getClasses())
			.filter((nested) -> nested.getSimpleName().equals(optionsName))
			.findFirst()
			.orElse(null);
		if (options == null) {
			problems.add(blocking.getSimpleName() + " has no " + optionsName);
			return;
		}
		for (String parameter : optional) {
			boolean setter = Arrays.stream(options.getMethods())
				.anyMatch((method) -> method.getName().equals(parameter) && method.getParameterCount() == 1
						&& method.getReturnType() == options && Modifier.isPublic(method.getModifiers()));
			if (!setter) {
				problems.add(optionsName + " has no setter " + parameter);
			}
		}
		boolean withOptions = Arrays.stream(blocking.getMethods())
			.anyMatch((method) -> method.getName().equals(name) && method.getParameterCount() == required + 1
					&& method.getParameterTypes()[required] == options);
		if (!withOptions) {
			problems.add(blocking.getSimpleName() + " has no " + name + " taking " + optionsName);
		}
	}

	private static String expectedResult(String responseClass, boolean async) {
		if (responseClass.equals("void")) {
			return async ? "Void" : "void";
		}
		if (responseClass.equals("binary")) {
			return "byte[]";
		}
		if (responseClass.startsWith("List[")) {
			return "List<" + responseClass.substring(5, responseClass.length() - 1) + ">";
		}
		return responseClass;
	}

	private static String simpleName(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			return ((Class<?>) parameterized.getRawType()).getSimpleName() + "<"
					+ simpleName(parameterized.getActualTypeArguments()[0]) + ">";
		}
		return ((Class<?>) type).getSimpleName();
	}

	private static void assertDeclaresAll(Class<?> record, Set<String> properties) {
		Set<String> wireNames = new HashSet<>();
		for (RecordComponent component : record.getRecordComponents()) {
			wireNames.add(RecordAssertions.wireName(component));
			assertThat(component.getType().isPrimitive()).as(component + " is boxed").isFalse();
		}
		assertThat(wireNames).as(record.getSimpleName()).containsAll(properties);
	}

	/**
	 * A model's properties with those of the models it extends (through their subTypes).
	 */
	private static Set<String> propertiesOf(String model) {
		Set<String> properties = new HashSet<>();
		models.get(model).path("properties").properties().forEach((property) -> properties.add(property.getKey()));
		for (Map.Entry<String, JsonNode> parent : models.entrySet()) {
			for (JsonNode subType : parent.getValue().path("subTypes")) {
				if (subType.asString().equals(model)) {
					properties.addAll(propertiesOf(parent.getKey()));
				}
			}
		}
		return properties;
	}

	private static Set<String> eventTypes() {
		Set<String> types = new HashSet<>();
		JsonNode event = models.get("Event");
		if (event == null) {
			fail("The ARI description has no Event model");
		}
		event.get("subTypes").forEach((subType) -> types.add(subType.asString()));
		return types;
	}

	private static String javaName(String wireName) {
		String[] parts = wireName.split("_");
		StringBuilder name = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			name.append(capitalize(parts[i]));
		}
		return name.toString();
	}

	private static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
