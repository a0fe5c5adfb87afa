package io.ariqueue.test.asterisk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.ariqueue.test.simulator.asterisk.AriEvent;
import io.ariqueue.test.simulator.asterisk.AriJson;
import io.ariqueue.test.simulator.asterisk.FakeAsterisk;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open {@code /ari/events} WebSockets and the application each serves. As in Asterisk, an
 * application is served by one WebSocket at a time: a newer one takes it over and the older one receives
 * {@code ApplicationReplaced}. Events of an application no WebSocket serves are lost.
 * <p>
 * Every change is made holding the {@link FakeAsterisk} monitor, which the fake Asterisk also holds while
 * it sends an event: a WebSocket sees either all of an event or none, and events in emission order.
 *
 * @author ari-queue
 */
final class EventSockets {

	private FakeAsterisk asterisk;

	private final Set<EventConnection> open = new LinkedHashSet<>();

	private final Map<String, EventConnection> byApplication = new LinkedHashMap<>();

	private final AtomicInteger connectionsSinceStart = new AtomicInteger();

	void attach(FakeAsterisk asterisk) {
		this.asterisk = asterisk;
	}

	/** The lock of every change and every send: the fake Asterisk's monitor. */
	Object lock() {
		return this.asterisk;
	}

	/** Called by the fake Asterisk, holding its monitor. */
	void deliver(AriEvent event) {
		EventConnection connection = this.byApplication.get(event.application());
		if (connection != null) {
			connection.send(event.json());
		}
	}

	/** A WebSocket upgrade is accepted: from now on it serves its applications. */
	void opened(EventConnection connection) {
		synchronized (this.asterisk) {
			this.open.add(connection);
			this.connectionsSinceStart.incrementAndGet();
			for (String application : connection.applications()) {
				EventConnection previous = this.byApplication.put(application, connection);
				if (previous != null && previous != connection) {
					previous.send(applicationReplaced(application));
				}
				if (connection.subscribeAll()) {
					this.asterisk.subscribeAll(application, true);
				}
			}
		}
	}

	void closed(EventConnection connection) {
		synchronized (this.asterisk) {
			if (!this.open.remove(connection)) {
				return;
			}
			for (String application : connection.applications()) {
				if (this.byApplication.remove(application, connection) && connection.subscribeAll()) {
					this.asterisk.subscribeAll(application, false);
				}
			}
		}
	}

	/** Cut every WebSocket, without close frames. */
	void cutAll() {
		List<EventConnection> all;
		synchronized (this.asterisk) {
			all = new ArrayList<>(this.open);
		}
		all.forEach(EventConnection::cut);
	}

	boolean serves(String application) {
		synchronized (this.asterisk) {
			return this.byApplication.containsKey(application);
		}
	}

	int openCount() {
		synchronized (this.asterisk) {
			return this.open.size();
		}
	}

	int connectionsSinceStart() {
		return this.connectionsSinceStart.get();
	}

	private String applicationReplaced(String application) {
		ObjectNode event = AriJson.object();
		event.put("type", "ApplicationReplaced");
		event.put("timestamp", AriJson.asteriskTimestamp(Instant.now()));
		event.put("application", application);
		return AriJson.write(event);
	}

}
