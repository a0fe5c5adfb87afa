package io.ariqueue.test.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every message the simulated proxy published or consumed, in order, for wire-level assertions.
 *
 * @author ari-queue
 */
public final class WireLog {

	private final List<WireMessage> messages = new ArrayList<>();

	synchronized void add(WireMessage message) {
		this.messages.add(message);
	}

	/**
	 * All messages, in the order they crossed the wire.
	 * @return a snapshot
	 */
	public synchronized List<WireMessage> messages() {
		return List.copyOf(this.messages);
	}

	/**
	 * The messages the proxy published.
	 * @return a snapshot
	 */
	public List<WireMessage> published() {
		return filter((message) -> message.direction() == WireMessage.Direction.PUBLISHED);
	}

	/**
	 * The messages the proxy consumed (commands).
	 * @return a snapshot
	 */
	public List<WireMessage> consumed() {
		return filter((message) -> message.direction() == WireMessage.Direction.CONSUMED);
	}

	/**
	 * The messages published to or consumed from one queue.
	 * @param queue the queue name
	 * @return a snapshot
	 */
	public List<WireMessage> onQueue(String queue) {
		return filter((message) -> message.queue().equals(queue));
	}

	private synchronized List<WireMessage> filter(Predicate<WireMessage> predicate) {
		List<WireMessage> result = new ArrayList<>();
		for (WireMessage message : this.messages) {
			if (predicate.test(message)) {
				result.add(message);
			}
		}
		return result;
	}

}
