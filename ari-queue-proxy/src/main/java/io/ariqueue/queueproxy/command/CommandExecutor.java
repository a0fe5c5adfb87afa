package io.ariqueue.queueproxy.command;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import io.ariqueue.queueproxy.dialogue.Dialogue;
import io.ariqueue.queueproxy.dialogue.DialogueManager;
import io.ariqueue.queueproxy.dialogue.ObjectRef;

/**
 * Runs the commands of the dialogues against Asterisk, one after another within a dialogue, and
 * answers each on the dialogue's responses queue.
 * <p>
 * A command the proxy cannot accept gets an error response (400, 404, 405 or 413, with a
 * {@code message}) and never reaches Asterisk; one without a usable {@code unique_id} cannot be
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

	private final MeterRegistry meters;

	private final Counter unanswerable;

	private final Timer.Builder overhead;

	/**
	 * Create an executor.
	 * @param manager the dialogues
	 * @param codec reads commands and writes responses
	 * @param binder binds what commands create
	 * @param asterisk Asterisk's REST Interface
	 * @param meters where to count commands by status
	 */
	public CommandExecutor(DialogueManager manager, ProxySideWireCodec codec, IdBinder binder, AsteriskHttp asterisk,
			MeterRegistry meters) {
		this.manager = manager;
		this.codec = codec;
		this.binder = binder;
		this.asterisk = asterisk;
		this.meters = meters;
		this.unanswerable = Counter.builder("ari.proxy.commands.unanswerable")
			.description("Commands without a usable unique_id, rejected without a response")
			.register(meters);
		this.overhead = Timer.builder("ari.proxy.commands.overhead")
			.description("Time a command spends in the proxy, from its delivery to its response reaching the broker, "
					+ "Asterisk's own answer time excluded")
			.publishPercentiles(0.5, 0.99);
		this.overhead.register(meters);
	}

	/**
	 * Take a command message: it runs in its dialogue's lane.
	 * @param dialogue the dialogue
	 * @param message the message
	 */
	public void accept(Dialogue dialogue, InboundMessage message) {
		long delivered = System.nanoTime();
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
				respond(dialogue, message, uniqueId, 500, errorBody("ari-queue-proxy failed: " + ex), "failed");
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
			if (!ex.isAnswerable()) {
				this.unanswerable.increment();
				logger.warn("Dialogue {}: rejected a command that cannot be answered: {}", dialogue.id(),
						ex.getMessage());
				message.reject();
				return;
			}
			logger.info("Dialogue {}: refused command {}: {}", dialogue.id(), ex.getUniqueId(), ex.getMessage());
			respond(dialogue, message, ex.getUniqueId(), ex.getStatus(), errorBody(ex.getMessage()), "rejected");
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
		String outcome;
		long asked = System.nanoTime();
		try {
			reply = this.asterisk.exchange(request.method(), request.path(), request.parameters());
			outcome = statusClass(reply.status());
		}
		catch (AsteriskUnavailableException ex) {
			logger.warn("Dialogue {}: command {} ({}) got no answer: {}", dialogue.id(), command.uniqueId(),
					command.operation().name(), ex.getMessage());
			reply = new AsteriskReply(ex.isTimeout() ? 504 : 502, errorBody(ex.getMessage()));
			outcome = ex.isTimeout() ? "timeout" : "unreachable";
		}
		message.asterisk(System.nanoTime() - asked);
		if (reply.isSuccess()) {
			if (request.createdBridge() != null) {
				dialogue.bridgeCreated(request.createdBridge());
			}
			if (command.operation().name().startsWith("channels.snoopChannel")) {
				for (ObjectRef object : request.bound()) {
					this.manager.recordDialogue(dialogue, object.id());
				}
			}
		}
		else {
			unbind(dialogue, request);
		}
		respond(dialogue, message, command.uniqueId(), reply.status(), reply.body(), outcome);
	}

	private void unbind(Dialogue dialogue, BoundRequest request) {
		for (ObjectRef object : request.bound()) {
			this.manager.registry().unbind(dialogue, object);
			if (object.kind() == AriObjectKind.CHANNEL) {
				this.manager.channelGone(dialogue, object.id());
			}
		}
	}

	private void respond(Dialogue dialogue, Timed message, String uniqueId, int status, String body,
			String outcome) {
		byte[] response = this.codec.writeResponse(uniqueId, status, body);
		dialogue.rememberResponse(uniqueId, response);
		this.meters.counter("ari.proxy.commands", "outcome", outcome).increment();
		dialogue.outbox().message(DialogueQueues.responses(dialogue.id()), response, () -> {
			message.message().ack();
			// looked up each time: a registry may replace the timer, as a benchmark does after its warm-up
			this.overhead.register(this.meters)
				.record(System.nanoTime() - message.delivered() - message.asteriskNanos(), TimeUnit.NANOSECONDS);
		});
	}

	/**
	 * A command message with the times that say how long the proxy held it.
	 */
	private static final class Timed {

		private final InboundMessage message;

		private final long delivered;

		private long asteriskNanos;

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

	private static String statusClass(int status) {
		return (status / 100) + "xx";
	}

	private static String errorBody(String message) {
		return json.createObjectNode().put("message", message).toString();
	}

}
