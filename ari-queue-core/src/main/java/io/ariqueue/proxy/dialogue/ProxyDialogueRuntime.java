package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.ari.event.AriEventReader;
import io.ariqueue.ari.json.AriJson;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.handler.AriEventDispatcher;
import io.ariqueue.proxy.amqp.ConsumerChannelPool;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.amqp.MessagePublisher;
import io.ariqueue.proxy.amqp.QueueAdmin;
import io.ariqueue.proxy.amqp.QueueInUseException;
import io.ariqueue.proxy.amqp.QueueReaper;
import io.ariqueue.proxy.dialogue.Membership.AdoptionResult;
import io.ariqueue.proxy.dialogue.Membership.OwnedDialogue;
import io.ariqueue.proxy.wire.Announcement;
import io.ariqueue.proxy.wire.MalformedMessageException;
import io.ariqueue.proxy.wire.ProxyWireCodec;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

/**
 * The application side of the go-ari-proxy protocol: takes the dialogues that proxies announce,
 * consumes their queues over a bounded set of channels, dispatches their events in order to the
 * application's handlers, and carries their ARI calls as commands.
 * <p>
 * An announcement is acknowledged only once its dialogue consumes its queues. At the
 * active-dialogue limit this instance stops consuming announcements until a dialogue ends, so
 * that they wait on the queue for any instance with room.
 * <p>
 * The dialogue queues are consumed exclusively, so the broker lets only one instance run a
 * dialogue. With high availability on, instances hear each other's heartbeats through the broker
 * and adopt the dialogues of an instance that went silent or left ({@link Membership}).
 *
 * @author ari-queue team
 */
public final class ProxyDialogueRuntime implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ProxyDialogueRuntime.class);

	/**
	 * How long shutdown gives the queues of ended dialogues to be deleted, even when the
	 * handlers took the whole shutdown timeout.
	 */
	private static final Duration MIN_FLUSH = Duration.ofSeconds(2);

	/** The first and the longest pause between attempts to consume an application queue again. */
	private static final long FIRST_RETRY_MILLIS = 100;

	private static final long MAX_RETRY_MILLIS = 10_000;

	private final ConnectionFactory connectionFactory;

	private final List<Address> addresses;

	private final ProxyRuntimeSettings settings;

	private final AriEventDispatcher dispatcher;

	private final Executor workers;

	private final ProxyWireCodec codec;

	private final AriEventReader eventReader;

	private final CommandIds commandIds = new CommandIds();

	private final Map<String, Dialogue> dialogues = new ConcurrentHashMap<>();

	private final AtomicInteger reserved = new AtomicInteger();

	private final AtomicInteger settingUp = new AtomicInteger();

	private final AtomicLong malformed = new AtomicLong();

	private final AtomicLong announcementsReturned = new AtomicLong();

	private final AtomicLong duplicatesSkipped = new AtomicLong();

	private final AtomicLong unknownResponses = new AtomicLong();

	private final AtomicLong adopted = new AtomicLong();

	private final String instanceId;

	private final HandlerWatchdog watchdog;

	private Membership membership;

	private final List<AnnouncementConsumer> announcementConsumers = new ArrayList<>();

	private ScheduledExecutorService scheduler;

	private ExecutorService amqpDispatch;

	private Connection consumerConnection;

	private Connection publisherConnection;

	private QueueAdmin admin;

	private QueueReaper reaper;

	private ProxyQueues queues;

	private ConsumerChannelPool consumers;

	private MessagePublisher publisher;

	private volatile boolean running;

	private volatile boolean accepting;

	/**
	 * Create a runtime; it connects on {@link #start()}.
	 * @param connectionFactory the broker's connection settings (copied; automatic recovery is
	 * turned on for the copy)
	 * @param settings the runtime settings
	 * @param dispatcher where events go
	 * @param workers the executor that runs handlers; its size bounds how many dialogues run
	 * handlers at once
	 */
	public ProxyDialogueRuntime(ConnectionFactory connectionFactory, ProxyRuntimeSettings settings,
			AriEventDispatcher dispatcher, Executor workers) {
		this(connectionFactory, List.of(), settings, dispatcher, workers);
	}

	/**
	 * Create a runtime that connects to the first broker of a list that answers, as a client of
	 * a RabbitMQ cluster does; it connects on {@link #start()}.
	 * @param connectionFactory the broker's connection settings but for the addresses (copied;
	 * automatic recovery is turned on for the copy)
	 * @param addresses the brokers to try, in order; empty for the connection factory's own host
	 * and port
	 * @param settings the runtime settings
	 * @param dispatcher where events go
	 * @param workers the executor that runs handlers; its size bounds how many dialogues run
	 * handlers at once
	 */
	public ProxyDialogueRuntime(ConnectionFactory connectionFactory, List<Address> addresses,
			ProxyRuntimeSettings settings, AriEventDispatcher dispatcher, Executor workers) {
		this.addresses = List.copyOf(addresses);
		this.connectionFactory = connectionFactory.clone();
		this.connectionFactory.setAutomaticRecoveryEnabled(true);
		this.connectionFactory.setTopologyRecoveryEnabled(true);
		// calls wait on the gap: retry every second, as AsterNET-ARI-Proxy does, not every five
		this.connectionFactory.setNetworkRecoveryInterval(Math.min(1000, this.connectionFactory.getNetworkRecoveryInterval()));
		this.settings = settings;
		this.dispatcher = dispatcher;
		this.workers = workers;
		this.codec = new ProxyWireCodec(settings.maxMessageBytes());
		this.eventReader = new AriEventReader(AriJson.mapper());
		byte[] random = new byte[4];
		new SecureRandom().nextBytes(random);
		this.instanceId = HexFormat.of().formatHex(random);
		this.watchdog = settings.hasHandlerWarningTimeout() ? new HandlerWatchdog(settings.handlerWarningTimeout()) : null;
	}

	/**
	 * Connect and start taking announcements.
	 * @throws IllegalStateException if the broker cannot be reached or an application queue
	 * cannot be consumed
	 */
	public synchronized void start() {
		if (this.running) {
			return;
		}
		try {
			ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
					new NamedThreadFactory("ari-queue-timer-"));
			scheduler.setRemoveOnCancelPolicy(true);
			this.scheduler = scheduler;
			int dispatchThreads = Math.max(2, Math.min(this.settings.consumerChannels(),
					Runtime.getRuntime().availableProcessors() * 2));
			this.amqpDispatch = Executors.newFixedThreadPool(dispatchThreads, new NamedThreadFactory("ari-queue-amqp-"));
			this.consumerConnection = connect("ari-queue-consumer-" + this.instanceId);
			this.publisherConnection = connect("ari-queue-publisher-" + this.instanceId);
			watchConnections();
			// a dialogue's three queues are declared side by side, three dialogues at a time
			this.admin = new QueueAdmin(this.consumerConnection, 9,
					Duration.ofMillis(this.connectionFactory.getChannelRpcTimeout()));
			this.reaper = new QueueReaper(this.consumerConnection, this.settings.queueDeletionDelay(),
					() -> this.settingUp.get() > 0, new NamedThreadFactory("ari-queue-reaper-"));
			this.queues = new ProxyQueues(this.admin, this.reaper, this.consumerConnection, this.settings);
			this.consumers = new ConsumerChannelPool(this.consumerConnection, this.admin,
					this.settings.consumerChannels(), this.settings.prefetch(), this.workers);
			this.publisher = new MessagePublisher(this.publisherConnection, this.settings.publisherChannels(),
					this::commandReturned);
			for (String application : this.settings.applications()) {
				if (this.settings.declareApplicationQueue()) {
					this.queues.declareApplication(application);
				}
				this.announcementConsumers.add(new AnnouncementConsumer(application, this.consumerConnection,
						Math.min(this.settings.announcementPrefetch(), this.settings.maxActiveDialogues()),
						this::onAnnouncement, this::applicationQueueCancelled));
			}
			this.running = true;
			this.accepting = true;
			for (AnnouncementConsumer consumer : this.announcementConsumers) {
				consumer.resume();
			}
			if (this.settings.hasIdleTimeout()) {
				long period = Math.max(100, Math.min(1000, this.settings.idleTimeout().toMillis() / 4));
				this.scheduler.scheduleWithFixedDelay(this::closeIdleDialogues, period, period, TimeUnit.MILLISECONDS);
			}
			if (this.watchdog != null) {
				long period = this.watchdog.checkPeriod().toMillis();
				this.scheduler.scheduleWithFixedDelay(() -> this.watchdog.check(this.dialogues.values()), period, period,
						TimeUnit.MILLISECONDS);
			}
			if (this.settings.highAvailability().enabled()) {
				this.membership = new Membership(this.instanceId, this.settings.highAvailability(),
						this.settings.applications(), this.consumerConnection, this.publisherConnection,
						this.settings.maxMessageBytes(), new DialogueAdopter(), this.workers);
				this.membership.start(this.scheduler);
			}
			logger.info("ari-queue instance {} consuming applications {} (at most {} dialogues)", this.instanceId,
					this.settings.applications(), this.settings.maxActiveDialogues());
		}
		catch (IOException | TimeoutException | RuntimeException ex) {
			closeResources();
			throw new IllegalStateException("Could not start consuming ARI applications "
					+ this.settings.applications() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Shut down gracefully: stop taking announcements, let running handlers finish (up to the
	 * shutdown timeout), end every dialogue with {@link DialogueCloseReason#SHUTDOWN} (keeping its
	 * queues and its unhandled events), then disconnect.
	 */
	public void stop() {
		synchronized (this) {
			if (!this.running) {
				return;
			}
			this.accepting = false;
			for (AnnouncementConsumer consumer : this.announcementConsumers) {
				consumer.pause();
			}
		}
		long deadline = System.nanoTime() + this.settings.shutdownTimeout().toNanos();
		awaitUntil(() -> this.settingUp.get() == 0, deadline);
		List<OwnedDialogue> handedBack = ownedDialogues();
		for (Dialogue dialogue : this.dialogues.values()) {
			dialogue.requestClose(DialogueCloseReason.SHUTDOWN);
		}
		awaitUntil(this.dialogues::isEmpty, deadline);
		if (!this.dialogues.isEmpty()) {
			logger.warn("{} dialogues still had handlers running at shutdown", this.dialogues.size());
		}
		if (this.membership != null) {
			// their consumers are gone now: the survivors can adopt them at once
			this.membership.leave(handedBack);
		}
		if (this.reaper != null && !this.reaper.flush(Duration.ofNanos(Math.max(deadline - System.nanoTime(),
				MIN_FLUSH.toNanos())))) {
			logger.warn("{} queues of ended dialogues were not deleted before shutdown", this.reaper.pending());
		}
		synchronized (this) {
			this.running = false;
			closeResources();
		}
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * Whether the runtime is started.
	 * @return whether it runs
	 */
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * The dialogues running now.
	 * @return their sessions
	 */
	public Collection<AriSession> sessions() {
		List<AriSession> sessions = new ArrayList<>(this.dialogues.size());
		for (Dialogue dialogue : this.dialogues.values()) {
			sessions.add(dialogue.session());
		}
		return sessions;
	}

	/**
	 * A running dialogue's session.
	 * @param dialogueId the dialogue id
	 * @return the session, or {@code null} if this instance does not run that dialogue
	 */
	public AriSession session(String dialogueId) {
		Dialogue dialogue = this.dialogues.get(dialogueId);
		return (dialogue != null) ? dialogue.session() : null;
	}

	/**
	 * How many dialogues run now.
	 * @return the count
	 */
	public int activeDialogues() {
		return this.dialogues.size();
	}

	/**
	 * How many queues of ended dialogues wait to be deleted.
	 * @return the count
	 */
	public int queuesAwaitingDeletion() {
		QueueReaper reaper = this.reaper;
		return (reaper != null) ? reaper.pending() : 0;
	}

	/**
	 * How many malformed messages were rejected since start.
	 * @return the count
	 */
	public long malformedMessages() {
		return this.malformed.get();
	}

	/**
	 * The id of this instance among the instances serving the same applications; it also names
	 * the instance's connections ({@code ari-queue-consumer-<id>}, {@code ari-queue-publisher-<id>}).
	 * @return the instance id
	 */
	public String instanceId() {
		return this.instanceId;
	}

	/**
	 * How many redelivered events were acknowledged without handling them again, because their
	 * handlers had already run here before a connection failure.
	 * @return the count
	 */
	public long duplicatesSkipped() {
		return this.duplicatesSkipped.get();
	}

	/**
	 * How many responses were rejected because this instance never sent their {@code unique_id}.
	 * @return the count
	 */
	public long unknownResponses() {
		return this.unknownResponses.get();
	}

	/**
	 * How many handlers ran past the handler warning timeout since start.
	 * @return the count
	 */
	public long slowHandlers() {
		return (this.watchdog != null) ? this.watchdog.reported() : 0;
	}

	/**
	 * How many dialogues this instance adopted from instances that died or left.
	 * @return the count
	 */
	public long adoptedDialogues() {
		return this.adopted.get();
	}

	/**
	 * How many ARI calls wait for their answers now, over all dialogues.
	 * @return the count
	 */
	public int pendingCommands() {
		int pending = 0;
		for (Dialogue dialogue : this.dialogues.values()) {
			pending += dialogue.pendingCommands();
		}
		return pending;
	}

	/**
	 * How many dialogue queues this instance consumes now.
	 * @return the consumer count
	 */
	public int dialogueConsumers() {
		return (this.consumers != null) ? this.consumers.consumerCount() : 0;
	}

	/**
	 * How many announcements were handed back to their queue for lack of room since start. Each
	 * pause at the active-dialogue limit hands back at most the announcements already delivered.
	 * @return the count
	 */
	public long announcementsReturned() {
		return this.announcementsReturned.get();
	}

	/**
	 * How many AMQP channels the runtime holds open now, on both connections.
	 * @return the channel count
	 */
	public int openChannels() {
		int channels = this.consumers.openChannels() + this.publisher.openChannels() + this.admin.openChannels()
				+ (this.reaper.hasOpenChannel() ? 1 : 0);
		for (AnnouncementConsumer consumer : this.announcementConsumers) {
			channels += consumer.hasOpenChannel() ? 1 : 0;
		}
		return channels;
	}

	/**
	 * Whether announcements are being consumed now, or paused at the active-dialogue limit.
	 * @return whether every application queue is consumed
	 */
	public boolean isTakingAnnouncements() {
		return this.announcementConsumers.stream().allMatch(AnnouncementConsumer::isConsuming);
	}

	ProxyRuntimeSettings settings() {
		return this.settings;
	}

	AriEventDispatcher dispatcher() {
		return this.dispatcher;
	}

	Executor workers() {
		return this.workers;
	}

	ProxyWireCodec codec() {
		return this.codec;
	}

	AriEventReader eventReader() {
		return this.eventReader;
	}

	CommandIds commandIds() {
		return this.commandIds;
	}

	ScheduledExecutorService scheduler() {
		return this.scheduler;
	}

	ConsumerChannelPool consumers() {
		return this.consumers;
	}

	MessagePublisher publisher() {
		return this.publisher;
	}

	void countMalformed() {
		this.malformed.incrementAndGet();
	}

	void countDuplicateSkipped() {
		this.duplicatesSkipped.incrementAndGet();
	}

	void countUnknownResponse() {
		this.unknownResponses.incrementAndGet();
	}

	boolean isPublisherConnected() {
		Connection connection = this.publisherConnection;
		return connection != null && connection.isOpen();
	}

	private Connection connect(String name) throws IOException, TimeoutException {
		return this.addresses.isEmpty() ? this.connectionFactory.newConnection(this.amqpDispatch, name)
				: this.connectionFactory.newConnection(this.amqpDispatch, this.addresses, name);
	}

	private void watchConnections() {
		this.publisherConnection.addShutdownListener((cause) -> {
			if (!cause.isInitiatedByApplication()) {
				logger.warn("ari-queue lost its publishing connection ({}); reconnecting", reason(cause));
				this.dialogues.values().forEach(Dialogue::connectionLost);
			}
		});
		this.consumerConnection.addShutdownListener((cause) -> {
			if (!cause.isInitiatedByApplication()) {
				logger.warn("ari-queue lost its consuming connection ({}); reconnecting", reason(cause));
			}
		});
		if (this.publisherConnection instanceof Recoverable recoverable) {
			recoverable.addRecoveryListener(listener(() -> this.dialogues.values().forEach(Dialogue::connectionRecovered)));
		}
		if (this.consumerConnection instanceof Recoverable recoverable) {
			recoverable.addRecoveryListener(listener(() -> logger.info(
					"ari-queue reconnected; consuming the queues of {} dialogues again", this.dialogues.size())));
		}
	}

	private static RecoveryListener listener(Runnable onRecovery) {
		return new RecoveryListener() {

			@Override
			public void handleRecovery(Recoverable recoverable) {
				onRecovery.run();
			}

			@Override
			public void handleRecoveryStarted(Recoverable recoverable) {
			}

		};
	}

	private static String reason(ShutdownSignalException cause) {
		// the reply text and the transport's message; never the connection's credentials
		Throwable transport = cause.getCause();
		return (transport != null) ? transport.getClass().getSimpleName() + ": " + transport.getMessage()
				: cause.getMessage();
	}

	private List<OwnedDialogue> ownedDialogues() {
		List<OwnedDialogue> owned = new ArrayList<>(this.dialogues.size());
		for (Dialogue dialogue : this.dialogues.values()) {
			if (dialogue.isOpen()) {
				Channel primary = dialogue.primaryChannel();
				owned.add(new OwnedDialogue(dialogue.id(), dialogue.serverId(), dialogue.application(),
						(primary != null) ? primary.id() : null));
			}
		}
		return owned;
	}

	private AdoptionResult adopt(OwnedDialogue orphan) {
		String id = orphan.id();
		if (!this.accepting) {
			return AdoptionResult.NO_ROOM;
		}
		if (this.dialogues.containsKey(id)) {
			return AdoptionResult.ADOPTED;
		}
		try {
			int consumers = this.admin.consumerCount(ProxyQueueNames.events(id));
			if (consumers < 0) {
				return AdoptionResult.GONE;
			}
			if (consumers > 0) {
				return AdoptionResult.OWNED_ELSEWHERE;
			}
		}
		catch (RuntimeException ex) {
			return AdoptionResult.FAILED;
		}
		if (!tryReserve()) {
			return AdoptionResult.NO_ROOM;
		}
		if (this.reserved.get() >= this.settings.maxActiveDialogues()) {
			pauseAnnouncements();
		}
		Dialogue dialogue = new Dialogue(id, orphan.serverId(), orphan.application(), true, orphan.primaryChannelId(),
				this);
		if (this.dialogues.putIfAbsent(id, dialogue) != null) {
			release();
			return AdoptionResult.ADOPTED;
		}
		try {
			dialogue.start();
			this.adopted.incrementAndGet();
			logger.info("Adopted dialogue {} (primary channel {})", id, orphan.primaryChannelId());
			return AdoptionResult.ADOPTED;
		}
		catch (QueueInUseException ex) {
			this.dialogues.remove(id, dialogue);
			release();
			return AdoptionResult.OWNED_ELSEWHERE;
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not adopt dialogue {}: {}", id, ex.getMessage());
			this.dialogues.remove(id, dialogue);
			release();
			return AdoptionResult.FAILED;
		}
	}

	private void onAnnouncement(String queue, InboundMessage message) {
		Announcement announcement;
		try {
			announcement = this.codec.readAnnouncement(message.body());
		}
		catch (MalformedMessageException ex) {
			logger.warn("Rejected a malformed announcement on {}: {}", queue, ex.getMessage());
			countMalformed();
			message.reject();
			return;
		}
		if (!this.accepting || !tryReserve()) {
			// no room: hand it back once and stop consuming until a dialogue ends
			this.announcementsReturned.incrementAndGet();
			message.requeue();
			pauseAnnouncements();
			return;
		}
		if (this.reserved.get() >= this.settings.maxActiveDialogues()) {
			pauseAnnouncements();
		}
		this.settingUp.incrementAndGet();
		this.workers.execute(() -> {
			try {
				setUp(queue, announcement, message);
			}
			finally {
				this.settingUp.decrementAndGet();
			}
		});
	}

	private void setUp(String queue, Announcement announcement, InboundMessage message) {
		String id = announcement.dialogueId();
		if (this.dialogues.containsKey(id)) {
			logger.warn("Dialogue {} announced again; acknowledging the duplicate", id);
			message.ack();
			release();
			return;
		}
		String application = (announcement.application() != null && !announcement.application().isEmpty())
				? announcement.application() : queue;
		Dialogue dialogue = new Dialogue(id, announcement.serverId(), application, this);
		try {
			// go-ari-proxy announces before it declares these queues: declaring them with its exact
			// flags first means consuming can never hit a missing queue
			int consumers = this.queues.declareDialogue(id);
			if (consumers > 0) {
				runsElsewhere(id, message);
				return;
			}
			this.dialogues.put(id, dialogue);
			dialogue.start();
			message.ack();
			logger.debug("Dialogue {} from server '{}' started", id, announcement.serverId());
		}
		catch (QueueInUseException ex) {
			this.dialogues.remove(id, dialogue);
			runsElsewhere(id, message);
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Could not set up dialogue {}; returning its announcement to {}", id, queue, ex);
			this.dialogues.remove(id, dialogue);
			dialogue.requestClose(DialogueCloseReason.SHUTDOWN);
			message.requeue();
			if (!this.dialogues.containsKey(id)) {
				release();
			}
		}
	}

	private void runsElsewhere(String id, InboundMessage message) {
		// an announcement redelivered after its ack was lost: the instance that took it runs it
		logger.info("Dialogue {} already runs on another instance; acknowledging its announcement again", id);
		message.ack();
		release();
	}

	void closed(Dialogue dialogue, DialogueCloseReason reason) {
		if (!this.dialogues.remove(dialogue.id(), dialogue)) {
			return;
		}
		if (reason != DialogueCloseReason.SHUTDOWN && reason != DialogueCloseReason.TAKEN_OVER
				&& this.settings.deleteQueuesOnClose()) {
			this.queues.deleteDialogue(dialogue.id());
		}
		else {
			this.queues.forgetDialogue(dialogue.id());
		}
		logger.debug("Dialogue {} ended: {}", dialogue.id(), reason);
		release();
	}

	private boolean tryReserve() {
		while (true) {
			int current = this.reserved.get();
			if (current >= this.settings.maxActiveDialogues()) {
				return false;
			}
			if (this.reserved.compareAndSet(current, current + 1)) {
				return true;
			}
		}
	}

	private void release() {
		if (this.reserved.decrementAndGet() < this.settings.maxActiveDialogues() && this.accepting) {
			ScheduledExecutorService scheduler = this.scheduler;
			if (scheduler != null && !scheduler.isShutdown()) {
				scheduler.execute(this::resumeAnnouncements);
			}
		}
	}

	private void pauseAnnouncements() {
		ScheduledExecutorService scheduler = this.scheduler;
		if (scheduler != null && !scheduler.isShutdown()) {
			scheduler.execute(() -> {
				if (this.reserved.get() >= this.settings.maxActiveDialogues() || !this.accepting) {
					this.announcementConsumers.forEach(AnnouncementConsumer::pause);
				}
			});
		}
	}

	private void resumeAnnouncements() {
		if (!this.accepting || this.reserved.get() >= this.settings.maxActiveDialogues()) {
			return;
		}
		for (AnnouncementConsumer consumer : this.announcementConsumers) {
			try {
				consumer.resume();
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Could not consume application queue {}: {}", consumer.queue(), ex.getMessage());
				consumeAgainLater(consumer, FIRST_RETRY_MILLIS);
			}
		}
	}

	/**
	 * The broker cancelled an application queue's consumer: the queue was deleted or the node that
	 * held it went away. Without a consumer no call would be taken again, so the queue is declared
	 * and consumed again, with back-off while that fails.
	 */
	private void applicationQueueCancelled(AnnouncementConsumer consumer) {
		consumeAgainLater(consumer, 0);
	}

	private void consumeAgainLater(AnnouncementConsumer consumer, long delayMillis) {
		ScheduledExecutorService scheduler = this.scheduler;
		if (scheduler != null && !scheduler.isShutdown()) {
			scheduler.schedule(() -> consumeAgain(consumer, delayMillis), delayMillis, TimeUnit.MILLISECONDS);
		}
	}

	private void consumeAgain(AnnouncementConsumer consumer, long lastDelayMillis) {
		if (!this.accepting || consumer.isConsuming()) {
			return;
		}
		try {
			if (this.settings.declareApplicationQueue()) {
				this.queues.declareApplication(consumer.queue());
			}
			if (this.reserved.get() < this.settings.maxActiveDialogues()) {
				consumer.resume();
				logger.info("Consuming application queue {} again", consumer.queue());
			}
		}
		catch (IOException | RuntimeException ex) {
			long next = Math.min(Math.max(FIRST_RETRY_MILLIS, lastDelayMillis * 2), MAX_RETRY_MILLIS);
			logger.warn("Could not consume application queue {} again ({}); trying again in {} ms", consumer.queue(),
					ex.getMessage(), next);
			consumeAgainLater(consumer, next);
		}
	}

	private void commandReturned(String queue, byte[] body) {
		String id = ProxyQueueNames.dialogueIdOfCommands(queue);
		Dialogue dialogue = (id != null) ? this.dialogues.get(id) : null;
		if (dialogue != null) {
			dialogue.commandReturned(body);
		}
	}

	private void closeIdleDialogues() {
		long limit = this.settings.idleTimeout().toNanos();
		long now = System.nanoTime();
		for (Dialogue dialogue : this.dialogues.values()) {
			if (dialogue.isOpen() && now - dialogue.lastActivityNanos() > limit && dialogue.isIdle()) {
				logger.info("Dialogue {} had no events for {}; ending it", dialogue.id(), this.settings.idleTimeout());
				dialogue.requestClose(DialogueCloseReason.IDLE_TIMEOUT);
			}
		}
	}

	private void closeResources() {
		if (this.membership != null) {
			this.membership.close();
			this.membership = null;
		}
		for (AnnouncementConsumer consumer : this.announcementConsumers) {
			consumer.close();
		}
		this.announcementConsumers.clear();
		if (this.consumers != null) {
			this.consumers.close();
		}
		if (this.publisher != null) {
			this.publisher.close();
		}
		if (this.reaper != null) {
			this.reaper.close();
		}
		if (this.admin != null) {
			this.admin.close();
		}
		closeQuietly(this.consumerConnection);
		closeQuietly(this.publisherConnection);
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
		if (this.amqpDispatch != null) {
			this.amqpDispatch.shutdown();
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null && connection.isOpen()) {
			try {
				connection.close((int) Duration.ofSeconds(5).toMillis());
			}
			catch (Exception ex) {
				logger.debug("Error closing a connection", ex);
			}
		}
	}

	private static void awaitUntil(java.util.function.BooleanSupplier condition, long deadlineNanos) {
		while (!condition.getAsBoolean() && System.nanoTime() < deadlineNanos) {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private final class DialogueAdopter implements Membership.Adopter {

		@Override
		public Collection<OwnedDialogue> ownedDialogues() {
			return ProxyDialogueRuntime.this.ownedDialogues();
		}

		@Override
		public boolean runs(String dialogueId) {
			return ProxyDialogueRuntime.this.dialogues.containsKey(dialogueId);
		}

		@Override
		public AdoptionResult adopt(OwnedDialogue dialogue) {
			return ProxyDialogueRuntime.this.adopt(dialogue);
		}

	}

}
