package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.ari.client.AriConnectionException;
import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.client.AriTimeoutException;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.wire.CommandResponse;
import io.ariqueue.proxy.wire.MalformedMessageException;

/**
 * One dialogue's ARI calls in flight: each published as a command with a {@code unique_id} of its
 * own, timed out after the command timeout, and completed by the response that carries its id.
 * <p>
 * After a connection failure, a command that may have reached the proxy is sent again only if it
 * is a {@code GET}; any other fails with {@link AriConnectionException}, so that nothing that
 * changes a call is sent twice. A command that could not be sent at all waits for the connection,
 * within the command timeout.
 *
 * @author ari-queue team
 */
final class DialogueCommands {

	private static final Logger logger = LoggerFactory.getLogger(DialogueCommands.class);

	private final String dialogueId;

	private final String queue;

	private final DialogueServices services;

	private final Map<String, PendingCommand> pending = new ConcurrentHashMap<>();

	DialogueCommands(String dialogueId, DialogueServices services) {
		this.dialogueId = dialogueId;
		this.queue = ProxyQueueNames.commands(dialogueId);
		this.services = services;
	}

	int pendingCount() {
		return this.pending.size();
	}

	boolean isEmpty() {
		return this.pending.isEmpty();
	}

	/**
	 * Send a request as a command.
	 * @param request the request
	 * @return its response, when it arrives
	 */
	CompletableFuture<AriResponse> send(AriRequest request) {
		PendingCommand command = new PendingCommand(request, new CompletableFuture<>());
		long timeoutMillis = this.services.settings().commandTimeout().toMillis();
		command.timeout = this.services.commandTimer()
			.schedule(() -> timeOut(command), timeoutMillis, TimeUnit.MILLISECONDS);
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
			command.uniqueId = this.services.commandIds().next();
			this.pending.put(command.uniqueId, command);
			if (!this.services.publisherConnected().getAsBoolean()) {
				command.sent = false;
				return;
			}
			try {
				this.services.publisher()
					.publish(this.queue, this.services.codec().writeCommand(command.uniqueId, command.request));
				command.sent = true;
			}
			catch (IOException | RuntimeException ex) {
				if (this.services.publisherConnected().getAsBoolean()) {
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

	/**
	 * Fail every call still waiting.
	 * @param failure makes the exception for an operation
	 */
	void failAll(java.util.function.Function<String, RuntimeException> failure) {
		for (PendingCommand command : List.copyOf(this.pending.values())) {
			fail(command, failure.apply(command.request.operation()));
		}
	}

	/**
	 * Complete the call a response answers.
	 * @param message the response
	 */
	void handleResponse(InboundMessage message) {
		CommandResponse response;
		try {
			response = this.services.codec().readResponse(message.body());
		}
		catch (MalformedMessageException ex) {
			logger.warn("Dialogue {}: rejected a malformed response: {}", this.dialogueId, ex.getMessage());
			this.services.counters().malformed(DialogueRuntimeMetrics.MessageQueue.RESPONSES, ex);
			message.reject();
			return;
		}
		PendingCommand command = response.uniqueId().isEmpty() ? null : this.pending.remove(response.uniqueId());
		if (command == null) {
			if (this.services.commandIds().issued(response.uniqueId())) {
				// the answer to a call that timed out or was abandoned
				logger.debug("Dialogue {}: ignored a late response for unique_id {}", this.dialogueId,
						response.uniqueId());
				message.ack();
			}
			else {
				logger.warn("Dialogue {}: rejected a response for unique_id '{}', which this instance never sent",
						this.dialogueId, abbreviate(response.uniqueId()));
				this.services.counters().unknownResponse();
				message.reject();
			}
			return;
		}
		message.ack();
		command.timeout.cancel(false);
		command.future.complete(new AriResponse(response.statusCode(), response.responseBody()));
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

	private void timeOut(PendingCommand command) {
		synchronized (command) {
			if (command.sent) {
				fail(command, new AriTimeoutException(command.request.operation(),
						this.services.settings().commandTimeout()));
			}
			else {
				fail(command, new AriConnectionException(command.request.operation(), false, null));
			}
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 64) ? text : text.substring(0, 64) + "...";
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

}
