package io.ariqueue.test.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What Go's {@code encoding/json} and {@code time} packages write, as go-ari-proxy uses them.
 *
 * @author ari-queue
 */
final class GoJson {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private GoJson() {
	}

	/**
	 * Quote a string like {@code json.Marshal}: {@code <}, {@code >} and {@code &} become {@code \u003c},
	 * {@code \u003e} and {@code \u0026}, control characters are escaped, other text is kept as UTF-8.
	 */
	static String quote(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * Format an instant as Go's {@code time.RFC3339Nano} in UTC, trailing zeros of the fraction removed,
	 * e.g. {@code 2026-11-26T04:02:39.612719692Z}.
	 */
	static String rfc3339Nano(Instant instant) {
		StringBuilder out = new StringBuilder(SECONDS.format(instant));
		int nanos = instant.getNano();
		if (nanos != 0) {
			String fraction = String.format("%09d", nanos);
			int end = fraction.length();
			while (fraction.charAt(end - 1) == '0') {
				end--;
			}
			out.append('.').append(fraction, 0, end);
		}
		return out.append('Z').toString();
	}

}
