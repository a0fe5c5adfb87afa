package io.ariqueue.proxy.wire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.ari.ConformanceFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AriOperationTable}: it holds exactly the operations of Asterisk's ARI
 * description in the repository, and finds each one from a method and a concrete path.
 *
 * @author ari-queue team
 */
class AriOperationTableTests {

	private final AriOperationTable table = AriOperationTable.standard();

	@Test
	void findsEveryOperationOfTheAriDescription() {
		Path docs = ConformanceFixtures.apiDocs();
		List<String> described = new ArrayList<>();
		for (JsonNode api : ConformanceFixtures.readJson(docs.resolve("resources.json")).get("apis")) {
			String file = api.get("path").asString();
			String resource = file.substring(file.lastIndexOf('/') + 1, file.indexOf(".{format}"));
			for (JsonNode path : ConformanceFixtures.readJson(docs.resolve(resource + ".json")).get("apis")) {
				String template = path.get("path").asString();
				for (JsonNode operation : path.get("operations")) {
					if (operation.path("upgrade").isString()) {
						continue; // the events WebSocket is no command
					}
					String name = resource + "." + operation.get("nickname").asString();
					described.add(name);
					String method = operation.get("httpMethod").asString();
					String concrete = template.replaceAll("\\{([^}]+)}", "x-$1");
					AriOperationTable.Match match = this.table.match(method, concrete);
					assertThat(match.operation().name()).as(method + " " + concrete).isEqualTo(name);
					assertThat(match.operation().pathTemplate()).isEqualTo(template);
					for (JsonNode parameter : operation.path("parameters")) {
						String parameterName = parameter.get("name").asString();
						if (parameter.get("paramType").asString().equals("path")) {
							assertThat(match.pathVariables()).containsEntry(parameterName, "x-" + parameterName);
						}
						else {
							assertThat(match.operation().hasParameter(parameterName)).as(name + " " + parameterName).isTrue();
						}
					}
				}
			}
		}
		assertThat(this.table.operations()).extracting(AriOperation::name).containsExactlyInAnyOrderElementsOf(described);
	}

	@Test
	void prefersALiteralSegmentToAPlaceholder() {
		assertThat(this.table.match("POST", "/channels/create").operation().name()).isEqualTo("channels.create");
		assertThat(this.table.match("POST", "/channels/externalMedia").operation().name())
			.isEqualTo("channels.externalMedia");
		assertThat(this.table.match("GET", "/channels/create").operation().name()).isEqualTo("channels.get");
		assertThat(this.table.match("POST", "/channels/abc").operation().name()).isEqualTo("channels.originateWithId");
	}

	@Test
	void saysWhichMethodsAPathAllows() {
		assertThatExceptionOfType(AriOperationTable.UnknownOperationException.class)
			.isThrownBy(() -> this.table.match("PUT", "/channels/c1"))
			.withMessage("ARI has no PUT for /channels/c1; it allows DELETE, GET, POST")
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(405));
		assertThatExceptionOfType(AriOperationTable.UnknownOperationException.class)
			.isThrownBy(() -> this.table.match("GET", "/channels/c1/unknown"))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(404));
	}

}
