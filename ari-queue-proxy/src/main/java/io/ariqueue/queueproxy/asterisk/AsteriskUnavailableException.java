package io.ariqueue.queueproxy.asterisk;

/**
 * An HTTP request to Asterisk got no answer: the connection failed or the time-out passed.
 *
 * @author ari-queue team
 */
public class AsteriskUnavailableException extends RuntimeException {

	private final boolean timeout;

	/**
	 * Create an exception.
	 * @param message what happened
	 * @param timeout whether the time-out passed
	 * @param cause the client's error
	 */
	public AsteriskUnavailableException(String message, boolean timeout, Throwable cause) {
		super(message, cause);
		this.timeout = timeout;
	}

	/**
	 * Whether Asterisk did not answer in time, as opposed to not being reachable.
	 * @return whether it was a time-out
	 */
	public boolean isTimeout() {
		return this.timeout;
	}

}
