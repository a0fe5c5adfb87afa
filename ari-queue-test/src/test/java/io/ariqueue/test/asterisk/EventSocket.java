package io.ariqueue.test.asterisk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.ariqueue.test.simulator.asterisk.AriJson;
import tools.jackson.databind.JsonNode;

/**
 * A JDK WebSocket client on {@code /ari/events} that keeps every text frame it receives, in order.
 */
final class EventSocket implements WebSocket.Listener, AutoCloseable {

	private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();

	private final StringBuilder partial = new StringBuilder();

	private final CompletableFuture<String> ended = new CompletableFuture<>();

	private WebSocket webSocket;

	static EventSocket connect(HttpClient http, URI uri, Duration timeout) throws Exception {
		return connect(http.newWebSocketBuilder(), uri, timeout);
	}

	static EventSocket connect(WebSocket.Builder builder, URI uri, Duration timeout) throws Exception {
		EventSocket socket = new EventSocket();
		socket.webSocket = builder.connectTimeout(timeout).buildAsync(uri, socket)
			.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		return socket;
	}

	@Override
	public void onOpen(WebSocket webSocket) {
		webSocket.request(Long.MAX_VALUE);
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			this.frames.add(this.partial.toString());
			this.partial.setLength(0);
		}
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.ended.complete("close " + statusCode);
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.ended.complete("error " + error);
	}

	/** The next frame, as text; fails when none arrives in time. */
	String nextFrame(Duration timeout) throws InterruptedException {
		String frame = this.frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (frame == null) {
			throw new AssertionError("No event within " + timeout);
		}
		return frame;
	}

	/** The next event. */
	JsonNode next(Duration timeout) throws InterruptedException {
		return AriJson.read(nextFrame(timeout));
	}

	/** Skip events up to the first of this type, and return it. */
	JsonNode awaitType(String type, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<String> skipped = new ArrayList<>();
		while (true) {
			long left = deadline - System.nanoTime();
			String frame = this.frames.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
			if (frame == null) {
				throw new AssertionError("No " + type + " within " + timeout + "; saw " + skipped);
			}
			JsonNode event = AriJson.read(frame);
			if (type.equals(event.get("type").stringValue())) {
				return event;
			}
			skipped.add(event.get("type").stringValue());
		}
	}

	/** Whether no frame arrives for this long. */
	boolean quietFor(Duration duration) throws InterruptedException {
		return this.frames.poll(duration.toMillis(), TimeUnit.MILLISECONDS) == null;
	}

	/** How the connection ended, {@code "close <status>"} or {@code "error <exception>"}. */
	String ended(Duration timeout) throws Exception {
		return this.ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	boolean hasEnded() {
		return this.ended.isDone();
	}

	WebSocket webSocket() {
		return this.webSocket;
	}

	@Override
	public void close() {
		if (!this.webSocket.isOutputClosed()) {
			this.webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "");
		}
		this.webSocket.abort();
	}

}
