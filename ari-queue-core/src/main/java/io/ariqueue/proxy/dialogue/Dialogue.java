package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	Dialogue(String id, String serverId, String application, ProxyDialogueRuntime runtime) {
		this.id = id;
		this.serverId = serverId;
		this.application = application;
		this.runtime = runtime;
		this.serial = new SerialExecutor(runtime.workers());
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
	 * the dialogue-started callback ahead of the first event.
	 */
	void start() throws IOException {
		this.responses = this.runtime.consumers().subscribe(ProxyQueueNames.responses(this.id), new ResponseListener());
		this.serial.execute(() -> this.runtime.dispatcher().dialogueStarted(this.session));
		this.events = this.runtime.consumers().subscribe(ProxyQueueNames.events(this.id), new EventListener());
	}

	@Override
	public CompletableFuture<AriResponse> send(AriRequest request) {
		if (this.state == State.CLOSED) {
			return CompletableFuture.failedFuture(new DialogueClosedException(request.operation(), this.id));
		}
		String uniqueId = this.runtime.commandIds().next();
		CompletableFuture<AriResponse> future = new CompletableFuture<>();
		long timeoutMillis = this.runtime.settings().commandTimeout().toMillis();
		ScheduledFuture<?> timeout = this.runtime.scheduler()
			.schedule(() -> timeOut(uniqueId), timeoutMillis, TimeUnit.MILLISECONDS);
		this.pending.put(uniqueId, new PendingCommand(request, future, timeout));
		this.lastActivityNanos = System.nanoTime();
		try {
			this.runtime.publisher().publish(this.commandsQueue, this.runtime.codec().writeCommand(uniqueId, request));
		}
		catch (IOException | RuntimeException ex) {
			PendingCommand command = this.pending.remove(uniqueId);
			if (command != null) {
				command.timeout().cancel(false);
			}
			future.completeExceptionally(ex);
		}
		return future;
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
		for (String uniqueId : this.pending.keySet()) {
			PendingCommand command = this.pending.remove(uniqueId);
			if (command != null) {
				command.timeout().cancel(false);
				command.future().completeExceptionally(new DialogueClosedException(command.request().operation(), this.id));
			}
		}
		DialogueCloseReason reason = this.closeReason;
		this.runtime.dispatcher().dialogueClosed(this.session, reason);
		this.runtime.closed(this, reason);
	}

	private void timeOut(String uniqueId) {
		PendingCommand command = this.pending.remove(uniqueId);
		if (command != null) {
			command.future().completeExceptionally(
					new AriTimeoutException(command.request().operation(), this.runtime.settings().commandTimeout()));
		}
	}

	private void handleEvent(InboundMessage message) {
		if (this.state == State.CLOSED
				|| (this.state == State.CLOSING && this.closeReason == DialogueCloseReason.SHUTDOWN)) {
			settleAfterClose(message);
			return;
		}
		AriEvent event;
		try {
			EventEnvelope envelope = this.runtime.codec().readEvent(message.body());
			event = this.runtime.eventReader().read(envelope.type(), envelope.ariBody());
		}
		catch (MalformedMessageException | AriEventFormatException ex) {
			logger.warn("Dialogue {}: rejected a malformed event from {}: {}", this.id, message.queue(), ex.getMessage());
			this.runtime.countMalformed();
			message.reject();
			return;
		}
		if (this.primaryChannel == null && event instanceof StasisStartEvent start && start.channel() != null) {
			this.primaryChannel = start.channel();
		}
		this.runtime.dispatcher().dispatch(event, this.session);
		message.ack();
		if (endsPrimaryChannel(event)) {
			requestClose(DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
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
		message.ack();
		PendingCommand command = response.uniqueId().isEmpty() ? null : this.pending.remove(response.uniqueId());
		if (command == null) {
			logger.debug("Dialogue {}: ignored a response for unknown unique_id '{}'", this.id, response.uniqueId());
			return;
		}
		command.timeout().cancel(false);
		command.future().complete(new AriResponse(response.statusCode(), response.responseBody()));
	}

	@Override
	public String toString() {
		return "Dialogue " + this.id;
	}

	private record PendingCommand(AriRequest request, CompletableFuture<AriResponse> future,
			ScheduledFuture<?> timeout) {
	}

	private final class EventListener implements DeliveryListener {

		@Override
		public void onDelivery(InboundMessage message) {
			Dialogue.this.lastActivityNanos = System.nanoTime();
			Dialogue.this.serial.execute(() -> handleEvent(message));
		}

		@Override
		public void onCancelled(String queue) {
			if (isOpen()) {
				logger.info("Dialogue {}: {} was deleted; ending the dialogue", Dialogue.this.id, queue);
				requestClose(DialogueCloseReason.QUEUES_DELETED);
			}
		}

	}

	private final class ResponseListener implements DeliveryListener {

		@Override
		public void onDelivery(InboundMessage message) {
			handleResponse(message);
		}

		@Override
		public void onCancelled(String queue) {
			EventListener events = new EventListener();
			events.onCancelled(queue);
		}

	}

}
