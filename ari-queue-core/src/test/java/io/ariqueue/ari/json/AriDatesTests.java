package io.ariqueue.ari.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AriDates}: every timestamp form that reaches an application parses to the same
 * instant and offset, and anything else is refused.
 *
 * @author ari-queue team
 */
class AriDatesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-26T04:02:39.610+0000            | 2026-11-26T04:02:39.610Z
			2016-04-08T14:03:05.120-0400            | 2016-04-08T14:03:05.120-04:00
			2017-11-16T13:58:54.101+00:00           | 2017-11-16T13:58:54.101Z
			2017-11-16T13:58:54.1234567Z            | 2017-11-16T13:58:54.1234567Z
			2026-11-26T04:02:39.612719692Z          | 2026-11-26T04:02:39.612719692Z
			2016-04-08T14:03:05.123456789-04:00     | 2016-04-08T14:03:05.123456789-04:00
			2026-11-26T04:02:39Z                    | 2026-11-26T04:02:39Z
			2026-11-26T04:02:39                     | 2026-11-26T04:02:39Z
			2026-11-26T04:02:39.5+05                | 2026-11-26T04:02:39.5+05:00
			2026-11-26T04:02:39.610+0530            | 2026-11-26T04:02:39.610+05:30
			2026-11-26T04:02                        | 2026-11-26T04:02Z
			""")
	void readsEveryFormAsTheSameInstantAndOffset(String text, String expected) {
		OffsetDateTime parsed = AriDates.parse(text);
		assertThat(parsed).isEqualTo(OffsetDateTime.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-26T25:00:00Z",
			"2026-11-26 04:02:39Z", "2026-11-26T04:02:39.1234567890Z", "2026-11-26T04:02:39+99:00" })
	void refusesWhatIsNotATimestamp(String text) {
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> AriDates.parse(text));
	}

	@Test
	void readsNothingAsNull() {
		assertThat(AriDates.parse(null)).isNull();
		assertThat(AriDates.parse(" ")).isNull();
	}

	@Test
	void writesAsAsteriskDoes() {
		OffsetDateTime timestamp = OffsetDateTime.of(2026, 11, 26, 4, 2, 39, 610_000_000, ZoneOffset.ofHours(-4));
		assertThat(AriDates.format(timestamp)).isEqualTo("2026-11-26T04:02:39.610-0400");
		assertThat(AriDates.parse(AriDates.format(timestamp))).isEqualTo(timestamp);
	}

}
