package io.ariqueue.proxy.wire;

/**
 * A command the proxy refuses to send to Asterisk. Where the command carried a usable
 * {@code unique_id}, the client gets a response with this status and message; otherwise the
 * command cannot be answered and is only logged.
 *
 * @author ari-queue team
 */
public class RejectedCommandException extends RuntimeException {

	private final String uniqueId;

	private final int status;

	/**
	 * Create an exception.
	 * @param uniqueId the command's correlation id, or {@code null} if it had none usable
	 * @param status the HTTP status the response carries: 400 malformed, 404 no such ARI
	 * resource, 405 a method ARI lacks for the path, 413 too large
	 * @param message what is wrong, safe to send back and to log
	 */
	public RejectedCommandException(String uniqueId, int status, String message) {
		super(message);
		this.uniqueId = uniqueId;
		this.status = status;
	}

	/**
	 * The command's correlation id.
	 * @return the id, or {@code null} if the command cannot be answered
	 */
	public String getUniqueId() {
		return this.uniqueId;
	}

	/**
	 * Whether the client can be told: the command carried a usable correlation id.
	 * @return whether a response can be sent
	 */
	public boolean isAnswerable() {
		return this.uniqueId != null;
	}

	/**
	 * The HTTP status for the response.
	 * @return the status
	 */
	public int getStatus() {
		return this.status;
	}

}
