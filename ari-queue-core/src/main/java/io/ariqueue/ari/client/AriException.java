package io.ariqueue.ari.client;

/**
 * Asterisk answered an ARI call with an error status.
 * <p>
 * The common statuses have their own test methods, so that a program can act on them:
 * <pre class="code">
 * try {
 *     session.channels().hangup(channelId);
 * }
 * catch (AriException ex) {
 *     if (!ex.isNotFound()) {
 *         throw ex;
 *     }
 * }
 * </pre>
 *
 * @author ari-queue team
 */
public class AriException extends AriCallException {

	private final int status;

	private final String asteriskMessage;

	/**
	 * Create an exception for an error answer.
	 * @param operation the operation that failed
	 * @param status the HTTP status Asterisk answered ({@code 0} if the proxy got no answer)
	 * @param asteriskMessage Asterisk's own message, or {@code null}
	 */
	public AriException(String operation, int status, String asteriskMessage) {
		super(operation, operation + " failed with status " + status
				+ ((asteriskMessage != null) ? ": " + asteriskMessage : ""), null);
		this.status = status;
		this.asteriskMessage = asteriskMessage;
	}

	/**
	 * The HTTP status, or {@code 0} where the proxy got no HTTP answer from Asterisk.
	 * @return the status
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * The {@code message} Asterisk put in the error body.
	 * @return the message, or {@code null} if there was none
	 */
	public String getAsteriskMessage() {
		return this.asteriskMessage;
	}

	/**
	 * 400: invalid parameters.
	 * @return whether the status is 400
	 */
	public boolean isBadRequest() {
		return this.status == 400;
	}

	/**
	 * 404: the channel, bridge, playback or other resource does not exist.
	 * @return whether the status is 404
	 */
	public boolean isNotFound() {
		return this.status == 404;
	}

	/**
	 * 409: the resource is in a state that does not allow the operation.
	 * @return whether the status is 409
	 */
	public boolean isConflict() {
		return this.status == 409;
	}

	/**
	 * 412: a precondition failed, for example the channel is not in a Stasis application.
	 * @return whether the status is 412
	 */
	public boolean isPreconditionFailed() {
		return this.status == 412;
	}

	/**
	 * 422: the request was understood but cannot be processed, for example a missing endpoint.
	 * @return whether the status is 422
	 */
	public boolean isUnprocessable() {
		return this.status == 422;
	}

	/**
	 * 5xx, or 0 where the proxy reached no Asterisk.
	 * @return whether Asterisk or the proxy failed
	 */
	public boolean isServerError() {
		return this.status >= 500 || this.status == 0;
	}

}
