package io.ariqueue.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our own wording for the Javadoc of the generated API, kept in {@code docs.properties}. Asterisk's
 * descriptions are never copied; every documented element must have a line here, and the
 * generator refuses to run while one is missing.
 *
 * @author ari-queue team
 */
final class DocsOverlay {

	private final Properties lines = new Properties();

	private final Set<String> used = new HashSet<>();

	private final Set<String> missing = new TreeSet<>();

	DocsOverlay(String resource) throws IOException {
		try (InputStream in = DocsOverlay.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("No " + resource + " on the class path");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				this.lines.load(reader);
			}
		}
	}

	/**
	 * The text of the first key that exists; records the first key as missing if none does.
	 */
	String require(String... keys) {
		String text = find(keys);
		if (text == null) {
			this.missing.add(keys[0]);
			return "TODO";
		}
		return text;
	}

	/**
	 * The text of the first key that exists, or {@code null}.
	 */
	String find(String... keys) {
		for (String key : keys) {
			String text = this.lines.getProperty(key);
			if (text != null) {
				this.used.add(key);
				return text.strip();
			}
		}
		return null;
	}

	Set<String> missing() {
		return this.missing;
	}

	Set<String> unused() {
		Set<String> unused = new TreeSet<>(this.lines.stringPropertyNames());
		unused.removeAll(this.used);
		return unused;
	}

}
