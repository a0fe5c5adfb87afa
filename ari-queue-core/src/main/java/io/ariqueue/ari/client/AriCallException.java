package io.ariqueue.ari.client;

/**
 * Base class of the failures of an ARI call: an error answer from Asterisk
 * ({@link AriException}), no answer in time ({@link AriTimeoutException}), a dialogue that can
 * no longer reach Asterisk ({@link DialogueClosedException}) or a broker connection that failed
 * under the call ({@link AriConnectionException}).
 *
 * @author ari-queue team
 */
public abstract class AriCallException extends RuntimeException {

	private final String operation;

	protected AriCallException(String operation, String message, Throwable cause) {
		super(message, cause);
		this.operation = operation;
	}

	/**
	 * The operation that failed, for example {@code channels.answer}.
	 * @return the operation name
	 */
	public String getOperation() {
		return this.operation;
	}

}
