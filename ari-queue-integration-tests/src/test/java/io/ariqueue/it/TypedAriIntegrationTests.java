package io.ariqueue.it;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.client.AriException;
import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.resource.Asterisk;
import io.ariqueue.ari.resource.Bridges;
import io.ariqueue.ari.resource.Channels;
import io.ariqueue.ari.resource.Events;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.Command;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The typed ARI through the broker: at least one operation of every resource, with the exact
 * command message the proxy received and the answer mapped to its type (an object, a list, no
 * content, or an error).
 *
 * @author ari-queue team
 */
class TypedAriIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-typed-" + UUID.randomUUID();

	@Test
	void everyResourceTravelsAsTheProxyExpects() {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.playbackDuration(Duration.ofSeconds(30))
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Script.class })) {
			SimulatedCall call = proxy.placeCall((c) -> c.variable("LANG", "de"));
			Script script = app.bean(Script.class);
			await().atMost(WAIT).until(() -> script.done);
			String id = call.channelId();
			Map<String, Object> results = script.results;

			assertThat(results.get("channels.answer")).isEqualTo("ok");
			assertThat(results.get("channels.getChannelVar")).isEqualTo("de");
			assertThat(results.get("async channels.getChannelVar")).isEqualTo("de");
			assertThat(results.get("channels.list")).isEqualTo(List.of(id));
			assertThat(results.get("channels.play")).isEqualTo("channel:" + id);
			assertThat(results.get("playbacks.get")).isEqualTo("sound:hello");
			assertThat(results.get("bridges.create")).isEqualTo("mixing conference");
			assertThat(results.get("bridges.addChannel")).isEqualTo("ok");
			assertThat(results.get("recordings.listStored")).isEqualTo(List.of());
			assertThat(results.get("raw GET /channels/{channelId}")).isEqualTo(200);
			for (String notSimulated : List.of("asterisk.getInfo", "endpoints.list", "sounds.list", "deviceStates.list",
					"mailboxes.list", "events.userEvent", "applications.list")) {
				assertThat(results.get(notSimulated)).as(notSimulated).isEqualTo("AriException 501 " + notSimulated);
			}
			assertThat(results.get("channels.get missing")).isEqualTo("AriException 404 not found: Channel not found");

			List<Command> commands = call.dialogue().commands();
			assertCommand(commands, "POST", "/channels/" + id + "/answer", "{}");
			assertCommand(commands, "GET", "/channels/" + id + "/variable", "{\"variable\":\"LANG\"}");
			assertCommand(commands, "GET", "/channels", "{}");
			assertCommand(commands, "POST", "/channels/" + id + "/play",
					"{\"media\":[\"sound:hello\"],\"lang\":\"en\",\"skipms\":3000}");
			assertCommand(commands, "POST", "/bridges", "{\"type\":\"mixing\",\"name\":\"conference\"}");
			assertCommand(commands, "GET", "/recordings/stored", "{}");
			assertCommand(commands, "GET", "/asterisk/info", "{\"only\":[\"build\",\"system\"]}");
			assertCommand(commands, "GET", "/endpoints", "{}");
			assertCommand(commands, "GET", "/sounds", "{\"lang\":\"en\"}");
			assertCommand(commands, "GET", "/deviceStates", "{}");
			assertCommand(commands, "GET", "/mailboxes", "{}");
			assertCommand(commands, "POST", "/events/user/call%20started",
					"{\"application\":\"" + this.application + "\",\"variables\":{\"step\":\"1\"}}");
			assertCommand(commands, "GET", "/applications", "{}");
			assertCommand(commands, "GET", "/channels/no%20such%2Fchannel", "{}");
			Command addChannel = commands.stream()
				.filter((command) -> command.url().endsWith("/addChannel"))
				.findFirst()
				.orElseThrow();
			assertThat(json.readTree(addChannel.body())).isEqualTo(json.readTree("{\"channel\":[\"" + id + "\"],\"absorbDTMF\":true}"));
			assertThat(commands).allSatisfy((command) -> assertThat(command.url()).doesNotContain("?"));
			assertThat(commands).extracting(Command::uniqueId).doesNotHaveDuplicates();
		}
	}

	private static void assertCommand(List<Command> commands, String method, String url, String body) {
		assertThat(commands).as("%s %s", method, url)
			.anySatisfy((command) -> {
				assertThat(command.method()).isEqualTo(method);
				assertThat(command.url()).isEqualTo(url);
				assertThat(json.readTree(command.body())).isEqualTo(json.readTree(body));
			});
	}

	@Component
	static class Script {

		final Map<String, Object> results = new LinkedHashMap<>();

		volatile boolean done;

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			String id = event.channel().id();
			Channels channels = session.channels();
			run("channels.answer", () -> {
				channels.answer(id);
				return "ok";
			});
			run("channels.getChannelVar", () -> channels.getChannelVar(id, "LANG").value());
			run("async channels.getChannelVar",
					() -> session.async().channels().getChannelVar(id, "LANG").thenApply(Variable::value).join());
			run("channels.list", () -> channels.list().stream().map(Channel::id).toList());
			Playback playback = channels.play(id, "sound:hello", new Channels.PlayOptions().lang("en").skipms(3000));
			run("channels.play", playback::targetUri);
			run("playbacks.get", () -> session.playbacks().get(playback.id()).mediaUri());
			Bridge bridge = session.bridges().create(new Bridges.CreateOptions().type("mixing").name("conference"));
			run("bridges.create", () -> bridge.bridgeType() + " " + bridge.name());
			run("bridges.addChannel", () -> {
				session.bridges().addChannel(bridge.id(), List.of(id), new Bridges.AddChannelOptions().absorbDTMF(true));
				return "ok";
			});
			run("recordings.listStored", () -> session.recordings().listStored());
			run("raw GET /channels/{channelId}", () -> {
				AriResponse response = session
					.request(AriRequest.of("GET", "/channels/{channelId}").pathParameter("channelId", id).build());
				return response.statusCode();
			});
			run("asterisk.getInfo", () -> session.asterisk().getInfo(new Asterisk.GetInfoOptions().only(List.of("build", "system"))));
			run("endpoints.list", () -> session.endpoints().list());
			run("sounds.list", () -> session.sounds().list(new io.ariqueue.ari.resource.Sounds.ListOptions().lang("en")));
			run("deviceStates.list", () -> session.deviceStates().list());
			run("mailboxes.list", () -> session.mailboxes().list());
			run("events.userEvent", () -> {
				session.events()
					.userEvent("call started", event.application(),
							new Events.UserEventOptions().variables(Map.of("step", "1")));
				return "ok";
			});
			run("applications.list", () -> session.applications().list());
			run("channels.get missing", () -> channels.get("no such/channel"));
			this.done = true;
		}

		private void run(String operation, Supplier<Object> call) {
			try {
				this.results.put(operation, call.get());
			}
			catch (AriException ex) {
				this.results.put(operation, "AriException " + ex.getStatus() + " "
						+ (ex.isNotFound() ? "not found: " + ex.getAsteriskMessage() : ex.getOperation()));
			}
		}

	}

}
