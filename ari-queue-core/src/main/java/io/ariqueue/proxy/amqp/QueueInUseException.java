package io.ariqueue.proxy.amqp;

import java.io.IOException;

/**
 * The broker refused a consumer because another connection consumes the queue exclusively: for
 * a dialogue queue, another application instance runs the dialogue.
 *
 * @author ari-queue team
 */
public class QueueInUseException extends IOException {

	/**
	 * Create an exception.
	 * @param queue the queue
	 * @param cause the broker's refusal
	 */
	public QueueInUseException(String queue, Throwable cause) {
		super("Queue " + queue + " is consumed exclusively by another connection", cause);
	}

}
