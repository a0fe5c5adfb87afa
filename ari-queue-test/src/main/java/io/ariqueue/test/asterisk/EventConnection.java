package io.ariqueue.test.asterisk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One {@code /ari/events} WebSocket. Events are handed to Jetty's frame queue of the connection in the
 * order they are sent here, without waiting for the network. When the client falls more than a bound of
 * frames behind, the connection is cut, as Asterisk cuts a WebSocket whose writes time out.
 * <p>
 * It serves its applications from the moment the upgrade is accepted, before the {@code 101} answer
 * leaves: a client that has its WebSocket can rely on receiving the events of its applications. Events
 * sent before Jetty opens the session wait, in order.
 * <p>
 * Public only because Jetty invokes WebSocket endpoints reflectively; not for use outside the double.
 *
 * @author ari-queue
 */
public final class EventConnection implements Session.Listener.AutoDemanding {

	private final EventSockets sockets;

	private final List<String> applications;

	private final boolean subscribeAll;

	private final int maxPendingFrames;

	private final AtomicInteger pendingFrames = new AtomicInteger();

	private final AtomicBoolean closed = new AtomicBoolean();

	private final List<String> beforeOpen = new ArrayList<>();

	private Session session;

	EventConnection(EventSockets sockets, List<String> applications, boolean subscribeAll, int maxPendingFrames) {
		this.sockets = sockets;
		this.applications = List.copyOf(applications);
		this.subscribeAll = subscribeAll;
		this.maxPendingFrames = maxPendingFrames;
	}

	List<String> applications() {
		return this.applications;
	}

	boolean subscribeAll() {
		return this.subscribeAll;
	}

	@Override
	public void onWebSocketOpen(Session session) {
		// events are sent holding this lock: none can overtake the ones that waited
		synchronized (this.sockets.lock()) {
			synchronized (this) {
				this.session = session;
			}
			this.beforeOpen.forEach((text) -> transmit(session, text));
			this.beforeOpen.clear();
		}
	}

	@Override
	public void onWebSocketText(String message) {
		// Asterisk ignores what a client writes on the events WebSocket
	}

	@Override
	public void onWebSocketClose(int statusCode, String reason) {
		closed();
	}

	@Override
	public void onWebSocketError(Throwable cause) {
		closed();
	}

	/**
	 * Queue one text frame. Never blocks on the network. Called holding the fake Asterisk's monitor.
	 * @param text the frame
	 */
	void send(String text) {
		if (this.closed.get()) {
			return;
		}
		if (this.pendingFrames.incrementAndGet() > this.maxPendingFrames) {
			cut();
			return;
		}
		Session current;
		synchronized (this) {
			current = this.session;
			if (current == null) {
				this.beforeOpen.add(text);
				return;
			}
		}
		transmit(current, text);
	}

	private void transmit(Session session, String text) {
		session.sendText(text, Callback.from(this.pendingFrames::decrementAndGet, (failure) -> cut()));
	}

	/**
	 * Close the connection abruptly: no close frame, the TCP connection just ends.
	 */
	void cut() {
		Session current;
		synchronized (this) {
			current = this.session;
		}
		closed();
		if (current != null) {
			current.disconnect();
		}
	}

	private void closed() {
		if (this.closed.compareAndSet(false, true)) {
			this.sockets.closed(this);
		}
	}

}
