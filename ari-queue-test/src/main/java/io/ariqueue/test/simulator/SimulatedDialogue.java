package io.ariqueue.test.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.rabbitmq.client.Channel;
import io.ariqueue.test.simulator.asterisk.AriEvent;

/**
 * One dialogue of the simulated proxy: its three queues, the commands it read, the responses and events
 * it published, and the events it dropped.
 *
 * @author ari-queue
 */
public final class SimulatedDialogue {

	private final String id;

	private final String primaryChannelId;

	private final List<Command> commands = new ArrayList<>();

	private final List<Command> ignoredCommands = new ArrayList<>();

	private final List<Response> responses = new ArrayList<>();

	private final List<AriEvent> events = new ArrayList<>();

	private final List<AriEvent> droppedEvents = new ArrayList<>();

	private final Set<String> objects = new LinkedHashSet<>();

	/** go-ari-proxy's list of the objects its commands bound, in order; the first channel is not in it. */
	private final List<String> boundByCommands = new ArrayList<>();

	private volatile boolean commandsStopped;

	Channel amqpChannel;

	String consumerTag;

	AriEvent heldHangupRequest;

	SimulatedDialogue(String id, String primaryChannelId) {
		this.id = id;
		this.primaryChannelId = primaryChannelId;
	}

	/**
	 * The dialogue id ({@code dialog_id} in the announcement).
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The channel whose {@code StasisStart} opened the dialogue.
	 * @return the channel id
	 */
	public String primaryChannelId() {
		return this.primaryChannelId;
	}

	/**
	 * The queue the proxy publishes events on.
	 * @return {@code events_<D>}
	 */
	public String eventsQueue() {
		return "events_" + this.id;
	}

	/**
	 * The queue the proxy reads commands from.
	 * @return {@code commands_<D>}
	 */
	public String commandsQueue() {
		return "commands_" + this.id;
	}

	/**
	 * The queue the proxy publishes responses on.
	 * @return {@code responses_<D>}
	 */
	public String responsesQueue() {
		return "responses_" + this.id;
	}

	/**
	 * The three dialogue queues.
	 * @return events, responses and commands queue names
	 */
	public List<String> queues() {
		return List.of(eventsQueue(), responsesQueue(), commandsQueue());
	}

	/**
	 * The queues the application consumes, {@code events_<D>} and {@code responses_<D>}: those it may
	 * delete. {@code commands_<D>} is the proxy's, which go-ari-proxy consumes until it exits.
	 * @return events and responses queue names
	 */
	public List<String> clientQueues() {
		return List.of(eventsQueue(), responsesQueue());
	}

	/**
	 * Every command the proxy read, whether it ran it or not.
	 * @return a snapshot, in arrival order
	 */
	public synchronized List<Command> commands() {
		return List.copyOf(this.commands);
	}

	/**
	 * The commands the proxy read but left alone (unacknowledged) because it had stopped processing
	 * commands after a {@code StasisEnd}.
	 * @return a snapshot
	 */
	public synchronized List<Command> ignoredCommands() {
		return List.copyOf(this.ignoredCommands);
	}

	/**
	 * The responses the proxy published.
	 * @return a snapshot, in publishing order
	 */
	public synchronized List<Response> responses() {
		return List.copyOf(this.responses);
	}

	/**
	 * The ARI events the proxy published on {@code events_<D>}, in publishing order.
	 * @return a snapshot
	 */
	public synchronized List<AriEvent> events() {
		return List.copyOf(this.events);
	}

	/**
	 * The types of the published events, in publishing order.
	 * @return a snapshot
	 */
	public synchronized List<String> eventTypes() {
		return this.events.stream().map(AriEvent::type).toList();
	}

	/**
	 * Events routed to this dialogue that the proxy did not publish (a dropped {@code StasisEnd}).
	 * @return a snapshot
	 */
	public synchronized List<AriEvent> droppedEvents() {
		return List.copyOf(this.droppedEvents);
	}

	/**
	 * The ARI objects (channels, bridges, playbacks, recordings) the proxy routes to this dialogue now.
	 * @return a snapshot
	 */
	public synchronized Set<String> objects() {
		return Set.copyOf(this.objects);
	}

	/**
	 * Whether the proxy has stopped processing this dialogue's commands.
	 * @return whether stopped
	 */
	public boolean commandsStopped() {
		return this.commandsStopped;
	}

	/**
	 * Wait for a command matching a condition, counting from the {@code from}-th command read.
	 * @param from the index to start looking at
	 * @param condition the condition
	 * @param timeout how long to wait
	 * @return the index of the matching command
	 * @throws AssertionError if none arrives in time
	 */
	synchronized int awaitCommand(int from, Predicate<Command> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		int index = from;
		while (true) {
			for (; index < this.commands.size(); index++) {
				if (condition.test(this.commands.get(index))) {
					return index;
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("No matching command on " + commandsQueue() + " within " + timeout
						+ "; read so far: " + this.commands);
			}
			try {
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for a command", ex);
			}
		}
	}

	synchronized Command commandAt(int index) {
		return this.commands.get(index);
	}

	synchronized void commandRead(Command command, boolean ignored) {
		this.commands.add(command);
		if (ignored) {
			this.ignoredCommands.add(command);
		}
		notifyAll();
	}

	synchronized void responsePublished(Response response) {
		this.responses.add(response);
		notifyAll();
	}

	synchronized void eventPublished(AriEvent event) {
		this.events.add(event);
		notifyAll();
	}

	synchronized void eventDropped(AriEvent event) {
		this.droppedEvents.add(event);
	}

	synchronized void bind(String objectId) {
		this.objects.add(objectId);
	}

	synchronized boolean unbind(String objectId) {
		this.objects.remove(objectId);
		return this.objects.isEmpty();
	}

	synchronized Set<String> unbindAll() {
		Set<String> all = Set.copyOf(this.objects);
		this.objects.clear();
		return all;
	}

	synchronized void commandBound(String objectId) {
		// the first channel is mapped directly, never through this list
		if (!objectId.equals(this.primaryChannelId) && !this.boundByCommands.contains(objectId)) {
			this.boundByCommands.add(objectId);
		}
	}

	/**
	 * Take an object off go-ari-proxy's list, unless that would make it panic: it deletes from the slice
	 * it ranges over, which fails for any object but the last.
	 * @return whether removing it panics
	 */
	synchronized boolean removingWouldPanic(String objectId) {
		int index = this.boundByCommands.indexOf(objectId);
		if (index < 0) {
			return false;
		}
		if (index < this.boundByCommands.size() - 1) {
			return true;
		}
		this.boundByCommands.remove(index);
		return false;
	}

	void stopCommands() {
		this.commandsStopped = true;
	}

	@Override
	public String toString() {
		return "SimulatedDialogue " + this.id;
	}

}
