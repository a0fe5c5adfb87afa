package io.ariqueue.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ariqueue.codegen.ApiSpec.Model;
import io.ariqueue.codegen.ApiSpec.Operation;
import io.ariqueue.codegen.ApiSpec.Parameter;
import io.ariqueue.codegen.ApiSpec.Property;
import io.ariqueue.codegen.ApiSpec.Resource;

/**
 * Writes the two tables an ARI proxy needs from Asterisk's ARI description: every operation (to
 * refuse a command ARI has no operation for, and to bind the ids of what a command creates), and
 * the fields of each event that name a channel, bridge, playback or recording (to route the event
 * to the dialogues that own them).
 *
 * @author ari-queue team
 */
final class ProxyTables {

	static final String WIRE = "io.ariqueue.proxy.wire";

	private static final Map<String, String> OBJECT_KINDS = Map.of("Channel", "CHANNEL", "Bridge", "BRIDGE",
			"Playback", "PLAYBACK", "LiveRecording", "RECORDING");

	private final ApiSpec spec;

	ProxyTables(ApiSpec spec) {
		this.spec = spec;
	}

	void addTo(Map<String, String> files) {
		files.put(AriCodegen.path(WIRE, "AriOperationCatalog"), operations());
		files.put(AriCodegen.path(WIRE, "AriEventObjectCatalog"), eventObjects());
	}

	private String operations() {
		JavaSource source = new JavaSource(WIRE);
		source.importType("java.util.List");
		source.javadoc(0, "Every operation of Asterisk's REST Interface, generated from its description: the method, "
				+ "the path template and the names of its query and body parameters.");
		source.line(0, "final class AriOperationCatalog {");
		source.blank();
		source.line(1, "static final List<AriOperation> OPERATIONS = List.of(");
		List<String> entries = new ArrayList<>();
		for (Resource resource : this.spec.resources()) {
			for (Operation operation : resource.operations()) {
				if (operation.websocket()) {
					continue;
				}
				List<String> parameters = new ArrayList<>();
				for (Parameter parameter : operation.parameters()) {
					if (!parameter.isPath()) {
						parameters.add("\"" + parameter.name() + "\"");
					}
				}
				entries.add("new AriOperation(\"" + resource.name() + "." + operation.nickname() + "\", \""
						+ operation.httpMethod() + "\", \"" + operation.path() + "\", List.of("
						+ String.join(", ", parameters) + "))");
			}
		}
		for (int i = 0; i < entries.size(); i++) {
			source.wrapped(3, entries.get(i) + ((i < entries.size() - 1) ? "," : ");"));
		}
		source.blank();
		source.line(1, "private AriOperationCatalog() {");
		source.line(1, "}");
		source.blank();
		source.line(0, "}");
		return source.render();
	}

	private String eventObjects() {
		JavaSource source = new JavaSource(WIRE);
		source.importType("java.util.List");
		source.importType("java.util.Map");
		source.javadoc(0, "The fields of each ARI event that hold a channel, bridge, playback or recording, generated "
				+ "from Asterisk's description.");
		source.line(0, "final class AriEventObjectCatalog {");
		source.blank();
		source.line(1, "static final Map<String, List<AriObjectField>> FIELDS = Map.ofEntries(");
		List<String> entries = new ArrayList<>();
		for (Model event : this.spec.events().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
			List<String> fields = new ArrayList<>();
			for (Property property : this.spec.allProperties(event)) {
				String kind = OBJECT_KINDS.get(property.type());
				if (kind != null) {
					fields.add("new AriObjectField(\"" + property.name() + "\", AriObjectKind." + kind + ")");
				}
			}
			if (!fields.isEmpty()) {
				entries.add("Map.entry(\"" + event.name() + "\", List.of(" + String.join(", ", fields) + "))");
			}
		}
		for (int i = 0; i < entries.size(); i++) {
			source.wrapped(3, entries.get(i) + ((i < entries.size() - 1) ? "," : ");"));
		}
		source.blank();
		source.line(1, "private AriEventObjectCatalog() {");
		source.line(1, "}");
		source.blank();
		source.line(0, "}");
		return source.render();
	}

}
