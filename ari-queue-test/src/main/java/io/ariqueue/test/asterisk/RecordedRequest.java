package io.ariqueue.test.asterisk;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One HTTP request the {@link AriServerDouble} received, WebSocket upgrades of {@code /ari/events}
 * included.
 * <p>
 * A fault predicate ({@link AriServerDouble#failRequests(Predicate, int, String)},
 * {@link AriServerDouble#delayRequests(Predicate, java.time.Duration)}) sees the request before it is
 * answered: its {@link #status()} is then {@code 0}.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the path as sent, still percent-encoded, e.g. {@code /ari/channels/1764.1/answer}
 * @param query the query string as sent, without {@code ?}, or {@code null} when there is none
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param body the body as text, {@code ""} when there is none
 * @param status the HTTP status answered, {@code 0} while not yet answered
 * @param receivedAt when the request arrived
 * @author ari-queue
 */
public record RecordedRequest(String method, String path, String query, String contentType, String body, int status,
		Instant receivedAt) {

	/**
	 * Create a recorded request.
	 * @param method the HTTP method
	 * @param path the path
	 * @param query the query string or {@code null}
	 * @param contentType the content type or {@code null}
	 * @param body the body
	 * @param status the status, {@code 0} while not answered
	 * @param receivedAt when it arrived
	 */
	public RecordedRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

	/**
	 * A predicate for requests with this method whose whole path matches a regular expression, e.g.
	 * {@code to("POST", "/ari/channels/[^/]+/answer")}.
	 * @param method the HTTP method
	 * @param pathRegex the regular expression for {@link #path()}
	 * @return the predicate
	 */
	public static Predicate<RecordedRequest> to(String method, String pathRegex) {
		Pattern pattern = Pattern.compile(pathRegex);
		return (request) -> request.method().equals(method) && pattern.matcher(request.path()).matches();
	}

	/**
	 * The same request with the status it was answered.
	 * @param answered the HTTP status
	 * @return the answered request
	 */
	RecordedRequest answered(int answered) {
		return new RecordedRequest(this.method, this.path, this.query, this.contentType, this.body, answered,
				this.receivedAt);
	}

}
