package io.ariqueue.queueproxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.test.junit.BrokerLocator;

/**
 * A bare client of the wire protocol on the test broker, to see exactly what the proxy
 * publishes: announcements, event envelopes and responses, with their properties.
 *
 * @author ari-queue team
 */
final class WireClient implements AutoCloseable {

	static final JsonMapper json = JsonMapper.builder().build();

	private final Connection connection;

	private final Channel channel;

	private final BlockingQueue<Message> announcements = new LinkedBlockingQueue<>();

	private final Map<String, BlockingQueue<Message>> received = new ConcurrentHashMap<>();

	private final Map<String, String> consumerTags = new ConcurrentHashMap<>();

	private final List<String> dialogues = new java.util.concurrent.CopyOnWriteArrayList<>();

	WireClient(String application) throws IOException, TimeoutException {
		this.connection = BrokerLocator.shared().connectionFactory().newConnection("wire-client");
		this.channel = this.connection.createChannel();
		this.channel.basicConsume(application, true, new Collector(this.announcements));
	}

	Message announcement(Duration timeout) throws InterruptedException {
		Message message = this.announcements.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (message == null) {
			throw new AssertionError("No announcement within " + timeout);
		}
		this.dialogues.add(message.json().path("dialog_id").asString(""));
		return message;
	}

	Message noAnnouncement(Duration wait) throws InterruptedException {
		return this.announcements.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Consume a dialogue's events and responses queues, as a client that took the announcement.
	 */
	void join(String dialogueId) throws IOException {
		for (String queue : List.of("events_" + dialogueId, "responses_" + dialogueId)) {
			BlockingQueue<Message> messages = this.received.computeIfAbsent(queue, (key) -> new LinkedBlockingQueue<>());
			this.consumerTags.put(queue, this.channel.basicConsume(queue, true, new Collector(messages)));
		}
	}

	void leave(String dialogueId) throws IOException {
		for (String queue : List.of("events_" + dialogueId, "responses_" + dialogueId)) {
			String tag = this.consumerTags.remove(queue);
			if (tag != null) {
				this.channel.basicCancel(tag);
			}
		}
	}

	void deleteQueues(String dialogueId) throws IOException {
		leave(dialogueId);
		for (String queue : List.of("events_" + dialogueId, "responses_" + dialogueId, "commands_" + dialogueId)) {
			this.channel.queueDelete(queue);
		}
	}

	Message nextEvent(String dialogueId, Duration timeout) throws InterruptedException {
		return next("events_" + dialogueId, timeout);
	}

	JsonNode nextAriEvent(String dialogueId, Duration timeout) throws InterruptedException {
		return json.readTree(nextEvent(dialogueId, timeout).json().get("ari_body").asString());
	}

	/**
	 * The next event of this type, skipping others.
	 */
	JsonNode awaitAriEvent(String dialogueId, String type, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("No " + type + " within " + timeout);
			}
			JsonNode event = nextAriEvent(dialogueId, Duration.ofNanos(left));
			if (type.equals(event.path("type").asString())) {
				return event;
			}
		}
	}

	Message nextResponse(String dialogueId, Duration timeout) throws InterruptedException {
		return next("responses_" + dialogueId, timeout);
	}

	Message pollEvent(String dialogueId, Duration wait) throws InterruptedException {
		BlockingQueue<Message> messages = this.received.get("events_" + dialogueId);
		return (messages != null) ? messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS) : null;
	}

	private Message next(String queue, Duration timeout) throws InterruptedException {
		BlockingQueue<Message> messages = this.received.get(queue);
		Message message = (messages != null) ? messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS) : null;
		if (message == null) {
			throw new AssertionError("Nothing on " + queue + " within " + timeout);
		}
		return message;
	}

	void send(String dialogueId, String body) throws IOException {
		this.channel.basicPublish("", "commands_" + dialogueId, null, body.getBytes(StandardCharsets.UTF_8));
	}

	void send(String dialogueId, String uniqueId, String method, String url, String parameters) throws IOException {
		send(dialogueId, json.createObjectNode()
			.put("unique_id", uniqueId)
			.put("url", url)
			.put("method", method)
			.put("body", parameters)
			.toString());
	}

	/**
	 * Send a command and wait for its response, skipping responses to other commands.
	 */
	JsonNode call(String dialogueId, String uniqueId, String method, String url, String parameters, Duration timeout)
			throws IOException, InterruptedException {
		send(dialogueId, uniqueId, method, url, parameters);
		return response(dialogueId, uniqueId, timeout);
	}

	JsonNode response(String dialogueId, String uniqueId, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("No response to " + uniqueId + " within " + timeout);
			}
			JsonNode response = nextResponse(dialogueId, Duration.ofNanos(left)).json();
			if (uniqueId.equals(response.path("unique_id").asString())) {
				return response;
			}
		}
	}

	/**
	 * Delete the queues of every dialogue announced to this client: a proxy keeps those of live
	 * calls when it stops, and the test broker is shared.
	 */
	@Override
	public void close() throws IOException {
		try (Channel cleaning = this.connection.createChannel()) {
			for (String dialogue : this.dialogues) {
				for (String queue : List.of("events_" + dialogue, "responses_" + dialogue, "commands_" + dialogue)) {
					cleaning.queueDelete(queue);
				}
			}
		}
		catch (IOException | TimeoutException | RuntimeException ex) {
			// best effort
		}
		try {
			this.connection.close();
		}
		catch (RuntimeException ex) {
			// already closed
		}
	}

	record Message(String body, AMQP.BasicProperties properties) {

		JsonNode json() {
			return WireClient.json.readTree(this.body);
		}

	}

	private final class Collector extends DefaultConsumer {

		private final BlockingQueue<Message> messages;

		Collector(BlockingQueue<Message> messages) {
			super(WireClient.this.channel);
			this.messages = messages;
		}

		@Override
		public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
				byte[] body) {
			this.messages.add(new Message(new String(body, StandardCharsets.UTF_8), properties));
		}

	}

}
