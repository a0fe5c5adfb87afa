package io.ariqueue.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asterisk's ARI description (Swagger 1.1, one file per resource plus {@code resources.json}), read
 * into the few facts the generator needs.
 *
 * @param resources the resources, in the order of {@code resources.json}
 * @param models every model by name, in file order
 * @author ari-queue team
 */
record ApiSpec(List<Resource> resources, Map<String, Model> models) {

	static ApiSpec read(Path directory) throws IOException {
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode listing = mapper.readTree(Files.readString(directory.resolve("resources.json")));
		List<Resource> resources = new ArrayList<>();
		Map<String, Model> models = new LinkedHashMap<>();
		for (JsonNode api : listing.get("apis")) {
			String path = api.get("path").asString();
			String name = path.substring(path.lastIndexOf('/') + 1, path.indexOf(".{format}"));
			JsonNode declaration = mapper.readTree(Files.readString(directory.resolve(name + ".json")));
			resources.add(new Resource(name, readOperations(name, declaration)));
			for (JsonNode model : declaration.path("models")) {
				Model read = readModel(model);
				if (models.put(read.name(), read) != null) {
					throw new IllegalStateException("Model " + read.name() + " is declared twice");
				}
			}
		}
		return new ApiSpec(List.copyOf(resources), models);
	}

	private static List<Operation> readOperations(String resource, JsonNode declaration) {
		List<Operation> operations = new ArrayList<>();
		for (JsonNode api : declaration.get("apis")) {
			String path = api.get("path").asString();
			for (JsonNode operation : api.get("operations")) {
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : operation.path("parameters")) {
					String paramType = parameter.get("paramType").asString();
					parameters.add(new Parameter(parameter.get("name").asString(), paramType,
							parameter.get("dataType").asString(),
							"path".equals(paramType) || parameter.path("required").asBoolean(false),
							parameter.path("allowMultiple").asBoolean(false),
							allowedValues(parameter.path("allowableValues")),
							parameter.path("defaultValue").isMissingNode() ? null
									: parameter.get("defaultValue").asString()));
				}
				operations.add(new Operation(resource, operation.get("nickname").asString(),
						operation.get("httpMethod").asString(), path, operation.get("responseClass").asString(),
						List.copyOf(parameters), operation.path("upgrade").isString()));
			}
		}
		return List.copyOf(operations);
	}

	private static Model readModel(JsonNode model) {
		List<Property> properties = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : model.path("properties").properties()) {
			JsonNode value = property.getValue();
			properties.add(new Property(property.getKey(), value.get("type").asString(),
					value.path("required").asBoolean(false), allowedValues(value.path("allowableValues"))));
		}
		List<String> subTypes = new ArrayList<>();
		for (JsonNode subType : model.path("subTypes")) {
			subTypes.add(subType.asString());
		}
		return new Model(model.get("id").asString(), List.copyOf(properties), List.copyOf(subTypes));
	}

	private static List<String> allowedValues(JsonNode allowable) {
		List<String> values = new ArrayList<>();
		if ("LIST".equals(allowable.path("valueType").asString(""))) {
			for (JsonNode value : allowable.get("values")) {
				values.add(value.asString());
			}
		}
		return List.copyOf(values);
	}

	/**
	 * The model a model extends (the one listing it in {@code subTypes}), or {@code null}.
	 */
	Model parentOf(Model model) {
		for (Model candidate : this.models.values()) {
			if (candidate.subTypes().contains(model.name())) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * A model's properties, those of its ancestors first.
	 */
	List<Property> allProperties(Model model) {
		List<Property> properties = new ArrayList<>();
		Model parent = parentOf(model);
		if (parent != null) {
			properties.addAll(allProperties(parent));
		}
		properties.addAll(model.properties());
		return properties;
	}

	/**
	 * The event types: every subtype of {@code Event}.
	 */
	List<Model> events() {
		return this.models.get("Event").subTypes().stream().map(this.models::get).toList();
	}

	boolean isEvent(Model model) {
		return this.models.get("Event").subTypes().contains(model.name());
	}

	record Resource(String name, List<Operation> operations) {
	}

	record Operation(String resource, String nickname, String httpMethod, String path, String responseClass,
			List<Parameter> parameters, boolean websocket) {
	}

	record Parameter(String name, String paramType, String dataType, boolean required, boolean allowMultiple,
			List<String> allowedValues, String defaultValue) {

		boolean isPath() {
			return "path".equals(this.paramType);
		}

		boolean isBody() {
			return "body".equals(this.paramType);
		}

	}

	record Model(String name, List<Property> properties, List<String> subTypes) {
	}

	record Property(String name, String type, boolean required, List<String> allowedValues) {
	}

}
