package io.ariqueue.ari.resource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import io.ariqueue.ari.client.AriException;
import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.client.AriTimeoutException;
import io.ariqueue.ari.client.AriTransport;
import io.ariqueue.ari.client.DialogueClosedException;
import io.ariqueue.ari.model.AsteriskPing;
import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.Variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests that the generated API builds the requests Asterisk expects (method, path, typed
 * parameters) and maps the answers.
 *
 * @author ari-queue team
 */
class AriApiWireTests {

	private final RecordingTransport transport = new RecordingTransport();

	private final AriApi ari = AriApi.of(new AriOperations(this.transport, Runnable::run));

	@Test
	void answersWithNoParameters() {
		this.ari.channels().answer("1510840734.5");
		assertRequest("POST", "/channels/1510840734.5/answer", Map.of());
		assertThat(this.transport.last().operation()).isEqualTo("channels.answer");
	}

	@Test
	void encodesPathSegments() {
		this.ari.channels().get("a b/c?d");
		assertRequest("GET", "/channels/a%20b%2Fc%3Fd", Map.of());
		this.ari.endpoints().get("PJSIP", "alice@example.com");
		assertRequest("GET", "/endpoints/PJSIP/alice@example.com", Map.of());
	}

	@Test
	void playsWithTypedOptions() {
		this.transport.answer(201, """
				{"id":"pb-1","media_uri":"sound:hello","target_uri":"channel:c 1","language":"en","state":"queued"}""");
		Playback playback = this.ari.channels()
			.play("c 1", "sound:hello", new Channels.PlayOptions().lang("en").skipms(3000).offsetms(0));
		assertRequest("POST", "/channels/c%201/play",
				Map.of("media", List.of("sound:hello"), "lang", "en", "offsetms", 0, "skipms", 3000));
		assertThat(this.transport.last().parameters().get("skipms")).isInstanceOf(Integer.class);
		assertThat(this.transport.last().operation()).isEqualTo("channels.play");
		assertThat(playback.id()).isEqualTo("pb-1");
		assertThat(playback.state()).isEqualTo("queued");

		this.ari.channels().play("c1", List.of("sound:a", "tone:ring"));
		assertRequest("POST", "/channels/c1/play", Map.of("media", List.of("sound:a", "tone:ring")));
		this.ari.channels().playWithId("c1", "pb-2", "sound:a");
		assertRequest("POST", "/channels/c1/play/pb-2", Map.of("media", List.of("sound:a")));
	}

	@Test
	void originatesWithVariablesAsAnObject() {
		this.transport.answer(200, "{\"id\":\"new-1\",\"name\":\"PJSIP/alice-00000001\",\"state\":\"Down\"}");
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("CALLERID(name)", "Alice");
		variables.put("Call_State", "Waiting");
		Channel channel = this.ari.channels()
			.originate("PJSIP/alice", new Channels.OriginateOptions().app("ivr")
				.appArgs("a,b")
				.timeout(30)
				.priority(1L)
				.variables(variables)
				.channelId("new-1"));
		assertRequest("POST", "/channels", Map.of("endpoint", "PJSIP/alice", "app", "ivr", "appArgs", "a,b",
				"timeout", 30, "priority", 1L, "variables", variables, "channelId", "new-1"));
		assertThat(this.transport.last().parameters().get("variables")).isInstanceOf(Map.class);
		assertThat(channel.id()).isEqualTo("new-1");
		variables.put("late", "change");
		assertThat(this.transport.last().parameters().get("variables"))
			.isEqualTo(Map.of("CALLERID(name)", "Alice", "Call_State", "Waiting"));
	}

	@Test
	void hangsUpWithAReason() {
		this.ari.channels().hangup("c1", new Channels.HangupOptions().reason("busy"));
		assertRequest("DELETE", "/channels/c1", Map.of("reason", "busy"));
		this.ari.channels().hangup("c1");
		assertRequest("DELETE", "/channels/c1", Map.of());
	}

	@Test
	void setsAndReadsChannelVariables() {
		this.ari.channels()
			.setChannelVar("c1", "TESTVAR", new Channels.SetChannelVarOptions().value("hello").reportEvents(true));
		assertRequest("POST", "/channels/c1/variable",
				Map.of("variable", "TESTVAR", "value", "hello", "report_events", true));
		assertThat(this.transport.last().parameters().get("report_events")).isInstanceOf(Boolean.class);

		this.transport.answer(200, "{\"value\":\"hello\"}");
		Variable variable = this.ari.channels().getChannelVar("c1", "TESTVAR");
		assertRequest("GET", "/channels/c1/variable", Map.of("variable", "TESTVAR"));
		assertThat(variable.value()).isEqualTo("hello");

		this.ari.channels().setChannelVars("c1", Map.of("A", "1"));
		assertRequest("POST", "/channels/c1/variables", Map.of("variables", Map.of("A", "1")));
		this.transport.answer(200, "{\"variables\":{\"A\":\"1\",\"B\":\"2\"}}");
		assertThat(this.ari.channels().getChannelVars("c1", List.of("A", "B")).variables()).containsEntry("B", "2");
		assertRequest("GET", "/channels/c1/variables", Map.of("variables", List.of("A", "B")));
	}

	@Test
	void listsChannels() {
		this.transport.answer(200, "[{\"id\":\"c1\"},{\"id\":\"c2\"}]");
		List<Channel> channels = this.ari.channels().list();
		assertRequest("GET", "/channels", Map.of());
		assertThat(channels).extracting(Channel::id).containsExactly("c1", "c2");
	}

	@Test
	void addsChannelsToABridgeAsAList() {
		this.ari.bridges()
			.addChannel("br 1", List.of("c1", "c2"), new Bridges.AddChannelOptions().role("participant").absorbDTMF(true));
		assertRequest("POST", "/bridges/br%201/addChannel",
				Map.of("channel", List.of("c1", "c2"), "role", "participant", "absorbDTMF", true));
		this.ari.bridges().removeChannel("br1", "c1");
		assertRequest("POST", "/bridges/br1/removeChannel", Map.of("channel", List.of("c1")));
	}

	@Test
	void createsABridge() {
		this.transport.answer(200, "{\"id\":\"br1\",\"technology\":\"simple_bridge\",\"bridge_type\":\"mixing\",\"channels\":[]}");
		Bridge bridge = this.ari.bridges().create(new Bridges.CreateOptions().type("mixing").name("simbridge"));
		assertRequest("POST", "/bridges", Map.of("type", "mixing", "name", "simbridge"));
		assertThat(bridge.bridgeType()).isEqualTo("mixing");
		assertThat(bridge.channels()).isEmpty();
		this.ari.bridges().create();
		assertRequest("POST", "/bridges", Map.of());
	}

	@Test
	void recordsABridgeWithNumbersAndBooleans() {
		this.transport.answer(201, "{\"name\":\"rec\",\"format\":\"wav\",\"state\":\"queued\"}");
		this.ari.bridges()
			.record("br1", "rec", "wav",
					new Bridges.RecordOptions().maxDurationSeconds(60).beep(false).ifExists("overwrite"));
		assertRequest("POST", "/bridges/br1/record", Map.of("name", "rec", "format", "wav", "maxDurationSeconds", 60,
				"ifExists", "overwrite", "beep", false));
	}

	@Test
	void readsAsteriskInformation() {
		this.ari.asterisk().getInfo(new Asterisk.GetInfoOptions().only(List.of("build", "system")));
		assertRequest("GET", "/asterisk/info", Map.of("only", List.of("build", "system")));
		this.transport.answer(200, "{\"asterisk_id\":\"02:fc\",\"ping\":\"pong\",\"timestamp\":\"2026-11-26T04:02:39.610+0000\"}");
		AsteriskPing ping = this.ari.asterisk().ping();
		assertRequest("GET", "/asterisk/ping", Map.of());
		assertThat(ping.ping()).isEqualTo("pong");
		assertThat(ping.asteriskId()).isEqualTo("02:fc");
	}

	@Test
	void updatesAConfigurationObjectWithConfigTuples() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("directmedia", "false");
		fields.put("allow", "ulaw");
		this.transport.answer(200, "[{\"attribute\":\"directmedia\",\"value\":\"false\"}]");
		assertThat(this.ari.asterisk()
			.updateObject("res_pjsip", "endpoint", "alice", new Asterisk.UpdateObjectOptions().fields(fields)))
			.singleElement()
			.satisfies((tuple) -> assertThat(tuple.attribute()).isEqualTo("directmedia"));
		assertRequest("PUT", "/asterisk/config/dynamic/res_pjsip/endpoint/alice",
				Map.of("fields", List.of(Map.of("attribute", "directmedia", "value", "false"),
						Map.of("attribute", "allow", "value", "ulaw"))));
	}

	@Test
	void sendsAMessageToAnEndpoint() {
		this.ari.endpoints()
			.sendMessage("pjsip:alice", "pjsip:bob",
					new Endpoints.SendMessageOptions().body("hi").variables(Map.of("X-Header", "1")));
		assertRequest("PUT", "/endpoints/sendMessage",
				Map.of("to", "pjsip:alice", "from", "pjsip:bob", "body", "hi", "variables", Map.of("X-Header", "1")));
	}

	@Test
	void downloadsAStoredRecordingAsBytes() {
		this.transport.answer(200, new String(new byte[] { 'R', 'I', (byte) 0xFF, 0 }, StandardCharsets.ISO_8859_1));
		byte[] file = this.ari.recordings().getStoredFile("greeting");
		assertRequest("GET", "/recordings/stored/greeting/file", Map.of());
		assertThat(file).containsExactly('R', 'I', 0xFF, 0);
		this.transport.answer(200, "{\"name\":\"greeting-copy\",\"format\":\"wav\"}");
		assertThat(this.ari.recordings().copyStored("greeting", "greeting-copy").name()).isEqualTo("greeting-copy");
		assertRequest("POST", "/recordings/stored/greeting/copy", Map.of("destinationRecordingName", "greeting-copy"));
	}

	@Test
	void aStoredRecordingThatAProxyReadAsTextIsAnErrorNotACorruptFile() {
		// go-ari-proxy decodes the file as UTF-8: each byte that is not valid UTF-8 becomes U+FFFD
		this.transport.answer(200, "RI\uFFFD\u0000");
		assertThatExceptionOfType(AriException.class)
			.isThrownBy(() -> this.ari.recordings().getStoredFile("greeting"))
			.satisfies((ex) -> assertThat(ex.getAsteriskMessage()).isEqualTo(
					"the proxy carried the file as text and lost its bytes (character U+FFFD at 2); "
							+ "ari-queue-proxy carries files exactly"));
	}

	@Test
	void listsSoundsByLanguage() {
		this.transport.answer(200, "[]");
		assertThat(this.ari.sounds().list(new Sounds.ListOptions().lang("fr"))).isEmpty();
		assertRequest("GET", "/sounds", Map.of("lang", "fr"));
	}

	@Test
	void controlsAPlayback() {
		this.ari.playbacks().control("pb-1", "pause");
		assertRequest("POST", "/playbacks/pb-1/control", Map.of("operation", "pause"));
	}

	@Test
	void updatesADeviceStateAndAMailbox() {
		this.ari.deviceStates().update("Stasis:desk", "INUSE");
		assertRequest("PUT", "/deviceStates/Stasis:desk", Map.of("deviceState", "INUSE"));
		this.ari.mailboxes().update("100@default", 2, 1);
		assertRequest("PUT", "/mailboxes/100@default", Map.of("oldMessages", 2, "newMessages", 1));
		assertThat(this.transport.last().parameters().get("oldMessages")).isInstanceOf(Integer.class);
	}

	@Test
	void raisesAUserEvent() {
		this.ari.events()
			.userEvent("Alarm", "ivr",
					new Events.UserEventOptions().source(List.of("channel:c1")).variables(Map.of("level", "high")));
		assertRequest("POST", "/events/user/Alarm", Map.of("application", "ivr", "source", List.of("channel:c1"),
				"variables", Map.of("level", "high")));
	}

	@Test
	void subscribesAndFiltersAnApplication() {
		this.transport.answer(200, "{\"name\":\"ivr\",\"channel_ids\":[\"c1\"]}");
		assertThat(this.ari.applications().subscribe("ivr", "channel:c1").channelIds()).containsExactly("c1");
		assertRequest("POST", "/applications/ivr/subscription", Map.of("eventSource", List.of("channel:c1")));
		Map<String, Object> filter = Map.of("allowed", List.of(Map.of("type", "StasisStart")));
		this.ari.applications().filter("ivr", new Applications.FilterOptions().filter(filter));
		assertRequest("PUT", "/applications/ivr/eventFilter", filter);
	}

	@Test
	void runsTheSameCallsAsynchronously() throws Exception {
		this.transport.answer(200, "{\"value\":\"v\"}");
		CompletableFuture<Variable> variable = this.ari.async().channels().getChannelVar("c1", "X");
		assertThat(variable.get().value()).isEqualTo("v");
		assertRequest("GET", "/channels/c1/variable", Map.of("variable", "X"));
		this.transport.answer(204, "");
		CompletableFuture<Void> answered = this.ari.async().channels().answer("c1");
		assertThat(answered.get()).isNull();
		this.ari.async().bridges().play("br1", "sound:x", new Bridges.PlayOptions().lang("de"));
		assertRequest("POST", "/bridges/br1/play", Map.of("media", List.of("sound:x"), "lang", "de"));
	}

	@Test
	void turnsA404IntoAnAriException() {
		this.transport.answer(404, "{\"message\":\"Channel not found\"}");
		assertThatExceptionOfType(AriException.class).isThrownBy(() -> this.ari.channels().get("does-not-exist"))
			.satisfies((ex) -> {
				assertThat(ex.isNotFound()).isTrue();
				assertThat(ex.getStatus()).isEqualTo(404);
				assertThat(ex.getAsteriskMessage()).isEqualTo("Channel not found");
				assertThat(ex.getOperation()).isEqualTo("channels.get");
			});
		CompletableFuture<Channel> future = this.ari.async().channels().get("does-not-exist");
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(future::get)
			.havingCause()
			.isInstanceOfSatisfying(AriException.class, (ex) -> assertThat(ex.isNotFound()).isTrue());
	}

	@Test
	void propagatesTimeouts() {
		this.transport.fail(new AriTimeoutException("channels.answer", Duration.ofSeconds(5)));
		assertThatExceptionOfType(AriTimeoutException.class).isThrownBy(() -> this.ari.channels().answer("c1"))
			.satisfies((ex) -> assertThat(ex.getTimeout()).isEqualTo(Duration.ofSeconds(5)));
		CompletableFuture<Void> future = this.ari.async().channels().answer("c1");
		assertThatExceptionOfType(CompletionException.class).isThrownBy(future::join)
			.withCauseInstanceOf(AriTimeoutException.class);
	}

	@Test
	void propagatesClosedDialogues() {
		this.transport.fail(new DialogueClosedException("channels.hangup", "d-1"));
		assertThatExceptionOfType(DialogueClosedException.class).isThrownBy(() -> this.ari.channels().hangup("c1"))
			.satisfies((ex) -> assertThat(ex.getDialogueId()).isEqualTo("d-1"));
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> this.ari.async().channels().hangup("c1").get())
			.withCauseInstanceOf(DialogueClosedException.class);
	}

	@Test
	void rejectsMissingArgumentsBeforeSending() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.ari.channels().answer(""));
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> this.ari.channels().play("c1", (List<String>) null));
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> this.ari.channels().hangup("c1", null));
		assertThat(this.transport.requests).isEmpty();
	}

	@Test
	void optionsAreImmutableValues() {
		Channels.PlayOptions base = new Channels.PlayOptions().lang("en");
		Channels.PlayOptions changed = base.skipms(500);
		assertThat(base.skipms()).isNull();
		assertThat(changed.lang()).isEqualTo("en");
		assertThat(changed.skipms()).isEqualTo(500);
		assertThat(changed).isEqualTo(new Channels.PlayOptions().skipms(500).lang("en"))
			.hasSameHashCodeAs(new Channels.PlayOptions().lang("en").skipms(500))
			.isNotEqualTo(base)
			.hasToString("PlayOptions[lang=en, skipms=500]");
		List<String> only = new ArrayList<>(List.of("build"));
		Asterisk.GetInfoOptions options = new Asterisk.GetInfoOptions().only(only);
		only.add("system");
		assertThat(options.only()).containsExactly("build");
	}

	@Test
	void createsEachResourceOnce() {
		assertThat(this.ari.channels()).isSameAs(this.ari.channels());
		assertThat(this.ari.async()).isSameAs(this.ari.async());
		assertThat(this.ari.async().bridges()).isSameAs(this.ari.async().bridges());
	}

	private void assertRequest(String method, String path, Map<String, ?> parameters) {
		AriRequest request = this.transport.last();
		assertThat(request.method()).isEqualTo(method);
		assertThat(request.path()).isEqualTo(path);
		assertThat(request.parameters()).containsExactlyInAnyOrderEntriesOf(parameters);
		parameters.forEach((name, value) -> assertThat(request.parameters()).contains(entry(name, value)));
	}

	private static final class RecordingTransport implements AriTransport {

		private final List<AriRequest> requests = new ArrayList<>();

		private AriResponse response = new AriResponse(204, "");

		private Throwable failure;

		@Override
		public CompletableFuture<AriResponse> send(AriRequest request) {
			this.requests.add(request);
			return (this.failure != null) ? CompletableFuture.failedFuture(this.failure)
					: CompletableFuture.completedFuture(this.response);
		}

		void answer(int status, String body) {
			this.response = new AriResponse(status, body);
			this.failure = null;
		}

		void fail(Throwable failure) {
			this.failure = failure;
		}

		AriRequest last() {
			assertThat(this.requests).as("requests sent").isNotEmpty();
			return this.requests.get(this.requests.size() - 1);
		}

	}

}
