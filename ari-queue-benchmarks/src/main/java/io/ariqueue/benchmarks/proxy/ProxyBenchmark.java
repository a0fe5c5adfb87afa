package io.ariqueue.benchmarks.proxy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

import io.ariqueue.benchmarks.metrics.CpuMeter;
import io.ariqueue.benchmarks.metrics.CpuMeter.CpuUse;
import io.ariqueue.benchmarks.metrics.LatencyRecorder;
import io.ariqueue.benchmarks.metrics.Percentiles;
import io.ariqueue.queueproxy.AriQueueProxy;
import io.ariqueue.queueproxy.AriQueueProxyApplication;
import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

/**
 * Measures ari-queue-proxy against the ARI server double on the real broker: how many events per
 * second it forwards compared with reading the double's WebSocket directly, and how much time it
 * adds to an ARI call at a steady rate of new dialogues compared with calling the double directly
 * over HTTP, with the broker's own two hops measured apart. Where the processor time went is printed
 * beside the latencies: at a rate the cores cannot carry, every latency is queueing, whoever adds
 * it. Each measured run starts once the last run's dialogues are over.
 * <p>
 * Usage: {@code ProxyBenchmark [--seconds=10] [--rate=100] [--flood-calls=20] [--flood-digits=500]
 * [--warmup-seconds=3]}.
 *
 * @author ari-queue team
 */
public final class ProxyBenchmark {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Options options;

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String viaProxy = "bench-proxy-" + UUID.randomUUID().toString().substring(0, 8);

	private final String direct = "bench-direct-" + UUID.randomUUID().toString().substring(0, 8);

	private final List<String> dialogues = new ArrayList<>();

	private final java.util.concurrent.ExecutorService subscriber = Executors.newFixedThreadPool(4);

	private ProxyBenchmark(Options options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Result result = run(Options.parse(args));
		System.out.println();
		System.out.println(result.table());
		System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " processors, load average "
				+ java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.exit(0);
	}

	/**
	 * Run the benchmark.
	 * @param options the options
	 * @return the figures
	 * @throws Exception if the broker or the double cannot be used
	 */
	public static Result run(Options options) throws Exception {
		return new ProxyBenchmark(options).run();
	}

	private Result run() throws Exception {
		try (AriServerDouble asterisk = AriServerDouble.builder().applications(this.viaProxy, this.direct).build();
				Connection connection = this.broker.connectionFactory().newConnection("proxy-benchmark")) {
			ConfigurableApplicationContext proxy = startProxy(asterisk);
			try (DirectEvents directEvents = new DirectEvents(asterisk, this.direct)) {
				awaitServed(asterisk);
				// a first round of each warms the JIT up; only the second counts
				floodDirect(asterisk, directEvents);
				double directRate = floodDirect(asterisk, directEvents);
				floodThroughProxy(asterisk, connection);
				double proxyRate = floodThroughProxy(asterisk, connection);
				CpuMeter cpu = CpuMeter.forBrokerAt(this.broker.host());
				latencyDirect(asterisk, directEvents, this.options.warmupSeconds);
				CpuMeter.Reading beforeDirect = cpu.read();
				Percentiles directHttp = latencyDirect(asterisk, directEvents, this.options.seconds);
				CpuUse directCpu = CpuMeter.between(beforeDirect, cpu.read(), this.options.seconds * this.options.rate);
				brokerEcho(connection, this.options.warmupSeconds);
				Percentiles brokerHops = brokerEcho(connection, this.options.seconds);
				latencyThroughProxy(asterisk, connection, this.options.warmupSeconds);
				awaitIdle(proxy.getBean(AriQueueProxy.class));
				MeterRegistry meters = proxy.getBean(MeterRegistry.class);
				meters.find("ari.proxy.command.overhead").meters().forEach(meters::remove);
				CpuMeter.Reading beforeProxy = cpu.read();
				long proxyThreadsBefore = proxyThreadsCpuNanos();
				Percentiles throughProxy = latencyThroughProxy(asterisk, connection, this.options.seconds);
				int dialogues = this.options.seconds * this.options.rate;
				CpuUse proxyCpu = CpuMeter.between(beforeProxy, cpu.read(), dialogues);
				double proxyMsPerDialogue = (proxyThreadsCpuNanos() - proxyThreadsBefore) / 1e6 / dialogues;
				Percentiles overhead = overhead(meters.get("ari.proxy.command.overhead").timer());
				return new Result(directRate, proxyRate, directHttp, brokerHops, throughProxy, overhead, directCpu,
						proxyCpu, proxyMsPerDialogue, this.options);
			}
			finally {
				proxy.close();
				this.subscriber.shutdownNow();
				cleanUp();
			}
		}
	}

	private ConfigurableApplicationContext startProxy(AriServerDouble asterisk) {
		return new SpringApplicationBuilder(AriQueueProxyApplication.class).web(WebApplicationType.NONE)
			.properties("spring.rabbitmq.host=" + this.broker.host(), "spring.rabbitmq.port=" + this.broker.port(),
					"spring.rabbitmq.username=" + this.broker.username(),
					"spring.rabbitmq.password=" + this.broker.password(),
					"spring.rabbitmq.virtual-host=" + this.broker.virtualHost(), "ari.proxy.applications=" + this.viaProxy,
					"ari.proxy.server-id=bench", "ari.proxy.asterisk.url=" + asterisk.httpUri(),
					"ari.proxy.asterisk.username=" + asterisk.username(),
					"ari.proxy.asterisk.password=" + asterisk.password(), "ari.proxy.grace-period=200ms",
					"spring.main.banner-mode=off", "logging.level.root=WARN", "logging.level.io.ariqueue=WARN")
			.run();
	}

	/**
	 * Wait until the proxy has ended the dialogues of a run and deleted their queues: a run that
	 * starts while the last one's hundreds of dialogues end measures their teardown.
	 */
	private static void awaitIdle(AriQueueProxy proxy) throws InterruptedException {
		if (!within(Duration.ofSeconds(120), 50, () -> proxy.dialogues().activeDialogues() == 0
				&& proxy.queuesAwaitingDeletion() == 0 && proxy.bufferedEvents() == 0)) {
			throw new IllegalStateException("The proxy did not finish the dialogues of the last run");
		}
		// the broker's own work on the deletions, and the collector's on the garbage, settle
		Thread.sleep(2000);
	}

	private void awaitServed(AriServerDouble asterisk) throws InterruptedException {
		if (!within(Duration.ofSeconds(20), 20,
				() -> asterisk.serves(this.viaProxy) && asterisk.serves(this.direct))) {
			throw new IllegalStateException("The proxy did not connect to the ARI double");
		}
	}

	/**
	 * Poll a condition until it holds or the time is up.
	 * @return whether it held in time
	 */
	private static boolean within(Duration timeout, long pollMillis, BooleanSupplier condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(pollMillis);
		}
		return true;
	}

	// ------------------------------------------------------------------ events per second

	private double floodDirect(AriServerDouble asterisk, DirectEvents events) throws Exception {
		List<String> channels = new ArrayList<>();
		for (int i = 0; i < this.options.floodCalls; i++) {
			channels.add(asterisk.placeCall(this.direct));
		}
		int expected = this.options.floodCalls * this.options.floodDigits;
		events.expectDtmf(expected);
		long started = System.nanoTime();
		press(asterisk, channels);
		events.awaitDtmf(Duration.ofSeconds(120));
		double rate = expected / ((System.nanoTime() - started) / 1e9);
		channels.forEach((channel) -> asterisk.asterisk().hangUpFarEnd(channel));
		return rate;
	}

	private double floodThroughProxy(AriServerDouble asterisk, Connection connection) throws Exception {
		Channel announcements = connection.createChannel();
		Channel channel = connection.createChannel();
		Map<String, String> dialogueOfChannel = new ConcurrentHashMap<>();
		int expected = this.options.floodCalls * this.options.floodDigits;
		CountDownLatch dtmf = new CountDownLatch(expected);
		CountDownLatch started = new CountDownLatch(this.options.floodCalls);
		consumeAnnouncements(announcements, (dialogue) -> {
			try {
				channel.basicConsume("events_" + dialogue, true, new Bodies(channel, (body) -> {
					JsonNode event = json.readTree(json.readTree(body).get("ari_body").asString());
					String type = event.path("type").asString();
					if (type.equals("StasisStart")) {
						dialogueOfChannel.put(event.get("channel").get("id").asString(), dialogue);
						started.countDown();
					}
					else if (type.equals("ChannelDtmfReceived")) {
						dtmf.countDown();
					}
				}));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		List<String> channels = new ArrayList<>();
		for (int i = 0; i < this.options.floodCalls; i++) {
			channels.add(asterisk.placeCall(this.viaProxy));
		}
		if (!started.await(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Not every flood call reached the client through the proxy");
		}
		long begin = System.nanoTime();
		press(asterisk, channels);
		if (!dtmf.await(120, TimeUnit.SECONDS)) {
			throw new IllegalStateException(dtmf.getCount() + " events did not come through the proxy");
		}
		double rate = expected / ((System.nanoTime() - begin) / 1e9);
		channels.forEach((each) -> asterisk.asterisk().hangUpFarEnd(each));
		announcements.close();
		channel.close();
		return rate;
	}

	private void press(AriServerDouble asterisk, List<String> channels) throws InterruptedException {
		String digits = "0123456789".repeat(this.options.floodDigits / 10 + 1).substring(0, this.options.floodDigits);
		List<Thread> pressers = new ArrayList<>();
		for (String channel : channels) {
			Thread presser = new Thread(() -> asterisk.asterisk().pressDtmf(channel, digits, 10));
			pressers.add(presser);
			presser.start();
		}
		for (Thread presser : pressers) {
			presser.join();
		}
	}

	// ------------------------------------------------------------------ latency of a command

	private Percentiles latencyDirect(AriServerDouble asterisk, DirectEvents events, int seconds) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String authorization = "Basic " + Base64.getEncoder()
			.encodeToString((asterisk.username() + ":" + asterisk.password()).getBytes(StandardCharsets.UTF_8));
		LatencyRecorder recorder = new LatencyRecorder();
		events.onStasisStart((channel) -> {
			HttpRequest request = HttpRequest.newBuilder(URI.create(asterisk.httpUri() + "/channels/" + channel))
				.header("Authorization", authorization)
				.GET()
				.build();
			long started = System.nanoTime();
			http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept((response) -> {
				recorder.record(System.nanoTime() - started);
				asterisk.asterisk().hangUpFarEnd(channel);
			});
		});
		pace(seconds, () -> asterisk.placeCall(this.direct));
		awaitCount(recorder, seconds * this.options.rate);
		events.onStasisStart(null);
		return recorder.percentiles();
	}

	private Percentiles latencyThroughProxy(AriServerDouble asterisk, Connection connection, int seconds)
			throws Exception {
		Channel announcements = connection.createChannel();
		Channel channel = connection.createChannel();
		Channel publishing = connection.createChannel();
		LatencyRecorder recorder = new LatencyRecorder();
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		consumeAnnouncements(announcements, (dialogue) -> {
			try {
				channel.basicConsume("responses_" + dialogue, true, new Bodies(channel, (body) -> {
					JsonNode response = json.readTree(body);
					Long started = sentAt.remove(response.get("unique_id").asString());
					if (started != null) {
						recorder.record(System.nanoTime() - started);
					}
				}));
				channel.basicConsume("events_" + dialogue, true, new Bodies(channel, (body) -> {
					JsonNode event = json.readTree(json.readTree(body).get("ari_body").asString());
					if (event.path("type").asString().equals("StasisStart")) {
						String channelId = event.get("channel").get("id").asString();
						String uniqueId = UUID.randomUUID().toString().replace("-", "");
						byte[] command = json.createObjectNode()
							.put("unique_id", uniqueId)
							.put("url", "/channels/" + channelId)
							.put("method", "GET")
							.put("body", "{}")
							.toString()
							.getBytes(StandardCharsets.UTF_8);
						sentAt.put(uniqueId, System.nanoTime());
						try {
							publishing.basicPublish("", "commands_" + dialogue, null, command);
						}
						catch (IOException ex) {
							throw new IllegalStateException(ex);
						}
					}
				}));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		pace(seconds, () -> asterisk.placeCall(this.viaProxy));
		awaitCount(recorder, seconds * this.options.rate);
		for (var channelSnapshot : asterisk.asterisk().channels()) {
			if (!channelSnapshot.hungUp()) {
				asterisk.asterisk().hangUpFarEnd(channelSnapshot.id());
			}
		}
		announcements.close();
		channel.close();
		publishing.close();
		return recorder.percentiles();
	}

	/**
	 * What any proxy on RabbitMQ pays: a command's hop to the proxy and the response's hop back,
	 * measured as a publish, a consume and a republish, at the same pace.
	 */
	private Percentiles brokerEcho(Connection connection, int seconds) throws Exception {
		Channel channel = connection.createChannel();
		String there = channel.queueDeclare("", false, true, true, null).getQueue();
		String back = channel.queueDeclare("", false, true, true, null).getQueue();
		LatencyRecorder recorder = new LatencyRecorder();
		channel.basicConsume(there, true, new DefaultConsumer(channel) {
			@Override
			public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
					throws IOException {
				getChannel().basicPublish("", back, null, body);
			}
		});
		channel.basicConsume(back, true, new DefaultConsumer(channel) {
			@Override
			public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
				recorder.record(System.nanoTime() - Long.parseLong(new String(body, StandardCharsets.UTF_8)));
			}
		});
		Channel publishing = connection.createChannel();
		pace(seconds, () -> {
			try {
				publishing.basicPublish("", there, null,
						Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		awaitCount(recorder, seconds * this.options.rate);
		channel.close();
		publishing.close();
		return recorder.percentiles();
	}

	/**
	 * The processor time of the proxy's own threads, all named {@code ari-proxy-}: its share of
	 * this JVM, less what its AMQP connection's reader thread does, which is not told apart.
	 */
	private static long proxyThreadsCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (thread != null && thread.getThreadName().startsWith("ari-proxy-")) {
				total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
			}
		}
		return total;
	}

	private static Percentiles overhead(Timer timer) {
		double p50 = Double.NaN;
		double p99 = Double.NaN;
		for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
			if (value.percentile() == 0.5) {
				p50 = value.value(TimeUnit.MILLISECONDS);
			}
			else if (value.percentile() == 0.99) {
				p99 = value.value(TimeUnit.MILLISECONDS);
			}
		}
		return new Percentiles((int) timer.count(), p50, p99, Double.NaN, timer.max(TimeUnit.MILLISECONDS));
	}

	/**
	 * Run an action at the configured rate for some seconds.
	 */
	private void pace(int seconds, Runnable action) throws InterruptedException {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		CountDownLatch done = new CountDownLatch(seconds * this.options.rate);
		AtomicLong failures = new AtomicLong();
		long periodMicros = 1_000_000L / this.options.rate;
		scheduler.scheduleAtFixedRate(() -> {
			if (done.getCount() == 0) {
				return;
			}
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				failures.incrementAndGet();
			}
			done.countDown();
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
		done.await();
		scheduler.shutdownNow();
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " paced actions failed");
		}
	}

	private static void awaitCount(LatencyRecorder recorder, int count) throws InterruptedException, TimeoutException {
		if (!within(Duration.ofSeconds(60), 10, () -> recorder.count() >= count)) {
			throw new TimeoutException("Only " + recorder.count() + " of " + count + " samples came");
		}
	}

	private void consumeAnnouncements(Channel channel, Consumer<String> onDialogue) throws IOException {
		channel.basicConsume(this.viaProxy, true, new Bodies(channel, (body) -> {
			String dialogue = json.readTree(body).get("dialog_id").asString();
			synchronized (this.dialogues) {
				this.dialogues.add(dialogue);
			}
			// subscribing waits for the broker: not on the thread that delivers the next announcement
			this.subscriber.execute(() -> onDialogue.accept(dialogue));
		}));
	}

	/**
	 * Delete the queues of every dialogue this run saw, and nothing else, over a connection of its
	 * own: the run's connection may be the reason it ended.
	 */
	private void cleanUp() throws IOException, TimeoutException {
		try (Connection connection = this.broker.connectionFactory().newConnection("proxy-benchmark-clean-up");
				Channel channel = connection.createChannel()) {
			channel.queueDelete(this.viaProxy);
			synchronized (this.dialogues) {
				for (String dialogue : this.dialogues) {
					channel.queueDelete("events_" + dialogue);
					channel.queueDelete("responses_" + dialogue);
					channel.queueDelete("commands_" + dialogue);
				}
			}
		}
	}

	/**
	 * The options.
	 *
	 * @param seconds how long the latency runs last
	 * @param rate new dialogues per second in the latency runs
	 * @param floodCalls calls in the event flood
	 * @param floodDigits DTMF events per flood call
	 * @param warmupSeconds how long the latency runs last that warm up and do not count
	 */
	public record Options(int seconds, int rate, int floodCalls, int floodDigits, int warmupSeconds) {

		/**
		 * Read options from {@code --name=value} arguments.
		 * @param args the arguments
		 * @return the options
		 */
		public static Options parse(String... args) {
			int seconds = 10;
			int rate = 100;
			int floodCalls = 20;
			int floodDigits = 500;
			int warmupSeconds = 3;
			for (String arg : args) {
				String[] pair = arg.split("=", 2);
				int value = Integer.parseInt(pair[1]);
				switch (pair[0]) {
					case "--seconds" -> seconds = value;
					case "--rate" -> rate = value;
					case "--flood-calls" -> floodCalls = value;
					case "--flood-digits" -> floodDigits = value;
					case "--warmup-seconds" -> warmupSeconds = value;
					default -> throw new IllegalArgumentException("Unknown option " + pair[0]);
				}
			}
			return new Options(seconds, rate, floodCalls, floodDigits, warmupSeconds);
		}

	}

	/**
	 * The figures of one run.
	 *
	 * @param directEventsPerSecond events per second read from the double's WebSocket directly
	 * @param proxyEventsPerSecond events per second received from the broker through the proxy
	 * @param directCall an ARI call straight to the double over HTTP
	 * @param brokerHops a message's two hops through the broker and back
	 * @param proxyCall the same ARI call as a command through the proxy, response included
	 * @param proxyOverhead what the proxy measured itself: from a command's delivery to its
	 * response reaching the broker, Asterisk's answer time excluded
	 * @param directCpu where the processor time went while the direct calls ran
	 * @param proxyCpu the same while the calls through the proxy ran
	 * @param proxyMsPerDialogue the processor time of the proxy's own threads per dialogue, ms
	 * @param options the options of the run
	 */
	public record Result(double directEventsPerSecond, double proxyEventsPerSecond, Percentiles directCall,
			Percentiles brokerHops, Percentiles proxyCall, Percentiles proxyOverhead, CpuUse directCpu,
			CpuUse proxyCpu, double proxyMsPerDialogue, Options options) {

		/**
		 * The time the proxy itself adds to a call at the median: the call through the proxy less
		 * the direct call and the broker's two hops.
		 * @return milliseconds
		 */
		public double addedP50() {
			return this.proxyCall.p50() - this.directCall.p50() - this.brokerHops.p50();
		}

		/**
		 * The same at the 99th percentile.
		 * @return milliseconds
		 */
		public double addedP99() {
			return this.proxyCall.p99() - this.directCall.p99() - this.brokerHops.p99();
		}

		/**
		 * The figures as a table.
		 * @return the table
		 */
		public String table() {
			StringBuilder table = new StringBuilder();
			table.append("| ari-queue-proxy | measured | against | ratio |\n|---|---|---|---|\n");
			table.append(String.format(Locale.ROOT, "| events/s (%d calls x %d DTMF) | %.0f through the proxy | %.0f read directly | %.2f |%n",
					this.options.floodCalls, this.options.floodDigits, this.proxyEventsPerSecond,
					this.directEventsPerSecond, this.proxyEventsPerSecond / this.directEventsPerSecond));
			table.append(String.format(Locale.ROOT, "| ARI call p50 ms (%d new dialogues/s, %d s) | %.3f through the proxy | %.3f direct HTTP | %.2f |%n",
					this.options.rate, this.options.seconds, this.proxyCall.p50(), this.directCall.p50(),
					this.proxyCall.p50() / this.directCall.p50()));
			table.append(String.format(Locale.ROOT, "| ARI call p99 ms | %.3f through the proxy | %.3f direct HTTP | %.2f |%n",
					this.proxyCall.p99(), this.directCall.p99(), this.proxyCall.p99() / this.directCall.p99()));
			table.append(String.format(Locale.ROOT, "| broker's two hops p50 / p99 ms | %.3f / %.3f | | |%n",
					this.brokerHops.p50(), this.brokerHops.p99()));
			table.append(String.format(Locale.ROOT, "| through the proxy less direct call and broker hops, p50 / p99 ms | %.3f / %.3f | | |%n",
					addedP50(), addedP99()));
			table.append(String.format(Locale.ROOT, "| inside the proxy (its own timer), p50 / p99 ms (targets < 1 / < 5) | %.3f / %.3f | %d commands | |%n",
					this.proxyOverhead.p50(), this.proxyOverhead.p99(), this.proxyOverhead.samples()));
			table.append(String.format(Locale.ROOT, "| machine busy %%, calls through the proxy / direct | %.0f / %.0f | | |%n",
					this.proxyCpu.machineBusyPercent(), this.directCpu.machineBusyPercent()));
			table.append(String.format(Locale.ROOT, "| processor ms per dialogue through the proxy: broker / this JVM (client, double and proxy) / the proxy's threads | %.2f / %.2f / %.2f | broker on %.2f cores | |%n",
					this.proxyCpu.brokerMsPerDialogue(), this.proxyCpu.jvmMsPerDialogue(), this.proxyMsPerDialogue,
					this.proxyCpu.brokerCores()));
			table.append(String.format(Locale.ROOT, "| events/s target (>= 5000) | %s | | |%n",
					(this.proxyEventsPerSecond >= 5000) ? "met" : "not met"));
			return table.toString();
		}

	}

	/**
	 * A WebSocket straight to the double, for the direct baselines.
	 */
	private static final class DirectEvents implements WebSocket.Listener, AutoCloseable {

		private final WebSocket socket;

		private final StringBuilder partial = new StringBuilder();

		private volatile CountDownLatch dtmf = new CountDownLatch(0);

		private volatile Consumer<String> onStasisStart;

		DirectEvents(AriServerDouble asterisk, String application) throws Exception {
			String authorization = "Basic " + Base64.getEncoder()
				.encodeToString((asterisk.username() + ":" + asterisk.password()).getBytes(StandardCharsets.UTF_8));
			this.socket = HttpClient.newHttpClient()
				.newWebSocketBuilder()
				.header("Authorization", authorization)
				.buildAsync(URI.create(asterisk.webSocketUri() + "?app=" + application), this)
				.get(10, TimeUnit.SECONDS);
		}

		void expectDtmf(int count) {
			this.dtmf = new CountDownLatch(count);
		}

		void awaitDtmf(Duration timeout) throws InterruptedException {
			if (!this.dtmf.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException(this.dtmf.getCount() + " direct events did not come");
			}
		}

		void onStasisStart(Consumer<String> handler) {
			this.onStasisStart = handler;
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				JsonNode event = json.readTree(this.partial.toString());
				this.partial.setLength(0);
				String type = event.path("type").asString();
				if (type.equals("ChannelDtmfReceived")) {
					this.dtmf.countDown();
				}
				else if (type.equals("StasisStart") && this.onStasisStart != null) {
					this.onStasisStart.accept(event.get("channel").get("id").asString());
				}
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public void close() {
			this.socket.abort();
		}

	}

	/**
	 * Hands each message body as text to a callback.
	 */
	private static final class Bodies extends DefaultConsumer {

		private final Consumer<String> callback;

		Bodies(Channel channel, Consumer<String> callback) {
			super(channel);
			this.callback = callback;
		}

		@Override
		public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
			this.callback.accept(new String(body, StandardCharsets.UTF_8));
		}

	}

}
