package io.ariqueue.test.asterisk;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.ariqueue.test.simulator.asterisk.AriJson;
import io.ariqueue.test.simulator.asterisk.AriReply;
import io.ariqueue.test.simulator.asterisk.AriRequest;
import io.ariqueue.test.simulator.asterisk.FakeAsterisk;
import io.ariqueue.test.simulator.asterisk.Parameters;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Serves Asterisk's HTTP server for the {@link AriServerDouble}: the ARI REST operations of the fake
 * Asterisk under {@code /ari}, and the {@code /ari/events} WebSocket upgrade.
 * <p>
 * It reads requests as Asterisk does: authentication first (so an unknown path without credentials is
 * {@code 401}), query-string parameters, a form body merged into them, and a JSON body read only with
 * {@code Content-Type: application/json}, whose keys win over the query string.
 *
 * @author ari-queue
 */
final class AriHttpHandler extends Handler.Abstract {

	private static final String JSON = "application/json";

	private static final String EVENTS = "/ari/events";

	private final FakeAsterisk asterisk;

	private final AriAuthenticator authenticator;

	private final Faults faults;

	private final EventSockets sockets;

	private final ServerWebSocketContainer webSockets;

	private final Consumer<RecordedRequest> log;

	private final boolean strictParameterTypes;

	private final int maxPendingFrames;

	AriHttpHandler(FakeAsterisk asterisk, AriAuthenticator authenticator, Faults faults, EventSockets sockets,
			ServerWebSocketContainer webSockets, Consumer<RecordedRequest> log, boolean strictParameterTypes,
			int maxPendingFrames) {
		this.asterisk = asterisk;
		this.authenticator = authenticator;
		this.faults = faults;
		this.sockets = sockets;
		this.webSockets = webSockets;
		this.log = log;
		this.strictParameterTypes = strictParameterTypes;
		this.maxPendingFrames = maxPendingFrames;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		Instant receivedAt = Instant.now();
		String method = request.getMethod();
		String path = request.getHttpURI().getPath();
		String query = request.getHttpURI().getQuery();
		String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
		boolean events = EVENTS.equalsIgnoreCase(path);
		String body = events ? "" : Content.Source.asString(request, StandardCharsets.UTF_8);
		RecordedRequest recorded = new RecordedRequest(method, path, query, contentType, body, 0, receivedAt);
		Exchange exchange = new Exchange(response, callback, recorded);
		if (!isAri(path)) {
			AriReply notFound = AriReply.httpNotFound();
			exchange.answer(notFound);
			return true;
		}
		Map<String, String> parameters = parse(query);
		if (mediaType(contentType).equals("application/x-www-form-urlencoded")) {
			parameters.putAll(parse(body));
		}
		if (!this.authenticator.authenticated(request.getHeaders().get(HttpHeader.AUTHORIZATION), parameters)) {
			response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"Asterisk REST Interface\"");
			exchange.answer(AriReply.error(401, "Authentication required"));
			return true;
		}
		Duration delay = this.faults.delayFor(recorded);
		Faults.Failure failure = this.faults.failureFor(recorded);
		if (failure != null) {
			sleep(delay);
			exchange.answer(AriReply.error(failure.status(), failure.message()));
			return true;
		}
		if (events) {
			sleep(delay);
			upgrade(request, exchange, parameters);
			return true;
		}
		sleep(this.faults.holdFor(recorded));
		AriReply reply;
		try {
			JsonNode json = jsonBody(contentType, body);
			reply = this.asterisk.handle(new AriRequest(method, path.substring("/ari".length()).replaceFirst("^/", ""),
					new Parameters(json, parameters, this.strictParameterTypes)));
		}
		catch (JacksonException ex) {
			reply = AriReply.error(400, "Error parsing request body");
		}
		catch (RuntimeException ex) {
			reply = AriReply.error(500, "ARI server double failed: " + ex);
		}
		sleep(delay);
		if (exchange.answer(reply)) {
			reply.runAfterReply();
		}
		return true;
	}

	private void upgrade(Request request, Exchange exchange, Map<String, String> parameters) {
		if (!"GET".equals(request.getMethod())) {
			exchange.answer(AriReply.error(405, "Invalid method"));
			return;
		}
		if (this.faults.refusesWebSockets()) {
			exchange.answer(AriReply.error(503, "Service Unavailable"));
			return;
		}
		Parameters read = new Parameters(null, parameters, false);
		List<String> applications = read.strings("app");
		if (applications.isEmpty()) {
			exchange.answer(AriReply.error(400, "HTTP request is missing param: [app]"));
			return;
		}
		EventConnection connection = new EventConnection(this.sockets, applications, read.bool("subscribeAll", false),
				this.maxPendingFrames);
		if (this.webSockets.upgrade((upgradeRequest, upgradeResponse, upgradeCallback) -> {
			this.sockets.opened(connection);
			return connection;
		}, request, exchange.response, exchange.callback)) {
			exchange.record(101);
		}
		else {
			exchange.answer(new AriReply(426, "text/plain", "Upgrade Required", List.of()));
		}
	}

	private static boolean isAri(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		return lower.equals("/ari") || lower.startsWith("/ari/");
	}

	private static JsonNode jsonBody(String contentType, String body) {
		if (!mediaType(contentType).equals(JSON) || body.isBlank()) {
			return null;
		}
		return AriJson.read(body);
	}

	private static String mediaType(String contentType) {
		if (contentType == null) {
			return "";
		}
		int semicolon = contentType.indexOf(';');
		return ((semicolon >= 0) ? contentType.substring(0, semicolon) : contentType).trim().toLowerCase(Locale.ROOT);
	}

	/** Parse {@code a=1&b=2}; like Asterisk, a later value of the same name wins. */
	private static Map<String, String> parse(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String value = (equals >= 0) ? pair.substring(equals + 1) : "";
			try {
				parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
						URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				parameters.put(name, value);
			}
		}
		return parameters;
	}

	private static void sleep(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One request being answered: writes the answer and records it. */
	private final class Exchange {

		private final Response response;

		private final Callback callback;

		private final RecordedRequest recorded;

		Exchange(Response response, Callback callback, RecordedRequest recorded) {
			this.response = response;
			this.callback = callback;
			this.recorded = recorded;
		}

		/** Write the whole answer, blocking; {@code false} when the client is gone. */
		boolean answer(AriReply reply) {
			this.response.setStatus(reply.status());
			if (reply.contentType() != null) {
				this.response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
			}
			else if (!reply.body().isEmpty()) {
				this.response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
			}
			record(reply.status());
			try {
				Content.Sink.write(this.response, true, ByteBuffer.wrap(reply.bytes()));
				this.callback.succeeded();
				return true;
			}
			catch (IOException | RuntimeException ex) {
				this.callback.failed(ex);
				return false;
			}
		}

		void record(int status) {
			AriHttpHandler.this.log.accept(this.recorded.answered(status));
		}

	}

}
