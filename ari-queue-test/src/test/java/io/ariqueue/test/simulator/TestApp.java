package io.ariqueue.test.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Delivery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal application on raw amqp-client: takes announcements from the application queue, consumes a
 * dialogue's events and responses, and publishes commands. It copes with go-ari-proxy's issue #21 by
 * retrying a passive declaration until the dialogue queues exist.
 */
final class TestApp implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Connection connection;

	private final Channel channel;

	private final BlockingQueue<Delivery> announcements = new LinkedBlockingQueue<>();

	TestApp(ConnectionFactory connectionFactory, String application) throws IOException, TimeoutException {
		this.connection = connectionFactory.newConnection("ari-queue test application");
		this.channel = this.connection.createChannel();
		this.channel.basicConsume(application, true, (tag, delivery) -> this.announcements.add(delivery), (tag) -> {
		});
	}

	Delivery awaitAnnouncementDelivery(Duration timeout) throws InterruptedException {
		Delivery delivery = this.announcements.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (delivery == null) {
			throw new AssertionError("No announcement within " + timeout);
		}
		return delivery;
	}

	JsonNode awaitAnnouncement(Duration timeout) throws InterruptedException {
		return JSON.readTree(awaitAnnouncementDelivery(timeout).getBody());
	}

	/** Take the next announcement and join its dialogue. */
	Dialogue acceptNext(Duration timeout) throws Exception {
		JsonNode announcement = awaitAnnouncement(timeout);
		return join(announcement.get("dialog_id").stringValue(), timeout);
	}

	Dialogue join(String dialogueId, Duration timeout) throws Exception {
		awaitQueue("events_" + dialogueId, timeout);
		awaitQueue("responses_" + dialogueId, timeout);
		return new Dialogue(dialogueId);
	}

	/** Whether the queue exists now, by a passive declaration on a throw-away channel. */
	boolean queueExists(String queue) throws IOException {
		Channel probe = this.connection.createChannel();
		try {
			probe.queueDeclarePassive(queue);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
		finally {
			if (probe.isOpen()) {
				try {
					probe.close();
				}
				catch (TimeoutException ex) {
					// ignore
				}
			}
		}
	}

	private void awaitQueue(String queue, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!queueExists(queue)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Queue " + queue + " never appeared");
			}
			Thread.sleep(10);
		}
	}

	Connection connection() {
		return this.connection;
	}

	@Override
	public void close() throws Exception {
		if (this.connection.isOpen()) {
			this.connection.close();
		}
	}

	/** One accepted dialogue. */
	final class Dialogue {

		final String id;

		private final BlockingQueue<Delivery> events = new LinkedBlockingQueue<>();

		private final List<Delivery> seenEvents = new ArrayList<>();

		private final BlockingQueue<Delivery> responses = new LinkedBlockingQueue<>();

		private final List<JsonNode> seenResponses = new ArrayList<>();

		Dialogue(String id) throws IOException {
			this.id = id;
			TestApp.this.channel.basicConsume("events_" + id, true, (tag, delivery) -> this.events.add(delivery),
					(tag) -> {
					});
			TestApp.this.channel.basicConsume("responses_" + id, true,
					(tag, delivery) -> this.responses.add(delivery), (tag) -> {
					});
		}

		/** Publish a command; returns its unique id. */
		String send(String method, String url, String body) throws IOException {
			String uniqueId = UUID.randomUUID().toString().replace("-", "");
			ObjectNode command = JSON.createObjectNode();
			command.put("unique_id", uniqueId);
			command.put("url", url);
			command.put("method", method);
			command.put("body", body);
			sendRaw(JSON.writeValueAsBytes(command));
			return uniqueId;
		}

		void sendRaw(byte[] payload) throws IOException {
			TestApp.this.channel.basicPublish("", "commands_" + this.id, null, payload);
		}

		void sendRaw(String text) throws IOException {
			sendRaw(text.getBytes(StandardCharsets.UTF_8));
		}

		/** Send a command and wait for its response. */
		JsonNode call(String method, String url, String body) throws Exception {
			return awaitResponse(send(method, url, body), Duration.ofSeconds(5));
		}

		JsonNode call(String method, String url, Map<String, ?> params) throws Exception {
			return call(method, url, JSON.writeValueAsString(params));
		}

		JsonNode awaitResponse(String uniqueId, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				for (JsonNode seen : this.seenResponses) {
					if (seen.path("unique_id").asString("").equals(uniqueId)) {
						return seen;
					}
				}
				long left = deadline - System.nanoTime();
				Delivery delivery = (left > 0) ? this.responses.poll(left, TimeUnit.NANOSECONDS) : null;
				if (delivery == null) {
					throw new AssertionError("No response " + uniqueId + " within " + timeout + "; seen: "
							+ this.seenResponses);
				}
				this.seenResponses.add(JSON.readTree(delivery.getBody()));
			}
		}

		/** Whether no response arrives for this id within the time. */
		boolean noResponse(String uniqueId, Duration wait) throws InterruptedException {
			try {
				awaitResponse(uniqueId, wait);
				return false;
			}
			catch (AssertionError ex) {
				return true;
			}
		}

		List<JsonNode> responses() {
			return this.seenResponses;
		}

		/** Wait for the next event of a type, remembering those passed over. Returns the envelope. */
		JsonNode awaitEvent(String type, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				long left = deadline - System.nanoTime();
				Delivery delivery = (left > 0) ? this.events.poll(left, TimeUnit.NANOSECONDS) : null;
				if (delivery == null) {
					throw new AssertionError("No " + type + " event within " + timeout + "; seen: " + eventTypes());
				}
				this.seenEvents.add(delivery);
				JsonNode envelope = JSON.readTree(delivery.getBody());
				if (envelope.path("type").asString("").equals(type)) {
					return envelope;
				}
			}
		}

		/** Collect events for a while and return the types of all seen so far. */
		List<String> drainEventTypes(Duration wait) throws InterruptedException {
			long deadline = System.nanoTime() + wait.toNanos();
			for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
				Delivery delivery = this.events.poll(left, TimeUnit.NANOSECONDS);
				if (delivery != null) {
					this.seenEvents.add(delivery);
				}
			}
			return eventTypes();
		}

		List<String> eventTypes() {
			return this.seenEvents.stream().map((d) -> JSON.readTree(d.getBody()).path("type").asString("")).toList();
		}

		List<Delivery> eventDeliveries() {
			return this.seenEvents;
		}

	}

	/** The ARI event inside an envelope. */
	static JsonNode ari(JsonNode envelope) {
		return JSON.readTree(envelope.get("ari_body").stringValue());
	}

	/** A field of a JSON object, matched case-insensitively (AsterNET-ARI-Proxy writes PascalCase). */
	static JsonNode field(JsonNode object, String name) {
		JsonNode exact = object.get(name);
		if (exact != null) {
			return exact;
		}
		for (Map.Entry<String, JsonNode> entry : object.properties()) {
			if (entry.getKey().equalsIgnoreCase(name)) {
				return entry.getValue();
			}
		}
		return tools.jackson.databind.node.MissingNode.getInstance();
	}

	static JsonNode body(JsonNode response) {
		String text = response.get("response_body").stringValue();
		return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
	}

}
