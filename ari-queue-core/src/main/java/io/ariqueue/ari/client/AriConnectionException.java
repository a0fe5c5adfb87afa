package io.ariqueue.ari.client;

/**
 * The connection to the broker failed while an ARI call was in flight, so no answer can be
 * trusted to arrive. Calls that change state are never sent again: {@link #mayHaveReachedAsterisk()}
 * says whether this one may have run all the same.
 *
 * @author ari-queue team
 */
public class AriConnectionException extends AriCallException {

	private final boolean mayHaveReachedAsterisk;

	/**
	 * Create an exception.
	 * @param operation the operation
	 * @param mayHaveReachedAsterisk whether the command had been handed to the broker before the
	 * connection failed
	 * @param cause the connection failure, if known
	 */
	public AriConnectionException(String operation, boolean mayHaveReachedAsterisk, Throwable cause) {
		super(operation, operation + (mayHaveReachedAsterisk
				? " was in flight when the broker connection failed; it may or may not have run"
				: " could not be sent: the broker connection is down"), cause);
		this.mayHaveReachedAsterisk = mayHaveReachedAsterisk;
	}

	/**
	 * Whether the command may have reached the proxy, and so run on Asterisk, before the
	 * connection failed. {@code false} means it certainly did not run.
	 * @return whether it may have run
	 */
	public boolean mayHaveReachedAsterisk() {
		return this.mayHaveReachedAsterisk;
	}

}
