package io.ariqueue.queueproxy.asterisk;

/**
 * Asterisk's answer to one HTTP request.
 *
 * @param status the HTTP status
 * @param body the response body text, empty for none
 * @author ari-queue team
 */
public record AsteriskReply(int status, String body) {

	/**
	 * Whether Asterisk answered with a 2xx status.
	 * @return whether the request succeeded
	 */
	public boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

}
