package io.ariqueue.test.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.ariqueue.test.junit.WithRabbitBroker;
import io.ariqueue.test.simulator.TestApp.Dialogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puts the go-ari-proxy captured in front of a real Asterisk 22 (the repository's
 * {@code conformance/captures}) and the simulator's {@code GO_ARI_PROXY} output through the same
 * wire checks.
 */
@WithRabbitBroker
@Timeout(60)
class CaptureConformanceTests {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static Path captures;

	/** What a proxy published: queue, AMQP properties as a map, body. */
	record Published(String queue, Map<String, Object> properties, String body) {
	}

	/** The flags of a declared queue. */
	record QueueFlags(String queue, boolean durable, boolean autoDelete, boolean exclusive) {
	}

	@BeforeAll
	static void findCaptures() {
		// Maven passes the repository's conformance folder; without it (an IDE) the module directory is the start
		String configured = System.getProperty("ariqueue.conformance.dir");
		Path conformance = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of(System.getProperty("user.dir")).resolve("../conformance");
		captures = conformance.resolve("captures").normalize();
		assertThat(captures.resolve("README.md"))
			.as("the go-ari-proxy captures, conformance/captures in the repository (system property "
					+ "ariqueue.conformance.dir names the conformance folder)")
			.isRegularFile();
	}

	@Test
	void capturedProxyPassesTheChecks() throws IOException {
		List<Published> published = capturedProxyOutput();
		assertThat(published).hasSizeGreaterThan(20);
		checkProxyOutput(published, "myapp", referenceEventShapes());
		checkQueueFlags(capturedQueueFlags(), "myapp");
	}

	@Test
	void simulatorPassesTheSameChecks(ConnectionFactory connectionFactory) throws Exception {
		String application = "it-conformance-" + UUID.randomUUID().toString().substring(0, 8);
		List<Published> published = new ArrayList<>();
		List<QueueFlags> flags = new ArrayList<>();
		Set<String> responseShapes = new LinkedHashSet<>();
		try (ProxySimulator sim = ProxySimulator.builder(connectionFactory).application(application).build();
				TestApp app = new TestApp(connectionFactory, application)) {
			SimulatedCall call = sim.placeCall((c) -> c.args("arg1", "arg2").state("Up"));
			Dialogue dialogue = app.acceptNext(WAIT);
			String channel = "/channels/" + call.channelId();
			dialogue.sendRaw("DUMMY");
			dialogue.awaitResponse("", WAIT);
			dialogue.call("POST", channel + "/answer", "");
			dialogue.call("GET", channel, "");
			dialogue.call("POST", channel + "/variable", "{\"variable\": \"TESTVAR\", \"value\": \"hello\"}");
			dialogue.call("GET", channel + "/variable", "{\"variable\": \"TESTVAR\"}");
			dialogue.call("POST", channel + "/play", "{\"media\": \"tone:ring\"}");
			String bridge = TestApp.body(dialogue.call("POST", "/bridges", "{\"type\": \"mixing\", \"name\": \"simbridge\"}"))
				.get("id")
				.stringValue();
			dialogue.call("POST", "/bridges/" + bridge + "/addChannel", "{\"channel\": \"" + call.channelId() + "\"}");
			dialogue.awaitEvent("ChannelEnteredBridge", WAIT);
			dialogue.call("GET", "/channels/does-not-exist", "");
			dialogue.call("DELETE", channel, "");
			dialogue.awaitEvent("StasisEnd", WAIT);
			SimulatedCall ringing = sim.placeCall();
			Dialogue second = app.acceptNext(WAIT);
			second.call("POST", "/channels/" + ringing.channelId() + "/answer", "");
			second.awaitEvent("ChannelStateChange", WAIT);
			ringing.hangUpFarEnd();
			second.awaitEvent("StasisEnd", WAIT);
			published.addAll(simulatorOutput(sim));
			flags.addAll(probeFlags(connectionFactory, application, sim.dialogues()));
			dialogue.responses().forEach((response) -> responseShapes.add(responseBodyShape(response)));
		}
		String lossyApplication = application + "-lossy";
		try (ProxySimulator lossy = ProxySimulator.builder(connectionFactory)
			.application(lossyApplication)
			.dropStasisEnd(true)
			.build(); TestApp app = new TestApp(connectionFactory, lossyApplication)) {
			SimulatedCall call = lossy.placeCall();
			Dialogue dialogue = app.acceptNext(WAIT);
			call.hangUpFarEnd();
			dialogue.awaitEvent("ChannelDestroyed", WAIT);
			List<Published> lossyOutput = simulatorOutput(lossy);
			checkProxyOutput(lossyOutput, lossyApplication, referenceEventShapes());
			published.addAll(lossyOutput.stream().filter((p) -> !p.queue().equals(lossyApplication)).toList());
		}
		Map<String, Set<String>> reference = referenceEventShapes();
		checkProxyOutput(published, application, reference);
		checkQueueFlags(flags, application);
		assertThat(eventTypes(published)).containsAll(reference.keySet());
		assertThat(capturedResponseShapes()).containsAll(responseShapes);
	}

	// ---- the checks, the same for both ----

	private static void checkProxyOutput(List<Published> published, String application,
			Map<String, Set<String>> referenceShapes) {
		for (Published message : published) {
			assertThat(message.queue()).as("queue name").matches(
					java.util.regex.Pattern.quote(application) + "|(events|responses)_" + UUID_PATTERN);
			assertThat(message.properties()).as("properties of %s", message)
				.isEqualTo(Map.of("content_type", "application/json", "delivery_mode", 1));
			JsonNode json = TestApp.JSON.readTree(message.body());
			if (message.queue().equals(application)) {
				assertThat(json.propertyNames()).containsExactly("application", "dialog_id", "server_id");
				json.forEach((value) -> assertThat(value.isString()).isTrue());
				assertThat(json.get("application").stringValue()).isEqualTo(application);
				assertThat(json.get("dialog_id").stringValue()).matches(UUID_PATTERN);
			}
			else if (message.queue().startsWith("events_")) {
				assertThat(json.propertyNames()).containsExactly("server_id", "timestamp", "type", "ari_body");
				json.forEach((value) -> assertThat(value.isString()).as("envelope values are strings").isTrue());
				assertThat(json.get("timestamp").stringValue())
					.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[+-]\\d\\d:\\d\\d)");
				JsonNode ari = TestApp.JSON.readTree(json.get("ari_body").stringValue());
				assertThat(ari.isObject()).isTrue();
				String type = json.get("type").stringValue();
				assertThat(ari.get("type").stringValue()).isEqualTo(type);
				assertThat(ari.get("timestamp").stringValue())
					.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
				if (referenceShapes.containsKey(type)) {
					assertThat(referenceShapes.get(type)).as("shape of %s", type).contains(shape(ari));
				}
			}
			else {
				assertThat(json.propertyNames()).containsExactly("unique_id", "status_code", "response_body");
				assertThat(json.get("unique_id").isString()).isTrue();
				assertThat(json.get("status_code").isInt()).isTrue();
				assertThat(json.get("response_body").isString()).isTrue();
			}
		}
	}

	private static void checkQueueFlags(List<QueueFlags> flags, String application) {
		assertThat(flags).extracting(QueueFlags::queue)
			.anyMatch(application::equals)
			.anyMatch((queue) -> queue.startsWith("events_"))
			.anyMatch((queue) -> queue.startsWith("responses_"))
			.anyMatch((queue) -> queue.startsWith("commands_"));
		for (QueueFlags flag : flags) {
			assertThat(flag).as("flags of %s", flag.queue()).isEqualTo(new QueueFlags(flag.queue(), true, false, false));
		}
	}

	// ---- reading the captures ----

	private static List<Published> capturedProxyOutput() throws IOException {
		List<Published> published = new ArrayList<>();
		try (Stream<Path> files = Files.list(captures)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".amqp-trace.jsonl")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					JsonNode trace = TestApp.JSON.readTree(line);
					String queue = trace.get("routing_keys").get(0).stringValue();
					if (trace.get("trace_routing_key").stringValue().equals("publish.") && !queue.startsWith("commands_")) {
						Map<String, Object> properties = new TreeMap<>();
						trace.get("original_properties").properties().forEach((entry) -> properties.put(entry.getKey(),
								entry.getValue().isInt() ? (Object) entry.getValue().intValue() : entry.getValue().asString()));
						published.add(new Published(queue, properties, trace.get("body").stringValue()));
					}
				}
			}
		}
		return published;
	}

	private static List<QueueFlags> capturedQueueFlags() throws IOException {
		List<QueueFlags> flags = new ArrayList<>();
		for (String line : Files.readAllLines(captures.resolve("01_passive.list_queues.txt"))) {
			String[] columns = line.split("\t");
			if (columns.length >= 4 && (columns[0].equals("myapp") || columns[0].matches("(events|responses|commands)_.*"))) {
				flags.add(new QueueFlags(columns[0], Boolean.parseBoolean(columns[1]), Boolean.parseBoolean(columns[2]),
						Boolean.parseBoolean(columns[3])));
			}
		}
		return flags;
	}

	private static Map<String, Set<String>> referenceEventShapes() throws IOException {
		Map<String, Set<String>> shapes = new LinkedHashMap<>();
		for (Published message : capturedProxyOutput()) {
			if (message.queue().startsWith("events_")) {
				JsonNode envelope = TestApp.JSON.readTree(message.body());
				JsonNode ari = TestApp.JSON.readTree(envelope.get("ari_body").stringValue());
				shapes.computeIfAbsent(envelope.get("type").stringValue(), (type) -> new LinkedHashSet<>()).add(shape(ari));
			}
		}
		return shapes;
	}

	private static Set<String> capturedResponseShapes() throws IOException {
		Set<String> shapes = new LinkedHashSet<>();
		for (Published message : capturedProxyOutput()) {
			if (message.queue().startsWith("responses_")) {
				shapes.add(responseBodyShape(TestApp.JSON.readTree(message.body())));
			}
		}
		return shapes;
	}

	private static String responseBodyShape(JsonNode response) {
		String body = response.get("response_body").stringValue();
		return response.get("status_code").intValue() + " " + (body.isEmpty() ? "" : shape(TestApp.JSON.readTree(body)));
	}

	/** Keys in order and the JSON type of every value, recursively. */
	static String shape(JsonNode node) {
		if (node.isObject()) {
			StringBuilder out = new StringBuilder("{");
			node.properties().forEach((entry) -> out.append(entry.getKey()).append(':').append(shape(entry.getValue())).append(','));
			return out.append('}').toString();
		}
		return node.getNodeType().name().toLowerCase();
	}

	// ---- reading the simulator ----

	private static List<Published> simulatorOutput(ProxySimulator sim) {
		return sim.wire().published().stream()
			.map((message) -> new Published(message.queue(), properties(message.properties()), message.body()))
			.toList();
	}

	private static Map<String, Object> properties(AMQP.BasicProperties properties) {
		Map<String, Object> map = new TreeMap<>();
		if (properties.getContentType() != null) {
			map.put("content_type", properties.getContentType());
		}
		if (properties.getDeliveryMode() != null) {
			map.put("delivery_mode", properties.getDeliveryMode());
		}
		if (properties.getHeaders() != null) {
			map.put("headers", properties.getHeaders());
		}
		if (properties.getPriority() != null) {
			map.put("priority", properties.getPriority());
		}
		if (properties.getCorrelationId() != null) {
			map.put("correlation_id", properties.getCorrelationId());
		}
		if (properties.getReplyTo() != null) {
			map.put("reply_to", properties.getReplyTo());
		}
		if (properties.getContentEncoding() != null) {
			map.put("content_encoding", properties.getContentEncoding());
		}
		return map;
	}

	/** Find each queue's flags by trying the four non-exclusive declarations: only the equivalent one succeeds. */
	private static List<QueueFlags> probeFlags(ConnectionFactory connectionFactory, String application,
			List<SimulatedDialogue> dialogues) throws Exception {
		List<String> queues = new ArrayList<>();
		queues.add(application);
		dialogues.forEach((dialogue) -> queues.addAll(dialogue.queues()));
		List<QueueFlags> flags = new ArrayList<>();
		try (Connection connection = connectionFactory.newConnection("ari-queue flag probe")) {
			for (String queue : queues) {
				for (boolean durable : new boolean[] { true, false }) {
					for (boolean autoDelete : new boolean[] { false, true }) {
						Channel channel = connection.createChannel();
						try {
							channel.queueDeclare(queue, durable, false, autoDelete, null);
							flags.add(new QueueFlags(queue, durable, autoDelete, false));
							channel.close();
						}
						catch (IOException ex) {
							// 406: not these flags
						}
					}
				}
			}
		}
		assertThat(flags).extracting(QueueFlags::queue).containsExactlyInAnyOrderElementsOf(queues);
		return flags;
	}

	private static Set<String> eventTypes(List<Published> published) {
		Set<String> types = new LinkedHashSet<>();
		published.stream().filter((p) -> p.queue().startsWith("events_"))
			.forEach((p) -> types.add(TestApp.JSON.readTree(p.body()).get("type").stringValue()));
		return types;
	}

}
