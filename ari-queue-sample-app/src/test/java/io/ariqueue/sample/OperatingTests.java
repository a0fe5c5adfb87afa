package io.ariqueue.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample as an operator sees it: {@code /actuator/health} and {@code /actuator/prometheus} read
 * over HTTP while calls run through a simulated proxy on the real broker, and while the
 * application's connection to the broker is cut.
 *
 * @author ari-queue team
 */
class OperatingTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final HttpClient http = HttpClient.newHttpClient();

	private RabbitBroker broker;

	private TcpRelay relay;

	private ProxySimulator proxy;

	private ConfigurableApplicationContext context;

	private String base;

	@BeforeEach
	void start() throws IOException {
		this.broker = BrokerLocator.shared();
		this.relay = new TcpRelay(this.broker);
		String application = "sample-ivr-ops-" + UUID.randomUUID().toString().substring(0, 8);
		this.proxy = ProxySimulator.builder(this.broker.connectionFactory()).application(application).build();
		this.context = SpringApplication.run(SampleIvrApplication.class, "--sample.demo.enabled=false",
				"--server.port=0", "--spring.main.banner-mode=off", "--ari.queue.application=" + application,
				"--spring.rabbitmq.host=127.0.0.1", "--spring.rabbitmq.port=" + this.relay.port(),
				"--spring.rabbitmq.username=" + this.broker.username(),
				"--spring.rabbitmq.password=" + this.broker.password());
		this.base = "http://127.0.0.1:" + this.context.getEnvironment().getProperty("local.server.port");
	}

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.proxy != null) {
			this.proxy.close();
		}
		if (this.relay != null) {
			this.relay.close();
		}
	}

	@Test
	void figuresMoveWithTheCalls() throws Exception {
		await().atMost(WAIT).until(() -> get("/actuator/health").statusCode() == 200);
		JsonNode ariQueue = ariQueueHealth();
		assertThat(ariQueue.path("status").stringValue()).isEqualTo("UP");
		assertThat(ariQueue.path("details").path("state").stringValue()).isEqualTo("consuming");
		assertThat(ariQueue.path("details").path("maxActiveDialogues").intValue()).isEqualTo(200);
		String before = get("/actuator/prometheus").body();

		for (int number = 1; number <= 3; number++) {
			placeCallThatChoosesADigit(String.valueOf(number));
		}

		await().atMost(WAIT).untilAsserted(() -> {
			String after = get("/actuator/prometheus").body();
			assertThat(value(after, "ari_queue_dialogues_started_total", "origin=\"announced\""))
				.isEqualTo(value(before, "ari_queue_dialogues_started_total", "origin=\"announced\"") + 3);
			assertThat(value(after, "ari_queue_dialogues_ended_total", "reason=\"primary_channel_ended\""))
				.isEqualTo(value(before, "ari_queue_dialogues_ended_total", "reason=\"primary_channel_ended\"") + 3);
			assertThat(value(after, "ari_queue_command_seconds_count", "operation=\"channels.answer\"",
					"outcome=\"success\""))
				.isEqualTo(3);
			assertThat(value(after, "ari_queue_handler_seconds_count", "event_type=\"StasisStart\"",
					"outcome=\"success\""))
				.isEqualTo(3);
			assertThat(value(after, "ari_queue_events_delay_seconds_count", "event_type=\"StasisStart\""))
				.isEqualTo(3);
			assertThat(value(after, "ari_queue_dialogues_active", "")).isZero();
		});
	}

	@Test
	void healthTurnsDownWhileTheBrokerIsOutOfReachAndUpWhenItIsBack() throws Exception {
		await().atMost(WAIT).until(() -> get("/actuator/health").statusCode() == 200);

		this.relay.cutForGood();
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
			JsonNode ariQueue = ariQueueHealth();
			assertThat(ariQueue.path("status").stringValue()).isEqualTo("DOWN");
			assertThat(ariQueue.path("details").path("connectionLostAt").isMissingNode()).isFalse();
		});

		this.relay.acceptAgain();
		await().atMost(Duration.ofSeconds(40)).until(() -> ariQueueHealth().path("status").stringValue().equals("UP"));
		placeCallThatChoosesADigit("5");
	}

	private void placeCallThatChoosesADigit(String digit) {
		SimulatedCall call = this.proxy.placeCall((spec) -> spec.callerNumber("30" + digit));
		String channel = "/channels/" + call.channelId();
		call.awaitCommand("POST", channel + "/play", WAIT);
		await().atMost(WAIT).until(() -> call.dialogue().eventTypes().contains("PlaybackFinished"));
		call.pressDtmf(digit);
		call.awaitCommand("DELETE", channel, WAIT);
		call.awaitHungUp(WAIT);
	}

	private JsonNode ariQueueHealth() throws IOException, InterruptedException {
		return JsonMapper.shared().readTree(get("/actuator/health").body()).path("components").path("ariQueue");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(WAIT).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The value of the first sample of a meter whose labels contain all of the given ones, zero
	 * when the meter has no such sample yet.
	 */
	private static double value(String exposition, String name, String... labels) {
		Matcher samples = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(exposition);
		while (samples.find()) {
			String found = (samples.group(1) != null) ? samples.group(1) : "";
			boolean matches = true;
			for (String label : labels) {
				matches &= found.contains(label);
			}
			if (matches) {
				return Double.parseDouble(samples.group(2));
			}
		}
		return 0;
	}

}
