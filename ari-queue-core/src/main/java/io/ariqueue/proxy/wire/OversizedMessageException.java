package io.ariqueue.proxy.wire;

/**
 * A message was larger than the largest accepted.
 *
 * @author ari-queue team
 */
public class OversizedMessageException extends MalformedMessageException {

	/**
	 * Create an exception.
	 * @param message what is too large, without the message body
	 */
	public OversizedMessageException(String message) {
		super(message);
	}

}
