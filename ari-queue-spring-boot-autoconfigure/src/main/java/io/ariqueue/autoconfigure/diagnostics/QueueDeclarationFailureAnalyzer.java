package io.ariqueue.autoconfigure.diagnostics;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.ariqueue.proxy.amqp.QueueDeclarationException;

/**
 * Explains a start-up that failed because a queue exists with other flags than ari-queue declares
 * ({@code 406 PRECONDITION_FAILED}): says which flag differs, from RabbitMQ's own reason, and which
 * setting to change.
 *
 * @author ari-queue team
 */
class QueueDeclarationFailureAnalyzer extends AbstractFailureAnalyzer<QueueDeclarationException> {

	/**
	 * RabbitMQ's reason, for example {@code inequivalent arg 'durable' for queue 'ivr' in vhost '/':
	 * received 'true' but current is 'false'}.
	 */
	private static final Pattern INEQUIVALENT = Pattern
		.compile("inequivalent arg '([^']+)' for queue '[^']*' in vhost '[^']*': received (.+?) but current is (.+?)"
				+ "(?:, class-id=.*)?$");

	/** RabbitMQ's names of the flags, and the properties that set them. */
	private static final Map<String, String> PROPERTIES = Map.of("durable", "durable", "auto_delete", "auto-delete",
			"exclusive", "exclusive", "x-message-ttl", "message-ttl");

	private static final String[] DIALOGUE_QUEUE_PREFIXES = { "events_", "responses_", "commands_" };

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, QueueDeclarationException cause) {
		if (!cause.isPreconditionFailed()) {
			return null;
		}
		String queue = cause.getQueue();
		String group = isDialogueQueue(queue) ? "ari.queue.queues.dialogue" : "ari.queue.queues.application";
		StringBuilder description = new StringBuilder("RabbitMQ refused to declare queue '").append(queue)
			.append("' (406 PRECONDITION_FAILED): the queue exists with other flags than ari-queue declares");
		StringBuilder action = new StringBuilder();
		Matcher matcher = (cause.getReason() != null) ? INEQUIVALENT.matcher(cause.getReason()) : null;
		if (matcher != null && matcher.find()) {
			String flag = matcher.group(1);
			description.append(". Flag '")
				.append(flag)
				.append("' differs: ari-queue declared ")
				.append(matcher.group(2))
				.append(", the queue has ")
				.append(matcher.group(3))
				.append('.');
			String property = PROPERTIES.get(flag);
			if (property != null) {
				action.append("Set 'ari.queue.proxy' to the proxy in front of Asterisk (go-ari-proxy, "
						+ "asternet-ari-proxy or ari-queue-proxy), whose declarations ari-queue then makes, or set '")
					.append(group)
					.append('.')
					.append(property)
					.append("' to match the queue as the proxy declares it.");
			}
			else {
				action.append("ari-queue never sets '")
					.append(flag)
					.append("': the queue was declared by something else than the proxy ari-queue is configured "
							+ "for ('ari.queue.proxy'). Declare it as that proxy does.");
			}
		}
		else {
			description.append(" (").append(cause.getReason()).append(").");
			action.append("Set 'ari.queue.proxy' to the proxy in front of Asterisk, or the '")
				.append(group)
				.append(".*' overrides, to match the queue as the proxy declares it.");
		}
		action.append(" If the queue is left over from an earlier configuration, delete it");
		if (!isDialogueQueue(queue)) {
			action.append("; or set 'ari.queue.queues.declare-application-queue' to false to consume it as it is");
		}
		action.append('.');
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

	private static boolean isDialogueQueue(String queue) {
		for (String prefix : DIALOGUE_QUEUE_PREFIXES) {
			if (queue != null && queue.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
