package io.ariqueue.ari;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.fail;

/**
 * The conformance material in the repository's {@code conformance} folder: Asterisk's ARI
 * description ({@code ari-api-docs}) and the wire captures ({@code captures}). Tests that need them
 * fail, never skip, when they are missing.
 *
 * @author ari-queue team
 */
public final class ConformanceFixtures {

	private static final String ROOT_PROPERTY = "ariqueue.conformance.dir";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ConformanceFixtures() {
	}

	/**
	 * The directory of Asterisk's ARI description (Swagger 1.1).
	 * @return the directory
	 */
	public static Path apiDocs() {
		return locate("ari-api-docs", "resources.json");
	}

	/**
	 * The directory of the wire captures.
	 * @return the directory
	 */
	public static Path captures() {
		return locate("captures", "README.md");
	}

	/**
	 * Read a JSON file.
	 * @param file the file
	 * @return the tree
	 */
	public static JsonNode readJson(Path file) {
		try {
			return MAPPER.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Read a JSON-lines file.
	 * @param file the file
	 * @return one tree per non-blank line
	 */
	public static List<JsonNode> readJsonLines(Path file) {
		try {
			List<JsonNode> lines = new ArrayList<>();
			for (String line : Files.readAllLines(file)) {
				if (!line.isBlank()) {
					lines.add(MAPPER.readTree(line));
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The capture files whose names end as given, sorted.
	 * @param suffix the end of the file name
	 * @return the files
	 */
	public static List<Path> captureFiles(String suffix) {
		try (Stream<Path> files = Files.list(captures())) {
			return files.filter((file) -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JSON parser for the fixtures themselves, independent of the mapper under test.
	 * @return the mapper
	 */
	public static JsonMapper plainMapper() {
		return MAPPER;
	}

	private static Path locate(String name, String marker) {
		Path directory = root().resolve(name).normalize();
		if (!Files.isRegularFile(directory.resolve(marker))) {
			fail("Conformance fixture directory " + directory + " (with " + marker + ") is missing. These tests "
					+ "need conformance/" + name + " from the repository; Maven names the folder in the system "
					+ "property " + ROOT_PROPERTY + ".");
		}
		return directory;
	}

	private static Path root() {
		String configured = System.getProperty(ROOT_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		// run without Maven's property (an IDE, say): the working directory is the module's
		return Path.of("").toAbsolutePath().resolve("../conformance");
	}

}
