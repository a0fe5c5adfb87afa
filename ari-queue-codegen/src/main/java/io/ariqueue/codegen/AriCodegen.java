package io.ariqueue.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.ariqueue.codegen.ApiSpec.Model;
import io.ariqueue.codegen.ApiSpec.Operation;
import io.ariqueue.codegen.ApiSpec.Parameter;
import io.ariqueue.codegen.ApiSpec.Property;
import io.ariqueue.codegen.ApiSpec.Resource;

/**
 * Generates the typed ARI layer of {@code ari-queue-core} (models, events, resource APIs) from
 * Asterisk's ARI description and our own documentation overlay ({@code docs.properties}).
 * <p>
 * Usage: {@code AriCodegen <ari-api-docs directory> <output source root>}; the repository's copy of
 * the description is {@code conformance/ari-api-docs}, which {@code exec:java} reads by default. The
 * output is deterministic; files whose content is unchanged are not touched, and files in the generated
 * packages that the generator does not produce are left alone and listed.
 *
 * @author ari-queue team
 */
public final class AriCodegen {

	static final String MODEL = "io.ariqueue.ari.model";

	static final String EVENT = "io.ariqueue.ari.event";

	static final String RESOURCE = "io.ariqueue.ari.resource";

	static final String CLIENT = "io.ariqueue.ari.client";

	private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
			"final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
			"interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
			"static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
			"void", "volatile", "while", "true", "false", "null", "yield",
			"hashCode", "toString", "getClass", "equals", "clone", "finalize", "notify", "notifyAll", "wait");

	private static final String EVENT_SUFFIX = "Event";

	/** Event fields every event has, from {@code Message} and {@code Event}, in component order. */
	private static final List<String> EVENT_BASE = List.of("type", "application", "timestamp", "asterisk_id");

	private static final Map<String, String> EVENT_BASE_DOCS = Map.of("type", "the event type",
			"application", "the Stasis application that received the event", "timestamp",
			"when Asterisk raised the event", "asterisk_id", "the id of the Asterisk instance that raised it");

	private final ApiSpec spec;

	private final DocsOverlay docs;

	private final Map<String, String> files = new TreeMap<>();

	AriCodegen(ApiSpec spec, DocsOverlay docs) {
		this.spec = spec;
		this.docs = docs;
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: AriCodegen <ari-api-docs directory> <output source root>");
			System.err.println("The repository's copy of Asterisk's ARI description is conformance/ari-api-docs.");
			System.exit(2);
		}
		Path apiDocs = Path.of(args[0]).toAbsolutePath().normalize();
		Path output = Path.of(args[1]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(apiDocs.resolve("resources.json"))) {
			System.err.println("No resources.json in " + apiDocs);
			System.exit(2);
		}
		AriCodegen codegen = new AriCodegen(ApiSpec.read(apiDocs), new DocsOverlay("/docs.properties"));
		Map<String, String> files = codegen.generate();
		if (!codegen.docs.missing().isEmpty()) {
			System.err.println("docs.properties lacks " + codegen.docs.missing().size() + " entries:");
			codegen.docs.missing().forEach((key) -> System.err.println("  " + key + " ="));
			System.exit(1);
		}
		codegen.docs.unused().forEach((key) -> System.err.println("warning: unused docs.properties entry " + key));
		write(files, output);
	}

	Map<String, String> generate() {
		for (Model model : this.spec.models().values()) {
			if (model.name().equals("Event")) {
				continue; // the hand-written AriEvent interface
			}
			boolean event = this.spec.isEvent(model);
			this.files.put(path(event ? EVENT : MODEL, recordName(model, event)), record(model, event));
		}
		this.files.put(path(EVENT, "AriEventTypes"), eventTypes());
		for (Resource resource : this.spec.resources()) {
			new ResourceWriter(resource).writeAll();
		}
		this.files.put(path(RESOURCE, "AriApi"), root(false));
		this.files.put(path(RESOURCE, "AsyncAriApi"), root(true));
		this.files.put(path(RESOURCE, "DefaultAriApi"), defaultRoot(false));
		this.files.put(path(RESOURCE, "DefaultAsyncAriApi"), defaultRoot(true));
		new ProxyTables(this.spec).addTo(this.files);
		return this.files;
	}

	private static void write(Map<String, String> files, Path output) throws IOException {
		int changed = 0;
		Set<Path> packages = new TreeSet<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path target = output.resolve(file.getKey());
			packages.add(target.getParent());
			Files.createDirectories(target.getParent());
			byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
			if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), content)) {
				Files.write(target, content);
				changed++;
			}
		}
		System.out.println("Generated " + files.size() + " files under " + output + ", " + changed + " changed");
		for (Path directory : packages) {
			try (Stream<Path> listing = Files.list(directory)) {
				List<String> others = listing.filter((file) -> !files.containsKey(output.relativize(file).toString()))
					.map((file) -> file.getFileName().toString())
					.sorted()
					.toList();
				if (!others.isEmpty()) {
					System.out.println("Not generated, left alone in " + output.relativize(directory) + ": " + others);
				}
			}
		}
	}

	static String path(String packageName, String simpleName) {
		return packageName.replace('.', '/') + "/" + simpleName + ".java";
	}

	// ---------------------------------------------------------------- models and events

	private String record(Model model, boolean event) {
		JavaSource source = new JavaSource(event ? EVENT : MODEL);
		List<Property> properties = event ? eventProperties(model) : this.spec.allProperties(model);
		if (!properties.isEmpty()) {
			source.importType("com.fasterxml.jackson.annotation.JsonProperty");
		}
		List<String> tags = new ArrayList<>();
		List<String> components = new ArrayList<>();
		for (Property property : properties) {
			String name = javaName(property.name());
			String type = javaType(property.type(), source);
			components.add("@JsonProperty(\"" + property.name() + "\") " + type + " " + name);
			String doc = (event && EVENT_BASE.contains(property.name())) ? EVENT_BASE_DOCS.get(property.name())
					: this.docs.find("field." + model.name() + "." + property.name(), "field." + property.name());
			if (!property.allowedValues().isEmpty()) {
				doc = ((doc != null) ? doc + "; " : "") + "one of " + codeList(property.allowedValues());
			}
			if (doc != null) {
				tags.add("@param " + name + " " + doc);
			}
		}
		String summary = this.docs.require((event ? "event." : "model.") + model.name());
		source.javadoc(0, summary, tags);
		String header = "public record " + recordName(model, event) + "(" + String.join(", ", components) + ")"
				+ (event ? " implements AriEvent" : "") + " {";
		source.wrapped(0, header);
		source.line(0, "}");
		return source.render();
	}

	/**
	 * Event records carry an {@code Event} suffix, as in AsterNET, so that they do not clash with
	 * the handler annotations named after the event types ({@code @StasisStart StasisStartEvent}).
	 */
	private static String recordName(Model model, boolean event) {
		return event ? model.name() + EVENT_SUFFIX : model.name();
	}

	private List<Property> eventProperties(Model model) {
		List<Property> all = this.spec.allProperties(model);
		List<Property> ordered = new ArrayList<>();
		for (String base : EVENT_BASE) {
			all.stream().filter((property) -> property.name().equals(base)).findFirst().ifPresentOrElse(ordered::add,
					() -> {
						throw new IllegalStateException(model.name() + " lacks the base property " + base);
					});
		}
		all.stream().filter((property) -> !EVENT_BASE.contains(property.name())).forEach(ordered::add);
		return ordered;
	}

	private String eventTypes() {
		JavaSource source = new JavaSource(EVENT);
		source.importType("java.util.Collections");
		source.importType("java.util.Map");
		source.importType("java.util.Set");
		source.importType("java.util.TreeSet");
		source.javadoc(0, "The ARI event types this build knows, by the name Asterisk gives them ({@code StasisStart}), "
				+ "each with the record it binds to ({@link StasisStartEvent}).");
		source.line(0, "public final class AriEventTypes {");
		source.blank();
		source.line(1, "private static final Map<String, Class<? extends AriEvent>> TYPES = Map.ofEntries(");
		List<String> names = this.spec.events().stream().map(Model::name).sorted().toList();
		for (int i = 0; i < names.size(); i++) {
			source.line(3, "Map.entry(\"" + names.get(i) + "\", " + names.get(i) + EVENT_SUFFIX + ".class)"
					+ ((i < names.size() - 1) ? "," : ");"));
		}
		source.blank();
		source.line(1, "private static final Set<String> NAMES = Collections.unmodifiableSet(new TreeSet<>(TYPES.keySet()));");
		source.blank();
		source.line(1, "private AriEventTypes() {");
		source.line(1, "}");
		source.blank();
		source.javadoc(1, "The record an event type binds to.", List.of(
				"@param type the type as Asterisk names it, for example {@code StasisStart}",
				"@return the record class, or {@code null} if this build does not know the type"));
		source.line(1, "public static Class<? extends AriEvent> forName(String type) {");
		source.line(2, "return (type != null) ? TYPES.get(type) : null;");
		source.line(1, "}");
		source.blank();
		source.javadoc(1, "The names of all known event types.", List.of("@return the names, sorted"));
		source.line(1, "public static Set<String> names() {");
		source.line(2, "return NAMES;");
		source.line(1, "}");
		source.blank();
		source.line(0, "}");
		return source.render();
	}

	// ---------------------------------------------------------------- root API

	private String root(boolean async) {
		JavaSource source = new JavaSource(RESOURCE);
		source.importType(CLIENT + ".AriOperations");
		String prefix = async ? "Async" : "";
		String name = prefix + "AriApi";
		if (async) {
			source.javadoc(0, "Asterisk's REST Interface, one accessor per resource, with every call returning a "
					+ "{@link java.util.concurrent.CompletableFuture}. The futures complete on the callback executor "
					+ "of the {@link AriOperations} they were created with.\n<p>\nThe blocking form is {@link AriApi}.");
		}
		else {
			source.javadoc(0, "Asterisk's REST Interface, one accessor per resource; every call blocks until "
					+ "Asterisk has answered.\n<p>\nFailures surface as {@link io.ariqueue.ari.client.AriCallException} "
					+ "subclasses: {@link io.ariqueue.ari.client.AriException} for an error status, "
					+ "{@link io.ariqueue.ari.client.AriTimeoutException} when no answer came in time, and "
					+ "{@link io.ariqueue.ari.client.DialogueClosedException} when the dialogue is over. "
					+ "{@link #async()} gives the same calls returning futures.");
		}
		source.line(0, "public interface " + name + " {");
		source.blank();
		source.javadoc(1, "Create the " + (async ? "asynchronous" : "blocking")
				+ " API over the given operations; each resource is created once.", List.of(
						"@param operations the operations that execute the requests",
						"@return the API"));
		source.line(1, "static " + name + " of(AriOperations operations) {");
		source.line(2, "return new Default" + name + "(operations);");
		source.line(1, "}");
		for (Resource resource : this.spec.resources()) {
			source.blank();
			String type = prefix + capitalize(resource.name());
			source.javadoc(1, capitalize(this.docs.require("resource." + resource.name())) + ".",
					List.of("@return the " + resource.name() + " resource"));
			source.line(1, type + " " + resource.name() + "();");
		}
		if (!async) {
			source.blank();
			source.javadoc(1, "The same API with every call returning a future.",
					List.of("@return the asynchronous API"));
			source.line(1, "AsyncAriApi async();");
		}
		source.blank();
		source.line(0, "}");
		return source.render();
	}

	private String defaultRoot(boolean async) {
		JavaSource source = new JavaSource(RESOURCE);
		source.importType("java.util.Objects");
		source.importType(CLIENT + ".AriOperations");
		String prefix = async ? "Async" : "";
		String name = prefix + "AriApi";
		source.javadoc(0, "{@link " + name + "} over {@link AriOperations}, holding one instance of each resource.");
		source.line(0, "final class Default" + name + " implements " + name + " {");
		for (Resource resource : this.spec.resources()) {
			source.blank();
			source.line(1, "private final " + prefix + capitalize(resource.name()) + " " + resource.name() + ";");
		}
		if (!async) {
			source.blank();
			source.line(1, "private final AsyncAriApi async;");
		}
		source.blank();
		source.line(1, "Default" + name + "(AriOperations operations) {");
		source.line(2, "Objects.requireNonNull(operations, \"operations must not be null\");");
		for (Resource resource : this.spec.resources()) {
			source.line(2, "this." + resource.name() + " = new Default" + prefix + capitalize(resource.name())
					+ "(operations);");
		}
		if (!async) {
			source.line(2, "this.async = new DefaultAsyncAriApi(operations);");
		}
		source.line(1, "}");
		for (Resource resource : this.spec.resources()) {
			source.blank();
			source.line(1, "@Override");
			source.line(1, "public " + prefix + capitalize(resource.name()) + " " + resource.name() + "() {");
			source.line(2, "return this." + resource.name() + ";");
			source.line(1, "}");
		}
		if (!async) {
			source.blank();
			source.line(1, "@Override");
			source.line(1, "public AsyncAriApi async() {");
			source.line(2, "return this.async;");
			source.line(1, "}");
		}
		source.blank();
		source.line(0, "}");
		return source.render();
	}

	// ---------------------------------------------------------------- resources

	/**
	 * Writes the five files of one resource: the blocking and asynchronous interfaces, their
	 * implementations, and the class that turns calls into requests.
	 */
	private final class ResourceWriter {

		private final Resource resource;

		private final String type;

		ResourceWriter(Resource resource) {
			this.resource = resource;
			this.type = capitalize(resource.name());
		}

		void writeAll() {
			AriCodegen.this.files.put(path(RESOURCE, this.type), api(false));
			AriCodegen.this.files.put(path(RESOURCE, "Async" + this.type), api(true));
			AriCodegen.this.files.put(path(RESOURCE, "Default" + this.type), implementation(false));
			AriCodegen.this.files.put(path(RESOURCE, "DefaultAsync" + this.type), implementation(true));
			AriCodegen.this.files.put(path(RESOURCE, this.type + "Requests"), requests());
		}

		private String api(boolean async) {
			JavaSource source = new JavaSource(RESOURCE);
			String name = (async ? "Async" : "") + this.type;
			if (async) {
				source.importType("java.util.concurrent.CompletableFuture");
			}
			String what = AriCodegen.this.docs.require("resource." + this.resource.name());
			source.javadoc(0, capitalize(what) + (async ? ", with every call returning a future that completes "
					+ "on the callback executor.\n<p>\nThe blocking form, and the options classes, are in {@link "
					+ this.type + "}." : ", with every call blocking until Asterisk has answered.\n<p>\nThe same "
							+ "calls returning futures are in {@link Async" + this.type + "}."));
			source.line(0, "public interface " + name + " {");
			for (Operation operation : this.resource.operations()) {
				methods(source, operation, async);
			}
			if (!async) {
				for (Operation operation : this.resource.operations()) {
					if (!optional(operation).isEmpty()) {
						options(source, operation);
					}
				}
			}
			source.blank();
			source.line(0, "}");
			return source.render();
		}

		private void methods(JavaSource source, Operation operation, boolean async) {
			String method = methodName(operation);
			String result = resultType(operation, source, async);
			List<Parameter> positional = positional(operation);
			boolean hasOptions = !optional(operation).isEmpty();
			String optionsType = (async ? this.type + "." : "") + optionsName(operation);
			Parameter multiple = positional.stream()
				.filter((parameter) -> parameter.allowMultiple() && !parameter.isPath())
				.findFirst()
				.orElse(null);
			String summary = capitalize(AriCodegen.this.docs.require("op." + this.resource.name() + "." + operation.nickname())) + ".";
			if (operation.websocket()) {
				summary += " This upgrades the HTTP connection to a WebSocket, so it only makes sense against "
						+ "Asterisk directly; over an ARI proxy events arrive on their own.";
			}
			List<String> declared = new ArrayList<>();
			List<String> erased = new ArrayList<>();
			for (Parameter parameter : positional) {
				declared.add(parameterType(parameter, source, true) + " " + javaName(parameter.name()));
				erased.add(erasure(parameterType(parameter, source, true)));
			}
			if (hasOptions) {
				declared.add(optionsType + " options");
				erased.add(optionsType);
			}
			String link = "{@link #" + method + "(" + String.join(", ", erased) + ")}";

			// the full form
			source.blank();
			source.javadoc(1, summary, tags(operation, positional, hasOptions, null, async));
			source.wrapped(1, result + " " + method + "(" + String.join(", ", declared) + ");");

			// without options
			if (hasOptions) {
				source.blank();
				source.javadoc(1, summary + "\n<p>\nThe same as " + link + " with no options.",
						tags(operation, positional, false, null, async));
				source.wrapped(1, "default " + result + " " + method + "(" + String.join(", ", declared.subList(0,
						declared.size() - 1)) + ") {");
				String arguments = arguments(positional, null);
				source.wrapped(2, returnPrefix(result) + method + "(" + arguments + (arguments.isEmpty() ? "" : ", ")
						+ "new " + optionsType + "());");
				source.line(1, "}");
			}
			// with a single value where the parameter takes a list
			if (multiple != null) {
				for (boolean withOptions : hasOptions ? List.of(true, false) : List.of(false)) {
					List<String> single = new ArrayList<>();
					for (Parameter parameter : positional) {
						single.add(((parameter == multiple) ? "String" : parameterType(parameter, source, true)) + " "
								+ javaName(parameter.name()));
					}
					if (withOptions) {
						single.add(optionsType + " options");
					}
					source.blank();
					source.javadoc(1, summary + "\n<p>\nThe same as " + link + " with a single {@code "
							+ javaName(multiple.name()) + "}" + ((hasOptions && !withOptions) ? " and no options." : "."),
							tags(operation, positional, withOptions, multiple, async));
					source.wrapped(1, "default " + result + " " + method + "(" + String.join(", ", single) + ") {");
					String arguments = arguments(positional, multiple);
					if (hasOptions) {
						arguments += withOptions ? ", options" : ", new " + optionsType + "()";
					}
					source.wrapped(2, returnPrefix(result) + method + "(" + arguments + ");");
					source.line(1, "}");
				}
			}
		}

		private List<String> tags(Operation operation, List<Parameter> positional, boolean withOptions,
				Parameter single, boolean async) {
			List<String> tags = new ArrayList<>();
			for (Parameter parameter : positional) {
				String doc = parameterDoc(operation, parameter);
				if (parameter == single) {
					doc = doc + " (here a single value)";
				}
				tags.add("@param " + javaName(parameter.name()) + " " + doc);
			}
			if (withOptions) {
				tags.add("@param options the optional parameters, {@code new " + optionsName(operation)
						+ "()} for none");
			}
			String returns = returnDoc(operation);
			if (async) {
				tags.add("@return a future of " + ((returns != null) ? returns
						: "{@code null}, completed when Asterisk has carried out the call"));
			}
			else if (returns != null) {
				tags.add("@return " + returns);
			}
			return tags;
		}

		private String returnDoc(Operation operation) {
			String result = operation.responseClass();
			if (result.equals("void")) {
				return null;
			}
			String own = AriCodegen.this.docs.find("return." + this.resource.name() + "." + operation.nickname());
			if (own != null) {
				return own;
			}
			if (result.equals("binary")) {
				return "the file's bytes; an {@code AriException} if a proxy read them as text and lost some";
			}
			if (result.startsWith("List[")) {
				return "the {@link " + result.substring(5, result.length() - 1) + "} list";
			}
			return "the {@link " + result + "}";
		}

		private void options(JavaSource source, Operation operation) {
			String name = optionsName(operation);
			List<Parameter> optional = optional(operation);
			source.importType("java.util.Objects");
			source.blank();
			source.javadoc(1, "Optional parameters of {@code " + methodName(operation) + "}. Instances are immutable: "
					+ "each setter returns a copy, and a parameter left {@code null} is not sent, so Asterisk applies "
					+ "its default.");
			source.line(1, "final class " + name + " {");
			for (Parameter parameter : optional) {
				source.blank();
				source.line(2, "private final " + parameterType(parameter, source, false) + " "
						+ javaName(parameter.name()) + ";");
			}
			source.blank();
			source.javadoc(2, "Create options that leave every parameter to Asterisk's default.");
			source.line(2, "public " + name + "() {");
			source.wrapped(3, "this(" + String.join(", ", optional.stream().map((parameter) -> "null").toList()) + ");");
			source.line(2, "}");
			source.blank();
			List<String> fields = new ArrayList<>();
			for (Parameter parameter : optional) {
				fields.add(parameterType(parameter, source, false) + " " + javaName(parameter.name()));
			}
			source.wrapped(2, "private " + name + "(" + String.join(", ", fields) + ") {");
			for (Parameter parameter : optional) {
				String field = javaName(parameter.name());
				source.line(3, "this." + field + " = " + field + ";");
			}
			source.line(2, "}");
			for (Parameter parameter : optional) {
				String field = javaName(parameter.name());
				String fieldType = parameterType(parameter, source, false);
				String doc = parameterDoc(operation, parameter);
				source.blank();
				source.javadoc(2, capitalize(doc) + ".", List.of(
						"@param " + field + " the value, or {@code null} to leave it to Asterisk",
						"@return a copy of these options with {@code " + field + "} set"));
				source.line(2, "public " + name + " " + field + "(" + fieldType + " " + field + ") {");
				List<String> arguments = new ArrayList<>();
				for (Parameter other : optional) {
					String otherField = javaName(other.name());
					if (other != parameter) {
						arguments.add("this." + otherField);
					}
					else if (fieldType.startsWith("List<") || fieldType.startsWith("Map<")) {
						arguments.add("ResourceSupport.copyOf(" + field + ")");
					}
					else {
						arguments.add(field);
					}
				}
				source.wrapped(3, "return new " + name + "(" + String.join(", ", arguments) + ");");
				source.line(2, "}");
				source.blank();
				source.javadoc(2, "The value set with {@link #" + field + "(" + erasure(fieldType) + ")}.",
						List.of("@return the value, or {@code null} if not set"));
				source.line(2, "public " + fieldType + " " + field + "() {");
				source.line(3, "return this." + field + ";");
				source.line(2, "}");
			}
			source.blank();
			source.line(2, "@Override");
			source.line(2, "public boolean equals(Object other) {");
			source.line(3, "if (this == other) {");
			source.line(4, "return true;");
			source.line(3, "}");
			source.line(3, "if (!(other instanceof " + name + " that)) {");
			source.line(4, "return false;");
			source.line(3, "}");
			for (int i = 0; i < optional.size(); i++) {
				String field = javaName(optional.get(i).name());
				String comparison = "Objects.equals(this." + field + ", that." + field + ")";
				if (i == 0) {
					source.line(3, "return " + comparison + ((optional.size() == 1) ? ";" : ""));
				}
				else {
					source.line(5, "&& " + comparison + ((i == optional.size() - 1) ? ";" : ""));
				}
			}
			source.line(2, "}");
			source.blank();
			source.line(2, "@Override");
			source.line(2, "public int hashCode() {");
			source.wrapped(3, "return Objects.hash(" + String.join(", ",
					optional.stream().map((parameter) -> "this." + javaName(parameter.name())).toList()) + ");");
			source.line(2, "}");
			source.blank();
			source.line(2, "@Override");
			source.line(2, "public String toString() {");
			source.wrapped(3, "return ResourceSupport.describe(\"" + name + "\", " + String.join(", ",
					optional.stream()
						.map((parameter) -> "\"" + javaName(parameter.name()) + "\", this." + javaName(parameter.name()))
						.toList()) + ");");
			source.line(2, "}");
			source.blank();
			source.line(1, "}");
		}

		private String implementation(boolean async) {
			JavaSource source = new JavaSource(RESOURCE);
			source.importType(CLIENT + ".AriOperations");
			String name = (async ? "Async" : "") + this.type;
			source.javadoc(0, "{@link " + name + "} over {@link AriOperations}.");
			source.line(0, "final class Default" + name + " implements " + name + " {");
			source.blank();
			source.line(1, "private final AriOperations operations;");
			source.blank();
			source.line(1, "Default" + name + "(AriOperations operations) {");
			source.line(2, "this.operations = operations;");
			source.line(1, "}");
			for (Operation operation : this.resource.operations()) {
				String method = methodName(operation);
				String result = resultType(operation, source, async);
				List<String> declared = new ArrayList<>();
				List<String> arguments = new ArrayList<>();
				for (Parameter parameter : positional(operation)) {
					declared.add(parameterType(parameter, source, true) + " " + javaName(parameter.name()));
					arguments.add(javaName(parameter.name()));
				}
				if (!optional(operation).isEmpty()) {
					declared.add((async ? this.type + "." : "") + optionsName(operation) + " options");
					arguments.add("options");
				}
				source.blank();
				source.line(1, "@Override");
				source.wrapped(1, "public " + result + " " + method + "(" + String.join(", ", declared) + ") {");
				String request = this.type + "Requests." + method + "(" + String.join(", ", arguments) + ")";
				source.wrapped(2, returnPrefix(result) + "this.operations." + (async ? "callAsync" : "call") + "("
						+ request + ", " + resultToken(operation, source) + ");");
				source.line(1, "}");
			}
			source.blank();
			source.line(0, "}");
			return source.render();
		}

		private String requests() {
			JavaSource source = new JavaSource(RESOURCE);
			source.importType(CLIENT + ".AriRequest");
			String name = this.type + "Requests";
			source.javadoc(0, "Turns the calls of {@link " + this.type + "} and {@link Async" + this.type
					+ "} into {@link AriRequest ARI requests}: method, path and typed parameters.");
			source.line(0, "final class " + name + " {");
			source.blank();
			source.line(1, "private " + name + "() {");
			source.line(1, "}");
			for (Operation operation : this.resource.operations()) {
				List<Parameter> positional = positional(operation);
				List<String> declared = new ArrayList<>();
				for (Parameter parameter : positional) {
					declared.add(parameterType(parameter, source, true) + " " + javaName(parameter.name()));
				}
				boolean hasOptions = !optional(operation).isEmpty();
				if (hasOptions) {
					declared.add(this.type + "." + optionsName(operation) + " options");
				}
				source.blank();
				source.wrapped(1, "static AriRequest " + methodName(operation) + "(" + String.join(", ", declared) + ") {");
				for (Parameter parameter : positional) {
					if (!parameter.isPath() && !isPrimitive(parameterType(parameter, source, true))) {
						source.importType("java.util.Objects");
						String field = javaName(parameter.name());
						source.line(2, "Objects.requireNonNull(" + field + ", \"" + field + " must not be null\");");
					}
				}
				if (hasOptions) {
					source.importType("java.util.Objects");
					source.line(2, "Objects.requireNonNull(options, \"options must not be null\");");
				}
				Parameter spread = operation.parameters().stream()
					.filter((parameter) -> parameter.isBody() && parameter.dataType().equals("object"))
					.findFirst()
					.orElse(null);
				String opening = (spread != null) ? "AriRequest.Builder request = " : "return ";
				source.line(2, opening + "AriRequest.of(\"" + operation.httpMethod() + "\", \"" + operation.path()
						+ "\")");
				source.line(3, ".operation(\"" + this.resource.name() + "." + methodName(operation) + "\")");
				List<Parameter> chained = operation.parameters().stream()
					.filter((parameter) -> parameter != spread)
					.toList();
				for (Parameter parameter : chained) {
					String end = (spread != null && parameter == chained.get(chained.size() - 1)) ? ";" : "";
					String value = parameter.required() ? javaName(parameter.name())
							: "options." + javaName(parameter.name()) + "()";
					if (parameter.isPath()) {
						source.line(3, ".pathParameter(\"" + parameter.name() + "\", " + value + ")" + end);
					}
					else if (isConfigTuples(operation, parameter)) {
						source.line(3, ".parameter(\"" + parameter.name() + "\", ResourceSupport.configTuples(" + value
								+ "))" + end);
					}
					else if (parameter.required() && (parameter.allowMultiple() || parameter.dataType().equals("containers"))) {
						source.line(3, ".parameter(\"" + parameter.name() + "\", ResourceSupport.copyOf(" + value + "))" + end);
					}
					else {
						source.line(3, ".parameter(\"" + parameter.name() + "\", " + value + ")" + end);
					}
				}
				if (spread != null) {
					String field = javaName(spread.name());
					source.line(2, "// the " + spread.name() + " object is the body itself, not a member of it");
					source.line(2, "ResourceSupport.putAll(request, options." + field + "());");
					source.line(2, "return request.build();");
				}
				else {
					source.line(3, ".build();");
				}
				source.line(1, "}");
			}
			source.blank();
			source.line(0, "}");
			return source.render();
		}

		private String parameterDoc(Operation operation, Parameter parameter) {
			String doc = AriCodegen.this.docs.require(
					"param." + this.resource.name() + "." + operation.nickname() + "." + parameter.name(),
					"param." + this.resource.name() + "." + parameter.name(), "param." + parameter.name());
			List<String> facts = new ArrayList<>();
			if (!parameter.allowedValues().isEmpty()) {
				facts.add("one of " + codeList(parameter.allowedValues()));
			}
			if (parameter.defaultValue() != null && !parameter.required()) {
				facts.add("Asterisk's default {@code " + parameter.defaultValue() + "}");
			}
			return facts.isEmpty() ? doc : doc + " (" + String.join("; ", facts) + ")";
		}

		private String resultType(Operation operation, JavaSource source, boolean async) {
			String result = operation.responseClass();
			String type;
			if (result.equals("void")) {
				type = async ? "Void" : "void";
			}
			else if (result.equals("binary")) {
				type = "byte[]";
			}
			else {
				type = javaType(result, source);
			}
			if (async) {
				source.importType("java.util.concurrent.CompletableFuture");
				return "CompletableFuture<" + type + ">";
			}
			return type;
		}

		private String resultToken(Operation operation, JavaSource source) {
			String result = operation.responseClass();
			if (result.equals("void")) {
				return "Void.class";
			}
			if (result.equals("binary")) {
				return "byte[].class";
			}
			if (result.startsWith("List[")) {
				String element = result.substring(5, result.length() - 1);
				javaType(element, source);
				return "ResourceSupport.listOf(this.operations, " + element + ".class)";
			}
			javaType(result, source);
			return result + ".class";
		}

	}

	// ---------------------------------------------------------------- naming and types

	private static List<Parameter> positional(Operation operation) {
		return operation.parameters().stream().filter(Parameter::required).toList();
	}

	private static List<Parameter> optional(Operation operation) {
		return operation.parameters().stream().filter((parameter) -> !parameter.required()).toList();
	}

	static String methodName(Operation operation) {
		return javaName(operation.nickname());
	}

	static String optionsName(Operation operation) {
		return capitalize(methodName(operation)) + "Options";
	}

	private static boolean isConfigTuples(Operation operation, Parameter parameter) {
		return parameter.isBody() && parameter.name().equals("fields") && parameter.dataType().equals("containers");
	}

	private static boolean isPrimitive(String type) {
		return type.equals("int") || type.equals("long") || type.equals("boolean");
	}

	private static String returnPrefix(String result) {
		return result.equals("void") ? "" : "return ";
	}

	private static String arguments(List<Parameter> positional, Parameter single) {
		return positional.stream()
			.map((parameter) -> (parameter == single) ? "List.of(" + javaName(parameter.name()) + ")"
					: javaName(parameter.name()))
			.collect(Collectors.joining(", "));
	}

	/**
	 * The Java type of an operation parameter: primitives for required scalars, boxed types for
	 * options, so that an option left out is {@code null} and is not sent.
	 */
	private static String parameterType(Parameter parameter, JavaSource source, boolean positional) {
		if (parameter.allowMultiple()) {
			if (parameter.isPath() || !parameter.dataType().equals("string")) {
				throw new IllegalStateException("Unexpected list parameter " + parameter);
			}
			source.importType("java.util.List");
			return "List<String>";
		}
		boolean primitive = positional && parameter.required();
		return switch (parameter.dataType()) {
			case "string" -> "String";
			case "int" -> primitive ? "int" : "Integer";
			case "long" -> primitive ? "long" : "Long";
			case "boolean" -> primitive ? "boolean" : "Boolean";
			case "containers" -> {
				source.importType("java.util.Map");
				yield "Map<String, String>";
			}
			case "object" -> {
				source.importType("java.util.Map");
				yield "Map<String, Object>";
			}
			default -> throw new IllegalStateException("Unknown parameter type " + parameter);
		};
	}

	/**
	 * The Java type of a model property or result, importing what it needs.
	 */
	private String javaType(String type, JavaSource source) {
		if (type.startsWith("List[")) {
			source.importType("java.util.List");
			return "List<" + javaType(type.substring(5, type.length() - 1), source) + ">";
		}
		switch (type) {
			case "string":
				return "String";
			case "int":
				return "Integer";
			case "long":
				return "Long";
			case "boolean":
				return "Boolean";
			case "double":
				return "Double";
			case "Date":
				source.importType("java.time.OffsetDateTime");
				return "OffsetDateTime";
			case "object":
				source.importType("java.util.Map");
				return "Map<String, Object>";
			default:
				Model model = this.spec.models().get(type);
				if (model == null || model.name().equals("Event")) {
					throw new IllegalStateException("Unknown type " + type);
				}
				boolean event = this.spec.isEvent(model);
				source.importType((event ? EVENT : MODEL) + "." + recordName(model, event));
				return recordName(model, event);
		}
	}

	private static String erasure(String type) {
		int generic = type.indexOf('<');
		String raw = (generic >= 0) ? type.substring(0, generic) : type;
		return raw.substring(raw.lastIndexOf('.') + 1);
	}

	/**
	 * A Java identifier for an ARI name: {@code protocol_id} becomes {@code protocolId},
	 * {@code absorbDTMF} stays; a keyword gets a trailing underscore-free suffix.
	 */
	static String javaName(String wireName) {
		String[] parts = wireName.split("_");
		StringBuilder name = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			name.append(capitalize(parts[i]));
		}
		String result = name.toString();
		return KEYWORDS.contains(result) ? result + "Value" : result;
	}

	static String capitalize(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	private static String codeList(List<String> values) {
		return values.stream().map((value) -> "{@code " + value + "}").collect(Collectors.joining(", "));
	}

}
