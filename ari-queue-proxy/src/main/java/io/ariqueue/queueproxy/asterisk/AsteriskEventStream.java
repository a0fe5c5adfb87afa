package io.ariqueue.queueproxy.asterisk;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds Asterisk's events WebSocket for the configured applications and reconnects it with
 * exponential back-off whenever it closes or cannot be opened.
 * <p>
 * Messages are requested one at a time and handed to the listener in order: a slow listener
 * slows the WebSocket down rather than letting events pile up in memory. A message that arrives
 * in several frames is joined first.
 *
 * @author ari-queue team
 */
public final class AsteriskEventStream implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(AsteriskEventStream.class);

	private final AsteriskSettings settings;

	private final HttpClient httpClient;

	private final AsteriskEventListener listener;

	private final ScheduledExecutorService scheduler;

	private final Executor openExecutor;

	private final AtomicLong reconnects = new AtomicLong();

	private volatile WebSocket webSocket;

	private volatile boolean connected;

	private volatile boolean closed;

	private boolean everConnected;

	private volatile String lastProblem;

	private volatile Instant lastLost;

	private int attempt;

	/**
	 * Create a stream; nothing connects before {@link #start()}.
	 * @param settings where Asterisk is
	 * @param httpClient the JDK client to open the WebSocket with
	 * @param listener receives the events
	 * @param scheduler schedules reconnections
	 * @param openExecutor runs {@link AsteriskEventListener#onConnected()}, which may block
	 */
	public AsteriskEventStream(AsteriskSettings settings, HttpClient httpClient, AsteriskEventListener listener,
			ScheduledExecutorService scheduler, Executor openExecutor) {
		this.settings = settings;
		this.httpClient = httpClient;
		this.listener = listener;
		this.scheduler = scheduler;
		this.openExecutor = openExecutor;
	}

	/**
	 * Start connecting; returns at once.
	 */
	public void start() {
		connect();
	}

	/**
	 * Whether the WebSocket is open now.
	 * @return whether events flow
	 */
	public boolean isConnected() {
		return this.connected;
	}

	/**
	 * How many times the WebSocket was opened again after the first time.
	 * @return the reconnections
	 */
	public long reconnects() {
		return this.reconnects.get();
	}

	/**
	 * When the WebSocket was last lost after it had been open.
	 * @return the time, or {@code null} if never
	 */
	public Instant lastLost() {
		return this.lastLost;
	}

	/**
	 * Why the WebSocket is not connected, if it is not.
	 * @return the last problem, or {@code null}
	 */
	public String lastProblem() {
		return this.lastProblem;
	}

	@Override
	public void close() {
		WebSocket current;
		synchronized (this) {
			this.closed = true;
			current = this.webSocket;
			this.webSocket = null;
		}
		if (current != null) {
			current.sendClose(WebSocket.NORMAL_CLOSURE, "proxy stopping").whenComplete((ws, ex) -> current.abort());
		}
		this.connected = false;
	}

	private void connect() {
		if (this.closed) {
			return;
		}
		String credentials = this.settings.username() + ":" + this.settings.password();
		this.httpClient.newWebSocketBuilder()
			.connectTimeout(this.settings.connectTimeout())
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.buildAsync(this.settings.eventsUri(), new Receiver())
			.whenComplete((ws, ex) -> {
				if (ex != null) {
					disconnected("could not connect: " + rootMessage(ex));
				}
			});
	}

	private synchronized void disconnected(String reason) {
		boolean wasConnected = this.connected;
		this.connected = false;
		this.webSocket = null;
		this.lastProblem = reason;
		if (this.closed) {
			return;
		}
		if (wasConnected) {
			this.lastLost = Instant.now();
			logger.warn("Asterisk events WebSocket lost ({}); reconnecting", reason);
			this.listener.onDisconnected(reason);
		}
		else if (this.attempt == 0) {
			logger.warn("Asterisk events WebSocket at {} unavailable ({}); retrying with back-off",
					this.settings.eventsUri().getHost() + ":" + this.settings.eventsUri().getPort(), reason);
		}
		long initial = this.settings.reconnectInitialDelay().toMillis();
		long max = this.settings.reconnectMaxDelay().toMillis();
		long delay = Math.min(max, initial << Math.min(this.attempt, 20));
		delay = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
		this.attempt++;
		this.scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
	}

	/**
	 * Take a WebSocket that just opened, unless the stream was closed while it opened.
	 * @return whether to use it
	 */
	private synchronized boolean opened(WebSocket ws) {
		if (this.closed) {
			return false;
		}
		if (this.everConnected) {
			this.reconnects.incrementAndGet();
		}
		this.everConnected = true;
		this.attempt = 0;
		this.lastProblem = null;
		this.webSocket = ws;
		this.connected = true;
		return true;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ((root.getMessage() != null) ? " " + root.getMessage() : "");
	}

	private final class Receiver implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		@Override
		public void onOpen(WebSocket ws) {
			if (!opened(ws)) {
				// the proxy stopped during the handshake: no event may reach it now
				ws.abort();
				return;
			}
			logger.info("Asterisk events WebSocket open for {}", AsteriskEventStream.this.settings.applications());
			AsteriskEventStream.this.openExecutor.execute(() -> {
				try {
					AsteriskEventStream.this.listener.onConnected();
				}
				catch (RuntimeException ex) {
					logger.error("Could not take stock of Asterisk after connecting", ex);
				}
				ws.request(1);
			});
		}

		@Override
		public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
			if (AsteriskEventStream.this.closed) {
				// stopping: events are Asterisk's to keep, not the proxy's to half-handle
				return null;
			}
			this.partial.append(data);
			if (last) {
				String text = this.partial.toString();
				this.partial.setLength(0);
				try {
					AsteriskEventStream.this.listener.onEvent(text);
				}
				catch (RuntimeException ex) {
					logger.error("Failed to handle an event from Asterisk", ex);
				}
			}
			ws.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
			disconnected("closed by Asterisk with " + statusCode + ((reason != null && !reason.isEmpty()) ? " " + reason : ""));
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void onError(WebSocket ws, Throwable error) {
			disconnected("failed: " + rootMessage(error));
		}

	}

}
