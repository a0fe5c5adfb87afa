package io.ariqueue.test.simulator.asterisk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a request path against every ARI operation of Asterisk 22 and calls the handler of the
 * operations the fake Asterisk simulates. Like Asterisk, it answers {@code 404 Resource not found} for
 * an unknown path and {@code 405 Invalid method} for a known path with a method it does not serve; an
 * ARI operation that exists but is not simulated is answered {@code 501} so that a test never passes
 * by accident.
 *
 * @author ari-queue
 */
final class RestRouter {

	private static final String OPERATIONS = "ari-operations.txt";

	private final List<Template> templates = new ArrayList<>();

	private final Map<String, Handler> handlers = new HashMap<>();

	RestRouter() {
		for (String line : readOperations()) {
			int space = line.indexOf(' ');
			String method = line.substring(0, space);
			String path = line.substring(space + 1);
			Template template = this.templates.stream()
				.filter((candidate) -> candidate.path.equals(path))
				.findFirst()
				.orElseGet(() -> {
					Template created = new Template(path);
					this.templates.add(created);
					return created;
				});
			template.methods.add(method);
		}
	}

	void register(String method, String path, Handler handler) {
		if (this.templates.stream().noneMatch((template) -> template.path.equals(path) && template.methods.contains(method))) {
			throw new IllegalStateException("Not an ARI operation: " + method + " " + path);
		}
		this.handlers.put(method + " " + path, handler);
	}

	AriReply route(AriRequest request) {
		String[] segments = segments(request.path());
		if (segments.length == 0) {
			return AriReply.error(405, "Invalid method");
		}
		Template best = null;
		Map<String, String> variables = null;
		for (Template template : this.templates) {
			Map<String, String> matched = template.match(segments);
			if (matched != null && (best == null || template.moreSpecificThan(best))) {
				best = template;
				variables = matched;
			}
		}
		if (best == null) {
			return AriReply.error(404, "Resource not found");
		}
		if (!best.methods.contains(request.method())) {
			return AriReply.error(405, "Invalid method");
		}
		Handler handler = this.handlers.get(request.method() + " " + best.path);
		if (handler == null) {
			return AriReply.error(501,
					"Not simulated by the ari-queue fake Asterisk: " + request.method() + " " + best.path);
		}
		try {
			return handler.handle(request, variables);
		}
		catch (AriError ex) {
			return ex.toReply();
		}
	}

	private static String[] segments(String path) {
		List<String> result = new ArrayList<>();
		for (String segment : path.split("/", -1)) {
			result.add(percentDecode(segment));
		}
		while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
			result.remove(result.size() - 1);
		}
		return result.toArray(String[]::new);
	}

	private static String percentDecode(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '%' && i + 2 < bytes.length) {
				int value = Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16);
				if (value >= 0) {
					out.write(value);
					i += 2;
					continue;
				}
			}
			out.write(bytes[i]);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<String> readOperations() {
		try (InputStream in = RestRouter.class.getResourceAsStream(OPERATIONS)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + OPERATIONS);
			}
			List<String> lines = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.trim());
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Serves one ARI operation.
	 */
	@FunctionalInterface
	interface Handler {

		AriReply handle(AriRequest request, Map<String, String> pathVariables);

	}

	private static final class Template {

		final String path;

		final String[] segments;

		final List<String> methods = new ArrayList<>();

		Template(String path) {
			this.path = path;
			this.segments = path.substring(1).split("/");
		}

		Map<String, String> match(String[] actual) {
			if (actual.length != this.segments.length) {
				return null;
			}
			Map<String, String> variables = new LinkedHashMap<>();
			for (int i = 0; i < actual.length; i++) {
				String expected = this.segments[i];
				if (isVariable(expected)) {
					if (actual[i].isEmpty()) {
						return null;
					}
					variables.put(expected.substring(1, expected.length() - 1), actual[i]);
				}
				else if (!expected.equals(actual[i])) {
					return null;
				}
			}
			return variables;
		}

		boolean moreSpecificThan(Template other) {
			for (int i = 0; i < this.segments.length; i++) {
				boolean mine = isVariable(this.segments[i]);
				boolean theirs = isVariable(other.segments[i]);
				if (mine != theirs) {
					return !mine;
				}
			}
			return false;
		}

		private static boolean isVariable(String segment) {
			return segment.startsWith("{") && segment.endsWith("}");
		}

	}

}
