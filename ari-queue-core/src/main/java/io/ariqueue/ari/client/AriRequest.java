package io.ariqueue.ari.client;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request to Asterisk's REST Interface: a method, a path relative to the ARI root, and the
 * operation's parameters with their JSON types kept.
 * <p>
 * Parameters are never rendered as a query string: proxies expect them as a JSON object, which
 * Asterisk reads by each parameter's declared type.
 *
 * @author ari-queue team
 */
public final class AriRequest {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private final String method;

	private final String path;

	private final String pathTemplate;

	private final Map<String, Object> parameters;

	private final String operation;

	private AriRequest(String method, String path, String pathTemplate, Map<String, Object> parameters,
			String operation) {
		this.method = method;
		this.path = path;
		this.pathTemplate = pathTemplate;
		this.parameters = parameters;
		this.operation = operation;
	}

	/**
	 * Start a request.
	 * @param method the HTTP method, in any case
	 * @param pathTemplate the path relative to the ARI root, with {@code {name}} placeholders for
	 * path parameters, for example {@code /channels/{channelId}/answer}
	 * @return a builder
	 */
	public static Builder of(String method, String pathTemplate) {
		return new Builder(method, pathTemplate);
	}

	/**
	 * The HTTP method, upper case.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	/**
	 * The path relative to the ARI root, starting with {@code /}, path parameters URL-encoded and no
	 * query string.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The path as given to {@link #of(String, String)}, starting with {@code /}, with its
	 * {@code {name}} placeholders: the same for every call of an operation.
	 * @return the path template
	 */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * The query and body parameters, in the order they were added, without {@code null} values.
	 * @return an unmodifiable view of the parameters
	 */
	public Map<String, Object> parameters() {
		return this.parameters;
	}

	/**
	 * A name for the operation, used in errors and logs, for example {@code channels.answer}.
	 * @return the operation name
	 */
	public String operation() {
		return this.operation;
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + " (" + this.operation + ")";
	}

	/**
	 * Builds an {@link AriRequest}.
	 */
	public static final class Builder {

		private final String method;

		private final String pathTemplate;

		private String path;

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		private String operation;

		private Builder(String method, String pathTemplate) {
			Objects.requireNonNull(method, "method must not be null");
			Objects.requireNonNull(pathTemplate, "pathTemplate must not be null");
			if (pathTemplate.indexOf('?') >= 0) {
				throw new IllegalArgumentException(
						"ARI path must not carry a query string; pass parameters instead: " + pathTemplate);
			}
			this.method = method.toUpperCase(Locale.ROOT);
			this.path = pathTemplate.startsWith("/") ? pathTemplate : "/" + pathTemplate;
			this.pathTemplate = this.path;
			this.operation = this.method + " " + this.path;
		}

		/**
		 * Fill in a path parameter, URL-encoding its value as a path segment.
		 * @param name the placeholder name, without braces
		 * @param value the value, required
		 * @return this builder
		 */
		public Builder pathParameter(String name, String value) {
			String placeholder = "{" + name + "}";
			if (!this.path.contains(placeholder)) {
				throw new IllegalArgumentException("No path parameter '" + name + "' in " + this.path);
			}
			if (value == null || value.isEmpty()) {
				throw new IllegalArgumentException("Path parameter '" + name + "' must not be empty");
			}
			this.path = this.path.replace(placeholder, encodePathSegment(value));
			return this;
		}

		/**
		 * Add a query or body parameter; {@code null} values are left out.
		 * @param name the ARI parameter name
		 * @param value the value: a string, number, boolean, list or map
		 * @return this builder
		 */
		public Builder parameter(String name, Object value) {
			if (value != null) {
				this.parameters.put(name, value);
			}
			return this;
		}

		/**
		 * Name the operation for errors and logs.
		 * @param operation the name, for example {@code channels.answer}
		 * @return this builder
		 */
		public Builder operation(String operation) {
			this.operation = operation;
			return this;
		}

		private static String encodePathSegment(String value) {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			StringBuilder encoded = new StringBuilder(bytes.length);
			for (byte b : bytes) {
				int c = b & 0xFF;
				if (isPathSegmentChar(c)) {
					encoded.append((char) c);
				}
				else {
					encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
				}
			}
			return encoded.toString();
		}

		// RFC 3986 pchar: unreserved / sub-delims / ":" / "@"
		private static boolean isPathSegmentChar(int c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalStateException if a path parameter was not filled in
		 */
		public AriRequest build() {
			int open = this.path.indexOf('{');
			if (open >= 0) {
				throw new IllegalStateException("Path parameter missing in " + this.path);
			}
			return new AriRequest(this.method, this.path, this.pathTemplate,
					Collections.unmodifiableMap(new LinkedHashMap<>(this.parameters)), this.operation);
		}

	}

}
