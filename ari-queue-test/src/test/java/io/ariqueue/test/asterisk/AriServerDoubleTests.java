package io.ariqueue.test.asterisk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import io.ariqueue.test.simulator.asterisk.AriJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ARI server double over real HTTP and a real WebSocket, with the JDK's clients.
 */
class AriServerDoubleTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	static final Duration QUIET = Duration.ofMillis(300);

	private final HttpClient client = HttpClient.newHttpClient();

	private final List<EventSocket> sockets = new ArrayList<>();

	private final List<RawEventSocket> raw = new ArrayList<>();

	private AriServerDouble ari;

	private AriHttp http;

	@BeforeEach
	void start() {
		this.ari = AriServerDouble.builder().applications("app1", "app2").credentials("asterisk", "secret").build();
		this.http = new AriHttp(this.client, this.ari);
	}

	@AfterEach
	void stop() throws Exception {
		this.sockets.forEach(EventSocket::close);
		for (RawEventSocket socket : this.raw) {
			socket.close();
		}
		this.ari.close();
	}

	@Test
	void carriesAWholeOneLegCall() throws Exception {
		EventSocket events = connect("app1");
		String channelId = this.ari.placeCall("app1", (call) -> call.callerNumber("100").args("en", "42"));

		String startText = events.nextFrame(WAIT);
		JsonNode start = AriJson.read(startText);
		assertThat(fieldNames(start)).containsExactly("type", "timestamp", "args", "channel", "asterisk_id",
				"application");
		assertThat(start.get("type").stringValue()).isEqualTo("StasisStart");
		assertThat(start.get("application").stringValue()).isEqualTo("app1");
		assertThat(start.get("args").toString()).isEqualTo("[\"en\",\"42\"]");
		assertThat(start.get("channel").get("id").stringValue()).isEqualTo(channelId);
		assertThat(start.get("channel").get("dialplan").get("app_data").stringValue()).isEqualTo("app1,en,42");

		HttpResponse<String> answer = this.http.call("POST", "/channels/" + channelId + "/answer", null);
		assertThat(answer.statusCode()).isEqualTo(204);
		assertThat(answer.body()).isEmpty();
		JsonNode stateChange = events.next(WAIT);
		assertThat(stateChange.get("type").stringValue()).isEqualTo("ChannelStateChange");
		assertThat(stateChange.get("channel").get("state").stringValue()).isEqualTo("Up");

		HttpResponse<String> play = this.http.call("POST", "/channels/" + channelId + "/play/pb-1",
				"{\"media\":\"sound:hello-world\"}");
		assertThat(play.statusCode()).isEqualTo(201);
		assertThat(play.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode playback = AriJson.read(play.body());
		assertThat(playback.get("id").stringValue()).isEqualTo("pb-1");
		assertThat(playback.get("target_uri").stringValue()).isEqualTo("channel:" + channelId);
		assertThat(types(events, 2)).containsExactly("PlaybackStarted", "PlaybackFinished");

		HttpResponse<String> hangup = this.http.call("DELETE", "/channels/" + channelId, null);
		assertThat(hangup.statusCode()).isEqualTo(204);
		List<JsonNode> end = next(events, 3);
		assertThat(end).extracting((event) -> event.get("type").stringValue())
			.containsExactly("ChannelHangupRequest", "StasisEnd", "ChannelDestroyed");
		assertThat(end).allSatisfy((event) -> {
			assertThat(event.get("channel").get("id").stringValue()).isEqualTo(channelId);
			assertThat(event.get("application").stringValue()).isEqualTo("app1");
		});
		assertThat(this.http.call("GET", "/channels/" + channelId, null).statusCode()).isEqualTo(404);
		assertThat(this.ari.asterisk().channel(channelId).orElseThrow().hungUp()).isTrue();
		assertThat(this.ari.requests()).extracting(RecordedRequest::method, RecordedRequest::path,
				RecordedRequest::status)
			.contains(org.assertj.core.groups.Tuple.tuple("POST", "/ari/channels/" + channelId + "/answer", 204),
					org.assertj.core.groups.Tuple.tuple("DELETE", "/ari/channels/" + channelId, 204));
	}

	// ---- authentication ----

	@Test
	void servesAStoredRecordingsFileAsAsteriskDoesWithItsMediaType() throws Exception {
		connect("app1");
		String channelId = this.ari.placeCall("app1");
		this.http.call("POST", "/channels/" + channelId + "/record?name=greeting&format=wav", null);
		this.http.call("POST", "/recordings/live/greeting/stop", null);
		HttpResponse<byte[]> file = this.client.send(this.http.request("/recordings/stored/greeting/file")
			.header("Authorization", AriHttp.basic("asterisk", "secret"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("audio/wav");
		assertThat(file.body()).isEqualTo(this.ari.asterisk().storedRecordingFile("greeting").orElseThrow())
			.containsSubsequence(new byte[] { (byte) 0x7F, (byte) 0x80, (byte) 0xFF, 0 });
	}

	@Test
	void acceptsBasicAuthenticationAndTheApiKey() throws Exception {
		assertThat(this.http.call("GET", "/channels", null).statusCode()).isEqualTo(200);
		HttpResponse<String> apiKey = this.http.send(this.http.request("/channels?api_key=asterisk:secret"), "GET",
				null);
		assertThat(apiKey.statusCode()).isEqualTo(200);
		assertThat(apiKey.body()).isEqualTo("[]");
		assertThat(apiKey.headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@Test
	void answersWrongOrMissingCredentials401() throws Exception {
		List<HttpResponse<String>> refused = List.of(
				this.http.send(this.http.request("/channels"), "GET", null),
				this.http.send(this.http.request("/channels?api_key=asterisk:wrong"), "GET", null),
				this.http.send(this.http.request("/channels?api_key=asterisk"), "GET", null),
				this.http.send(this.http.request("/channels")
					.header("Authorization", AriHttp.basic("asterisk", "wrong")), "GET", null),
				this.http.send(this.http.request("/channels").header("Authorization", "Bearer secret"), "GET", null),
				// as in Asterisk, a Basic header is decisive: a right api_key does not rescue a wrong one
				this.http.send(this.http.request("/channels?api_key=asterisk:secret")
					.header("Authorization", AriHttp.basic("other", "secret")), "GET", null),
				// authentication comes before routing
				this.http.send(this.http.request("/no/such/resource"), "GET", null));
		assertThat(refused).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).isEqualTo("{\"message\":\"Authentication required\"}");
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValue("Basic realm=\"Asterisk REST Interface\"");
		});
		assertThat(this.ari.requests()).extracting(RecordedRequest::status).containsOnly(401);
	}

	@Test
	void authenticatesTheWebSocketUpgrade() throws Exception {
		EventSocket byApiKey = connect("app1");
		EventSocket byBasic = track(EventSocket.connect(this.client.newWebSocketBuilder()
			.header("Authorization", AriHttp.basic("asterisk", "secret")), eventsUri("app=app2"), WAIT));
		assertThat(this.ari.openWebSockets()).isEqualTo(2);
		this.ari.placeCall("app1");
		this.ari.placeCall("app2");
		assertThat(byApiKey.next(WAIT).get("application").stringValue()).isEqualTo("app1");
		assertThat(byBasic.next(WAIT).get("application").stringValue()).isEqualTo("app2");

		assertHandshakeStatus(eventsUri("app=app1&api_key=asterisk:wrong"), 401);
		assertHandshakeStatus(eventsUri("app=app1"), 401);
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> EventSocket.connect(this.client.newWebSocketBuilder()
				.header("Authorization", AriHttp.basic("asterisk", "wrong")), eventsUri("app=app1"), WAIT))
			.havingCause()
			.isInstanceOfSatisfying(WebSocketHandshakeException.class,
					(ex) -> assertThat(ex.getResponse().statusCode()).isEqualTo(401));
		assertThat(this.ari.openWebSockets()).isEqualTo(2);
		assertThat(this.ari.webSocketConnectionsSinceStart()).isEqualTo(2);
	}

	@Test
	void answersAnUpgradeWithoutAnApplication400() throws Exception {
		assertHandshakeStatus(eventsUri("api_key=asterisk:secret"), 400);
		assertThat(this.ari.openWebSockets()).isZero();
	}

	// ---- REST ----

	@Test
	void originatesWithAnIdIntoTheApplication() throws Exception {
		EventSocket events = connect("app2");
		HttpResponse<String> originate = this.http.call("POST",
				"/channels/leg-b?endpoint=PJSIP/200&app=app2&appArgs=dialed,b&callerId=%22Bob%22%20%3C200%3E", null);
		assertThat(originate.statusCode()).isEqualTo(200);
		JsonNode channel = AriJson.read(originate.body());
		assertThat(channel.get("id").stringValue()).isEqualTo("leg-b");
		assertThat(channel.get("state").stringValue()).isEqualTo("Down");
		assertThat(channel.get("caller").get("number").stringValue()).isEqualTo("200");
		JsonNode start = events.next(WAIT);
		assertThat(start.get("type").stringValue()).isEqualTo("StasisStart");
		assertThat(start.get("application").stringValue()).isEqualTo("app2");
		assertThat(start.get("args").toString()).isEqualTo("[\"dialed\",\"b\"]");
		assertThat(start.get("channel").get("id").stringValue()).isEqualTo("leg-b");
		assertThat(start.get("channel").get("state").stringValue()).isEqualTo("Up");

		HttpResponse<String> again = this.http.call("POST", "/channels/leg-b?endpoint=PJSIP/200&app=app2", null);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).isEqualTo("{\"message\":\"Channel with given unique ID already exists\"}");
	}

	@Test
	void createsAChannelAndAnExternalMediaChannelIntoTheApplication() throws Exception {
		EventSocket events = connect("app1");
		HttpResponse<String> noApp = this.http.call("POST", "/channels/create", "{\"endpoint\":\"PJSIP/300\"}");
		assertThat(noApp.statusCode()).isEqualTo(400);
		HttpResponse<String> created = this.http.call("POST", "/channels/create",
				"{\"endpoint\":\"PJSIP/300\",\"app\":\"app1\",\"channelId\":\"c-1\",\"appArgs\":\"a,b\","
						+ "\"variables\":{\"MINE\":\"1\"}}");
		assertThat(created.statusCode()).isEqualTo(200);
		JsonNode channel = AriJson.read(created.body());
		assertThat(channel.get("id").stringValue()).isEqualTo("c-1");
		assertThat(channel.get("state").stringValue()).isEqualTo("Down");
		assertThat(channel.get("name").stringValue()).startsWith("PJSIP/300-");
		JsonNode start = events.next(WAIT);
		assertThat(start.get("type").stringValue()).isEqualTo("StasisStart");
		assertThat(start.get("channel").get("id").stringValue()).isEqualTo("c-1");
		assertThat(start.get("args").toString()).isEqualTo("[\"a\",\"b\"]");
		assertThat(this.ari.asterisk().channel("c-1").orElseThrow().variables()).containsEntry("MINE", "1");

		HttpResponse<String> noHost = this.http.call("POST", "/channels/externalMedia",
				"{\"app\":\"app1\",\"format\":\"ulaw\"}");
		assertThat(noHost.statusCode()).isEqualTo(400);
		HttpResponse<String> media = this.http.call("POST", "/channels/externalMedia",
				"{\"app\":\"app1\",\"external_host\":\"127.0.0.1:9999\",\"format\":\"ulaw\",\"channelId\":\"m-1\"}");
		assertThat(media.statusCode()).isEqualTo(200);
		JsonNode mediaChannel = AriJson.read(media.body());
		assertThat(mediaChannel.get("id").stringValue()).isEqualTo("m-1");
		assertThat(mediaChannel.get("name").stringValue()).startsWith("UnicastRTP/127.0.0.1:9999-");
		assertThat(mediaChannel.get("channelvars").get("UNICASTRTP_LOCAL_PORT").stringValue()).isNotEmpty();
		JsonNode mediaStart = events.next(WAIT);
		assertThat(mediaStart.get("type").stringValue()).isEqualTo("StasisStart");
		assertThat(mediaStart.get("channel").get("id").stringValue()).isEqualTo("m-1");
	}

	@Test
	void snoopsOnAChannelUntilItHangsUp() throws Exception {
		EventSocket events = connect("app1");
		String channelId = this.ari.placeCall("app1");
		events.next(WAIT);
		HttpResponse<String> noDirection = this.http.call("POST", "/channels/" + channelId + "/snoop/s-1",
				"{\"app\":\"app1\"}");
		assertThat(noDirection.statusCode()).isEqualTo(400);
		assertThat(noDirection.body()).contains("Direction must be specified");
		HttpResponse<String> snoop = this.http.call("POST", "/channels/" + channelId + "/snoop/s-1",
				"{\"app\":\"app1\",\"spy\":\"both\",\"appArgs\":\"listen\"}");
		assertThat(snoop.statusCode()).isEqualTo(200);
		JsonNode channel = AriJson.read(snoop.body());
		assertThat(channel.get("id").stringValue()).isEqualTo("s-1");
		assertThat(channel.get("name").stringValue()).startsWith("Snoop/" + channelId + "-");
		JsonNode start = events.next(WAIT);
		assertThat(start.get("type").stringValue()).isEqualTo("StasisStart");
		assertThat(start.get("channel").get("id").stringValue()).isEqualTo("s-1");
		assertThat(start.get("args").toString()).isEqualTo("[\"listen\"]");

		this.ari.asterisk().hangUpFarEnd(channelId);
		assertThat(next(events, 6)).extracting((event) -> event.get("type").stringValue() + " "
				+ event.get("channel").get("id").stringValue())
			.containsExactly("ChannelHangupRequest " + channelId, "StasisEnd " + channelId,
					"ChannelDestroyed " + channelId, "ChannelHangupRequest s-1", "StasisEnd s-1",
					"ChannelDestroyed s-1");
	}

	@Test
	void readsQueryParametersAndAJsonBodyWithTheBodyWinning() throws Exception {
		connect("app1");
		HttpResponse<String> fromBody = this.http.call("POST", "/channels?endpoint=PJSIP/query",
				"{\"endpoint\":\"PJSIP/body\",\"app\":\"app1\",\"timeout\":30,\"channelId\":\"by-body\","
						+ "\"variables\":{\"CDR(userfield)\":\"x\",\"LANG\":\"de\"}}");
		assertThat(fromBody.statusCode()).isEqualTo(200);
		JsonNode channel = AriJson.read(fromBody.body());
		assertThat(channel.get("id").stringValue()).isEqualTo("by-body");
		assertThat(channel.get("name").stringValue()).startsWith("PJSIP/body-");
		assertThat(this.ari.asterisk().channel("by-body").orElseThrow().variables())
			.containsEntry("CDR(userfield)", "x").containsEntry("LANG", "de");

		HttpResponse<String> fromQuery = this.http.call("POST", "/channels/by-query?endpoint=PJSIP/300&app=app1", null);
		assertThat(fromQuery.statusCode()).isEqualTo(200);
		assertThat(this.ari.asterisk().channel("by-query").orElseThrow().name()).startsWith("PJSIP/300-");
		assertThat(this.http.call("POST", "/channels/by-query/variable?variable=COLOR&value=dark%20blue", null)
			.statusCode()).isEqualTo(204);
		assertThat(this.http.call("POST", "/channels/by-query/variable?variable=SHAPE&value=round",
				"{\"value\":\"square\"}").statusCode()).isEqualTo(204);
		assertThat(this.ari.asterisk().channel("by-query").orElseThrow().variables())
			.containsEntry("COLOR", "dark blue").containsEntry("SHAPE", "square");
		HttpResponse<String> read = this.http.call("GET", "/channels/by-query/variable?variable=COLOR", null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).isEqualTo("{\"value\":\"dark blue\"}");
	}

	@Test
	void saysWhatBadBodiesDo() throws Exception {
		// a JSON value of the wrong type is refused (strict by default)
		HttpResponse<String> wrongType = this.http.call("POST", "/channels",
				"{\"endpoint\":\"PJSIP/1\",\"app\":\"app1\",\"timeout\":\"30\"}");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("Invalid type for parameter 'timeout'");
		// not JSON at all
		HttpResponse<String> broken = this.http.call("POST", "/channels", "{\"endpoint\":");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).isEqualTo("{\"message\":\"Error parsing request body\"}");
		// like Asterisk, a body is JSON only with Content-Type application/json: otherwise it is not read
		HttpResponse<String> untyped = this.http.send(this.http.request("/channels")
			.header("Authorization", AriHttp.basic("asterisk", "secret"))
			.header("Content-Type", "text/plain"), "POST", "{\"endpoint\":\"PJSIP/1\",\"app\":\"app1\"}");
		assertThat(untyped.statusCode()).isEqualTo(400);
		assertThat(untyped.body()).isEqualTo("{\"message\":\"Endpoint must be specified\"}");
		assertThat(this.ari.asterisk().channels()).isEmpty();
	}

	@Test
	void readsAFormBodyAsParameters() throws Exception {
		HttpResponse<String> form = this.http.send(this.http.request("/bridges")
			.header("Authorization", AriHttp.basic("asterisk", "secret"))
			.header("Content-Type", "application/x-www-form-urlencoded"), "POST", "bridgeId=b-1&type=mixing");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(AriJson.read(form.body()).get("id").stringValue()).isEqualTo("b-1");
	}

	@Test
	void answersUnknownPathsAndMethodsLikeAsterisk() throws Exception {
		HttpResponse<String> unknown = this.http.call("GET", "/no/such/resource", null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).isEqualTo("{\"message\":\"Resource not found\"}");
		HttpResponse<String> method = this.http.call("PUT", "/channels", "{}");
		assertThat(method.statusCode()).isEqualTo(405);
		assertThat(method.body()).isEqualTo("{\"message\":\"Invalid method\"}");
		HttpResponse<String> root = this.http.call("GET", "", null);
		assertThat(root.statusCode()).isEqualTo(405);
		HttpResponse<String> noChannel = this.http.call("GET", "/channels/nope", null);
		assertThat(noChannel.statusCode()).isEqualTo(404);
		assertThat(noChannel.body()).isEqualTo("{\"message\":\"Channel not found\"}");
		HttpResponse<String> outside = this.client.send(
				java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.ari.port() + "/httpstatus"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(outside.statusCode()).isEqualTo(404);
		assertThat(outside.body()).contains("<address>Asterisk Server</address>");
		HttpResponse<String> upgradeRequired = this.http.call("GET", "/events?app=app1", null);
		assertThat(upgradeRequired.statusCode()).isEqualTo(426);
	}

	// ---- applications ----

	@Test
	void sendsEachApplicationOnlyItsOwnEvents() throws Exception {
		EventSocket one = connect("app1");
		EventSocket two = connect("app2");
		String first = this.ari.placeCall("app1");
		JsonNode start = one.next(WAIT);
		assertThat(start.get("channel").get("id").stringValue()).isEqualTo(first);
		assertThat(two.quietFor(QUIET)).isTrue();

		this.http.call("POST", "/channels/second?endpoint=PJSIP/2&app=app2", null);
		assertThat(two.awaitType("StasisStart", WAIT).get("application").stringValue()).isEqualTo("app2");
		this.ari.asterisk().hangUpFarEnd(first);
		assertThat(types(one, 3)).containsExactly("ChannelHangupRequest", "StasisEnd", "ChannelDestroyed");
		assertThat(one.quietFor(QUIET)).isTrue();
		assertThat(two.quietFor(QUIET)).isTrue();
	}

	@Test
	void servesSeveralApplicationsOnOneWebSocket() throws Exception {
		EventSocket both = connect("app1,app2");
		this.ari.placeCall("app2");
		this.ari.placeCall("app1");
		assertThat(next(both, 2)).extracting((event) -> event.get("application").stringValue())
			.containsExactly("app2", "app1");
	}

	@Test
	void letsANewerWebSocketTakeAnApplicationOver() throws Exception {
		EventSocket older = connect("app1");
		EventSocket newer = connect("app1");
		JsonNode replaced = older.next(WAIT);
		assertThat(replaced.get("type").stringValue()).isEqualTo("ApplicationReplaced");
		assertThat(replaced.get("application").stringValue()).isEqualTo("app1");
		String channelId = this.ari.placeCall("app1");
		assertThat(newer.next(WAIT).get("channel").get("id").stringValue()).isEqualTo(channelId);
		assertThat(older.quietFor(QUIET)).isTrue();
		assertThat(this.ari.openWebSockets()).isEqualTo(2);
	}

	@Test
	void sendsEverythingToASubscribeAllApplication() throws Exception {
		EventSocket one = connect("app1");
		EventSocket all = track(EventSocket.connect(this.client,
				eventsUri("app=app2&subscribeAll=true&api_key=asterisk:secret"), WAIT));
		String channelId = this.ari.placeCall("app1");
		assertThat(one.next(WAIT).get("application").stringValue()).isEqualTo("app1");
		JsonNode copy = all.next(WAIT);
		assertThat(copy.get("application").stringValue()).isEqualTo("app2");
		assertThat(copy.get("channel").get("id").stringValue()).isEqualTo(channelId);
	}

	@Test
	void unregistersTheApplicationsOfAClosedWebSocket() throws Exception {
		EventSocket events = connect("app1,app2");
		events.webSocket().sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").get(WAIT.toSeconds(),
				java.util.concurrent.TimeUnit.SECONDS);
		assertThat(events.ended(WAIT))
			.isEqualTo("close 1000");
		org.awaitility.Awaitility.await().atMost(WAIT).until(() -> this.ari.openWebSockets() == 0);
		assertThat(this.ari.serves("app1")).isFalse();
		assertThat(this.ari.serves("app2")).isFalse();
		assertThat(this.ari.webSocketConnectionsSinceStart()).isEqualTo(1);
	}

	@Test
	void refusesACallIntoAnApplicationNoWebSocketServes() throws Exception {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.ari.placeCall("app1"))
			.withMessageContaining("No WebSocket serves application app1");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.ari.placeCall("app3"));
		assertThat(this.ari.asterisk().channels()).isEmpty();
	}

	// ---- faults ----

	@Test
	void failsMatchingRequestsUntilFaultsAreCleared() throws Exception {
		connect("app1");
		String channelId = this.ari.placeCall("app1");
		this.ari.failRequests(RecordedRequest.to("POST", "/ari/channels/[^/]+/answer"), 500, "Internal Server Error");
		HttpResponse<String> failed = this.http.call("POST", "/channels/" + channelId + "/answer", null);
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
		assertThat(this.ari.asterisk().channel(channelId).orElseThrow().state()).isEqualTo("Ring");
		assertThat(this.http.call("GET", "/channels/" + channelId, null).statusCode()).isEqualTo(200);
		this.ari.clearFaults();
		assertThat(this.http.call("POST", "/channels/" + channelId + "/answer", null).statusCode()).isEqualTo(204);
		assertThat(this.ari.requests()).filteredOn((request) -> request.path().endsWith("/answer"))
			.extracting(RecordedRequest::status)
			.containsExactly(500, 204);
	}

	@Test
	void answersMatchingRequestsLate() throws Exception {
		EventSocket events = connect("app1");
		String channelId = this.ari.placeCall("app1");
		events.next(WAIT);
		this.ari.delayRequests(RecordedRequest.to("POST", ".*/answer"), Duration.ofSeconds(1));
		assertThatExceptionOfType(java.net.http.HttpTimeoutException.class)
			.isThrownBy(() -> this.http.send(this.http.request("/channels/" + channelId + "/answer")
				.timeout(Duration.ofMillis(300))
				.header("Authorization", AriHttp.basic("asterisk", "secret")), "POST", null));
		// carried out at once, only the answer is late
		assertThat(events.next(WAIT).get("type").stringValue()).isEqualTo("ChannelStateChange");
		long start = System.nanoTime();
		assertThat(this.http.call("GET", "/channels/" + channelId, null).statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void dropsWebSocketsWithoutACloseFrameAndAcceptsThemAgain() throws Exception {
		RawEventSocket events = rawConnect("app1");
		String channelId = this.ari.placeCall("app1");
		events.next(WAIT);
		this.ari.dropWebSockets();
		assertThat(this.ari.openWebSockets()).isZero();
		assertThat(this.ari.serves("app1")).isFalse();
		assertThat(events.ended(WAIT)).isEqualTo(RawEventSocket.NO_CLOSE_FRAME);
		// lost: nobody listens
		this.ari.asterisk().pressDtmf(channelId, "1", 100);
		EventSocket again = connect("app1");
		assertThat(this.ari.webSocketConnectionsSinceStart()).isEqualTo(2);
		this.ari.asterisk().pressDtmf(channelId, "2", 100);
		JsonNode dtmf = again.next(WAIT);
		assertThat(dtmf.get("type").stringValue()).isEqualTo("ChannelDtmfReceived");
		assertThat(dtmf.get("digit").stringValue()).isEqualTo("2");
	}

	@Test
	void refusesWebSocketsWhileAsked() throws Exception {
		EventSocket open = connect("app1");
		this.ari.refuseWebSockets(true);
		assertHandshakeStatus(eventsUri("app=app2&api_key=asterisk:secret"), 503);
		assertThat(this.ari.openWebSockets()).isEqualTo(1);
		this.ari.refuseWebSockets(false);
		connect("app2");
		assertThat(this.ari.openWebSockets()).isEqualTo(2);
		assertThat(open.hasEnded()).isFalse();
	}

	@Test
	void forgetsEverythingOnARestart() throws Exception {
		RawEventSocket events = rawConnect("app1");
		String channelId = this.ari.placeCall("app1");
		events.next(WAIT);
		this.http.call("POST", "/bridges/b-1", null);
		this.http.call("POST", "/bridges/b-1/addChannel?channel=" + channelId, null);
		events.awaitType("ChannelEnteredBridge", WAIT);
		int port = this.ari.port();

		this.ari.restart();

		assertThat(events.ended(WAIT)).isEqualTo(RawEventSocket.NO_CLOSE_FRAME);
		assertThat(this.ari.openWebSockets()).isZero();
		EventSocket after = connect("app1");
		assertThat(this.ari.port()).isEqualTo(port);
		HttpResponse<String> gone = this.http.call("GET", "/channels/" + channelId, null);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(this.http.call("GET", "/channels", null).body()).isEqualTo("[]");
		assertThat(this.http.call("GET", "/bridges/b-1", null).statusCode()).isEqualTo(404);
		assertThat(this.ari.asterisk().channels()).isEmpty();
		assertThat(after.quietFor(QUIET)).isTrue();
		String next = this.ari.placeCall("app1");
		assertThat(next).isNotEqualTo(channelId);
		assertThat(after.next(WAIT).get("channel").get("id").stringValue()).isEqualTo(next);
	}

	@Test
	void dropsWorkScheduledBeforeARestart() throws Exception {
		this.ari.close();
		this.ari = AriServerDouble.builder().applications("app1").credentials("asterisk", "secret")
			.playbackDuration(Duration.ofMillis(300)).build();
		this.http = new AriHttp(this.client, this.ari);
		EventSocket events = connect("app1");
		String channelId = this.ari.placeCall("app1");
		this.http.call("POST", "/channels/" + channelId + "/play?media=sound:beep", null);
		events.awaitType("PlaybackStarted", WAIT);
		this.ari.restart();
		EventSocket after = connect("app1");
		// the PlaybackFinished that was due is never sent
		assertThat(after.quietFor(Duration.ofMillis(600))).isTrue();
	}

	// ---- order ----

	@Test
	void keepsEventOrderUnderABurst() throws Exception {
		EventSocket events = connect("app1");
		String channelId = this.ari.placeCall("app1");
		events.next(WAIT);
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			digits.append("0123456789*#".charAt(i % 12));
		}
		this.ari.asterisk().pressDtmf(channelId, digits.toString(), 100);
		StringBuilder received = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			JsonNode event = events.next(WAIT);
			assertThat(event.get("type").stringValue()).isEqualTo("ChannelDtmfReceived");
			received.append(event.get("digit").stringValue());
		}
		assertThat(received).hasToString(digits.toString());
	}

	// ---- helpers ----

	EventSocket connect(String applications) throws Exception {
		return track(EventSocket.connect(this.client, eventsUri("app=" + applications + "&api_key="
				+ this.ari.username() + ":" + this.ari.password()), WAIT));
	}

	/** A client that sees on the wire how a connection ends; see {@link RawEventSocket} for why. */
	RawEventSocket rawConnect(String applications) throws Exception {
		RawEventSocket socket = RawEventSocket.connect(eventsUri("app=" + applications + "&api_key="
				+ this.ari.username() + ":" + this.ari.password()), WAIT);
		this.raw.add(socket);
		return socket;
	}

	EventSocket track(EventSocket socket) {
		this.sockets.add(socket);
		return socket;
	}

	void assertHandshakeStatus(URI uri, int status) {
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> track(EventSocket.connect(this.client, uri, WAIT)))
			.havingCause()
			.isInstanceOfSatisfying(WebSocketHandshakeException.class,
					(ex) -> assertThat(ex.getResponse().statusCode()).isEqualTo(status));
	}

	URI eventsUri(String query) {
		return URI.create(this.ari.webSocketUri() + "?" + query);
	}

	static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	static List<JsonNode> next(EventSocket socket, int count) throws InterruptedException {
		List<JsonNode> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(socket.next(WAIT));
		}
		return events;
	}

	static List<String> types(EventSocket socket, int count) throws InterruptedException {
		return next(socket, count).stream().map((event) -> event.get("type").stringValue()).toList();
	}

}
