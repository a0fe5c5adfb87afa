package io.ariqueue.proxy.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the ARI operation a method and path stand for, so that a proxy sends Asterisk only what
 * ARI has. A literal path segment wins over a placeholder: {@code POST /channels/create} is
 * {@code channels.create}, not an originate with the id {@code create}.
 *
 * @author ari-queue team
 */
public final class AriOperationTable {

	private static final AriOperationTable STANDARD = new AriOperationTable(AriOperationCatalog.OPERATIONS);

	private final List<Template> templates;

	/**
	 * Create a table of these operations.
	 * @param operations the operations
	 */
	public AriOperationTable(List<AriOperation> operations) {
		List<Template> templates = new ArrayList<>(operations.size());
		for (AriOperation operation : operations) {
			templates.add(new Template(operation, operation.pathTemplate().substring(1).split("/", -1)));
		}
		this.templates = List.copyOf(templates);
	}

	/**
	 * The operations of the ARI description this build was generated from.
	 * @return the table
	 */
	public static AriOperationTable standard() {
		return STANDARD;
	}

	/**
	 * All operations.
	 * @return the operations, in the description's order
	 */
	public List<AriOperation> operations() {
		return this.templates.stream().map(Template::operation).toList();
	}

	/**
	 * Find the operation of a method and a path.
	 * @param method the HTTP method, upper case
	 * @param path the path relative to the ARI root, starting with {@code /}, its segments
	 * URL-encoded, without a query string
	 * @return the match, with the path's placeholders decoded
	 * @throws UnknownOperationException if ARI has no such path, or not this method for it
	 */
	public Match match(String method, String path) {
		String[] segments = path.substring(1).split("/", -1);
		Template best = null;
		int bestLiterals = -1;
		TreeSet<String> methods = new TreeSet<>();
		for (Template template : this.templates) {
			int literals = template.literalsMatching(segments);
			if (literals < 0) {
				continue;
			}
			if (!template.operation().method().equals(method)) {
				methods.add(template.operation().method());
				continue;
			}
			if (literals > bestLiterals) {
				best = template;
				bestLiterals = literals;
			}
		}
		if (best == null) {
			if (methods.isEmpty()) {
				throw new UnknownOperationException(404, "ARI has no resource at " + path);
			}
			throw new UnknownOperationException(405,
					"ARI has no " + method + " for " + path + "; it allows " + String.join(", ", methods));
		}
		return new Match(best.operation(), best.variables(segments));
	}

	/**
	 * A method and path matched to an operation.
	 *
	 * @param operation the operation
	 * @param pathVariables the placeholders' values, decoded, in template order
	 */
	public record Match(AriOperation operation, Map<String, String> pathVariables) {
	}

	/**
	 * ARI has no operation for a method and path.
	 */
	public static final class UnknownOperationException extends RuntimeException {

		private final int status;

		UnknownOperationException(int status, String message) {
			super(message);
			this.status = status;
		}

		/**
		 * The HTTP status that says why: 404 for an unknown path, 405 for a method the path does
		 * not allow.
		 * @return the status
		 */
		public int getStatus() {
			return this.status;
		}

	}

	private record Template(AriOperation operation, String[] segments) {

		/**
		 * How many literal segments match, or -1 if the path does not fit the template.
		 */
		int literalsMatching(String[] path) {
			if (path.length != this.segments.length) {
				return -1;
			}
			int literals = 0;
			for (int i = 0; i < path.length; i++) {
				String segment = this.segments[i];
				if (isPlaceholder(segment)) {
					if (path[i].isEmpty()) {
						return -1;
					}
				}
				else if (segment.equals(path[i])) {
					literals++;
				}
				else {
					return -1;
				}
			}
			return literals;
		}

		Map<String, String> variables(String[] path) {
			Map<String, String> variables = new LinkedHashMap<>();
			for (int i = 0; i < path.length; i++) {
				if (isPlaceholder(this.segments[i])) {
					String segment = this.segments[i];
					variables.put(segment.substring(1, segment.length() - 1), decode(path[i]));
				}
			}
			return Collections.unmodifiableMap(variables);
		}

		private static boolean isPlaceholder(String segment) {
			return segment.startsWith("{") && segment.endsWith("}");
		}

	}

	/**
	 * Percent-decode a path segment; a {@code +} stays a plus, as in any path.
	 * @throws IllegalArgumentException if the segment's percent-encoding is malformed
	 */
	static String decode(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
