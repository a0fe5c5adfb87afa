package io.ariqueue.ari.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
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
		.toFormatter();

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
		TemporalAccessor parsed = PARSER.parse(text.trim());
		ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
				? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
		return OffsetDateTime.of(java.time.LocalDateTime.from(parsed), offset);
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
