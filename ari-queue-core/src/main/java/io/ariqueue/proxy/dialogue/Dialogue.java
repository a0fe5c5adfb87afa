package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.ari.client.AriCallException;
import io.ariqueue.ari.client.AriException;
import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.client.AriTransport;
import io.ariqueue.ari.client.DialogueClosedException;
import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.AriEventFormatException;
import io.ariqueue.ari.event.ChannelDestroyedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.observation.AriCommandObservation;
import io.ariqueue.observation.AriCommandObservationContext;
import io.ariqueue.observation.AriHandlerObservationContext;
import io.ariqueue.observation.DefaultAriCommandObservationConvention;
import io.ariqueue.proxy.amqp.DeliveryListener;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.amqp.QueueInUseException;
import io.ariqueue.proxy.amqp.Subscription;
import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics.MessageQueue;
import io.ariqueue.proxy.wire.EventEnvelope;
import io.ariqueue.proxy.wire.MalformedMessageException;
import io.ariqueue.session.DialogueCloseReason;

/**
 * One dialogue taken by this instance: its two consumers, its ordered event dispatch, and its
 * calls ({@link DialogueCommands}).
 * <p>
 * Events are read and handled on the dialogue's {@link SerialExecutor}, one at a time in delivery
 * order, and acknowledged once their handlers returned. Responses complete their callers'
 * futures straight from the consumer, so a handler that waits for an answer never waits for its
 * own dialogue's worker.
 * <p>
 * Both queues are consumed exclusively, so the broker lets one instance at a time run the
 * dialogue; {@code @DialogueStarted} methods are called only once this instance holds both. After
 * a connection failure, deliveries from before it are void (the broker sends them again) and a
 * redelivered event whose handlers already ran here is acknowledged without running them again.
 *
 * @author ari-queue team
 */
final class Dialogue implements AriTransport {

	private static final Logger logger = LoggerFactory.getLogger(Dialogue.class);

	private enum State {

		OPEN, CLOSING, CLOSED

	}

	private final String id;

	private final String serverId;

	private final String application;

	private final boolean adopted;

	private final String adoptedPrimaryChannelId;

	private final DialogueServices services;

	private final SerialExecutor serial;

	private final DialogueSession session;

	private final DialogueCommands commands;

	private final RecentEvents recentEvents;

	private volatile Subscription events;

	private volatile Subscription responses;

	private volatile State state = State.OPEN;

	private volatile DialogueCloseReason closeReason;

	private volatile Channel primaryChannel;

	private volatile long lastActivityNanos = System.nanoTime();

	/** When this instance came to hold both queues, on the {@link System#nanoTime()} scale. */
	private volatile long startedNanos;

	/** Whether any event was delivered: an announced dialogue that gets none is not a live call. */
	private volatile boolean eventDelivered;

	private volatile HandlerWatchdog.Running running;

	/**
	 * Whether the proxy still runs this dialogue's commands: go-ari-proxy stops at the first
	 * {@code StasisEnd} of any of the dialogue's channels.
	 */
	private volatile boolean proxyRunsCommands = true;

	/** The channels that entered the application in this dialogue and have not left; confined to the serial executor. */
	private final Set<String> channelsInStasis = new LinkedHashSet<>();

	/** Events delivered before this instance held both queues, handed on once it does; guarded by itself. */
	private final List<InboundMessage> early = new ArrayList<>();

	private boolean claimed;

	/**
	 * Create a dialogue.
	 * @param id the dialogue id
	 * @param serverId the proxy's server id
	 * @param application the ARI application
	 * @param adopted whether it is adopted from another instance rather than announced
	 * @param adoptedPrimaryChannelId for an adopted dialogue, the id of its primary channel, if
	 * known
	 * @param services what it works with
	 */
	Dialogue(String id, String serverId, String application, boolean adopted, String adoptedPrimaryChannelId,
			DialogueServices services) {
		this.id = id;
		this.serverId = serverId;
		this.application = application;
		this.adopted = adopted;
		this.adoptedPrimaryChannelId = adoptedPrimaryChannelId;
		this.services = services;
		this.serial = new SerialExecutor(services.workers());
		this.recentEvents = new RecentEvents(services.settings().prefetch());
		this.commands = new DialogueCommands(id, services);
		// past the command timeout, a blocking call gives up even if the timer that should end it is late
		this.session = new DialogueSession(this, services.workers(), services.settings().commandTimeout().plusSeconds(1));
	}

	String id() {
		return this.id;
	}

	String serverId() {
		return this.serverId;
	}

	String application() {
		return this.application;
	}

	Channel primaryChannel() {
		return this.primaryChannel;
	}

	boolean isAdopted() {
		return this.adopted;
	}

	HandlerWatchdog.Running running() {
		return this.running;
	}

	int pendingCommands() {
		return this.commands.pendingCount();
	}

	DialogueSession session() {
		return this.session;
	}

	boolean isOpen() {
		return this.state == State.OPEN;
	}

	/**
	 * Whether this instance holds the dialogue's queues and runs it.
	 * @return whether it started and has not ended
	 */
	boolean isRunning() {
		synchronized (this.early) {
			return this.claimed && isOpen();
		}
	}

	long lastActivityNanos() {
		return this.lastActivityNanos;
	}

	boolean isIdle() {
		return this.serial.isIdle() && this.commands.isEmpty();
	}

	/**
	 * Whether this dialogue, set up from an announcement, has run since the given time without
	 * a single event. The proxy publishes a dialogue's first event right after it announces it,
	 * so such a dialogue had ended before its announcement came (a copy delivered late), or the
	 * proxy never started it. An adopted dialogue is a call under way and may be quiet.
	 * @param sinceNanos the time from which to count, on the {@link System#nanoTime()} scale
	 * @param timeoutNanos how long a first event may take
	 * @param nowNanos the time now
	 * @return whether its first event is overdue
	 */
	boolean isFirstEventOverdue(long sinceNanos, long timeoutNanos, long nowNanos) {
		if (this.adopted || this.eventDelivered || !isRunning()) {
			return false;
		}
		long started = this.startedNanos;
		long from = (sinceNanos - started > 0) ? sinceNanos : started;
		return nowNanos - from > timeoutNanos;
	}

	/**
	 * Start consuming: responses first, so that the first handler's calls can be answered, then
	 * events. The exclusive consumers are the claim: if another instance holds either queue,
	 * nothing has started here, and no {@code @DialogueStarted} method is called. Every instance
	 * takes {@code responses_} first and lets it go last, so only that one is tried on the
	 * consumer pool's claim channel; holding it, nobody else can hold {@code events_}. That trial
	 * costs two round trips, so it is made only where another instance may be claiming the same
	 * dialogue; and never for an auto-delete queue, which taking the trial consumer back would
	 * delete.
	 * @param contested whether another instance may be claiming the dialogue now: it is adopted,
	 * or its announcement was delivered before
	 * @throws QueueInUseException if another instance runs the dialogue
	 */
	void start(boolean contested) throws IOException {
		String responses = ProxyQueueNames.responses(this.id);
		boolean claim = contested && !this.services.settings().eventQueues().autoDelete();
		this.responses = claim ? this.services.consumers().subscribe(responses, new ResponseListener(), true)
				: this.services.consumers().subscribeExclusivelyWithoutClaim(responses, new ResponseListener());
		try {
			this.events = this.services.consumers()
				.subscribeExclusivelyWithoutClaim(ProxyQueueNames.events(this.id), new EventListener());
		}
		catch (IOException | RuntimeException ex) {
			this.responses.cancel();
			throw ex;
		}
		synchronized (this.early) {
			this.startedNanos = System.nanoTime();
			this.claimed = true;
			this.serial.execute(this::started);
			for (InboundMessage message : this.early) {
				this.serial.execute(() -> handleEvent(message));
			}
			this.early.clear();
		}
	}

	private void started() {
		if (this.adopted && this.adoptedPrimaryChannelId != null) {
			recoverPrimaryChannel();
		}
		watched("@DialogueStarted", () -> this.services.dispatcher().dialogueStarted(this.session));
	}

	private void recoverPrimaryChannel() {
		try {
			this.primaryChannel = this.session.channels().get(this.adoptedPrimaryChannelId);
			this.channelsInStasis.add(this.adoptedPrimaryChannelId);
		}
		catch (AriCallException ex) {
			// all that is known of it is its id
			this.primaryChannel = new Channel(this.adoptedPrimaryChannelId, null, null, null, null, null, null, null,
					null, null, null, null, null);
			if (ex instanceof AriException ariException && ariException.isNotFound()) {
				logger.info("Dialogue {}: adopted after its primary channel {} ended; ending it after its queued events",
						this.id, this.adoptedPrimaryChannelId);
				this.serial.execute(() -> requestClose(DialogueCloseReason.PRIMARY_CHANNEL_ENDED));
			}
			else {
				logger.warn("Dialogue {}: could not read back adopted primary channel {}: {}", this.id,
						this.adoptedPrimaryChannelId, ex.getMessage());
			}
		}
	}

	@Override
	public CompletableFuture<AriResponse> send(AriRequest request) {
		AriRequest command = ChannelIdAssignment.assign(request);
		ObservationRegistry registry = this.services.instrumentation().observationRegistry();
		return registry.isNoop() ? sendCommand(command) : sendObserved(command, registry);
	}

	private CompletableFuture<AriResponse> sendCommand(AriRequest command) {
		if (this.state == State.CLOSED || !this.proxyRunsCommands) {
			return CompletableFuture.failedFuture(new DialogueClosedException(command.operation(), this.id));
		}
		this.lastActivityNanos = System.nanoTime();
		return this.commands.send(command);
	}

	private CompletableFuture<AriResponse> sendObserved(AriRequest command, ObservationRegistry registry) {
		AriCommandObservationContext context = new AriCommandObservationContext(command, this.id);
		Observation observation = AriCommandObservation.COMMAND
			.observation(this.services.instrumentation().commandObservationConvention(),
					DefaultAriCommandObservationConvention.INSTANCE, () -> context, registry)
			.start();
		CompletableFuture<AriResponse> response;
		try {
			response = sendCommand(command);
		}
		catch (RuntimeException ex) {
			context.setFailure(ex);
			observation.error(ex);
			observation.stop();
			throw ex;
		}
		// the caller's own future: cancelling it (a caller that stops waiting) still ends the observation
		response.whenComplete((answer, failure) -> {
			if (failure != null) {
				Throwable cause = (failure instanceof CompletionException && failure.getCause() != null)
						? failure.getCause() : failure;
				context.setFailure(cause);
				observation.error(cause);
			}
			else {
				context.setResponse(answer);
			}
			observation.stop();
		});
		return response;
	}

	/**
	 * The publishing connection failed.
	 */
	void connectionLost() {
		this.commands.connectionLost();
	}

	/**
	 * The publishing connection is back.
	 */
	void connectionRecovered() {
		this.commands.connectionRecovered();
	}

	/**
	 * A command came back unrouted: its queue is gone, so the proxy has ended the dialogue.
	 */
	void commandReturned() {
		logger.warn("Dialogue {}: a command found no {} queue; the proxy has ended the dialogue", this.id,
				ProxyQueueNames.commands(this.id));
		requestClose(DialogueCloseReason.QUEUES_DELETED);
	}

	/**
	 * Its queues were deleted while the consuming connection was down, as the proxy deletes those
	 * of a dialogue that ended: stop both consumers now, before the connection's recovery would
	 * consume the queues again, and end the dialogue.
	 */
	void queuesDeletedDuringOutage() {
		Subscription responses = this.responses;
		if (responses != null) {
			responses.cancel();
		}
		Subscription events = this.events;
		if (events != null) {
			events.cancel();
		}
		requestClose(DialogueCloseReason.QUEUES_DELETED);
	}

	/**
	 * End the dialogue after the events already received: stop taking events now, close in order.
	 */
	void requestClose(DialogueCloseReason reason) {
		synchronized (this) {
			if (this.state != State.OPEN) {
				return;
			}
			this.state = State.CLOSING;
			this.closeReason = reason;
		}
		Subscription events = this.events;
		if (events != null) {
			events.cancel();
		}
		this.serial.execute(this::close);
	}

	private void close() {
		DialogueCloseReason reason = this.closeReason;
		try {
			Subscription responses = this.responses;
			if (responses != null) {
				responses.cancel();
			}
			this.state = State.CLOSED;
			this.commands.failAll((operation) -> new DialogueClosedException(operation, this.id));
			this.services.dispatcher().dialogueClosed(this.session, reason);
		}
		finally {
			// whatever a @DialogueClosed method threw, the slot and the queues are given back
			this.services.ended().ended(this, reason);
		}
	}

	private void handleEvent(InboundMessage message) {
		if (message.isStale()) {
			// its channel failed before it was handled: the broker sends it again, in order
			logger.debug("Dialogue {}: left an event from before a connection failure to its redelivery", this.id);
			return;
		}
		if (this.state == State.CLOSED
				|| (this.state == State.CLOSING && this.closeReason == DialogueCloseReason.SHUTDOWN)) {
			settleAfterClose(message);
			return;
		}
		long fingerprint = RecentEvents.fingerprint(message.body());
		if (message.redelivered() && this.recentEvents.contains(fingerprint, message.body().length)) {
			logger.debug("Dialogue {}: acknowledged the redelivery of an event already handled", this.id);
			this.services.counters().duplicateSkipped();
			message.ack();
			return;
		}
		AriEvent event = read(message);
		if (event == null) {
			return;
		}
		if (this.primaryChannel == null && event instanceof StasisStartEvent start && start.channel() != null) {
			this.primaryChannel = start.channel();
		}
		String leftStasis = trackChannels(event);
		if (leftStasis != null && this.services.settings().proxy().endsDialogueAtFirstStasisEnd()) {
			// the proxy published this StasisEnd and then stopped: calls from here on would never be answered
			this.proxyRunsCommands = false;
		}
		this.services.counters().handlingEvent(AriHandlerObservationContext.eventTypeOf(event), event.timestamp());
		try {
			watched(event.type(), () -> this.services.dispatcher().dispatch(event, this.session));
		}
		finally {
			// whatever a handler threw, the event is settled and the end of the call is seen
			this.recentEvents.add(fingerprint, message.body().length);
			message.ack();
			endIfOver(event, leftStasis);
		}
	}

	private AriEvent read(InboundMessage message) {
		try {
			EventEnvelope envelope = this.services.codec().readEvent(message.body());
			try {
				return this.services.eventReader().read(envelope.type(), envelope.ariBody());
			}
			catch (AriEventFormatException ex) {
				// the reader's message may quote the body: only at debug level
				logger.debug("Dialogue {}: unreadable ari_body: {}", this.id, ex.getMessage());
				throw new MalformedMessageException("its ari_body is not a valid ARI event", ex);
			}
		}
		catch (MalformedMessageException ex) {
			logger.warn("Dialogue {}: rejected a malformed event from {}: {}", this.id, message.queue(), ex.getMessage());
			this.services.counters().malformed(MessageQueue.EVENTS, ex);
			message.reject();
			return null;
		}
	}

	private void endIfOver(AriEvent event, String leftStasis) {
		// an adopted dialogue may not know its primary channel: the first to leave is taken for it
		if (endsPrimaryChannel(event) || (this.primaryChannel == null && leftStasis != null)) {
			requestClose(DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
		}
		else if (!this.proxyRunsCommands && isOpen()) {
			logger.warn("Dialogue {}: the proxy gave the dialogue up when channel {} left the application, "
					+ "as go-ari-proxy does at the first StasisEnd of any channel; still up in Asterisk and no longer "
					+ "controlled: {}. Hang them up through ARI directly or let the dialplan end them; to keep "
					+ "calls with several channels whole, run a proxy that keeps them (ari-queue-proxy, with "
					+ "ari.queue.proxy=ari-queue-proxy)", this.id, leftStasis, this.channelsInStasis);
			requestClose(DialogueCloseReason.PROXY_ENDED);
		}
	}

	/**
	 * Keep track of the channels in the application.
	 * @return the id of the channel this event takes out of the application, if it is a
	 * {@code StasisEnd}
	 */
	private String trackChannels(AriEvent event) {
		if (event instanceof StasisStartEvent start && start.channel() != null) {
			this.channelsInStasis.add(start.channel().id());
		}
		else if (event instanceof StasisEndEvent end && end.channel() != null) {
			this.channelsInStasis.remove(end.channel().id());
			return end.channel().id();
		}
		else if (event instanceof ChannelDestroyedEvent destroyed && destroyed.channel() != null) {
			this.channelsInStasis.remove(destroyed.channel().id());
		}
		return null;
	}

	private void watched(String what, Runnable task) {
		this.running = new HandlerWatchdog.Running(what);
		try {
			task.run();
		}
		finally {
			this.running = null;
		}
	}

	private void settleAfterClose(InboundMessage message) {
		if (this.closeReason == DialogueCloseReason.SHUTDOWN) {
			// the call goes on: leave the event, unhandled, for whoever takes the dialogue next
			message.requeue();
		}
		else {
			logger.debug("Dialogue {}: dropped an event that arrived after it ended", this.id);
			message.ack();
		}
	}

	private boolean endsPrimaryChannel(AriEvent event) {
		Channel primary = this.primaryChannel;
		if (primary == null || primary.id() == null) {
			return false;
		}
		if (event instanceof StasisEndEvent end) {
			return end.channel() != null && primary.id().equals(end.channel().id());
		}
		if (event instanceof ChannelDestroyedEvent destroyed) {
			return destroyed.channel() != null && primary.id().equals(destroyed.channel().id());
		}
		return false;
	}

	private void queueDeleted(String queue) {
		if (isOpen()) {
			logger.info("Dialogue {}: {} was deleted; ending the dialogue", this.id, queue);
			requestClose(DialogueCloseReason.QUEUES_DELETED);
		}
	}

	private void takenOver() {
		if (isOpen()) {
			logger.warn("Dialogue {}: another instance took the dialogue over while this one was cut off", this.id);
			requestClose(DialogueCloseReason.TAKEN_OVER);
		}
	}

	@Override
	public String toString() {
		return "Dialogue " + this.id;
	}

	/**
	 * What both of a dialogue's consumers do when their queue goes.
	 */
	private abstract class QueueListener implements DeliveryListener {

		@Override
		public void onCancelled(String queue) {
			queueDeleted(queue);
		}

		@Override
		public void onTakenOver(String queue) {
			takenOver();
		}

	}

	private final class EventListener extends QueueListener {

		@Override
		public void onDelivery(InboundMessage message) {
			Dialogue.this.lastActivityNanos = System.nanoTime();
			Dialogue.this.eventDelivered = true;
			synchronized (Dialogue.this.early) {
				if (!Dialogue.this.claimed) {
					Dialogue.this.early.add(message);
					return;
				}
			}
			Dialogue.this.serial.execute(() -> handleEvent(message));
		}

	}

	private final class ResponseListener extends QueueListener {

		@Override
		public void onDelivery(InboundMessage message) {
			Dialogue.this.commands.handleResponse(message);
		}

	}

}
