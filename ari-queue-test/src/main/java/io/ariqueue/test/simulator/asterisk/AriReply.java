package io.ariqueue.test.simulator.asterisk;

import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the fake Asterisk answers to one REST request.
 *
 * @param status the HTTP status
 * @param contentType the body's media type, {@code null} for JSON or no body
 * @param body the HTTP body exactly as Asterisk sends it ({@code ""} for 204); a {@link #isBinary()
 * binary} body holds one character per byte
 * @param afterReply work Asterisk does asynchronously once it has answered (events such as
 * {@code PlaybackStarted}); the caller runs it after publishing the answer
 * @author ari-queue
 */
public record AriReply(int status, String contentType, String body, List<Runnable> afterReply) {

	/** Asterisk's page for a URL outside {@code /ari}. */
	static final String HTTP_NOT_FOUND_PAGE = """
			<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\r
			<html><head>\r
			<title>404 Not Found</title>\r
			</head><body>\r
			<h1>Not Found</h1>\r
			<p>The requested URL was not found on this server.</p>\r
			<hr />\r
			<address>Asterisk Server</address>\r
			</body></html>\r
			""";

	/**
	 * Create a reply.
	 * @param status the HTTP status
	 * @param contentType the body's media type, {@code null} for JSON or no body
	 * @param body the HTTP body
	 * @param afterReply asynchronous follow-up work
	 */
	public AriReply {
		afterReply = List.copyOf(afterReply);
	}

	/**
	 * Create a reply with a JSON body, or none.
	 * @param status the HTTP status
	 * @param body the HTTP body
	 * @param afterReply asynchronous follow-up work
	 */
	public AriReply(int status, String body, List<Runnable> afterReply) {
		this(status, null, body, afterReply);
	}

	/**
	 * A {@code 204 No Content} answer.
	 * @return the reply
	 */
	public static AriReply noContent() {
		return new AriReply(204, "", List.of());
	}

	/**
	 * A {@code 204 No Content} answer followed by asynchronous work.
	 * @param afterReply the work
	 * @return the reply
	 */
	public static AriReply noContent(Runnable afterReply) {
		return new AriReply(204, "", List.of(afterReply));
	}

	/**
	 * An answer with a JSON body.
	 * @param status the HTTP status
	 * @param body the body
	 * @return the reply
	 */
	public static AriReply json(int status, JsonNode body) {
		return new AriReply(status, AriJson.write(body), List.of());
	}

	/**
	 * An answer with a JSON body followed by asynchronous work.
	 * @param status the HTTP status
	 * @param body the body
	 * @param afterReply the work
	 * @return the reply
	 */
	public static AriReply json(int status, JsonNode body, Runnable afterReply) {
		return new AriReply(status, AriJson.write(body), List.of(afterReply));
	}

	/**
	 * An answer with a body that is not text, as the file of a stored recording.
	 * @param status the HTTP status
	 * @param contentType the body's media type, for example {@code audio/wav}
	 * @param bytes the body
	 * @return the reply
	 */
	public static AriReply binary(int status, String contentType, byte[] bytes) {
		return new AriReply(status, contentType, new String(bytes, StandardCharsets.ISO_8859_1), List.of());
	}

	/**
	 * Whether the body is not text.
	 * @return whether it is binary
	 */
	public boolean isBinary() {
		return this.contentType != null && !this.contentType.startsWith("text/");
	}

	/**
	 * The body's bytes as they go over HTTP.
	 * @return the bytes
	 */
	public byte[] bytes() {
		return this.body.getBytes(isBinary() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
	}

	/**
	 * An ARI error answer {@code {"message": ...}}.
	 * @param status the HTTP status
	 * @param message the message
	 * @return the reply
	 */
	public static AriReply error(int status, String message) {
		ObjectNode body = AriJson.object();
		body.put("message", message);
		return json(status, body);
	}

	/**
	 * The answer of Asterisk's HTTP server (not ARI) to a URL it does not serve.
	 * @return the reply
	 */
	public static AriReply httpNotFound() {
		return new AriReply(404, "text/html", HTTP_NOT_FOUND_PAGE, List.of());
	}

	/**
	 * Run the asynchronous follow-up work, in order.
	 */
	public void runAfterReply() {
		this.afterReply.forEach(Runnable::run);
	}

}
