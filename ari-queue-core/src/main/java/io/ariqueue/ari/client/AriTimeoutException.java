package io.ariqueue.ari.client;

import java.time.Duration;

/**
 * No answer to an ARI call arrived within the command timeout. The command may or may not have
 * reached Asterisk.
 *
 * @author ari-queue team
 */
public class AriTimeoutException extends AriCallException {

	private final Duration timeout;

	/**
	 * Create an exception for a call that timed out.
	 * @param operation the operation
	 * @param timeout the time waited
	 */
	public AriTimeoutException(String operation, Duration timeout) {
		super(operation, operation + " got no response within " + timeout.toMillis() + " ms", null);
		this.timeout = timeout;
	}

	/**
	 * How long the call waited.
	 * @return the timeout
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

}
