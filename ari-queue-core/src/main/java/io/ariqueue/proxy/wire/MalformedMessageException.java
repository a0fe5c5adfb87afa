package io.ariqueue.proxy.wire;

/**
 * A message from a proxy that cannot be read: not JSON, not UTF-8, the wrong shape, or missing
 * what the protocol requires. Such a message is rejected without requeue.
 *
 * @author ari-queue team
 */
public class MalformedMessageException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message what is wrong, without the message body
	 * @param cause the parser's error, if any
	 */
	public MalformedMessageException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Create an exception.
	 * @param message what is wrong, without the message body
	 */
	public MalformedMessageException(String message) {
		super(message);
	}

}
