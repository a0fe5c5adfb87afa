package io.ariqueue.ari.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.ari.json.AriJson;

/**
 * Executes {@link AriRequest ARI requests} over an {@link AriTransport} and maps the answers to
 * Java types: a 2xx body to the operation's result type, any other status to an
 * {@link AriException}.
 * <p>
 * Each call has a blocking form and a {@code CompletableFuture} form. Continuations of the
 * futures run on the given executor, never on the transport's own (consumer) threads.
 *
 * @author ari-queue team
 */
public final class AriOperations {

	private static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(1);

	private final AriTransport transport;

	private final JsonMapper mapper;

	private final Executor callbackExecutor;

	private final Duration maxWait;

	/**
	 * Create an instance whose blocking calls wait at most a minute.
	 * @param transport the transport that carries the requests
	 * @param callbackExecutor where futures complete
	 */
	public AriOperations(AriTransport transport, Executor callbackExecutor) {
		this(transport, AriJson.mapper(), callbackExecutor, DEFAULT_MAX_WAIT);
	}

	/**
	 * Create an instance.
	 * @param transport the transport that carries the requests
	 * @param callbackExecutor where futures complete
	 * @param maxWait the longest a blocking call waits for its answer, whatever the transport
	 * does: a bound on top of the transport's own time-out
	 */
	public AriOperations(AriTransport transport, Executor callbackExecutor, Duration maxWait) {
		this(transport, AriJson.mapper(), callbackExecutor, maxWait);
	}

	/**
	 * Create an instance with a specific mapper.
	 * @param transport the transport that carries the requests
	 * @param mapper the ARI JSON mapper
	 * @param callbackExecutor where futures complete
	 * @param maxWait the longest a blocking call waits for its answer
	 */
	public AriOperations(AriTransport transport, JsonMapper mapper, Executor callbackExecutor, Duration maxWait) {
		this.transport = Objects.requireNonNull(transport, "transport must not be null");
		this.mapper = Objects.requireNonNull(mapper, "mapper must not be null");
		this.callbackExecutor = Objects.requireNonNull(callbackExecutor, "callbackExecutor must not be null");
		this.maxWait = Objects.requireNonNull(maxWait, "maxWait must not be null");
		if (maxWait.isNegative() || maxWait.isZero()) {
			throw new IllegalArgumentException("maxWait must be positive");
		}
	}

	/**
	 * Send a request and wait for its result.
	 * @param <T> the result type
	 * @param request the request
	 * @param resultType the result type; {@code Void} for operations without a body
	 * @return the result, {@code null} for {@code Void}
	 * @throws AriCallException if Asterisk answered an error, no answer came in time, or the
	 * dialogue is closed
	 */
	public <T> T call(AriRequest request, JavaType resultType) {
		return map(request, await(request, this.transport.send(request)), resultType);
	}

	/**
	 * Send a request and wait for its result.
	 * @param <T> the result type
	 * @param request the request
	 * @param resultType the result type; {@code Void.class} for operations without a body
	 * @return the result, {@code null} for {@code Void}
	 */
	public <T> T call(AriRequest request, Class<T> resultType) {
		return call(request, this.mapper.constructType(resultType));
	}

	/**
	 * Send a request.
	 * @param <T> the result type
	 * @param request the request
	 * @param resultType the result type; {@code Void} for operations without a body
	 * @return a future of the result, completed on the callback executor
	 */
	public <T> CompletableFuture<T> callAsync(AriRequest request, JavaType resultType) {
		return this.transport.send(request)
			.thenApplyAsync((response) -> map(request, response, resultType), this.callbackExecutor);
	}

	/**
	 * Send a request.
	 * @param <T> the result type
	 * @param request the request
	 * @param resultType the result type; {@code Void.class} for operations without a body
	 * @return a future of the result, completed on the callback executor
	 */
	public <T> CompletableFuture<T> callAsync(AriRequest request, Class<T> resultType) {
		return callAsync(request, this.mapper.constructType(resultType));
	}

	/**
	 * Send a request and wait for Asterisk's answer, whatever its status.
	 * @param request the request
	 * @return the answer
	 */
	public AriResponse exchange(AriRequest request) {
		return await(request, this.transport.send(request));
	}

	/**
	 * Send a request, whatever the status of the answer.
	 * @param request the request
	 * @return a future of the answer, completed on the callback executor
	 */
	public CompletableFuture<AriResponse> exchangeAsync(AriRequest request) {
		return this.transport.send(request).thenApplyAsync((response) -> response, this.callbackExecutor);
	}

	/**
	 * The mapper used for results, to build {@link JavaType generic result types}.
	 * @return the mapper
	 */
	public JsonMapper mapper() {
		return this.mapper;
	}

	@SuppressWarnings("unchecked")
	private <T> T map(AriRequest request, AriResponse response, JavaType resultType) {
		if (!response.isSuccessful()) {
			throw new AriException(request.operation(), response.statusCode(), errorMessage(response.body()));
		}
		if (resultType.hasRawClass(Void.class) || resultType.hasRawClass(void.class)) {
			return null;
		}
		if (resultType.hasRawClass(AriResponse.class)) {
			return (T) response;
		}
		if (resultType.hasRawClass(byte[].class)) {
			return (T) bytesOf(request, response);
		}
		if (resultType.hasRawClass(String.class) && !looksLikeJson(response.body())) {
			return (T) response.body();
		}
		if (response.body().isEmpty()) {
			return null;
		}
		try {
			return this.mapper.readValue(response.body(), resultType);
		}
		catch (JacksonException ex) {
			throw new AriException(request.operation(), response.statusCode(),
					"response body is not a valid " + resultType.getRawClass().getSimpleName() + ": "
							+ ex.getOriginalMessage());
		}
	}

	/**
	 * A file (a stored recording) travels in the text of a response one character per byte, as
	 * ari-queue-proxy sends it. A character beyond one byte means a proxy read the file as text,
	 * as go-ari-proxy does, and lost what was not valid UTF-8 in it: a corrupt file is not returned.
	 */
	private static byte[] bytesOf(AriRequest request, AriResponse response) {
		String body = response.body();
		for (int i = 0; i < body.length(); i++) {
			if (body.charAt(i) > 0xFF) {
				throw new AriException(request.operation(), response.statusCode(),
						"the proxy carried the file as text and lost its bytes (character U+"
								+ String.format("%04X", (int) body.charAt(i)) + " at " + i
								+ "); ari-queue-proxy carries files exactly");
			}
		}
		return body.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static boolean looksLikeJson(String body) {
		return !body.isEmpty() && (body.charAt(0) == '"' || body.charAt(0) == '{' || body.charAt(0) == '[');
	}

	private String errorMessage(String body) {
		if (body.isBlank()) {
			return null;
		}
		try {
			JsonNode node = this.mapper.readTree(body);
			JsonNode message = node.get("message");
			return (message != null && message.isString()) ? message.asString() : body;
		}
		catch (JacksonException ex) {
			return body;
		}
	}

	private AriResponse await(AriRequest request, CompletableFuture<AriResponse> future) {
		try {
			return future.get(this.maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(false);
			throw new AriTimeoutException(request.operation(), this.maxWait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			future.cancel(false);
			throw new CompletionException(ex);
		}
		catch (ExecutionException ex) {
			throw unwrap(ex.getCause());
		}
	}

	private static RuntimeException unwrap(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof CompletionException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return (cause instanceof RuntimeException runtime) ? runtime : new CompletionException(cause);
	}

}
