package io.ariqueue.test.asterisk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain JDK HTTP calls to the double, as an ARI client makes them.
 */
final class AriHttp {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client;

	private final AriServerDouble ari;

	AriHttp(HttpClient client, AriServerDouble ari) {
		this.client = client;
		this.ari = ari;
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A request with Basic authentication; {@code pathAndQuery} is below {@code /ari}. */
	HttpResponse<String> call(String method, String pathAndQuery, String jsonBody) throws Exception {
		HttpRequest.Builder request = request(pathAndQuery)
			.header("Authorization", basic(this.ari.username(), this.ari.password()));
		return send(request, method, jsonBody);
	}

	HttpResponse<String> send(HttpRequest.Builder request, String method, String jsonBody) throws Exception {
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody)
				: HttpRequest.BodyPublishers.noBody());
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create(this.ari.httpUri() + pathAndQuery)).timeout(TIMEOUT);
	}

}
