package io.ariqueue.ari.event;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.ariqueue.ari.ConformanceFixtures;
import io.ariqueue.ari.RecordAssertions;
import io.ariqueue.ari.json.AriJson;
import io.ariqueue.ari.model.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AriEventReader}, against the real captures and AsterNET-ARI-Proxy's
 * PascalCase form.
 *
 * @author ari-queue team
 */
class AriEventReaderTests {

	private final AriEventReader reader = new AriEventReader(AriJson.mapper());

	@Test
	void readsEveryEventOfTheProxyCapturesWithoutLosingAField() {
		List<String> types = new ArrayList<>();
		for (Path file : ConformanceFixtures.captureFiles(".amqp-trace.jsonl")) {
			for (JsonNode trace : ConformanceFixtures.readJsonLines(file)) {
				String queue = trace.get("routing_keys").get(0).asString();
				if (!queue.startsWith("events_") || !trace.get("trace_routing_key").asString().startsWith("publish.")) {
					continue;
				}
				JsonNode envelope = parse(trace.get("body").asString());
				String type = envelope.get("type").asString();
				String ariBody = envelope.get("ari_body").asString();
				AriEvent event = this.reader.read(type, ariBody);
				assertThat(event).as(file.getFileName() + " " + type).isInstanceOf(AriEventTypes.forName(type));
				assertThat(event.type()).isEqualTo(type);
				assertThat(event.application()).isEqualTo("myapp");
				assertThat(event.timestamp()).isNotNull();
				RecordAssertions.assertNothingLost(event, parse(ariBody), file.getFileName() + " " + type);
				// and the same without the envelope's hint
				assertThat(this.reader.read(null, ariBody)).isEqualTo(event);
				types.add(type);
			}
		}
		assertThat(types).hasSizeGreaterThan(10)
			.contains("StasisStart", "StasisEnd", "ChannelHangupRequest", "ChannelVarset", "PlaybackStarted",
					"PlaybackFinished", "ChannelEnteredBridge", "ChannelStateChange", "ChannelDestroyed");
	}

	@Test
	void readsEveryEventOfTheDirectWebSocketCapture() {
		List<JsonNode> lines = ConformanceFixtures
			.readJsonLines(ConformanceFixtures.captures().resolve("03b_ari_websocket_direct.jsonl"));
		assertThat(lines).isNotEmpty();
		for (JsonNode line : lines) {
			String json = line.toString();
			AriEvent event = this.reader.read(null, json);
			String type = line.get("type").asString();
			assertThat(event).as(type).isInstanceOf(AriEventTypes.forName(type));
			assertThat(event.asteriskId()).isEqualTo("02:fc:00:00:00:01");
			RecordAssertions.assertNothingLost(event, line, "03b " + type);
		}
	}

	@Test
	void readsAsterNetPascalCaseEvents() {
		String json = """
				{"Args":[],"Channel":{"Id":"1510840734.5","Name":"PJSIP/100-00000005","State":"Ring",
				"Caller":{"Name":"Alice","Number":"100"},"Connected":{"Name":"","Number":""},"Accountcode":"",
				"Dialplan":{"Context":"from-internal","Exten":"200","Priority":3},
				"Creationtime":"2017-11-16T13:58:54.101+00:00","Language":"en"},
				"Replace_channel":{"Id":"1510840734.4","Creationtime":"2017-11-16T13:58:54.1234567Z"},
				"Application":"test","Timestamp":"2017-11-16T13:58:54.11+00:00","Type":"StasisStart"}""";
		for (String hint : new String[] { "StasisStart", null, "" }) {
			AriEvent read = this.reader.read(hint, json);
			assertThat(read).isInstanceOf(StasisStartEvent.class);
			StasisStartEvent event = (StasisStartEvent) read;
			assertThat(event.type()).isEqualTo("StasisStart");
			assertThat(event.application()).isEqualTo("test");
			assertThat(event.asteriskId()).isNull();
			assertThat(event.args()).isEmpty();
			assertThat(event.timestamp())
				.isEqualTo(OffsetDateTime.of(2017, 11, 16, 13, 58, 54, 110_000_000, ZoneOffset.UTC));
			Channel channel = event.channel();
			assertThat(channel.id()).isEqualTo("1510840734.5");
			assertThat(channel.state()).isEqualTo("Ring");
			assertThat(channel.caller().number()).isEqualTo("100");
			assertThat(channel.dialplan().priority()).isEqualTo(3);
			assertThat(channel.creationtime())
				.isEqualTo(OffsetDateTime.of(2017, 11, 16, 13, 58, 54, 101_000_000, ZoneOffset.UTC));
			assertThat(event.replaceChannel().id()).isEqualTo("1510840734.4");
			assertThat(event.replaceChannel().creationtime().getNano()).isEqualTo(123_456_700);
			RecordAssertions.assertNothingLost(event, parse(json), "AsterNET StasisStart");
		}
	}

	@Test
	void readsAsterNetNullMembersAsNull() {
		AriEvent event = this.reader.read("StasisEnd", """
				{"Channel":null,"Application":"test","Timestamp":null,"Type":"StasisEnd"}""");
		assertThat(event).isEqualTo(new StasisEndEvent("StasisEnd", "test", null, null, null));
	}

	@Test
	void ignoresUnknownFields() {
		AriEvent event = this.reader.read(null, """
				{"type":"ChannelDtmfReceived","application":"app","timestamp":"2026-11-26T04:02:39.610+0000",
				"digit":"5","duration_ms":120,"brand_new_field":{"a":[1,2]},"channel":{"id":"c1","future":true}}""");
		assertThat(event).isInstanceOfSatisfying(ChannelDtmfReceivedEvent.class, (dtmf) -> {
			assertThat(dtmf.digit()).isEqualTo("5");
			assertThat(dtmf.durationMs()).isEqualTo(120);
			assertThat(dtmf.channel().id()).isEqualTo("c1");
			assertThat(dtmf.timestamp()).isEqualTo(OffsetDateTime.of(2026, 11, 26, 4, 2, 39, 610_000_000, ZoneOffset.UTC));
		});
	}

	@Test
	void readsAnUnknownTypeAsUnknownEventWithItsJson() {
		String json = """
				{"type":"ChannelTeleported","application":"app","timestamp":"2026-11-26T04:02:39.610+0000",
				"asterisk_id":"02:fc:00:00:00:01","destination":"mars"}""";
		AriEvent event = this.reader.read(null, json);
		assertThat(event).isEqualTo(new UnknownEvent("ChannelTeleported", "app",
				OffsetDateTime.of(2026, 11, 26, 4, 2, 39, 610_000_000, ZoneOffset.UTC), "02:fc:00:00:00:01", json));
	}

	@Test
	void readsAnUnknownPascalCaseTypeWithTheHint() {
		String json = "{\"Type\":\"Teleported\",\"Application\":\"app\",\"Timestamp\":\"soon\"}";
		AriEvent event = this.reader.read("Teleported", json);
		assertThat(event).isEqualTo(new UnknownEvent("Teleported", "app", null, null, json));
	}

	@Test
	void theHintWinsOverTheBody() {
		AriEvent event = this.reader.read("StasisEnd", "{\"type\":\"StasisStart\",\"application\":\"app\"}");
		assertThat(event).isInstanceOf(StasisEndEvent.class);
	}

	@Test
	void rejectsMalformedJson() {
		assertThatExceptionOfType(AriEventFormatException.class).isThrownBy(() -> this.reader.read(null, "{\"type\":"))
			.withMessageContaining("not valid JSON");
		assertThatExceptionOfType(AriEventFormatException.class)
			.isThrownBy(() -> this.reader.read("StasisStart", "{\"type\":"))
			.withMessageContaining("StasisStart");
		assertThatExceptionOfType(AriEventFormatException.class).isThrownBy(() -> this.reader.read(null, "DUMMY"));
		assertThatExceptionOfType(AriEventFormatException.class).isThrownBy(() -> this.reader.read(null, ""));
		assertThatExceptionOfType(AriEventFormatException.class).isThrownBy(() -> this.reader.read(null, null));
	}

	@Test
	void rejectsJsonThatIsNotAnObject() {
		for (String json : new String[] { "[1,2]", "\"StasisStart\"", "42", "null" }) {
			assertThatExceptionOfType(AriEventFormatException.class).as(json)
				.isThrownBy(() -> this.reader.read(null, json));
			assertThatExceptionOfType(AriEventFormatException.class).as(json)
				.isThrownBy(() -> this.reader.read("StasisStart", json));
			assertThatExceptionOfType(AriEventFormatException.class).as(json)
				.isThrownBy(() -> this.reader.read("Unheard", json));
		}
	}

	@Test
	void rejectsAnEventWithoutType() {
		assertThatExceptionOfType(AriEventFormatException.class)
			.isThrownBy(() -> this.reader.read(null, "{\"application\":\"app\"}"))
			.withMessageContaining("no type");
	}

	@Test
	void rejectsAFieldThatDoesNotFitItsRecord() {
		assertThatExceptionOfType(AriEventFormatException.class)
			.isThrownBy(() -> this.reader.read("StasisStart", "{\"type\":\"StasisStart\",\"channel\":[1]}"))
			.isInstanceOf(IllegalArgumentException.class)
			.withMessageStartingWith("ARI event StasisStart cannot be read");
	}

	@Test
	void keepsLongInputOutOfTheMessage() {
		String secret = "x".repeat(5000);
		String[] inputs = { "{\"type\":\"StasisStart\",\"channel\":\"" + secret + "\"}",
				"{\"type\":\"" + secret, "[\"" + secret + "\"]", secret, "{\"application\":\"" + secret + "\"}" };
		for (String input : inputs) {
			for (String hint : new String[] { null, "StasisStart", "Unheard" }) {
				try {
					this.reader.read(hint, input);
				}
				catch (AriEventFormatException ex) {
					assertThat(ex.getMessage()).hasSizeLessThan(500);
				}
			}
		}
	}

	private static JsonNode parse(String json) {
		return ConformanceFixtures.plainMapper().readTree(json);
	}

}
