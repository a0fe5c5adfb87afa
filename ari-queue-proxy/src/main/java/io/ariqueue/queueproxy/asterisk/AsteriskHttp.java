package io.ariqueue.queueproxy.asterisk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends requests to Asterisk's REST Interface over HTTP and returns whatever Asterisk answers,
 * error statuses included: the proxy passes them on, it does not interpret them.
 * <p>
 * Parameters travel as a JSON body, for every method, as go-ari-proxy sends them: Asterisk reads
 * each parameter from it by its declared type.
 *
 * @author ari-queue team
 */
public final class AsteriskHttp {

	private final RestClient client;

	private final String baseUrl;

	private final Duration timeout;

	/**
	 * Create a client.
	 * @param settings where Asterisk is and how to log in
	 * @param httpClient the JDK client to send with
	 */
	public AsteriskHttp(AsteriskSettings settings, HttpClient httpClient) {
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(settings.requestTimeout());
		String credentials = settings.username() + ":" + settings.password();
		this.client = RestClient.builder()
			.requestFactory(requestFactory)
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.build();
		this.baseUrl = trimSlash(settings.url().toString());
		this.timeout = settings.requestTimeout();
	}

	/**
	 * Send a request.
	 * @param method the HTTP method
	 * @param path the path relative to the ARI root, starting with {@code /}, already encoded
	 * @param jsonBody the ARI parameters as a JSON object, or {@code null} for none
	 * @return Asterisk's answer, whatever its status
	 * @throws AsteriskUnavailableException if no answer came
	 */
	public AsteriskReply exchange(String method, String path, String jsonBody) {
		URI uri = URI.create(this.baseUrl + path);
		try {
			RestClient.RequestBodySpec request = this.client.method(HttpMethod.valueOf(method)).uri(uri);
			if (jsonBody != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
			}
			return request.exchange((req, response) -> {
				byte[] body = response.getBody().readAllBytes();
				return new AsteriskReply(response.getStatusCode().value(), new String(body, StandardCharsets.UTF_8));
			}, true);
		}
		catch (ResourceAccessException ex) {
			if (isTimeout(ex)) {
				throw new AsteriskUnavailableException("Asterisk did not answer " + method + " " + path + " within "
						+ this.timeout.toMillis() + " ms", true, ex);
			}
			throw new AsteriskUnavailableException("Asterisk could not be reached for " + method + " " + path + ": "
					+ describe(ex), false, ex);
		}
		catch (RuntimeException ex) {
			throw new AsteriskUnavailableException("Request " + method + " " + path + " to Asterisk failed: "
					+ describe(ex), false, ex);
		}
	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? " " + message : "");
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
