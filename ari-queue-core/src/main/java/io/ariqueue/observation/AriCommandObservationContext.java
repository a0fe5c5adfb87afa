package io.ariqueue.observation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;

import io.micrometer.observation.Observation;

import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.client.AriTimeoutException;

/**
 * What an {@link AriCommandObservation#COMMAND} observation knows of an ARI call.
 *
 * @author ari-queue team
 */
public class AriCommandObservationContext extends Observation.Context {

	private static final String CHANNEL_ID = "channelId";

	private static final String CHANNEL_ID_PLACEHOLDER = "{" + CHANNEL_ID + "}";

	private final AriRequest request;

	private final String dialogueId;

	private Outcome outcome;

	private int statusCode = -1;

	/**
	 * Create a context.
	 * @param request the request, as sent
	 * @param dialogueId the id of the dialogue that makes the call
	 */
	public AriCommandObservationContext(AriRequest request, String dialogueId) {
		this.request = request;
		this.dialogueId = dialogueId;
	}

	/**
	 * The request.
	 * @return the request
	 */
	public AriRequest getRequest() {
		return this.request;
	}

	/**
	 * The operation, for example {@code channels.answer}.
	 * @return the operation
	 */
	public String getOperation() {
		return this.request.operation();
	}

	/**
	 * The id of the dialogue that makes the call.
	 * @return the dialogue id
	 */
	public String getDialogueId() {
		return this.dialogueId;
	}

	/**
	 * The id of the channel the operation names: its {@code channelId} path parameter, else its
	 * {@code channelId} parameter (a new channel's id).
	 * @return the channel id, or {@code null} if the operation names none
	 */
	public String getChannelId() {
		String fromPath = pathParameter(this.request, CHANNEL_ID_PLACEHOLDER);
		if (fromPath != null) {
			return fromPath;
		}
		Object parameter = this.request.parameters().get(CHANNEL_ID);
		return (parameter instanceof String id && !id.isEmpty()) ? id : null;
	}

	/**
	 * How the call ended.
	 * @return the outcome, or {@code null} while it waits for its answer
	 */
	public Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * The HTTP status Asterisk answered.
	 * @return the status, {@code 0} where the proxy got no answer from Asterisk, {@code -1} if no
	 * response arrived
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * The call was answered.
	 * @param response the answer
	 */
	public void setResponse(AriResponse response) {
		this.statusCode = response.statusCode();
		this.outcome = Outcome.forStatus(response.statusCode());
	}

	/**
	 * The call failed without an answer.
	 * @param failure why
	 */
	public void setFailure(Throwable failure) {
		this.outcome = Outcome.forFailure(failure);
	}

	private static String pathParameter(AriRequest request, String placeholder) {
		String template = request.pathTemplate();
		int at = template.indexOf(placeholder);
		if (at < 0) {
			return null;
		}
		int segment = 0;
		for (int i = 0; i < at; i++) {
			if (template.charAt(i) == '/') {
				segment++;
			}
		}
		String path = request.path();
		int start = 0;
		for (int found = 0; found < segment; found++) {
			start = path.indexOf('/', start) + 1;
			if (start == 0) {
				return null;
			}
		}
		int end = path.indexOf('/', start);
		return percentDecode(path.substring(start, (end < 0) ? path.length() : end));
	}

	private static String percentDecode(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '%' && i + 2 < segment.length()) {
				bytes.write(Integer.parseInt(segment, i + 1, i + 3, 16));
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/**
	 * How an ARI call ended.
	 */
	public enum Outcome {

		/**
		 * Asterisk answered with a 2xx status.
		 */
		SUCCESS("success"),

		/**
		 * Asterisk answered with a 4xx status: the call was wrong or came at the wrong time.
		 */
		CLIENT_ERROR("client_error"),

		/**
		 * Asterisk answered with a 5xx status (or any other that is neither 2xx nor 4xx), or the
		 * proxy got no answer from it (status 0).
		 */
		SERVER_ERROR("server_error"),

		/**
		 * No answer came within the command timeout, or the caller stopped waiting.
		 */
		TIMEOUT("timeout"),

		/**
		 * The broker connection failed under the call
		 * ({@link io.ariqueue.ari.client.AriConnectionException}), or its dialogue had ended
		 * ({@link io.ariqueue.ari.client.DialogueClosedException}).
		 */
		CONNECTION("connection");

		private final String value;

		Outcome(String value) {
			this.value = value;
		}

		/**
		 * The value of the {@code outcome} key.
		 * @return the value
		 */
		public String value() {
			return this.value;
		}

		/**
		 * The outcome of an answer.
		 * @param status the HTTP status of the answer
		 * @return the outcome
		 */
		public static Outcome forStatus(int status) {
			if (status >= 200 && status < 300) {
				return SUCCESS;
			}
			return (status >= 400 && status < 500) ? CLIENT_ERROR : SERVER_ERROR;
		}

		/**
		 * The outcome of a call that got no answer.
		 * @param failure why
		 * @return the outcome
		 */
		public static Outcome forFailure(Throwable failure) {
			if (failure instanceof AriTimeoutException || failure instanceof CancellationException) {
				return TIMEOUT;
			}
			// AriConnectionException, DialogueClosedException or a publish that failed: the way to Asterisk was cut
			return CONNECTION;
		}

	}

}
