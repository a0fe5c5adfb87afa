package io.ariqueue.proxy.amqp;

/**
 * The broker refused to declare, check or delete a queue. A {@code 406 PRECONDITION_FAILED} means
 * the queue exists with other flags or arguments than ari-queue's settings: the proxy preset
 * (or the overrides of its queue settings) does not match the proxy's configuration.
 *
 * @author ari-queue team
 */
public class QueueDeclarationException extends RuntimeException {

	private static final int PRECONDITION_FAILED = 406;

	private final String queue;

	private final int status;

	private final QueueSettings settings;

	private final String reason;

	/**
	 * Create an exception.
	 * @param queue the queue
	 * @param settings the settings that were declared, or {@code null} where the queue was checked
	 * or deleted
	 * @param status the AMQP reply code; 0 where the broker gave none
	 * @param reason the broker's reason, or {@code null}
	 */
	public QueueDeclarationException(String queue, QueueSettings settings, int status, String reason) {
		super(message(queue, settings, status, reason));
		this.queue = queue;
		this.status = status;
		this.settings = settings;
		this.reason = reason;
	}

	private static String message(String queue, QueueSettings settings, int status, String reason) {
		StringBuilder message = new StringBuilder("Broker refused queue '").append(queue).append("'");
		if (status != 0) {
			message.append(" with status ").append(status);
		}
		if (status == PRECONDITION_FAILED && settings != null) {
			message.append(": it exists with other settings than ").append(settings)
				.append("; set ari.queue.proxy (or the ari.queue.queues.* overrides) to match the proxy's configuration");
		}
		else if (reason != null) {
			message.append(": ").append(reason);
		}
		return message.toString();
	}

	/**
	 * The queue.
	 * @return the queue name
	 */
	public String getQueue() {
		return this.queue;
	}

	/**
	 * Whether the queue exists with other flags or arguments than those declared.
	 * @return whether the broker answered {@code 406 PRECONDITION_FAILED}
	 */
	public boolean isPreconditionFailed() {
		return this.status == PRECONDITION_FAILED;
	}

	/**
	 * The AMQP reply code, for example 404 or 406; 0 where the broker gave none.
	 * @return the status
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * The settings that were declared.
	 * @return the settings, or {@code null} where the queue was checked or deleted rather than
	 * declared
	 */
	public QueueSettings getSettings() {
		return this.settings;
	}

	/**
	 * Why the broker refused, in its own words: for a {@code 406} it names the argument that
	 * differs, what was declared and what the queue has.
	 * @return the broker's reason, or {@code null} if none is known
	 */
	public String getReason() {
		return this.reason;
	}

}
