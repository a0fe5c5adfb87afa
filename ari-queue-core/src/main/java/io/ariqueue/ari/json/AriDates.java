package io.ariqueue.ari.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the timestamps that reach an ARI application: Asterisk's own form
 * ({@code 2026-11-26T04:02:39.610+0000}), ISO-8601 ({@code ...+00:00}, {@code ...Z}) and the
 * seven-digit fractions that AsterNET-ARI-Proxy writes. A timestamp without an offset is taken as
 * UTC.
 *
 * @author ari-queue team
 */
public final class AriDates {

	private static final DateTimeFormatter PARSER = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral('T')
		.appendValue(ChronoField.HOUR_OF_DAY, 2)
		.appendLiteral(':')
		.appendValue(ChronoField.MINUTE_OF_HOUR, 2)
		.optionalStart()
		.appendLiteral(':')
		.appendValue(ChronoField.SECOND_OF_MINUTE, 2)
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.optionalEnd()
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HH", "Z")
		.optionalEnd()
		.toFormatter()
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * The form Asterisk writes, used when ari-queue writes a timestamp.
	 */
	public static final DateTimeFormatter ASTERISK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

	private AriDates() {
	}

	/**
	 * Parse a timestamp in any of the accepted forms.
	 * @param text the text
	 * @return the timestamp, or {@code null} for {@code null} or blank text
	 * @throws DateTimeParseException if the text is not a timestamp
	 */
	public static OffsetDateTime parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		OffsetDateTime fast = parseFixedLayout(text);
		if (fast != null) {
			return fast;
		}
		TemporalAccessor parsed = PARSER.parse(text.trim());
		ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
				? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
		return OffsetDateTime.of(java.time.LocalDateTime.from(parsed), offset);
	}

	/**
	 * Every event carries two or more timestamps, and the general parser's optional sections cost
	 * more than the rest of the event's decoding: read the layouts that Asterisk and the proxies
	 * write by hand, and leave anything else to the general parser.
	 * @param text the text
	 * @return the timestamp, or {@code null} where the text does not have a known layout
	 */
	private static OffsetDateTime parseFixedLayout(String text) {
		int length = text.length();
		if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		int position = 19;
		int nanos = 0;
		if (position < length && text.charAt(position) == '.') {
			int start = ++position;
			while (position < length && isDigit(text.charAt(position))) {
				position++;
			}
			int count = position - start;
			if (count == 0 || count > 9) {
				return null;
			}
			nanos = digits(text, start, count);
			for (int i = count; i < 9; i++) {
				nanos *= 10;
			}
		}
		ZoneOffset offset = offset(text, position);
		if (offset == null) {
			return null;
		}
		try {
			return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static ZoneOffset offset(String text, int position) {
		int remaining = text.length() - position;
		if (remaining == 0) {
			return ZoneOffset.UTC;
		}
		char sign = text.charAt(position);
		if (sign == 'Z' && remaining == 1) {
			return ZoneOffset.UTC;
		}
		if (sign != '+' && sign != '-') {
			return null;
		}
		int hours;
		int minutes;
		if (remaining == 3) {
			hours = digits(text, position + 1, 2);
			minutes = 0;
		}
		else if (remaining == 5) {
			hours = digits(text, position + 1, 2);
			minutes = digits(text, position + 3, 2);
		}
		else if (remaining == 6 && text.charAt(position + 3) == ':') {
			hours = digits(text, position + 1, 2);
			minutes = digits(text, position + 4, 2);
		}
		else {
			return null;
		}
		if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
			return null;
		}
		int seconds = hours * 3600 + minutes * 60;
		return ZoneOffset.ofTotalSeconds((sign == '-') ? -seconds : seconds);
	}

	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * Write a timestamp as Asterisk does.
	 * @param timestamp the timestamp
	 * @return the text
	 */
	public static String format(OffsetDateTime timestamp) {
		return ASTERISK.format(timestamp);
	}

}
