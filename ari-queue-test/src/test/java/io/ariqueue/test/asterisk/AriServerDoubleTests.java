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

	private AriServerDouble ari;

	private AriHttp http;

	@BeforeEach
	void start() {
		this.ari = AriServerDouble.builder().applications("app1", "app2").credentials("asterisk", "secret").build();
		this.http = new AriHttp(this.client, this.ari);
	}

	@AfterEach
	void stop() {
		this.sockets.forEach(EventSocket::close);
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

	// ---- helpers ----

	EventSocket connect(String applications) throws Exception {
		EventSocket socket = EventSocket.connect(this.client, eventsUri("app=" + applications + "&api_key="
				+ this.ari.username() + ":" + this.ari.password()), WAIT);
		this.sockets.add(socket);
		return socket;
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
