package io.ariqueue.test.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import io.ariqueue.test.simulator.ProxyDialect.DecodedCommand;
import io.ariqueue.test.simulator.asterisk.AriEvent;
import io.ariqueue.test.simulator.asterisk.AriReply;
import io.ariqueue.test.simulator.asterisk.ChannelSnapshot;
import io.ariqueue.test.simulator.asterisk.FakeAsterisk;
import io.ariqueue.test.simulator.asterisk.FakeAsteriskSettings;

/**
 * An ARI proxy (go-ari-proxy or AsterNET-ARI-Proxy) with a fake Asterisk behind it, speaking the proxy
 * wire protocol on a real RabbitMQ. A test places calls; the application under test sees announcements,
 * events and responses exactly as a real proxy would send them, and its commands run against the fake
 * Asterisk.
 *
 * <pre class="code">
 * try (ProxySimulator sim = ProxySimulator.builder(connectionFactory).application("ivr").build()) {
 *     SimulatedCall call = sim.placeCall((c) -&gt; c.args("en").callerNumber("100"));
 *     call.awaitCommand("POST", "/channels/" + call.channelId() + "/answer", Duration.ofSeconds(5));
 *     call.pressDtmf("1#").hangUpFarEnd();
 * }
 * </pre>
 *
 * @author ari-queue
 */
public final class ProxySimulator implements AutoCloseable {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Builder settings;

	private final ProxyDialect dialect;

	private final Connection connection;

	private final Connection commandConnection;

	private final Channel publisher;

	private final ScheduledExecutorService timer;

	private final Random stasisEndLoss;

	private final Random newObjectEventLoss;

	private final List<String> failures = new ArrayList<>();

	private volatile boolean commandConsumerAlive = true;

	private volatile boolean crashed;

	private final FakeAsterisk asterisk;

	private final WireLog wire = new WireLog();

	private final Map<String, SimulatedDialogue> dialogues = new LinkedHashMap<>();

	private final Map<String, SimulatedDialogue> routes = new ConcurrentHashMap<>();

	private final Map<String, SimulatedDialogue> channelDialogues = new ConcurrentHashMap<>();

	private final Map<String, String> requestedDialogueIds = new ConcurrentHashMap<>();

	private final Map<String, SimulatedDialogue> boundByCommands = new ConcurrentHashMap<>();

	private final Set<String> racingAnswers = ConcurrentHashMap.newKeySet();

	private final List<AriEvent> unroutedEvents = new ArrayList<>();

	private final List<Throwable> internalErrors = new ArrayList<>();

	private volatile boolean answerCommands;

	private volatile boolean closed;

	private ProxySimulator(Builder settings) {
		this.settings = settings;
		this.dialect = (settings.flavour == Flavour.GO_ARI_PROXY) ? new GoAriProxyDialect() : new AsterNetProxyDialect();
		this.answerCommands = settings.answerCommands;
		this.asterisk = new FakeAsterisk(new FakeAsteriskSettings(settings.application, settings.asteriskId,
				settings.playbackDuration, settings.recordingDuration, settings.answerOriginatedCalls), this::onEvent);
		this.stasisEndLoss = new Random(settings.seed);
		this.newObjectEventLoss = new Random(settings.seed + 1);
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "proxy-simulator-timer");
			thread.setDaemon(true);
			return thread;
		});
		Connection connection = null;
		try {
			// like go-ari-proxy: one connection publishes, the other consumes commands
			String name = "ari-queue proxy simulator (" + settings.flavour + ")";
			connection = settings.connectionFactory.newConnection(name);
			this.connection = connection;
			this.commandConnection = settings.connectionFactory.newConnection(name + " commands");
			this.publisher = this.connection.createChannel();
		}
		catch (IOException | TimeoutException ex) {
			closeQuietly(connection);
			this.timer.shutdownNow();
			this.asterisk.close();
			throw new ProxySimulatorException("Cannot connect to RabbitMQ: " + ex.getMessage(), ex);
		}
		try {
			Channel channel = this.connection.createChannel();
			declare(channel, settings.application, settings.appQueue());
			channel.close();
			if (settings.flavour == Flavour.ASTERNET_ARI_PROXY && settings.dialogueSweep != null) {
				long period = settings.dialogueSweep.toMillis();
				this.timer.scheduleWithFixedDelay(this::closeDialoguesWithoutQueues, period, period, TimeUnit.MILLISECONDS);
			}
		}
		catch (IOException | TimeoutException | RuntimeException ex) {
			closeQuietly();
			throw (ex instanceof ProxySimulatorException simulatorException) ? simulatorException
					: new ProxySimulatorException("Cannot set up the application queue: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Start configuring a simulator.
	 * @param connectionFactory how to reach the broker
	 * @return a builder
	 */
	public static Builder builder(ConnectionFactory connectionFactory) {
		return new Builder(connectionFactory);
	}

	/**
	 * A call comes in with default settings: a ringing channel enters the application, the proxy announces
	 * a new dialogue and publishes {@code StasisStart}.
	 * @return the call
	 */
	public SimulatedCall placeCall() {
		return placeCall((spec) -> {
		});
	}

	/**
	 * A call comes in: a channel enters the application, the proxy announces a new dialogue and publishes
	 * {@code StasisStart}. Returns once {@code StasisStart} has been published.
	 * @param customizer describes the call
	 * @return the call
	 * @throws ProxySimulatorException if the broker refuses the dialogue queues
	 */
	public SimulatedCall placeCall(Consumer<CallSpec> customizer) {
		CallSpec spec = new CallSpec();
		customizer.accept(spec);
		ChannelSnapshot channel = this.asterisk.createChannel(spec.toChannelSpec());
		if (spec.dialogueId() != null) {
			this.requestedDialogueIds.put(channel.id(), spec.dialogueId());
		}
		this.asterisk.enterStasis(channel.id(), spec.args());
		return call(channel.id());
	}

	/**
	 * A channel of a dialogue, e.g. one the application originated.
	 * @param channelId the channel id
	 * @return the call
	 * @throws IllegalArgumentException if the channel never belonged to a dialogue
	 */
	public SimulatedCall call(String channelId) {
		SimulatedDialogue dialogue = this.channelDialogues.get(channelId);
		if (dialogue == null) {
			throw new IllegalArgumentException("Channel " + channelId + " is not part of any dialogue");
		}
		return new SimulatedCall(this.asterisk, dialogue, channelId);
	}

	/**
	 * Every dialogue opened so far, in order.
	 * @return a snapshot
	 */
	public List<SimulatedDialogue> dialogues() {
		synchronized (this.dialogues) {
			return List.copyOf(this.dialogues.values());
		}
	}

	/**
	 * A dialogue by id.
	 * @param dialogueId the id
	 * @return the dialogue, if opened
	 */
	public Optional<SimulatedDialogue> dialogue(String dialogueId) {
		synchronized (this.dialogues) {
			return Optional.ofNullable(this.dialogues.get(dialogueId));
		}
	}

	/**
	 * The fake Asterisk behind the proxy, for state assertions and far-end actions.
	 * @return the fake Asterisk
	 */
	public FakeAsterisk asterisk() {
		return this.asterisk;
	}

	/**
	 * Every message the proxy published or consumed.
	 * @return the wire log
	 */
	public WireLog wire() {
		return this.wire;
	}

	/**
	 * The announcement queue, named as the application.
	 * @return the queue name
	 */
	public String applicationQueue() {
		return this.settings.application;
	}

	/**
	 * The proxy family being simulated.
	 * @return the flavour
	 */
	public Flavour flavour() {
		return this.settings.flavour;
	}

	/**
	 * Events the fake Asterisk sent that the proxy routed to no dialogue, and so dropped.
	 * @return a snapshot
	 */
	public List<AriEvent> unroutedEvents() {
		synchronized (this.unroutedEvents) {
			return List.copyOf(this.unroutedEvents);
		}
	}

	/**
	 * Unexpected failures inside the simulator (answered {@code 500}); empty in a healthy run.
	 * @return a snapshot
	 */
	public List<Throwable> internalErrors() {
		synchronized (this.internalErrors) {
			return List.copyOf(this.internalErrors);
		}
	}

	/**
	 * Switch answering commands on or off. When off, commands are read and acknowledged but neither run
	 * nor answered, as with a proxy whose Asterisk has gone away; the application's requests time out.
	 * @param answer whether to answer
	 */
	public void answerCommands(boolean answer) {
		this.answerCommands = answer;
	}

	/**
	 * The proxy dies, as go-ari-proxy does when it panics: its connections close, it stops reading the
	 * fake Asterisk's events, and nothing reconnects. Commands go unanswered; queues stay.
	 */
	public void crash() {
		crash("the proxy was made to crash");
	}

	/**
	 * Whether the proxy has died ({@link #crash()}, or a fault that crashes go-ari-proxy).
	 * @return whether it died
	 */
	public boolean hasCrashed() {
		return this.crashed;
	}

	/**
	 * Whether the proxy still consumes commands. go-ari-proxy loses its command consumer, for every
	 * dialogue and for good, when a queue it consumes is deleted.
	 * @return whether commands are read
	 */
	public boolean isConsumingCommands() {
		return this.commandConsumerAlive && !this.crashed;
	}

	/**
	 * What went wrong inside the proxy, in order: a lost command consumer, a dialogue dropped, a
	 * crash. Empty while it is healthy.
	 * @return a snapshot
	 */
	public List<String> failures() {
		synchronized (this.failures) {
			return List.copyOf(this.failures);
		}
	}

	/**
	 * Stop consuming, delete the queues the simulator declared (unless told to keep them) and close the
	 * connection.
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		for (SimulatedDialogue dialogue : dialogues()) {
			closeChannel(dialogue.amqpChannel);
		}
		if (this.settings.deleteQueuesOnClose) {
			List<String> queues = new ArrayList<>();
			queues.add(this.settings.application);
			dialogues().forEach((dialogue) -> queues.addAll(dialogue.queues()));
			Connection cleaner = this.connection.isOpen() ? this.connection : reconnectForCleanUp();
			for (String queue : queues) {
				if (cleaner == null) {
					break;
				}
				try {
					Channel channel = cleaner.createChannel();
					channel.queueDelete(queue);
					closeChannel(channel);
				}
				catch (IOException | RuntimeException ex) {
					// already gone (auto-delete) or never declared
				}
			}
			if (cleaner != this.connection) {
				closeQuietly(cleaner);
			}
		}
		closeQuietly();
	}

	/** A crashed proxy's queues are the test's to remove: a connection of the test's own does it. */
	private Connection reconnectForCleanUp() {
		try {
			return this.settings.connectionFactory.newConnection("ari-queue proxy simulator clean-up");
		}
		catch (IOException | TimeoutException ex) {
			return null;
		}
	}

	// ---- the proxy ----

	private void onEvent(AriEvent event) {
		if (this.closed || this.crashed || panicsRemoving(event) || overtookItsAnswer(event)) {
			return;
		}
		SimulatedDialogue dialogue;
		if ("StasisStart".equals(event.type())) {
			dialogue = this.routes.get(event.channelId());
			if (dialogue == null) {
				dialogue = openDialogue(event.channelId());
			}
		}
		else {
			String key = this.dialect.routingKey(event);
			dialogue = (key != null) ? this.routes.get(key) : null;
		}
		if (dialogue == null) {
			synchronized (this.unroutedEvents) {
				this.unroutedEvents.add(event);
			}
			return;
		}
		deliver(dialogue, event);
	}

	private SimulatedDialogue openDialogue(String channelId) {
		String requested = this.requestedDialogueIds.remove(channelId);
		SimulatedDialogue dialogue = new SimulatedDialogue((requested != null) ? requested : newDialogueId(), channelId);
		synchronized (this.dialogues) {
			this.dialogues.put(dialogue.id(), dialogue);
		}
		if (this.dialect.announcesBeforeDeclaring()) {
			announce(dialogue);
			pause(this.settings.announcementPause);
			declareDialogue(dialogue);
		}
		else {
			declareDialogue(dialogue);
			announce(dialogue);
		}
		bind(dialogue, channelId);
		return dialogue;
	}

	private void announce(SimulatedDialogue dialogue) {
		publish(this.settings.application,
				this.dialect.announcement(this.settings.application, dialogue.id(), this.settings.serverId));
	}

	private void declareDialogue(SimulatedDialogue dialogue) {
		try {
			Channel channel = this.connection.createChannel();
			declare(channel, dialogue.eventsQueue(), this.settings.eventsQueue());
			declare(channel, dialogue.responsesQueue(), this.settings.responsesQueue());
			closeChannel(channel);
		}
		catch (IOException ex) {
			throw new ProxySimulatorException("Cannot declare the queues of " + dialogue + ": " + reason(ex), ex);
		}
		Exception failure = consumeCommands(dialogue);
		if (failure != null) {
			if (this.settings.flavour == Flavour.ASTERNET_ARI_PROXY) {
				throw new ProxySimulatorException("Cannot consume " + dialogue.commandsQueue() + ": " + reason(failure),
						failure);
			}
			// go-ari-proxy's command goroutine goes on trying, for a while
			long deadline = System.nanoTime() + this.settings.commandsQueueWait.toNanos();
			this.timer.schedule(() -> retryCommands(dialogue, deadline), 100, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Declare and consume a dialogue's commands queue.
	 * @return why that failed, or {@code null}
	 */
	private Exception consumeCommands(SimulatedDialogue dialogue) {
		if (!isConsumingCommands()) {
			// go-ari-proxy goes on announcing and forwarding events over its other connection
			return null;
		}
		Channel channel = null;
		try {
			channel = this.commandConnection.createChannel();
			declare(channel, dialogue.commandsQueue(), this.settings.commandsQueue());
			dialogue.consumerTag = channel.basicConsume(dialogue.commandsQueue(), false, "", true, false, null,
					new CommandConsumer(channel, dialogue));
			dialogue.amqpChannel = channel;
			return null;
		}
		catch (IOException | RuntimeException ex) {
			closeChannel(channel);
			return ex;
		}
	}

	private void retryCommands(SimulatedDialogue dialogue, long deadlineNanos) {
		if (this.closed || this.crashed || consumeCommands(dialogue) == null) {
			return;
		}
		if (System.nanoTime() < deadlineNanos) {
			this.timer.schedule(() -> retryCommands(dialogue, deadlineNanos), 100, TimeUnit.MILLISECONDS);
			return;
		}
		fail("could not consume " + dialogue.commandsQueue() + " within " + this.settings.commandsQueueWait
				+ "; dropped dialogue " + dialogue.id());
		dialogue.stopCommands();
		for (String objectId : dialogue.unbindAll()) {
			this.routes.remove(objectId, dialogue);
		}
	}

	private void deliver(SimulatedDialogue dialogue, AriEvent event) {
		boolean stasisEnd = "StasisEnd".equals(event.type());
		if (this.settings.reorderEndOfCall() && "ChannelHangupRequest".equals(event.type())
				&& dialogue.heldHangupRequest == null
				&& this.asterisk.channel(event.channelId()).map(ChannelSnapshot::inStasis).orElse(false)) {
			// go-ari-proxy handles each event in its own goroutine: StasisEnd can overtake the hangup request
			dialogue.heldHangupRequest = event;
			return;
		}
		if (dialogue.heldHangupRequest != null && !stasisEnd) {
			publishEvent(dialogue, dialogue.heldHangupRequest);
			dialogue.heldHangupRequest = null;
		}
		boolean dropped = stasisEnd && lose(this.stasisEndLoss, this.settings.stasisEndLoss());
		if (dropped) {
			dialogue.eventDropped(event);
		}
		else {
			publishEvent(dialogue, event);
		}
		if (stasisEnd && dialogue.heldHangupRequest != null) {
			publishEvent(dialogue, dialogue.heldHangupRequest);
			dialogue.heldHangupRequest = null;
		}
		if (stasisEnd && !dropped && this.settings.stopCommandsAfterStasisEnd()
				&& (this.settings.flavour == Flavour.GO_ARI_PROXY
						|| event.channelId().equals(dialogue.primaryChannelId()))) {
			endDialogue(dialogue);
		}
		else if (isDestroyed(event)) {
			String key = this.dialect.routingKey(event);
			this.routes.remove(key, dialogue);
			if (dialogue.unbind(key) && this.settings.stopCommandsAfterStasisEnd()
					&& this.settings.flavour == Flavour.GO_ARI_PROXY) {
				dialogue.stopCommands();
			}
		}
	}

	/**
	 * go-ari-proxy handles each event in a goroutine of its own: a second leg's {@code ChannelDestroyed} can
	 * find the leg still mapped while its {@code StasisEnd} unmaps the dialogue, and {@code removeObject}
	 * then deletes from the slice it ranges over, which panics for any object but the last.
	 */
	private boolean panicsRemoving(AriEvent event) {
		if (!this.settings.crashOnObjectRemoval() || !isDestroyed(event)) {
			return false;
		}
		String key = this.dialect.routingKey(event);
		SimulatedDialogue owner = (key != null) ? this.boundByCommands.get(key) : null;
		if (owner == null || !owner.removingWouldPanic(key)) {
			return false;
		}
		crash("panic: runtime error: index out of range in removeObject, removing " + key + " from " + owner);
		return true;
	}

	private static boolean isDestroyed(AriEvent event) {
		return "ChannelDestroyed".equals(event.type()) || "BridgeDestroyed".equals(event.type());
	}

	private static boolean lose(Random random, double probability) {
		return probability > 0 && (probability >= 1 || random.nextDouble() < probability);
	}

	/** go-ari-proxy: stop the command loop and forget every object; AsterNET-ARI-Proxy: close the dialogue. */
	private void endDialogue(SimulatedDialogue dialogue) {
		dialogue.stopCommands();
		for (String objectId : dialogue.unbindAll()) {
			this.routes.remove(objectId, dialogue);
		}
		if (this.settings.flavour == Flavour.ASTERNET_ARI_PROXY && dialogue.consumerTag != null) {
			try {
				dialogue.amqpChannel.basicCancel(dialogue.consumerTag);
			}
			catch (IOException | RuntimeException ex) {
				// channel already closed
			}
		}
	}

	/**
	 * AsterNET-ARI-Proxy's {@code CheckForClosedDialogues}: a dialogue whose {@code events_} or
	 * {@code responses_} queue is gone (deleted, or auto-deleted when the application stopped consuming) is
	 * closed, which cancels its {@code commands_} consumer.
	 */
	private void closeDialoguesWithoutQueues() {
		for (SimulatedDialogue dialogue : dialogues()) {
			if (!dialogue.commandsStopped() && (!exists(dialogue.eventsQueue()) || !exists(dialogue.responsesQueue()))) {
				endDialogue(dialogue);
			}
		}
	}

	private boolean exists(String queue) {
		try {
			Channel channel = this.connection.createChannel();
			try {
				channel.queueDeclarePassive(queue);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
			finally {
				closeChannel(channel);
			}
		}
		catch (IOException | RuntimeException ex) {
			// cannot tell: leave the dialogue alone
			return true;
		}
	}

	private void publishEvent(SimulatedDialogue dialogue, AriEvent event) {
		// recorded first: the application may have it before publish returns
		dialogue.eventPublished(event);
		publish(dialogue.eventsQueue(), this.dialect.event(this.settings.serverId, event));
	}

	private void onCommand(SimulatedDialogue dialogue, Channel channel, Envelope envelope,
			AMQP.BasicProperties properties, byte[] payload) throws IOException {
		this.wire.add(new WireMessage(WireMessage.Direction.CONSUMED, envelope.getExchange(), dialogue.commandsQueue(),
				payload, properties, Instant.now()));
		DecodedCommand decoded = this.dialect.decode(payload, this.settings.strictParameterTypes);
		Command command = decoded.command();
		if (dialogue.commandsStopped()) {
			// go-ari-proxy's command loop has ended: the message stays unacknowledged
			dialogue.commandRead(command, true);
			return;
		}
		dialogue.commandRead(command, false);
		if (!this.answerCommands || decoded.unansweredReason() != null) {
			channel.basicAck(envelope.getDeliveryTag(), false);
			return;
		}
		List<String> boundBefore = this.dialect.objectsBoundBefore(command);
		for (String objectId : boundBefore) {
			bindByCommand(dialogue, objectId);
		}
		AriReply reply = (decoded.immediateReply() != null) ? decoded.immediateReply() : run(decoded);
		List<String> created = new ArrayList<>(this.dialect.objectsBoundAfter(reply));
		created.removeAll(boundBefore);
		for (String objectId : created) {
			bindByCommand(dialogue, objectId);
		}
		boolean eventsFirst = !created.isEmpty() && lose(this.newObjectEventLoss, this.settings.newObjectEventLoss());
		if (eventsFirst) {
			// the first event Asterisk sends for the new object overtakes the answer the proxy binds it from
			this.racingAnswers.addAll(created);
			reply.runAfterReply();
			this.racingAnswers.removeAll(created);
		}
		if (this.dialect.publishes(reply)) {
			// the proxies make a string of the body's bytes: what is not UTF-8 in a file is lost
			String body = reply.isBinary() ? new String(reply.bytes(), StandardCharsets.UTF_8) : reply.body();
			Response response = new Response(command.uniqueId(), reply.status(), body);
			dialogue.responsePublished(response);
			publish(dialogue.responsesQueue(), this.dialect.response(response));
		}
		channel.basicAck(envelope.getDeliveryTag(), false);
		if (!eventsFirst) {
			reply.runAfterReply();
		}
	}

	/**
	 * The first event of an object whose creating command's answer it overtook: go-ari-proxy does not know
	 * the object yet. A {@code StasisStart} opens a dialogue of its own; anything else is lost.
	 * @return whether the event was handled so
	 */
	private boolean overtookItsAnswer(AriEvent event) {
		String key = "StasisStart".equals(event.type()) ? event.channelId() : this.dialect.routingKey(event);
		if (key == null || !this.racingAnswers.remove(key)) {
			return false;
		}
		if ("StasisStart".equals(event.type())) {
			SimulatedDialogue owner = this.routes.remove(key);
			if (owner != null) {
				owner.unbind(key);
			}
			this.channelDialogues.remove(key);
			deliver(openDialogue(key), event);
		}
		else {
			synchronized (this.unroutedEvents) {
				this.unroutedEvents.add(event);
			}
		}
		return true;
	}

	private AriReply run(DecodedCommand decoded) {
		try {
			return this.asterisk.handle(decoded.request());
		}
		catch (RuntimeException ex) {
			recordInternalError(ex);
			return AriReply.error(500, "Internal Server Error: " + ex);
		}
	}

	private void recordInternalError(RuntimeException ex) {
		synchronized (this.internalErrors) {
			this.internalErrors.add(ex);
		}
	}

	private void fail(String failure) {
		synchronized (this.failures) {
			this.failures.add(failure);
		}
	}

	/**
	 * go-ari-proxy's AMQP library answers the broker's {@code basic.cancel} with {@code basic.cancel-ok},
	 * which a server must not receive: RabbitMQ closes the consuming connection, and the proxy never
	 * opens another.
	 */
	private void loseCommandConsumer(String queue) {
		this.commandConsumerAlive = false;
		fail("the broker cancelled the consumer of " + queue + "; answering with basic.cancel-ok made RabbitMQ close "
				+ "the command connection: no command of any dialogue is read from now on");
		this.timer.execute(() -> closeQuietly(this.commandConnection));
	}

	private void crash(String reason) {
		if (this.crashed) {
			return;
		}
		this.crashed = true;
		fail(reason);
		this.timer.execute(() -> {
			closeQuietly(this.commandConnection);
			closeQuietly(this.connection);
		});
	}

	private void bindByCommand(SimulatedDialogue dialogue, String objectId) {
		bind(dialogue, objectId);
		dialogue.commandBound(objectId);
		this.boundByCommands.put(objectId, dialogue);
	}

	private void bind(SimulatedDialogue dialogue, String objectId) {
		dialogue.bind(objectId);
		this.routes.put(objectId, dialogue);
		// a channel stays findable through call(id) even after the proxy stops routing it
		this.channelDialogues.putIfAbsent(objectId, dialogue);
	}

	private void publish(String queue, byte[] payload) {
		AMQP.BasicProperties properties = this.dialect.properties();
		try {
			synchronized (this.publisher) {
				this.publisher.basicPublish("", queue, false, false, properties, payload);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new ProxySimulatorException("Cannot publish to " + queue + ": " + reason(ex), ex);
		}
		this.wire.add(new WireMessage(WireMessage.Direction.PUBLISHED, "", queue, payload,
				(properties != null) ? properties : new AMQP.BasicProperties(), Instant.now()));
	}

	private void declare(Channel channel, String queue, QueueOptions options) {
		try {
			channel.queueDeclare(queue, options.durable(), options.exclusive(), options.autoDelete(),
					options.argumentsOrNull());
		}
		catch (IOException | RuntimeException ex) {
			throw new ProxySimulatorException("Cannot declare queue '" + queue + "' with " + options + ": " + reason(ex),
					ex);
		}
	}

	private static String reason(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ShutdownSignalException signal && signal.getReason() instanceof AMQP.Channel.Close close) {
				return close.getReplyCode() + " " + close.getReplyText();
			}
		}
		return String.valueOf(ex.getMessage());
	}

	private static String newDialogueId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		String hex = HexFormat.of().formatHex(bytes);
		return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
				+ hex.substring(16, 20) + "-" + hex.substring(20);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void closeChannel(Channel channel) {
		if (channel != null && channel.isOpen()) {
			try {
				channel.close();
			}
			catch (IOException | TimeoutException | RuntimeException ex) {
				// closing anyway
			}
		}
	}

	private void closeQuietly() {
		this.closed = true;
		closeQuietly(this.commandConnection);
		closeQuietly(this.connection);
		this.timer.shutdownNow();
		this.asterisk.close();
	}

	private static void closeQuietly(Connection connection) {
		try {
			if (connection != null && connection.isOpen()) {
				connection.close();
			}
		}
		catch (IOException | RuntimeException ex) {
			// closing anyway
		}
	}

	private final class CommandConsumer extends DefaultConsumer {

		private final SimulatedDialogue dialogue;

		CommandConsumer(Channel channel, SimulatedDialogue dialogue) {
			super(channel);
			this.dialogue = dialogue;
		}

		@Override
		public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
				byte[] body) throws IOException {
			if (ProxySimulator.this.crashed) {
				return;
			}
			try {
				onCommand(this.dialogue, getChannel(), envelope, properties, body);
			}
			catch (AlreadyClosedException ex) {
				// a command still running when close() shut its channel: its answer goes nowhere, as
				// with a real proxy that stops; anything else is the simulator's own fault
				if (!ProxySimulator.this.closed) {
					recordInternalError(ex);
				}
			}
			catch (RuntimeException ex) {
				recordInternalError(ex);
			}
		}

		@Override
		public void handleCancel(String consumerTag) {
			// the queue was deleted under the consumer
			if (ProxySimulator.this.settings.commandConsumerDiesOnCancel()) {
				loseCommandConsumer(this.dialogue.commandsQueue());
			}
			else {
				this.dialogue.stopCommands();
			}
		}

	}

	/**
	 * Configures a {@link ProxySimulator}. Everything but the application name has a default that
	 * matches the chosen {@link Flavour}.
	 */
	public static final class Builder {

		private final ConnectionFactory connectionFactory;

		private String application;

		private Flavour flavour = Flavour.GO_ARI_PROXY;

		private String serverId = "simulated-asterisk-1";

		private String asteriskId = "02:42:ac:11:00:02";

		private Duration announcementPause = Duration.ofMillis(50);

		private QueueOptions appQueue;

		private QueueOptions eventsQueue;

		private QueueOptions responsesQueue;

		private QueueOptions commandsQueue;

		private Integer messageTtl = 30000;

		private Double stasisEndLoss;

		private Boolean reorderEndOfCall;

		private Boolean stopCommandsAfterStasisEnd;

		private Boolean commandConsumerDiesOnCancel;

		private Double newObjectEventLoss;

		private Boolean crashOnObjectRemoval;

		private Duration commandsQueueWait = Duration.ofSeconds(10);

		private long seed = 1;

		private Duration dialogueSweep = Duration.ofSeconds(5);

		private boolean answerCommands = true;

		private boolean strictParameterTypes = true;

		private Duration playbackDuration = Duration.ZERO;

		private Duration recordingDuration = Duration.ofMillis(100);

		private boolean answerOriginatedCalls = true;

		private boolean deleteQueuesOnClose = true;

		private Builder(ConnectionFactory connectionFactory) {
			this.connectionFactory = Objects.requireNonNull(connectionFactory, "connectionFactory");
		}

		/**
		 * The ARI application, which is also the name of the announcement queue. Required.
		 * @param application the application name
		 * @return this builder
		 */
		public Builder application(String application) {
			this.application = application;
			return this;
		}

		/**
		 * The proxy family to reproduce; {@link Flavour#GO_ARI_PROXY} by default.
		 * @param flavour the flavour
		 * @return this builder
		 */
		public Builder flavour(Flavour flavour) {
			this.flavour = Objects.requireNonNull(flavour, "flavour");
			return this;
		}

		/**
		 * The proxy's {@code server_id} (AsterNET-ARI-Proxy sends it in events only; its announcements carry
		 * {@code ""}).
		 * @param serverId the server id
		 * @return this builder
		 */
		public Builder serverId(String serverId) {
			this.serverId = serverId;
			return this;
		}

		/**
		 * The {@code asterisk_id} of the fake Asterisk.
		 * @param asteriskId the id
		 * @return this builder
		 */
		public Builder asteriskId(String asteriskId) {
			this.asteriskId = asteriskId;
			return this;
		}

		/**
		 * How long go-ari-proxy waits between announcing and declaring the dialogue queues (50 ms).
		 * @param pause the pause
		 * @return this builder
		 */
		public Builder announcementPause(Duration pause) {
			this.announcementPause = pause;
			return this;
		}

		/**
		 * Override the flags of the announcement queue.
		 * @param options the flags
		 * @return this builder
		 */
		public Builder applicationQueue(QueueOptions options) {
			this.appQueue = options;
			return this;
		}

		/**
		 * Override the flags of every {@code events_<D>} queue.
		 * @param options the flags
		 * @return this builder
		 */
		public Builder eventsQueue(QueueOptions options) {
			this.eventsQueue = options;
			return this;
		}

		/**
		 * Override the flags of every {@code responses_<D>} queue.
		 * @param options the flags
		 * @return this builder
		 */
		public Builder responsesQueue(QueueOptions options) {
			this.responsesQueue = options;
			return this;
		}

		/**
		 * Override the flags of every {@code commands_<D>} queue.
		 * @param options the flags
		 * @return this builder
		 */
		public Builder commandsQueue(QueueOptions options) {
			this.commandsQueue = options;
			return this;
		}

		/**
		 * AsterNET-ARI-Proxy's {@code DialogueConfig.TTL}: the {@code x-message-ttl} (an {@link Integer}) of
		 * {@code events_} and {@code responses_}; 30000 by default, {@code null} for none.
		 * @param ttlMillis the TTL
		 * @return this builder
		 */
		public Builder messageTtl(Integer ttlMillis) {
			this.messageTtl = ttlMillis;
			return this;
		}

		/**
		 * Never publish {@code StasisEnd} (or never lose one, with {@code false}); go-ari-proxy loses some of
		 * them (see {@link #stasisEndLoss(double)}). The dialogue then lives until {@code ChannelDestroyed},
		 * which is published.
		 * @param drop whether to drop every {@code StasisEnd}
		 * @return this builder
		 */
		public Builder dropStasisEnd(boolean drop) {
			this.stasisEndLoss = drop ? 1.0 : 0.0;
			return this;
		}

		/**
		 * How often a {@code StasisEnd} is lost, as go-ari-proxy loses one when the goroutine of the
		 * channel's {@code ChannelDestroyed} unmaps the channel first: 0.2 by default for go-ari-proxy, 0 for
		 * AsterNET-ARI-Proxy. The dialogue then lives until {@code ChannelDestroyed}, which is published.
		 * @param probability from 0 (never) to 1 (always)
		 * @return this builder
		 */
		public Builder stasisEndLoss(double probability) {
			this.stasisEndLoss = probability(probability);
			return this;
		}

		/**
		 * Publish {@code StasisEnd} before the {@code ChannelHangupRequest} that caused it, as go-ari-proxy's
		 * one-goroutine-per-event handling does (on by default for go-ari-proxy).
		 * @param reorder whether to reorder
		 * @return this builder
		 */
		public Builder reorderEndOfCall(boolean reorder) {
			this.reorderEndOfCall = reorder;
			return this;
		}

		/**
		 * Lose the command consumer of every dialogue, for good, when the broker cancels one: go-ari-proxy's
		 * AMQP library answers the broker's {@code basic.cancel} (sent when a queue it consumes is deleted)
		 * with {@code basic.cancel-ok}, and RabbitMQ closes its connection (on by default for go-ari-proxy).
		 * When off, only that dialogue stops reading commands.
		 * @param dies whether the command consumer dies
		 * @return this builder
		 */
		public Builder commandConsumerDiesOnCancel(boolean dies) {
			this.commandConsumerDiesOnCancel = dies;
			return this;
		}

		/**
		 * How often the first event that Asterisk sends for an object a command has just created (a playback's
		 * {@code PlaybackStarted}, the {@code StasisStart} of a channel originated without an id) overtakes the
		 * HTTP answer that go-ari-proxy binds the object from: it is then lost, and such a {@code StasisStart}
		 * opens a dialogue of its own. The object's later events arrive. 0.33 by default for go-ari-proxy (seen
		 * once in three runs), 0 for AsterNET-ARI-Proxy. A channel originated with its id in the URL is bound
		 * before the call and never affected.
		 * @param probability from 0 (never) to 1 (always)
		 * @return this builder
		 */
		public Builder newObjectEventLoss(double probability) {
			this.newObjectEventLoss = probability(probability);
			return this;
		}

		/**
		 * Crash, as go-ari-proxy panics in {@code removeObject}, when a channel or bridge is destroyed that is
		 * not the last of the objects the dialogue's commands bound (a second leg, a bridge, a playback; not
		 * the first channel): in a bridged two-leg call, when the second leg hangs up. On by default for
		 * go-ari-proxy.
		 * @param crash whether to crash
		 * @return this builder
		 */
		public Builder crashOnObjectRemoval(boolean crash) {
			this.crashOnObjectRemoval = crash;
			return this;
		}

		/**
		 * How long go-ari-proxy goes on trying to consume {@code commands_<D>} (for example while a client's
		 * declaration with other flags makes the broker refuse its own) before it drops the dialogue: 10 s.
		 * @param wait the wait
		 * @return this builder
		 */
		public Builder commandsQueueWait(Duration wait) {
			this.commandsQueueWait = Objects.requireNonNull(wait, "wait");
			return this;
		}

		/**
		 * How often AsterNET-ARI-Proxy looks for dialogues whose {@code events_} or {@code responses_} queue is
		 * gone, and closes them ({@code CheckForClosedDialogues}): every 5 s by default; {@code null} for
		 * never. go-ari-proxy never looks.
		 * @param interval the interval, or {@code null}
		 * @return this builder
		 */
		public Builder dialogueSweep(Duration interval) {
			this.dialogueSweep = interval;
			return this;
		}

		/**
		 * The seed of the random faults ({@link #stasisEndLoss(double)}, {@link #newObjectEventLoss(double)}),
		 * so that a run can be repeated; 1 by default.
		 * @param seed the seed
		 * @return this builder
		 */
		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * Turn off the proxy's faults, for tests that are not about them: no reordering, no lost event, no
		 * lost command consumer, no crash. The protocol stays the flavour's (go-ari-proxy still announces
		 * before declaring and still ends a dialogue at the first {@code StasisEnd}).
		 * @return this builder
		 */
		public Builder wellBehaved() {
			this.stasisEndLoss = 0.0;
			this.reorderEndOfCall = false;
			this.commandConsumerDiesOnCancel = false;
			this.newObjectEventLoss = 0.0;
			this.crashOnObjectRemoval = false;
			return this;
		}

		/**
		 * Stop processing commands after a {@code StasisEnd} (left unacknowledged in {@code commands_<D>}),
		 * and stop routing the dialogue's events. go-ari-proxy does this on the StasisEnd of any of the
		 * dialogue's channels (default on); AsterNET-ARI-Proxy with {@code CloseDialogueOnPrimaryStasisEnd}
		 * on the primary channel's (default off).
		 * @param stop whether to stop
		 * @return this builder
		 */
		public Builder stopCommandsAfterStasisEnd(boolean stop) {
			this.stopCommandsAfterStasisEnd = stop;
			return this;
		}

		/**
		 * Whether commands are run and answered at all (default on). Off simulates a proxy that has lost
		 * its Asterisk: requests time out.
		 * @param answer whether to answer
		 * @return this builder
		 */
		public Builder answerCommands(boolean answer) {
			this.answerCommands = answer;
			return this;
		}

		/**
		 * Whether an ARI parameter of the wrong JSON type is answered {@code 400} (default). When off, it is
		 * read like Asterisk's {@code ast_json_*_get} reads it: {@code "timeout":"30"} becomes 0.
		 * @param strict whether to answer 400
		 * @return this builder
		 */
		public Builder strictParameterTypes(boolean strict) {
			this.strictParameterTypes = strict;
			return this;
		}

		/**
		 * How long a playback plays before {@code PlaybackFinished}; {@link Duration#ZERO} (default) sends
		 * it right after {@code PlaybackStarted}.
		 * @param duration the duration
		 * @return this builder
		 */
		public Builder playbackDuration(Duration duration) {
			this.playbackDuration = duration;
			return this;
		}

		/**
		 * How long a recording runs before {@code RecordingFinished} unless stopped (100 ms).
		 * @param duration the duration
		 * @return this builder
		 */
		public Builder recordingDuration(Duration duration) {
			this.recordingDuration = duration;
			return this;
		}

		/**
		 * Whether a channel the application originates is answered by its far end at once (default), so it
		 * enters Stasis right after the originate answer; when off, use {@link SimulatedCall#answerFarEnd()}.
		 * @param answer whether to answer
		 * @return this builder
		 */
		public Builder answerOriginatedCalls(boolean answer) {
			this.answerOriginatedCalls = answer;
			return this;
		}

		/**
		 * Whether {@link ProxySimulator#close()} deletes the queues it declared (default). Real proxies never
		 * delete them; tests should.
		 * @param delete whether to delete
		 * @return this builder
		 */
		public Builder deleteQueuesOnClose(boolean delete) {
			this.deleteQueuesOnClose = delete;
			return this;
		}

		/**
		 * Connect, declare the application queue and start the simulator.
		 * @return the simulator
		 * @throws ProxySimulatorException if the broker is unreachable or refuses the queue
		 */
		public ProxySimulator build() {
			if (this.application == null || this.application.isBlank()) {
				throw new IllegalStateException("application is required");
			}
			return new ProxySimulator(this);
		}

		QueueOptions appQueue() {
			if (this.appQueue != null) {
				return this.appQueue;
			}
			return (this.flavour == Flavour.GO_ARI_PROXY) ? QueueOptions.goAriProxy() : QueueOptions.of(false, false, false);
		}

		QueueOptions eventsQueue() {
			return (this.eventsQueue != null) ? this.eventsQueue : producerQueue();
		}

		QueueOptions responsesQueue() {
			return (this.responsesQueue != null) ? this.responsesQueue : producerQueue();
		}

		QueueOptions commandsQueue() {
			if (this.commandsQueue != null) {
				return this.commandsQueue;
			}
			return (this.flavour == Flavour.GO_ARI_PROXY) ? QueueOptions.goAriProxy() : QueueOptions.of(false, false, true);
		}

		boolean stopCommandsAfterStasisEnd() {
			return (this.stopCommandsAfterStasisEnd != null) ? this.stopCommandsAfterStasisEnd : goAriProxy();
		}

		boolean reorderEndOfCall() {
			return (this.reorderEndOfCall != null) ? this.reorderEndOfCall : goAriProxy();
		}

		double stasisEndLoss() {
			return (this.stasisEndLoss != null) ? this.stasisEndLoss : (goAriProxy() ? 0.2 : 0.0);
		}

		boolean commandConsumerDiesOnCancel() {
			return (this.commandConsumerDiesOnCancel != null) ? this.commandConsumerDiesOnCancel : goAriProxy();
		}

		double newObjectEventLoss() {
			return (this.newObjectEventLoss != null) ? this.newObjectEventLoss : (goAriProxy() ? 0.33 : 0.0);
		}

		boolean crashOnObjectRemoval() {
			return (this.crashOnObjectRemoval != null) ? this.crashOnObjectRemoval : goAriProxy();
		}

		private boolean goAriProxy() {
			return this.flavour == Flavour.GO_ARI_PROXY;
		}

		private static double probability(double probability) {
			if (!(probability >= 0 && probability <= 1)) {
				throw new IllegalArgumentException("A probability is from 0 to 1, not " + probability);
			}
			return probability;
		}

		private QueueOptions producerQueue() {
			if (this.flavour == Flavour.GO_ARI_PROXY) {
				return QueueOptions.goAriProxy();
			}
			QueueOptions options = QueueOptions.of(false, false, true);
			return (this.messageTtl != null) ? options.withMessageTtl(this.messageTtl) : options;
		}

	}

}
