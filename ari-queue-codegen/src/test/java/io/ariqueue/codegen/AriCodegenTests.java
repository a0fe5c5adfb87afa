package io.ariqueue.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tests for {@link AriCodegen}: the committed sources of ari-queue-core are exactly what the
 * generator produces, and every generated element has our own documentation.
 *
 * @author ari-queue team
 */
class AriCodegenTests {

	@Test
	void committedSourcesAreUpToDate() throws Exception {
		Path apiDocs = apiDocs();
		Path output = Path.of("").toAbsolutePath().resolve("../ari-queue-core/src/main/java").normalize();
		AriCodegen codegen = new AriCodegen(ApiSpec.read(apiDocs), new DocsOverlay("/docs.properties"));
		Map<String, String> files = codegen.generate();
		List<String> stale = new ArrayList<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path committed = output.resolve(file.getKey());
			if (!Files.exists(committed) || !Files.readString(committed).equals(file.getValue())) {
				stale.add(file.getKey());
			}
		}
		assertThat(stale).as("sources that differ from the generator's output; regenerate (see README.md)").isEmpty();
		assertThat(files).hasSize(146);
	}

	@Test
	void everyGeneratedElementIsDocumentedInOurOwnWords() throws Exception {
		DocsOverlay docs = new DocsOverlay("/docs.properties");
		new AriCodegen(ApiSpec.read(apiDocs()), docs).generate();
		assertThat(docs.missing()).isEmpty();
		assertThat(docs.unused()).isEmpty();
	}

	@Test
	void namesFollowJavaConventions() {
		assertThat(AriCodegen.javaName("protocol_id")).isEqualTo("protocolId");
		assertThat(AriCodegen.javaName("absorbDTMF")).isEqualTo("absorbDTMF");
		assertThat(AriCodegen.javaName("transfer_progress")).isEqualTo("transferProgress");
		assertThat(AriCodegen.javaName("default")).isEqualTo("defaultValue");
		assertThat(AriCodegen.javaName("record")).isEqualTo("record");
	}

	@Test
	void wrapsLongDeclarationsOutsideTypeArgumentsAndStrings() {
		JavaSource source = new JavaSource("p");
		source.wrapped(1, "void method(" + "Map<String, Object> first, ".repeat(4) + "String \"a, b\", int last);");
		String rendered = source.render();
		assertThat(rendered).doesNotContain("Map<String,\n");
		assertThat(rendered.lines().filter((line) -> !line.isEmpty()))
			.allSatisfy((line) -> assertThat(line.replace("\t", "    ").length()).isLessThanOrEqualTo(120));
	}

	/**
	 * The copy of Asterisk's ARI description in the repository, {@code conformance/ari-api-docs}: the
	 * generator's default input.
	 */
	private static Path apiDocs() {
		// Maven passes the repository's conformance folder; without it (an IDE) the module directory is the start
		String configured = System.getProperty("ariqueue.conformance.dir");
		Path conformance = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of("").toAbsolutePath().resolve("../conformance");
		Path apiDocs = conformance.resolve("ari-api-docs").normalize();
		if (!Files.isRegularFile(apiDocs.resolve("resources.json"))) {
			fail("Asterisk's ARI description is missing at " + apiDocs
					+ "; it is conformance/ari-api-docs in the repository (system property "
					+ "ariqueue.conformance.dir names the conformance folder)");
		}
		return apiDocs;
	}

}
