package io.ariqueue.benchmarks.contender;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same call logic written by hand on plain amqp-client, with no framework: one connection,
 * a fixed set of shared channels, a fixed pool of handler threads, and a per-dialogue task queue
 * for event order. It is what a careful developer would write without ari-queue, and the yardstick
 * every ari-queue figure is divided by.
 * <p>
 * It leaves out what ari-queue adds beyond the happy path (malformed-message handling, limits,
 * recovery, timeouts on a scheduler, typed events), so its figures are an upper bound.
 *
 * @author ari-queue team
 */
public final class BaselineContender implements Contender {

	private static final AMQP.BasicProperties COMMAND_PROPERTIES = new AMQP.BasicProperties.Builder()
		.contentType("application/json")
		.deliveryMode(1)
		.build();

	private final ContenderSettings settings;

	private final CallScript script;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ExecutorService amqpDispatch;

	private final ExecutorService workers;

	private final Connection connection;

	private final Channel announcements;

	private final Channel[] consumerChannels;

	private final Channel[] publisherChannels;

	private final BlockingQueue<Channel> adminChannels;

	private final AtomicInteger nextConsumerChannel = new AtomicInteger();

	private final Map<String, BaselineDialogue> dialogues = new ConcurrentHashMap<>();

	private final String commandIdPrefix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

	private final AtomicLong commandIds = new AtomicLong();

	private BaselineContender(ContenderSettings settings, CallScript script) throws IOException, TimeoutException {
		this.settings = settings;
		this.script = script;
		// the same dispatch pool size as ari-queue gives its connections
		int dispatchThreads = Math.max(2,
				Math.min(settings.consumerChannels(), Runtime.getRuntime().availableProcessors() * 2));
		this.amqpDispatch = Executors.newFixedThreadPool(dispatchThreads, threads("baseline-amqp-"));
		this.workers = Executors.newFixedThreadPool(settings.concurrency(), threads("baseline-handler-"));
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(settings.host());
		factory.setPort(settings.port());
		factory.setUsername(settings.username());
		factory.setPassword(settings.password());
		factory.getClientProperties().put(ContenderSettings.RUN_TAG_PROPERTY, settings.runTag());
		this.connection = factory.newConnection(this.amqpDispatch, "ari-queue-benchmark-baseline");
		this.consumerChannels = new Channel[settings.consumerChannels()];
		for (int i = 0; i < this.consumerChannels.length; i++) {
			this.consumerChannels[i] = this.connection.createChannel();
			this.consumerChannels[i].basicQos(settings.prefetch(), false);
		}
		this.publisherChannels = new Channel[settings.publisherChannels()];
		for (int i = 0; i < this.publisherChannels.length; i++) {
			this.publisherChannels[i] = this.connection.createChannel();
		}
		this.adminChannels = new ArrayBlockingQueue<>(4);
		for (int i = 0; i < 4; i++) {
			this.adminChannels.add(this.connection.createChannel());
		}
		this.announcements = this.connection.createChannel();
		this.announcements.basicQos(settings.announcementPrefetch(), false);
		this.announcements.queueDeclare(settings.application(), true, false, false, null);
		this.announcements.basicConsume(settings.application(), false, new AnnouncementConsumer());
	}

	/**
	 * Connect and start taking announcements.
	 * @param settings the resources it gets, the same as ari-queue's
	 * @param script the call logic
	 * @return the running baseline
	 */
	public static BaselineContender start(ContenderSettings settings, CallScript script) {
		try {
			return new BaselineContender(settings, script);
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("Could not start the baseline: " + ex.getMessage(), ex);
		}
	}

	@Override
	public int openChannels() {
		int open = this.announcements.isOpen() ? 1 : 0;
		for (Channel channel : this.consumerChannels) {
			open += channel.isOpen() ? 1 : 0;
		}
		for (Channel channel : this.publisherChannels) {
			open += channel.isOpen() ? 1 : 0;
		}
		for (Channel channel : this.adminChannels) {
			open += channel.isOpen() ? 1 : 0;
		}
		return open;
	}

	@Override
	public void close() {
		try {
			this.connection.close(10_000);
		}
		catch (IOException | RuntimeException ex) {
			// already closed
		}
		this.workers.shutdownNow();
		this.amqpDispatch.shutdown();
	}

	private void setUp(byte[] body, long deliveryTag) {
		try {
			String id = this.json.readTree(body).get("dialog_id").asString();
			String[] queues = { "events_" + id, "responses_" + id, "commands_" + id };
			Channel admin = this.adminChannels.take();
			try {
				for (String queue : queues) {
					admin.queueDeclare(queue, true, false, false, null);
				}
			}
			finally {
				this.adminChannels.add(admin);
			}
			Channel channel = this.consumerChannels[Math
				.floorMod(this.nextConsumerChannel.getAndIncrement(), this.consumerChannels.length)];
			BaselineDialogue dialogue = new BaselineDialogue(id, channel);
			this.dialogues.put(id, dialogue);
			dialogue.start();
			this.announcements.basicAck(deliveryTag, false);
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			throw new IllegalStateException("Baseline could not set up a dialogue", ex);
		}
	}

	private static ThreadFactory threads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	private final class AnnouncementConsumer extends DefaultConsumer {

		AnnouncementConsumer() {
			super(BaselineContender.this.announcements);
		}

		@Override
		public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
				byte[] body) {
			BaselineContender.this.workers.execute(() -> setUp(body, envelope.getDeliveryTag()));
		}

	}

	/**
	 * One dialogue: its two consumers on a shared channel, its events run in order on the shared
	 * workers, and its commands correlated by {@code unique_id}.
	 */
	private final class BaselineDialogue implements CallControl {

		private final String id;

		private final Channel channel;

		private final String commandsQueue;

		private final OrderedTasks events;

		private final Map<String, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();

		private volatile String primaryChannelId;

		private volatile String eventsTag;

		private volatile String responsesTag;

		BaselineDialogue(String id, Channel channel) {
			this.id = id;
			this.channel = channel;
			this.commandsQueue = "commands_" + id;
			this.events = new OrderedTasks(BaselineContender.this.workers);
		}

		void start() throws IOException {
			this.responsesTag = this.channel.basicConsume("responses_" + this.id, false, new DefaultConsumer(this.channel) {

				@Override
				public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
						byte[] body) throws IOException {
					handleResponse(body, envelope.getDeliveryTag());
				}

			});
			this.eventsTag = this.channel.basicConsume("events_" + this.id, false, new DefaultConsumer(this.channel) {

				@Override
				public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
						byte[] body) {
					BaselineDialogue.this.events.execute(() -> handleEvent(body, envelope.getDeliveryTag()));
				}

			});
		}

		private void handleEvent(byte[] body, long deliveryTag) {
			JsonNode envelope = BaselineContender.this.json.readTree(body);
			String type = envelope.get("type").asString();
			JsonNode event = BaselineContender.this.json.readTree(envelope.get("ari_body").asString());
			CallScript script = BaselineContender.this.script;
			boolean ends = false;
			switch (type) {
				case "StasisStart" -> {
					String channelId = event.get("channel").get("id").asString();
					this.primaryChannelId = channelId;
					List<String> args = new ArrayList<>();
					event.get("args").forEach((arg) -> args.add(arg.asString()));
					script.stasisStart(this.id, channelId, args, this);
				}
				case "PlaybackFinished" -> script.playbackFinished(this.id, this.primaryChannelId, this);
				case "ChannelDtmfReceived" -> script.numberedEvent(this.id, event.get("duration_ms").asInt());
				case "StasisEnd" -> {
					script.stasisEnd(this.id);
					ends = event.get("channel").get("id").asString().equals(this.primaryChannelId);
				}
				default -> {
				}
			}
			ack(deliveryTag);
			if (ends) {
				close();
			}
		}

		private void handleResponse(byte[] body, long deliveryTag) throws IOException {
			JsonNode response = BaselineContender.this.json.readTree(body);
			this.channel.basicAck(deliveryTag, false);
			CompletableFuture<Integer> waiting = this.pending
				.remove(response.get("unique_id").asString());
			if (waiting != null) {
				waiting.complete(response.get("status_code").asInt());
			}
		}

		@Override
		public void answer(String channelId) {
			command("POST", "/channels/" + channelId + "/answer", "{}");
		}

		@Override
		public void play(String channelId, String media) {
			command("POST", "/channels/" + channelId + "/play", BaselineContender.this.json
				.writeValueAsString(BaselineContender.this.json.createObjectNode().put("media", media)));
		}

		@Override
		public void hangup(String channelId) {
			command("DELETE", "/channels/" + channelId, "{}");
		}

		private void command(String method, String url, String parameters) {
			String uniqueId = BaselineContender.this.commandIdPrefix
					+ HexFormat.of().toHexDigits(BaselineContender.this.commandIds.incrementAndGet());
			byte[] message = BaselineContender.this.json.writeValueAsBytes(BaselineContender.this.json
				.createObjectNode()
				.put("unique_id", uniqueId)
				.put("url", url)
				.put("method", method)
				.put("body", parameters));
			CompletableFuture<Integer> response = new CompletableFuture<>();
			this.pending.put(uniqueId, response);
			Channel[] publishers = BaselineContender.this.publisherChannels;
			try {
				publishers[Math.floorMod(this.commandsQueue.hashCode(), publishers.length)].basicPublish("",
						this.commandsQueue, false, COMMAND_PROPERTIES, message);
				int status = response.get(10, TimeUnit.SECONDS);
				if (status >= 300) {
					throw new IllegalStateException(method + " " + url + " answered " + status);
				}
			}
			catch (IOException | ExecutionException | TimeoutException ex) {
				throw new IllegalStateException(method + " " + url + " failed: " + ex, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(method + " " + url + " interrupted", ex);
			}
			finally {
				this.pending.remove(uniqueId);
			}
		}

		private void ack(long deliveryTag) {
			try {
				this.channel.basicAck(deliveryTag, false);
			}
			catch (IOException ex) {
				// the broker redelivers it
			}
		}

		private void close() {
			BaselineContender.this.dialogues.remove(this.id);
			try {
				this.channel.basicCancel(this.eventsTag);
				this.channel.basicCancel(this.responsesTag);
				Channel admin = BaselineContender.this.adminChannels.take();
				try {
					// as ari-queue does: commands_ is go-ari-proxy's, and deleting it would kill its consumer
					admin.queueDelete("events_" + this.id);
					admin.queueDelete("responses_" + this.id);
				}
				finally {
					BaselineContender.this.adminChannels.add(admin);
				}
			}
			catch (IOException ex) {
				// the driver deletes what is left
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
