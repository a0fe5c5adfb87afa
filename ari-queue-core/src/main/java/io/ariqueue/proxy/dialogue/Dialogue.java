package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.ari.client.AriCallException;
import io.ariqueue.ari.client.AriConnectionException;
import io.ariqueue.ari.client.AriException;
import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.client.AriTimeoutException;
import io.ariqueue.ari.client.AriTransport;
import io.ariqueue.ari.client.DialogueClosedException;
import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.AriEventFormatException;
import io.ariqueue.ari.event.ChannelDestroyedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.proxy.amqp.DeliveryListener;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.amqp.QueueInUseException;
import io.ariqueue.proxy.amqp.Subscription;
import io.ariqueue.proxy.wire.CommandResponse;
import io.ariqueue.proxy.wire.EventEnvelope;
import io.ariqueue.proxy.wire.MalformedMessageException;
import io.ariqueue.session.DialogueCloseReason;

/**
 * One dialogue taken by this instance: its two consumers, its ordered event dispatch, and the
 * ARI calls in flight, correlated by {@code unique_id}.
 * <p>
 * Events are read and handled on the dialogue's {@link SerialExecutor}, one at a time in delivery
 * order, and acknowledged once their handlers returned. Responses complete their callers'
 * futures straight from the consumer, so a handler that waits for an answer never waits for its
 * own dialogue's worker.
 * <p>
 * Both queues are consumed exclusively, so the broker lets one instance at a time run the
 * dialogue. After a connection failure, deliveries from before it are void (the broker sends
 * them again) and a redelivered event whose handlers already ran here is acknowledged without
 * running them again. A command the failure may have caught in flight is sent again only if it is
 * a {@code GET}; any other fails with {@link AriConnectionException}, so that nothing that changes
 * a call is sent twice. A command that could not be sent at all waits for the connection, within
 * the command timeout.
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

	private final ProxyDialogueRuntime runtime;

	private final SerialExecutor serial;

	private final DialogueSession session;

	private final Map<String, PendingCommand> pending = new ConcurrentHashMap<>();

	private final String commandsQueue;

	private volatile Subscription events;

	private volatile Subscription responses;

	private volatile State state = State.OPEN;

	private volatile DialogueCloseReason closeReason;

	private volatile Channel primaryChannel;

	private volatile long lastActivityNanos = System.nanoTime();

	private volatile HandlerWatchdog.Running running;

	/**
	 * Whether the proxy still runs this dialogue's commands: go-ari-proxy stops at the first
	 * {@code StasisEnd} of any of the dialogue's channels.
	 */
	private volatile boolean proxyRunsCommands = true;

	/** The channels that entered the application in this dialogue and have not left; confined to the serial executor. */
	private final Set<String> channelsInStasis = new LinkedHashSet<>();

	private final RecentEvents recentEvents;

	Dialogue(String id, String serverId, String application, ProxyDialogueRuntime runtime) {
		this(id, serverId, application, false, null, runtime);
	}

	/**
	 * Create a dialogue.
	 * @param adopted whether it is adopted from another instance rather than announced
	 * @param adoptedPrimaryChannelId for an adopted dialogue, the id of its primary channel, if
	 * known
	 */
	Dialogue(String id, String serverId, String application, boolean adopted, String adoptedPrimaryChannelId,
			ProxyDialogueRuntime runtime) {
		this.id = id;
		this.serverId = serverId;
		this.application = application;
		this.adopted = adopted;
		this.adoptedPrimaryChannelId = adoptedPrimaryChannelId;
		this.runtime = runtime;
		this.serial = new SerialExecutor(runtime.workers());
		this.recentEvents = new RecentEvents(runtime.settings().prefetch());
		this.commandsQueue = ProxyQueueNames.commands(id);
		this.session = new DialogueSession(this, runtime.workers());
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
		return this.pending.size();
	}

	DialogueSession session() {
		return this.session;
	}

	boolean isOpen() {
		return this.state == State.OPEN;
	}

	boolean isClosed() {
		return this.state == State.CLOSED;
	}

	long lastActivityNanos() {
		return this.lastActivityNanos;
	}

	boolean isIdle() {
		return this.serial.isIdle() && this.pending.isEmpty();
	}

	/**
	 * Start consuming: responses first, so that the first handler's calls can be answered, then
	 * the dialogue-started callback ahead of the first event. The exclusive consumer of the
	 * responses queue is the claim: if another instance holds it, nothing has started here.
	 * @throws QueueInUseException if another instance runs the dialogue
	 */
	void start() throws IOException {
		this.responses = this.runtime.consumers()
			.subscribe(ProxyQueueNames.responses(this.id), new ResponseListener(), true);
		this.serial.execute(this::started);
		try {
			this.events = this.runtime.consumers().subscribe(ProxyQueueNames.events(this.id), new EventListener(), true);
		}
		catch (IOException | RuntimeException ex) {
			this.responses.cancel();
			throw ex;
		}
	}

	private void started() {
		if (this.adopted && this.adoptedPrimaryChannelId != null) {
			recoverPrimaryChannel();
		}
		watched("@DialogueStarted", () -> this.runtime.dispatcher().dialogueStarted(this.session));
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
		if (this.state == State.CLOSED || !this.proxyRunsCommands) {
			return CompletableFuture.failedFuture(new DialogueClosedException(request.operation(), this.id));
		}
		PendingCommand command = new PendingCommand(ChannelIdAssignment.assign(request), new CompletableFuture<>());
		long timeoutMillis = this.runtime.settings().commandTimeout().toMillis();
		command.timeout = this.runtime.scheduler().schedule(() -> timeOut(command), timeoutMillis, TimeUnit.MILLISECONDS);
		this.lastActivityNanos = System.nanoTime();
		publish(command);
		return command.future;
	}

	private void publish(PendingCommand command) {
		synchronized (command) {
			if (command.future.isDone()) {
				return;
			}
			if (command.uniqueId != null) {
				this.pending.remove(command.uniqueId, command);
			}
			// a new id per attempt: a late answer to an abandoned attempt is then simply unknown
			command.uniqueId = this.runtime.commandIds().next();
			this.pending.put(command.uniqueId, command);
			if (!this.runtime.isPublisherConnected()) {
				command.sent = false;
				return;
			}
			try {
				this.runtime.publisher()
					.publish(this.commandsQueue, this.runtime.codec().writeCommand(command.uniqueId, command.request));
				command.sent = true;
			}
			catch (IOException | RuntimeException ex) {
				if (this.runtime.isPublisherConnected()) {
					fail(command, ex);
				}
				else {
					// nothing reached the broker: the command waits for the connection to come back
					command.sent = false;
				}
			}
		}
	}

	/**
	 * The publishing connection failed: a command that was sent and not answered may or may not
	 * have reached the proxy.
	 */
	void connectionLost() {
		for (PendingCommand command : List.copyOf(this.pending.values())) {
			synchronized (command) {
				if (!command.sent || command.future.isDone()) {
					continue;
				}
				if ("GET".equals(command.request.method()) && !command.retried) {
					command.retried = true;
					command.sent = false;
				}
				else {
					fail(command, new AriConnectionException(command.request.operation(), true, null));
				}
			}
		}
	}

	/**
	 * The publishing connection is back: send the commands that wait for it.
	 */
	void connectionRecovered() {
		for (PendingCommand command : List.copyOf(this.pending.values())) {
			if (!command.sent) {
				publish(command);
			}
		}
	}

	private void fail(PendingCommand command, Throwable failure) {
		String uniqueId = command.uniqueId;
		if (uniqueId == null || this.pending.remove(uniqueId, command)) {
			ScheduledFuture<?> timeout = command.timeout;
			if (timeout != null) {
				timeout.cancel(false);
			}
			command.future.completeExceptionally(failure);
		}
	}

	/**
	 * A command came back unrouted: its queue is gone, so the proxy has ended the dialogue.
	 */
	void commandReturned(byte[] body) {
		logger.warn("Dialogue {}: a command found no {} queue; the proxy has ended the dialogue", this.id,
				this.commandsQueue);
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
		Subscription responses = this.responses;
		if (responses != null) {
			responses.cancel();
		}
		this.state = State.CLOSED;
		for (PendingCommand command : List.copyOf(this.pending.values())) {
			fail(command, new DialogueClosedException(command.request.operation(), this.id));
		}
		DialogueCloseReason reason = this.closeReason;
		this.runtime.dispatcher().dialogueClosed(this.session, reason);
		this.runtime.closed(this, reason);
	}

	private void timeOut(PendingCommand command) {
		synchronized (command) {
			if (command.sent) {
				fail(command, new AriTimeoutException(command.request.operation(), this.runtime.settings().commandTimeout()));
			}
			else {
				fail(command, new AriConnectionException(command.request.operation(), false, null));
			}
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
			this.runtime.countDuplicateSkipped();
			message.ack();
			return;
		}
		AriEvent event;
		try {
			EventEnvelope envelope = this.runtime.codec().readEvent(message.body());
			try {
				event = this.runtime.eventReader().read(envelope.type(), envelope.ariBody());
			}
			catch (AriEventFormatException ex) {
				// the reader's message may quote the body: only at debug level
				logger.debug("Dialogue {}: unreadable ari_body: {}", this.id, ex.getMessage());
				throw new MalformedMessageException("its ari_body is not a valid ARI event", ex);
			}
		}
		catch (MalformedMessageException ex) {
			logger.warn("Dialogue {}: rejected a malformed event from {}: {}", this.id, message.queue(), ex.getMessage());
			this.runtime.countMalformed();
			message.reject();
			return;
		}
		if (this.primaryChannel == null && event instanceof StasisStartEvent start && start.channel() != null) {
			this.primaryChannel = start.channel();
		}
		String leftStasis = trackChannels(event);
		if (leftStasis != null && this.runtime.settings().proxy().endsDialogueAtFirstStasisEnd()) {
			// the proxy published this StasisEnd and then stopped: calls from here on would never be answered
			this.proxyRunsCommands = false;
		}
		watched(event.type(), () -> this.runtime.dispatcher().dispatch(event, this.session));
		this.recentEvents.add(fingerprint, message.body().length);
		message.ack();
		if (endsPrimaryChannel(event)) {
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

	private void handleResponse(InboundMessage message) {
		CommandResponse response;
		try {
			response = this.runtime.codec().readResponse(message.body());
		}
		catch (MalformedMessageException ex) {
			logger.warn("Dialogue {}: rejected a malformed response: {}", this.id, ex.getMessage());
			this.runtime.countMalformed();
			message.reject();
			return;
		}
		PendingCommand command = response.uniqueId().isEmpty() ? null : this.pending.remove(response.uniqueId());
		if (command == null) {
			if (this.runtime.commandIds().issued(response.uniqueId())) {
				// the answer to a call that timed out or was abandoned
				logger.debug("Dialogue {}: ignored a late response for unique_id {}", this.id, response.uniqueId());
				message.ack();
			}
			else {
				logger.warn("Dialogue {}: rejected a response for unique_id '{}', which this instance never sent",
						this.id, abbreviate(response.uniqueId()));
				this.runtime.countUnknownResponse();
				message.reject();
			}
			return;
		}
		message.ack();
		command.timeout.cancel(false);
		command.future.complete(new AriResponse(response.statusCode(), response.responseBody()));
	}

	private static String abbreviate(String text) {
		return (text.length() <= 64) ? text : text.substring(0, 64) + "...";
	}

	@Override
	public String toString() {
		return "Dialogue " + this.id;
	}

	/**
	 * An ARI call waiting for its answer; its fields change under its own lock.
	 */
	private static final class PendingCommand {

		final AriRequest request;

		final CompletableFuture<AriResponse> future;

		volatile ScheduledFuture<?> timeout;

		volatile String uniqueId;

		/** Handed to the broker on the current connection. */
		volatile boolean sent;

		/** Sent again once already, after a connection failure. */
		volatile boolean retried;

		PendingCommand(AriRequest request, CompletableFuture<AriResponse> future) {
			this.request = request;
			this.future = future;
		}

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
			Dialogue.this.serial.execute(() -> handleEvent(message));
		}

	}

	private final class ResponseListener extends QueueListener {

		@Override
		public void onDelivery(InboundMessage message) {
			handleResponse(message);
		}

	}

}
