package io.ariqueue.ari.client;

/**
 * What Asterisk answered to an {@link AriRequest}.
 *
 * @param statusCode the HTTP status; {@code 0} where the proxy got no HTTP response
 * @param body the response body text, empty for {@code 204 No Content}
 * @author ari-queue team
 */
public record AriResponse(int statusCode, String body) {

	public AriResponse {
		body = (body != null) ? body : "";
	}

	/**
	 * Whether the status is in the 2xx range.
	 * @return {@code true} for success
	 */
	public boolean isSuccessful() {
		return this.statusCode >= 200 && this.statusCode < 300;
	}

}
