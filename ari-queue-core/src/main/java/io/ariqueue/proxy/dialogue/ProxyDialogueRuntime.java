package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

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
import io.ariqueue.handler.AriEventDispatcher;
import io.ariqueue.proxy.amqp.AmqpClientInternals;
import io.ariqueue.proxy.amqp.ConsumerChannelPool;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.amqp.MessagePublisher;
import io.ariqueue.proxy.amqp.QueueAdmin;
import io.ariqueue.proxy.amqp.QueueInUseException;
import io.ariqueue.proxy.amqp.QueueReaper;
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
 * <p>
 * The runtime wires its parts and owns their life: the slots of the active-dialogue limit
 * ({@link CapacityGate}), the intake of announcements ({@link AnnouncementIntake}), the dialogues
 * themselves ({@link DialogueRegistry}, {@link Dialogue}), adoption ({@link DialogueAdoption}) and
 * what it counts ({@link RuntimeCounters}). Command time-outs have a timer thread of their own.
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

	private final ConnectionFactory connectionFactory;

	private final List<Address> addresses;

	private final ProxyRuntimeSettings settings;

	private final AriEventDispatcher dispatcher;

	private final Executor workers;

	private final ProxyWireCodec codec;

	private final AriEventReader eventReader;

	private final CommandIds commandIds = new CommandIds();

	private final DialogueRegistry dialogues = new DialogueRegistry();

	private final CapacityGate gate;

	private final RuntimeInstrumentation instrumentation;

	private final RuntimeCounters counters;

	private final AtomicInteger settingUp = new AtomicInteger();

	/** Failed set-ups in a row, by dialogue id. */
	private final Map<String, Integer> failedSetUps = new ConcurrentHashMap<>();

	private final String instanceId;

	private final HandlerWatchdog watchdog;

	private Membership membership;

	private AnnouncementIntake intake;

	private DialogueServices services;

	private ScheduledExecutorService scheduler;

	private ScheduledExecutorService commandTimer;

	private ExecutorService amqpDispatch;

	private Connection consumerConnection;

	private Connection publisherConnection;

	private QueueAdmin admin;

	private QueueReaper reaper;

	private ProxyQueues queues;

	private ConsumerChannelPool consumers;

	private MessagePublisher publisher;

	private volatile boolean running;

	private volatile boolean started;

	private StartupRetry startRetry;

	private volatile Instant connectionLostAt;

	private volatile String connectionLostReason;

	/** When the consuming connection last came back: events wait on their queues while it is down. */
	private volatile long consumingSinceNanos = System.nanoTime();

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
		this(connectionFactory, addresses, settings, dispatcher, workers, RuntimeInstrumentation.NONE);
	}

	/**
	 * Create an observed runtime that connects to the first broker of a list that answers; it
	 * connects on {@link #start()}.
	 * @param connectionFactory the broker's connection settings but for the addresses (copied;
	 * automatic recovery is turned on for the copy)
	 * @param addresses the brokers to try, in order; empty for the connection factory's own host
	 * and port
	 * @param settings the runtime settings
	 * @param dispatcher where events go
	 * @param workers the executor that runs handlers; its size bounds how many dialogues run
	 * handlers at once
	 * @param instrumentation how ARI calls are observed and what counts the runtime's doings
	 */
	public ProxyDialogueRuntime(ConnectionFactory connectionFactory, List<Address> addresses,
			ProxyRuntimeSettings settings, AriEventDispatcher dispatcher, Executor workers,
			RuntimeInstrumentation instrumentation) {
		this.instrumentation = Objects.requireNonNull(instrumentation, "instrumentation must not be null");
		this.counters = new RuntimeCounters(instrumentation.metrics());
		this.addresses = List.copyOf(addresses);
		this.connectionFactory = connectionFactory.clone();
		this.connectionFactory.setAutomaticRecoveryEnabled(true);
		this.connectionFactory.setTopologyRecoveryEnabled(true);
		// calls wait on the gap: retry every second, as AsterNET-ARI-Proxy does, not every five
		this.connectionFactory.setNetworkRecoveryInterval(Math.min(1000, this.connectionFactory.getNetworkRecoveryInterval()));
		this.settings = settings;
		this.dispatcher = dispatcher;
		this.workers = workers;
		this.gate = new CapacityGate(settings.maxActiveDialogues());
		this.codec = new ProxyWireCodec(settings.maxMessageBytes());
		this.eventReader = new AriEventReader(AriJson.mapper());
		byte[] random = new byte[4];
		new SecureRandom().nextBytes(random);
		this.instanceId = HexFormat.of().formatHex(random);
		this.watchdog = settings.hasHandlerWarningTimeout() ? new HandlerWatchdog(settings.handlerWarningTimeout()) : null;
	}

	/**
	 * Connect and start taking announcements. Unless the {@link StartupSettings startup settings}
	 * fail fast, a runtime that cannot connect or consume its applications' queues tries again in
	 * the background, with back-off, and is {@link RuntimeState.Status#STARTING starting} until it
	 * succeeds.
	 * @throws IllegalStateException if the broker cannot be reached or an application queue
	 * cannot be consumed and the settings fail fast; whatever the settings, if the broker refuses
	 * the configuration: an application queue that exists with other flags, or credentials or
	 * permissions it does not accept
	 */
	public synchronized void start() {
		if (this.started) {
			return;
		}
		AmqpClientInternals.check();
		this.startRetry = new StartupRetry(this.settings.startup(), this.settings.applications(), this::startAgain,
				this::connectionLost);
		try {
			connectAndConsume();
		}
		catch (IllegalStateException ex) {
			this.startRetry.firstAttemptFailed(ex);
		}
		this.started = true;
	}

	private synchronized void startAgain() {
		if (this.started) {
			connectAndConsume();
		}
	}

	private void connectAndConsume() {
		if (this.running) {
			return;
		}
		try {
			this.scheduler = scheduler("ari-queue-timer-");
			this.commandTimer = scheduler("ari-queue-command-timer-");
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
			this.services = new DialogueServices(this.settings, this.dispatcher, this.workers, this.codec,
					this.eventReader, this.commandIds, this.commandTimer, this.consumers, this.publisher,
					this::isPublisherConnected, this.counters, this.instrumentation, this::ended);
			this.intake = new AnnouncementIntake(this.settings.applications(), this.consumerConnection,
					Math.min(this.settings.announcementPrefetch(), this.settings.maxActiveDialogues()),
					this::onAnnouncement, this.gate, this.queues, this.settings.declareApplicationQueue(),
					this.scheduler);
			this.intake.start();
			this.running = true;
			long shortestTimeout = Math.min(
					this.settings.hasIdleTimeout() ? this.settings.idleTimeout().toMillis() : Long.MAX_VALUE,
					this.settings.hasFirstEventTimeout() ? this.settings.firstEventTimeout().toMillis() : Long.MAX_VALUE);
			if (shortestTimeout != Long.MAX_VALUE) {
				long period = Math.max(100, Math.min(1000, shortestTimeout / 4));
				this.scheduler.scheduleWithFixedDelay(SchedulerTasks.logged("end stale dialogues", this::closeStaleDialogues),
						period, period, TimeUnit.MILLISECONDS);
			}
			if (this.watchdog != null) {
				long period = this.watchdog.checkPeriod().toMillis();
				this.scheduler.scheduleWithFixedDelay(SchedulerTasks.logged("look for slow handlers",
						() -> this.watchdog.check(this.dialogues.all())), period, period, TimeUnit.MILLISECONDS);
			}
			if (this.settings.highAvailability().enabled()) {
				this.membership = new Membership(this.instanceId, this.settings.highAvailability(),
						this.settings.applications(), this.consumerConnection, this.publisherConnection,
						this.settings.maxMessageBytes(), new DialogueAdoption(this.dialogues, this.gate, this.intake,
								this.admin, this.counters, this::newDialogue, this::releaseSlot),
						this.workers);
				this.membership.start();
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
			if (!this.started) {
				return;
			}
			this.started = false;
			this.startRetry.stop();
			if (!this.running) {
				// it never connected: there is nothing to hand back
				return;
			}
			this.intake.stop();
		}
		long deadline = System.nanoTime() + this.settings.shutdownTimeout().toNanos();
		awaitUntil(() -> this.settingUp.get() == 0, deadline);
		List<OwnedDialogue> handedBack = this.dialogues.running();
		for (Dialogue dialogue : this.dialogues.all()) {
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
	 * Whether the runtime is started: taking announcements, or still trying to connect in the
	 * background (see {@link #state()}).
	 * @return whether it runs
	 */
	public boolean isRunning() {
		return this.started;
	}

	/**
	 * What the runtime is doing now: whether it takes announcements, its dialogues against the
	 * limit, and when it last lost a connection.
	 * @return a snapshot of its state
	 */
	public RuntimeState state() {
		return new RuntimeState(status(), this.settings.applications(), this.instanceId, this.dialogues.size(),
				this.settings.maxActiveDialogues(), this.connectionLostAt, this.connectionLostReason);
	}

	private RuntimeState.Status status() {
		if (!this.started) {
			return RuntimeState.Status.STOPPED;
		}
		// the volatile read of running makes the connections assigned before it visible
		if (!this.running) {
			return RuntimeState.Status.STARTING;
		}
		if (!isOpen(this.consumerConnection) || !isOpen(this.publisherConnection)) {
			return RuntimeState.Status.DISCONNECTED;
		}
		AnnouncementIntake intake = this.intake;
		if (intake.isConsuming()) {
			return RuntimeState.Status.CONSUMING;
		}
		return intake.isPausedAtLimit() ? RuntimeState.Status.PAUSED_AT_LIMIT : RuntimeState.Status.NOT_CONSUMING;
	}

	private static boolean isOpen(Connection connection) {
		return connection != null && connection.isOpen();
	}

	private void connectionLost(String reason) {
		this.connectionLostReason = reason;
		this.connectionLostAt = Instant.now();
	}

	/**
	 * The dialogues running now.
	 * @return their sessions
	 */
	public Collection<AriSession> sessions() {
		List<AriSession> sessions = new ArrayList<>(this.dialogues.size());
		for (Dialogue dialogue : this.dialogues.all()) {
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
	 * How many of the {@code max-active-dialogues} slots are taken: by running dialogues and by
	 * dialogues being set up or adopted.
	 * @return the count
	 */
	public int reservedSlots() {
		return this.gate.reserved();
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
		return this.counters.malformedMessages();
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
		return this.counters.duplicatesSkipped();
	}

	/**
	 * How many responses were rejected because this instance never sent their {@code unique_id}.
	 * @return the count
	 */
	public long unknownResponses() {
		return this.counters.unknownResponses();
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
		return this.counters.adoptedDialogues();
	}

	/**
	 * How many ARI calls wait for their answers now, over all dialogues.
	 * @return the count
	 */
	public int pendingCommands() {
		int pending = 0;
		for (Dialogue dialogue : this.dialogues.all()) {
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
		return this.counters.announcementsReturned();
	}

	/**
	 * How many AMQP channels the runtime holds open now, on both connections.
	 * @return the channel count
	 */
	public int openChannels() {
		return this.consumers.openChannels() + this.publisher.openChannels() + this.admin.openChannels()
				+ (this.reaper.hasOpenChannel() ? 1 : 0) + this.intake.openChannels();
	}

	/**
	 * Whether announcements are being consumed now, or paused at the active-dialogue limit.
	 * @return whether every application queue is consumed
	 */
	public boolean isTakingAnnouncements() {
		AnnouncementIntake intake = this.intake;
		return intake != null && intake.isConsuming();
	}

	private boolean isPublisherConnected() {
		Connection connection = this.publisherConnection;
		return connection != null && connection.isOpen();
	}

	private static ScheduledExecutorService scheduler(String threadPrefix) {
		ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, new NamedThreadFactory(threadPrefix));
		scheduler.setRemoveOnCancelPolicy(true);
		return scheduler;
	}

	private Connection connect(String name) throws IOException, TimeoutException {
		return this.addresses.isEmpty() ? this.connectionFactory.newConnection(this.amqpDispatch, name)
				: this.connectionFactory.newConnection(this.amqpDispatch, this.addresses, name);
	}

	private void watchConnections() {
		this.publisherConnection.addShutdownListener((cause) -> {
			if (!cause.isInitiatedByApplication()) {
				connectionLost("publishing connection: " + reason(cause));
				logger.warn("ari-queue lost its publishing connection ({}); reconnecting", reason(cause));
				this.dialogues.all().forEach(Dialogue::connectionLost);
			}
		});
		this.consumerConnection.addShutdownListener((cause) -> {
			if (!cause.isInitiatedByApplication()) {
				connectionLost("consuming connection: " + reason(cause));
				logger.warn("ari-queue lost its consuming connection ({}); reconnecting", reason(cause));
			}
		});
		if (this.publisherConnection instanceof Recoverable recoverable) {
			recoverable.addRecoveryListener(listener(() -> this.dialogues.all().forEach(Dialogue::connectionRecovered)));
		}
		if (this.consumerConnection instanceof Recoverable recoverable) {
			recoverable.addRecoveryListener(new RecoveryListener() {

				@Override
				public void handleRecovery(Recoverable recoverable) {
					ProxyDialogueRuntime.this.consumingSinceNanos = System.nanoTime();
					logger.info("ari-queue reconnected; consuming the queues of {} dialogues again",
							ProxyDialogueRuntime.this.dialogues.size());
				}

				@Override
				public void handleRecoveryStarted(Recoverable recoverable) {
				}

				@Override
				public void handleTopologyRecoveryStarted(Recoverable recoverable) {
					endDialoguesDeletedDuringOutage();
				}

			});
		}
	}

	/**
	 * Called once the consuming connection and its channels are back, before recovery declares
	 * the recorded queues again and consumes them: a dialogue whose queues went meanwhile has
	 * ended at the proxy, and recovery would otherwise bring its queues back, empty, and run it
	 * until the idle timeout. One round trip per running dialogue.
	 */
	private void endDialoguesDeletedDuringOutage() {
		List<String> running = new ArrayList<>();
		for (Dialogue dialogue : this.dialogues.all()) {
			if (dialogue.isRunning()) {
				running.add(dialogue.id());
			}
		}
		Set<String> deleted;
		try {
			deleted = this.queues.deletedDialogues(running);
		}
		catch (IOException | RuntimeException ex) {
			// recovery goes on: such a dialogue ends at the idle timeout, as it did before this check
			logger.warn("Could not check the queues of {} dialogues after reconnecting: {}", running.size(),
					ex.getMessage());
			return;
		}
		for (String id : deleted) {
			Dialogue dialogue = this.dialogues.get(id);
			if (dialogue != null) {
				logger.info("Dialogue {}: its queues were deleted while the connection was down; ending it", id);
				this.queues.forgetDialogue(id);
				dialogue.queuesDeletedDuringOutage();
			}
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

	private Dialogue newDialogue(String id, String serverId, String application, boolean adopted,
			String primaryChannelId) {
		return new Dialogue(id, serverId, application, adopted, primaryChannelId, this.services);
	}

	private void onAnnouncement(String queue, InboundMessage message) {
		Announcement announcement;
		try {
			announcement = this.codec.readAnnouncement(message.body());
		}
		catch (MalformedMessageException ex) {
			logger.warn("Rejected a malformed announcement on {}: {}", queue, ex.getMessage());
			this.counters.malformed(DialogueRuntimeMetrics.MessageQueue.APPLICATION, ex);
			message.reject();
			return;
		}
		if (!this.intake.isAccepting() || !this.gate.tryReserve()) {
			// no room: hand it back once and stop consuming until a dialogue ends
			this.counters.announcementReturned();
			message.requeue();
			this.intake.pauseIfFull();
			return;
		}
		if (this.gate.isFull()) {
			this.intake.pauseIfFull();
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
		String application = (announcement.application() != null && !announcement.application().isEmpty())
				? announcement.application() : queue;
		if (this.dialogues.hasEnded(id)) {
			logger.info("Dialogue {} was announced again after it ended here; acknowledging the announcement", id);
			message.ack();
			releaseSlot();
			return;
		}
		Dialogue dialogue = newDialogue(id, announcement.serverId(), application, false, null);
		if (this.dialogues.claim(dialogue) != null) {
			logger.warn("Dialogue {} announced again; acknowledging the duplicate", id);
			message.ack();
			releaseSlot();
			return;
		}
		try {
			// go-ari-proxy announces before it declares these queues: declaring them with its exact
			// flags first means consuming can never hit a missing queue
			int consumers = this.queues.declareDialogue(id);
			if (consumers > 0) {
				runsElsewhere(dialogue, message);
				return;
			}
			// a first delivery is this instance's alone: no other can be claiming the dialogue
			dialogue.start(message.redelivered());
			this.failedSetUps.remove(id);
			this.counters.started(false);
			message.ack();
			logger.debug("Dialogue {} from server '{}' started", id, announcement.serverId());
		}
		catch (QueueInUseException ex) {
			runsElsewhere(dialogue, message);
		}
		catch (IOException | RuntimeException ex) {
			if (this.failedSetUps.size() > 1000) {
				// announcements that failed and then expired: forgetting them only shortens a back-off
				this.failedSetUps.clear();
			}
			int failures = this.failedSetUps.merge(id, 1, Integer::sum);
			long delay = setUpRetryDelayMillis(failures);
			if (failures == 1) {
				logger.error("Could not set up dialogue {}; returning its announcement to {} in {} ms", id, queue,
						delay, ex);
			}
			else {
				logger.warn("Could not set up dialogue {} ({} times in a row); returning its announcement to {} in {} ms: {}",
						id, failures, queue, delay, ex.toString());
			}
			// some of its queues may be declared, and so recorded for recovery: forgotten before the announcement
			// goes back, so that a set-up of it from there records them anew
			this.queues.forgetDialogue(id);
			this.dialogues.remove(dialogue);
			returnLater(message, delay);
		}
	}

	/**
	 * How long a failed set-up holds its announcement before handing it back: what fails one
	 * set-up after another (a broker that refuses a queue) would otherwise have the same
	 * announcement delivered and refused as fast as the broker can, each time with a stack trace.
	 */
	static long setUpRetryDelayMillis(int failuresInARow) {
		return Math.min(10_000, 100L << Math.min(failuresInARow - 1, 7));
	}

	private void returnLater(InboundMessage message, long delayMillis) {
		Runnable handBack = () -> {
			message.requeue();
			releaseSlot();
		};
		try {
			this.scheduler.schedule(SchedulerTasks.logged("return an announcement", handBack), delayMillis,
					TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// stopping: back at once
			handBack.run();
		}
	}

	private void runsElsewhere(Dialogue dialogue, InboundMessage message) {
		// an announcement redelivered after its ack was lost: the instance that took it runs it
		logger.info("Dialogue {} already runs on another instance; acknowledging its announcement again",
				dialogue.id());
		// declaring its queues recorded them on this connection: after the dialogue ends and the instance that
		// runs it deletes them, a recovery of this connection would declare them again, left for ever
		this.queues.forgetDialogue(dialogue.id());
		this.dialogues.remove(dialogue);
		message.ack();
		releaseSlot();
	}

	private void ended(Dialogue dialogue, DialogueCloseReason reason) {
		// after a shutdown or a take-over the dialogue goes on elsewhere; otherwise it is over here, and a
		// late announcement of it must not set it up again
		boolean over = reason != DialogueCloseReason.SHUTDOWN && reason != DialogueCloseReason.TAKEN_OVER;
		if (!(over ? this.dialogues.ended(dialogue) : this.dialogues.remove(dialogue))) {
			return;
		}
		if (over && this.settings.deleteQueuesOnClose()) {
			this.queues.deleteDialogue(dialogue.id());
		}
		else {
			this.queues.forgetDialogue(dialogue.id());
		}
		logger.debug("Dialogue {} ended: {}", dialogue.id(), reason);
		this.counters.ended(reason);
		releaseSlot();
	}

	private void releaseSlot() {
		if (this.gate.release()) {
			this.intake.resumeIfRoom();
		}
	}

	private void commandReturned(String queue, byte[] body) {
		String id = ProxyQueueNames.dialogueIdOfCommands(queue);
		Dialogue dialogue = (id != null) ? this.dialogues.get(id) : null;
		if (dialogue != null) {
			dialogue.commandReturned();
		}
	}

	private void closeStaleDialogues() {
		long now = System.nanoTime();
		// while the connection is down no event can come; after it, the wait for a first event starts again
		boolean firstEvents = this.settings.hasFirstEventTimeout() && this.consumerConnection.isOpen();
		long firstEventLimit = firstEvents ? this.settings.firstEventTimeout().toNanos() : 0;
		long idleLimit = this.settings.hasIdleTimeout() ? this.settings.idleTimeout().toNanos() : 0;
		for (Dialogue dialogue : this.dialogues.all()) {
			if (!dialogue.isOpen()) {
				continue;
			}
			if (firstEvents && dialogue.isFirstEventOverdue(this.consumingSinceNanos, firstEventLimit, now)) {
				logger.info("Dialogue {} got no event within {} of its set-up: it had ended before its announcement "
						+ "came, or the proxy never started it; ending it", dialogue.id(),
						this.settings.firstEventTimeout());
				dialogue.requestClose(DialogueCloseReason.FIRST_EVENT_TIMEOUT);
			}
			else if (idleLimit > 0 && now - dialogue.lastActivityNanos() > idleLimit && dialogue.isIdle()) {
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
		if (this.intake != null) {
			this.intake.close();
		}
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
		if (this.commandTimer != null) {
			this.commandTimer.shutdownNow();
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

	private static void awaitUntil(BooleanSupplier condition, long deadlineNanos) {
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

}
