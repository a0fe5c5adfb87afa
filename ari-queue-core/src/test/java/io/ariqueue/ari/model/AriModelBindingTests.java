package io.ariqueue.ari.model;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.ari.ConformanceFixtures;
import io.ariqueue.ari.RecordAssertions;
import io.ariqueue.ari.json.AriJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the model records bind the responses Asterisk sent in the captures, and
 * AsterNET-ARI-Proxy's PascalCase JSON.
 *
 * @author ari-queue team
 */
class AriModelBindingTests {

	private final JsonMapper mapper = AriJson.mapper();

	@Test
	void readsEveryResponseBodyOfTheCapturesWithoutLosingAField() {
		Set<Class<?>> seen = new LinkedHashSet<>();
		for (Path file : ConformanceFixtures.captureFiles(".amqp-trace.jsonl")) {
			Map<String, JsonNode> commands = new HashMap<>();
			for (JsonNode trace : ConformanceFixtures.readJsonLines(file)) {
				if (!trace.get("trace_routing_key").asString().startsWith("publish.")) {
					continue;
				}
				String queue = trace.get("routing_keys").get(0).asString();
				String body = trace.get("body").asString();
				if (queue.startsWith("commands_") && body.startsWith("{")) {
					JsonNode command = parse(body);
					commands.put(command.get("unique_id").asString(), command);
				}
				else if (queue.startsWith("responses_")) {
					JsonNode response = parse(body);
					JsonNode command = commands.get(response.get("unique_id").asString());
					String responseBody = response.get("response_body").asString();
					int status = response.get("status_code").asInt();
					if (command == null || status < 200 || status > 299 || responseBody.isEmpty()) {
						continue;
					}
					Class<?> type = resultType(command.get("method").asString(), command.get("url").asString());
					Object result = this.mapper.readValue(responseBody, type);
					RecordAssertions.assertNothingLost(result, parse(responseBody),
							file.getFileName() + " " + command.get("url").asString());
					seen.add(type);
				}
			}
		}
		assertThat(seen).containsExactlyInAnyOrder(Channel.class, Variable.class, Playback.class, Bridge.class);
	}

	@Test
	void readsAsterNetPascalCaseModels() {
		String json = """
				{"Id":"1510840734.5","Protocol_id":"abc@host","Name":"PJSIP/100-00000005","State":"Up",
				"Caller":{"Name":"Alice","Number":"100"},"Connected":{"Name":null,"Number":null},
				"Dialplan":{"Context":"default","Exten":"s","Priority":1,"App_name":"Stasis","App_data":"test"},
				"Creationtime":"2017-11-16T13:58:54.1234567Z","Language":"en","Channelvars":{"A":"1"}}""";
		Channel channel = this.mapper.readValue(json, Channel.class);
		assertThat(channel.id()).isEqualTo("1510840734.5");
		assertThat(channel.protocolId()).isEqualTo("abc@host");
		assertThat(channel.caller()).isEqualTo(new CallerID("Alice", "100"));
		assertThat(channel.connected()).isEqualTo(new CallerID(null, null));
		assertThat(channel.dialplan().appName()).isEqualTo("Stasis");
		assertThat(channel.creationtime())
			.isEqualTo(OffsetDateTime.of(2017, 11, 16, 13, 58, 54, 123_456_700, ZoneOffset.UTC));
		assertThat(channel.channelvars()).containsEntry("A", "1");
		assertThat(channel.accountcode()).isNull();
		RecordAssertions.assertNothingLost(channel, parse(json), "AsterNET Channel");
	}

	@Test
	void readsListsAndNestedModels() {
		String json = """
				[{"id":"tt-monkeys","text":"Monkeys","formats":[{"language":"en","format":"gsm"},
				{"language":"fr","format":"wav"}]}]""";
		List<Sound> sounds = this.mapper.readValue(json,
				this.mapper.getTypeFactory().constructCollectionType(List.class, Sound.class));
		assertThat(sounds).singleElement()
			.satisfies((sound) -> assertThat(sound.formats()).containsExactly(new FormatLangPair("en", "gsm"),
					new FormatLangPair("fr", "wav")));
	}

	@Test
	void leavesAbsentFieldsNull() {
		Playback playback = this.mapper.readValue("{}", Playback.class);
		assertThat(playback).isEqualTo(new Playback(null, null, null, null, null, null));
	}

	private static JsonNode parse(String json) {
		return ConformanceFixtures.plainMapper().readTree(json);
	}

	private static Class<?> resultType(String method, String url) {
		if (method.equals("POST") && url.endsWith("/play")) {
			return Playback.class;
		}
		if (method.equals("GET") && url.endsWith("/variable")) {
			return Variable.class;
		}
		if (url.startsWith("/bridges")) {
			return Bridge.class;
		}
		if (method.equals("GET") && url.startsWith("/channels/")) {
			return Channel.class;
		}
		throw new IllegalStateException("No result type known for " + method + " " + url);
	}

}
