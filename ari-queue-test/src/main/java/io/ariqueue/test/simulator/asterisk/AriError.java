package io.ariqueue.test.simulator.asterisk;

/**
 * An ARI error answer: an HTTP status and the {@code {"message": ...}} body Asterisk sends with it.
 *
 * @author ari-queue
 */
public class AriError extends RuntimeException {

	private final int status;

	/**
	 * Create an error answer.
	 * @param status the HTTP status
	 * @param message the text of the {@code message} field
	 */
	public AriError(int status, String message) {
		super(message);
		this.status = status;
	}

	/**
	 * The HTTP status.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * The answer Asterisk would send.
	 * @return the reply
	 */
	public AriReply toReply() {
		return AriReply.error(this.status, getMessage());
	}

	static AriError channelNotFound() {
		return new AriError(404, "Channel not found");
	}

	static AriError channelNotInStasis() {
		return new AriError(409, "Channel not in Stasis application");
	}

	static AriError bridgeNotFound() {
		return new AriError(404, "Bridge not found");
	}

}
