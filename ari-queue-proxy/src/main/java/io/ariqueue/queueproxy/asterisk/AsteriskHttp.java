package io.ariqueue.queueproxy.asterisk;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends requests to Asterisk's REST Interface over HTTP and returns whatever Asterisk answers,
 * error statuses included: the proxy passes them on, it does not interpret them.
 * <p>
 * Parameters travel as a JSON body, for every method, as go-ari-proxy sends them: Asterisk reads
 * each parameter from it by its declared type.
 * <p>
 * A request runs on the caller's thread over a pooled, kept-alive connection (Apache HttpClient):
 * the JDK's client took twice the processor time per command, handing each one between threads.
 * Only a request that met a connection Asterisk had just closed is sent again, and only when its
 * method is idempotent; anything else is the client's to repeat. When the events WebSocket is
 * lost, the idle connections are closed with it.
 *
 * @author ari-queue team
 */
public final class AsteriskHttp implements AutoCloseable {

	private final PoolingHttpClientConnectionManager connections;

	private final CloseableHttpClient httpClient;

	private final RestClient client;

	private final String baseUrl;

	private final Duration timeout;

	/**
	 * Create a client.
	 * @param settings where Asterisk is and how to log in
	 * @param maxConnections how many connections to Asterisk may be open at once, one per request
	 * under way
	 */
	public AsteriskHttp(AsteriskSettings settings, int maxConnections) {
		this.connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(maxConnections)
			.setMaxConnPerRoute(maxConnections)
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(settings.connectTimeout()))
				.setSocketTimeout(Timeout.of(settings.requestTimeout()))
				// a connection idle for a while is checked before it is used again; the check
				// waits a millisecond for a byte, which on every request would double its time
				.setValidateAfterInactivity(TimeValue.ofSeconds(1))
				.build())
			.build();
		this.httpClient = HttpClients.custom()
			.setConnectionManager(this.connections)
			.setRetryStrategy(new StaleConnectionRetry())
			.disableRedirectHandling()
			.disableCookieManagement()
			.build();
		HttpComponentsClientHttpRequestFactory requestFactory = new HttpComponentsClientHttpRequestFactory(
				this.httpClient);
		requestFactory.setConnectionRequestTimeout(settings.requestTimeout());
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
				return new AsteriskReply(response.getStatusCode().value(),
						new String(body, charsetOf(response.getHeaders().getContentType())));
			}, true);
		}
		catch (ResourceAccessException ex) {
			if (isTimeout(ex)) {
				throw new AsteriskUnavailableException("Asterisk did not answer " + method + " " + path + " within "
						+ this.timeout.toMillis() + " ms", true, ex);
			}
			throw new AsteriskUnavailableException("Asterisk could not be reached for " + method + " " + path + ": "
					+ Failures.describe(ex), false, ex);
		}
		catch (RuntimeException ex) {
			throw new AsteriskUnavailableException("Request " + method + " " + path + " to Asterisk failed: "
					+ Failures.describe(ex), false, ex);
		}
	}

	/**
	 * How a body becomes the text of a response message. JSON and text are UTF-8, as Asterisk
	 * writes them. Anything else, the audio file of a stored recording, travels one character
	 * per byte (ISO-8859-1), so that a client can take the bytes back exactly, as ari-queue does;
	 * read as UTF-8, every byte of it that is not valid UTF-8 would be lost.
	 */
	static Charset charsetOf(MediaType contentType) {
		if (contentType == null) {
			return StandardCharsets.UTF_8;
		}
		if (contentType.getCharset() != null) {
			return contentType.getCharset();
		}
		boolean text = "text".equals(contentType.getType()) || contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
				|| contentType.getSubtype().endsWith("+json");
		return text ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException
					|| cause instanceof org.apache.hc.core5.http.ConnectionRequestTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Close the connections not in use: Asterisk's events WebSocket was lost, and whatever ended it
	 * (a restart, a network cut) most likely ended them too.
	 */
	public void closeIdleConnections() {
		this.connections.closeIdle(TimeValue.ZERO_MILLISECONDS);
	}

	@Override
	public void close() {
		try {
			this.httpClient.close();
		}
		catch (IOException ex) {
			// stopping anyway
		}
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * Sends a GET, PUT or DELETE once more when the connection it went out on turns out closed
	 * before any answer came, the race a pooled connection's check before reuse can lose. A POST
	 * may have been carried out: it is not sent twice. Answers are never retried, whatever their
	 * status.
	 */
	private static final class StaleConnectionRetry implements HttpRequestRetryStrategy {

		private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

		@Override
		public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
			return execCount == 1 && exception instanceof NoHttpResponseException
					&& IDEMPOTENT.contains(request.getMethod());
		}

		@Override
		public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
			return false;
		}

		@Override
		public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
			return TimeValue.ZERO_MILLISECONDS;
		}

	}

}
