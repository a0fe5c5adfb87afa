package io.ariqueue.queueproxy.asterisk;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds Asterisk's events WebSocket for the configured applications and reconnects it with
 * exponential back-off whenever it closes or cannot be opened.
 * <p>
 * A WebSocket that has been silent for the ping interval is pinged; one that then stays silent
 * for the pong time-out is taken as lost, aborted and opened again. That is how a far end that
 * vanished without closing is noticed, and a close the JDK client missed: now and then its
 * listener is never told that the peer closed the connection.
 * <p>
 * Before the first message of a new WebSocket is read, the listener takes stock of Asterisk. If
 * it cannot, it tries again with back-off, while events wait, up to five times in all: the events
 * of calls it would have taken back would otherwise reach no dialogue.
 * <p>
 * Messages are requested one at a time and handed to the listener in order: a slow listener
 * slows the WebSocket down rather than letting events pile up in memory. A message that arrives
 * in several frames is joined first.
 *
 * @author ari-queue team
 */
public final class AsteriskEventStream implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(AsteriskEventStream.class);

	private static final int STOCK_ATTEMPTS = 5;

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

	private volatile long lastHeard;

	private volatile long pingSentAt;

	private ScheduledFuture<?> watchdog;

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
			stopWatching();
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
					disconnected(null, "could not connect: " + Failures.describe(ex));
				}
			});
	}

	/**
	 * A WebSocket ended, or one could not be opened ({@code ws} is {@code null}). Reports about a
	 * WebSocket that is no longer the current one, such as the close that follows an abort, are
	 * ignored.
	 */
	private synchronized void disconnected(WebSocket ws, String reason) {
		if (ws != this.webSocket) {
			return;
		}
		stopWatching();
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
		long delay = backOff(this.attempt);
		this.attempt++;
		this.scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
	}

	/**
	 * The wait before the next try, doubling from the initial delay up to the maximum, with jitter.
	 */
	private long backOff(int attempt) {
		long initial = this.settings.reconnectInitialDelay().toMillis();
		long max = this.settings.reconnectMaxDelay().toMillis();
		long delay = Math.min(max, initial << Math.min(attempt, 20));
		return delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
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

	/**
	 * Start pinging a WebSocket that went quiet, from now: events are read from here on.
	 */
	private synchronized void watch(WebSocket ws) {
		long interval = this.settings.pingInterval().toNanos();
		if (interval == 0 || ws != this.webSocket) {
			return;
		}
		heard();
		long period = Math.max(TimeUnit.MILLISECONDS.toNanos(10),
				Math.min(interval, this.settings.pongTimeout().toNanos()) / 4);
		try {
			this.watchdog = this.scheduler.scheduleWithFixedDelay(() -> check(ws), period, period,
					TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// the proxy is stopping
		}
	}

	private void stopWatching() {
		if (this.watchdog != null) {
			this.watchdog.cancel(false);
			this.watchdog = null;
		}
	}

	private void heard() {
		this.lastHeard = System.nanoTime();
		this.pingSentAt = 0;
	}

	private void check(WebSocket ws) {
		long now = System.nanoTime();
		long sent = this.pingSentAt;
		if (sent != 0) {
			if (now - sent >= this.settings.pongTimeout().toNanos()) {
				lost(ws, "no answer to a ping within " + this.settings.pongTimeout().toMillis() + " ms");
			}
			return;
		}
		if (now - this.lastHeard >= this.settings.pingInterval().toNanos()) {
			this.pingSentAt = now;
			ws.sendPing(ByteBuffer.allocate(0)).whenComplete((sentPing, ex) -> {
				if (ex != null) {
					lost(ws, "ping failed: " + Failures.describe(ex));
				}
			});
		}
	}

	private void lost(WebSocket ws, String reason) {
		// abort first: nothing more may be read from a WebSocket the proxy has given up on
		ws.abort();
		disconnected(ws, reason);
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
			AsteriskEventStream.this.openExecutor.execute(() -> takeStock(ws, 1));
		}

		private void takeStock(WebSocket ws, int attempt) {
			if (ws != AsteriskEventStream.this.webSocket) {
				// lost while it waited: the next WebSocket takes stock again
				return;
			}
			boolean taken;
			try {
				taken = AsteriskEventStream.this.listener.onConnected();
			}
			catch (RuntimeException ex) {
				logger.error("Could not take stock of Asterisk after connecting", ex);
				taken = false;
			}
			if (!taken && attempt < STOCK_ATTEMPTS) {
				try {
					AsteriskEventStream.this.scheduler.schedule(
							() -> AsteriskEventStream.this.openExecutor.execute(() -> takeStock(ws, attempt + 1)),
							backOff(attempt - 1), TimeUnit.MILLISECONDS);
					return;
				}
				catch (RejectedExecutionException ex) {
					// the proxy is stopping
					return;
				}
			}
			if (!taken) {
				logger.error("Could not take stock of Asterisk in {} attempts; reading its events without: a "
						+ "channel that vanished while the WebSocket was down is not reported, and a call of a "
						+ "restarted proxy is not taken back, until the next connection", STOCK_ATTEMPTS);
			}
			watch(ws);
			ws.request(1);
		}

		@Override
		public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
			if (AsteriskEventStream.this.closed) {
				// stopping: events are Asterisk's to keep, not the proxy's to half-handle
				return null;
			}
			heard();
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
				// silence counts from here: no frame is read while an event is handled
				heard();
			}
			ws.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
			heard();
			ws.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
			// the JDK client answers it by itself
			heard();
			ws.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
			disconnected(ws, "closed by Asterisk with " + statusCode + ((reason != null && !reason.isEmpty()) ? " " + reason : ""));
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void onError(WebSocket ws, Throwable error) {
			disconnected(ws, "failed: " + Failures.describe(error));
		}

	}

}
