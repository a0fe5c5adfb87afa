package io.ariqueue.queueproxy.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.wire.AriObjectKind;
import io.ariqueue.proxy.wire.ProxyCommand;
import io.ariqueue.proxy.wire.ProxySideWireCodec;
import io.ariqueue.proxy.wire.RejectedCommandException;
import io.ariqueue.queueproxy.amqp.DialogueQueues;
import io.ariqueue.queueproxy.asterisk.AsteriskHttp;
import io.ariqueue.queueproxy.asterisk.AsteriskReply;
import io.ariqueue.queueproxy.asterisk.AsteriskUnavailableException;
import io.ariqueue.queueproxy.command.CommandMeters.Outcome;
import io.ariqueue.queueproxy.dialogue.Dialogue;
import io.ariqueue.queueproxy.dialogue.DialogueManager;
import io.ariqueue.queueproxy.dialogue.ObjectRef;

/**
 * Runs the commands of the dialogues against Asterisk, one after another within a dialogue, and
 * answers each on the dialogue's responses queue.
 * <p>
 * A command the proxy cannot accept gets an error response (400, 404, 405 or 413, with a
 * {@code message}) and never reaches Asterisk, and so does one whose operation the
 * {@link OperationPolicy} denies (403); one without a usable {@code unique_id} cannot be
 * answered and is rejected and logged. When Asterisk cannot be reached the client gets a 502, and
 * when it does not answer in time a 504, each with a {@code message}. A command is acknowledged
 * only once its response is with the broker; one the broker delivers again after a connection
 * loss is answered from memory rather than run twice.
 *
 * @author ari-queue team
 */
public final class CommandExecutor {

	private static final Logger logger = LoggerFactory.getLogger(CommandExecutor.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DialogueManager manager;

	private final ProxySideWireCodec codec;

	private final IdBinder binder;

	private final AsteriskHttp asterisk;

	private final OperationPolicy policy;

	private final CommandMeters meters;

	/**
	 * Create an executor.
	 * @param manager the dialogues
	 * @param codec reads commands and writes responses
	 * @param binder binds what commands create
	 * @param asterisk Asterisk's REST Interface
	 * @param policy which operations may run
	 * @param meters where to time and count commands
	 */
	public CommandExecutor(DialogueManager manager, ProxySideWireCodec codec, IdBinder binder, AsteriskHttp asterisk,
			OperationPolicy policy, CommandMeters meters) {
		this.manager = manager;
		this.codec = codec;
		this.binder = binder;
		this.asterisk = asterisk;
		this.policy = policy;
		this.meters = meters;
	}

	/**
	 * Take a command message: it runs in its dialogue's lane.
	 * @param dialogue the dialogue
	 * @param message the message
	 */
	public void accept(Dialogue dialogue, InboundMessage message) {
		long delivered = System.nanoTime();
		dialogue.clientHeard();
		dialogue.lane().execute(() -> run(dialogue, new Timed(message, delivered)));
	}

	private void run(Dialogue dialogue, Timed message) {
		try {
			execute(dialogue, message);
		}
		catch (RuntimeException ex) {
			// a fault of the proxy itself: the client still gets an answer if it can be told
			logger.error("Dialogue {}: a command failed inside the proxy", dialogue.id(), ex);
			String uniqueId = uniqueIdOf(message);
			if (uniqueId != null) {
				respond(dialogue, message, uniqueId, message.operation(), 500, errorBody("ari-queue-proxy failed: " + ex),
						Outcome.SERVER_ERROR);
			}
			else {
				message.reject();
			}
		}
	}

	private String uniqueIdOf(Timed message) {
		try {
			String id = json.readTree(message.body()).path("unique_id").asString("");
			return id.isEmpty() ? null : id;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void execute(Dialogue dialogue, Timed message) {
		if (message.isStale()) {
			// the broker has it back and delivers it again
			return;
		}
		ProxyCommand command;
		try {
			command = this.codec.readCommand(message.body());
		}
		catch (RejectedCommandException ex) {
			this.meters.rejected(cause(ex.getStatus()));
			if (!ex.isAnswerable()) {
				logger.warn("Dialogue {}: rejected a command that cannot be answered: {}", dialogue.id(),
						ex.getMessage());
				message.reject();
				return;
			}
			logger.info("Dialogue {}: refused command {}: {}", dialogue.id(), ex.getUniqueId(), ex.getMessage());
			respond(dialogue, message, ex.getUniqueId(), CommandMeters.UNKNOWN_OPERATION, ex.getStatus(),
					errorBody(ex.getMessage()), Outcome.CLIENT_ERROR);
			return;
		}
		String operation = command.operation().name();
		message.operation(operation);
		message.readOnly("GET".equals(command.method()));
		if (!this.policy.permits(operation)) {
			this.meters.rejected("denied");
			logger.info("Dialogue {}: refused command {}: operation {} is denied", dialogue.id(), command.uniqueId(),
					operation);
			respond(dialogue, message, command.uniqueId(), operation, 403, errorBody("operation " + operation
					+ " is not allowed through ari-queue-proxy (ari.proxy.commands.allowed and .denied)"),
					Outcome.CLIENT_ERROR);
			return;
		}
		if (message.redelivered()) {
			byte[] remembered = dialogue.rememberedResponse(command.uniqueId());
			if (remembered != null) {
				dialogue.outbox().message(DialogueQueues.responses(dialogue.id()), remembered, message.message()::ack);
				return;
			}
		}
		BoundRequest request = this.binder.bind(dialogue, command);
		AsteriskReply reply;
		Outcome outcome;
		long asked = System.nanoTime();
		try {
			reply = this.asterisk.exchange(request.method(), request.path(), request.parameters());
			outcome = Outcome.of(reply.status());
		}
		catch (AsteriskUnavailableException ex) {
			logger.warn("Dialogue {}: command {} ({}) got no answer: {}", dialogue.id(), command.uniqueId(),
					command.operation().name(), ex.getMessage());
			reply = new AsteriskReply(ex.isTimeout() ? 504 : 502, errorBody(ex.getMessage()));
			outcome = ex.isTimeout() ? Outcome.TIMEOUT : Outcome.CONNECTION;
		}
		message.asterisk(System.nanoTime() - asked);
		if (reply.isSuccess()) {
			confirmCreatedChannel(dialogue, request, reply);
			if (request.createdBridge() != null) {
				this.manager.bridgeCreated(dialogue, request.createdBridge());
			}
			if (operation.startsWith("channels.snoopChannel")) {
				for (ObjectRef object : request.bound()) {
					this.manager.recordDialogue(dialogue, object.id());
				}
			}
		}
		else {
			unbind(dialogue, request);
		}
		respond(dialogue, message, command.uniqueId(), operation, reply.status(), reply.body(), outcome);
	}

	/**
	 * A channel the command created exists now: Asterisk answered with it.
	 */
	private void confirmCreatedChannel(Dialogue dialogue, BoundRequest request, AsteriskReply reply) {
		for (ObjectRef object : request.bound()) {
			if (object.kind() == AriObjectKind.CHANNEL) {
				JsonNode channel = json.readTree(reply.body());
				if (channel.isObject() && object.id().equals(channel.path("id").asString(""))) {
					this.manager.channelShown(dialogue, object.id(), channel);
				}
				return;
			}
		}
	}

	private void unbind(Dialogue dialogue, BoundRequest request) {
		for (ObjectRef object : request.bound()) {
			this.manager.registry().unbind(dialogue, object);
			if (object.kind() == AriObjectKind.CHANNEL) {
				this.manager.channelGone(dialogue, object.id());
			}
		}
	}

	private void respond(Dialogue dialogue, Timed message, String uniqueId, String operation, int status,
			String body, Outcome outcome) {
		byte[] response = this.codec.writeResponse(uniqueId, status, body);
		if (!message.readOnly()) {
			// a read runs again harmlessly when redelivered, and its answer may be a large listing
			dialogue.rememberResponse(uniqueId, response);
		}
		dialogue.outbox().message(DialogueQueues.responses(dialogue.id()), response, () -> {
			message.message().ack();
			this.meters.answered(operation, outcome, System.nanoTime() - message.delivered(), message.asteriskNanos());
		});
	}

	private static String cause(int status) {
		return switch (status) {
			case 413 -> "oversized";
			case 404, 405 -> "unknown_operation";
			default -> "malformed";
		};
	}

	/**
	 * A command message with the times that say how long the proxy held it.
	 */
	private static final class Timed {

		private final InboundMessage message;

		private final long delivered;

		private long asteriskNanos;

		private String operation = CommandMeters.UNKNOWN_OPERATION;

		private boolean readOnly;

		Timed(InboundMessage message, long delivered) {
			this.message = message;
			this.delivered = delivered;
		}

		InboundMessage message() {
			return this.message;
		}

		long delivered() {
			return this.delivered;
		}

		long asteriskNanos() {
			return this.asteriskNanos;
		}

		String operation() {
			return this.operation;
		}

		boolean readOnly() {
			return this.readOnly;
		}

		void readOnly(boolean readOnly) {
			this.readOnly = readOnly;
		}

		void operation(String operation) {
			this.operation = operation;
		}

		void asterisk(long nanos) {
			this.asteriskNanos = nanos;
		}

		boolean isStale() {
			return this.message.isStale();
		}

		byte[] body() {
			return this.message.body();
		}

		boolean redelivered() {
			return this.message.redelivered();
		}

		void reject() {
			this.message.reject();
		}

	}

	private static String errorBody(String message) {
		return json.createObjectNode().put("message", message).toString();
	}

}
