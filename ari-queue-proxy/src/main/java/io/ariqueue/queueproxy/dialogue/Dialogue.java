package io.ariqueue.queueproxy.dialogue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import io.ariqueue.proxy.amqp.Subscription;
import io.ariqueue.queueproxy.amqp.Outboxes.Outbox;

/**
 * One dialogue: the channels, bridges, playbacks and recordings of one call, the queues they
 * share on the broker, the ordered way their events take there, and the lane their commands run
 * in.
 *
 * @author ari-queue team
 */
public final class Dialogue {

	private static final int REMEMBERED_RESPONSES = 64;

	private final String id;

	private final String application;

	private final Outbox outbox;

	private final SerialLane lane;

	private final Set<String> liveChannels = new LinkedHashSet<>();

	private final Set<String> createdBridges = new LinkedHashSet<>();

	/**
	 * The live channels Asterisk has shown to exist, each with its latest snapshot: a channel a
	 * command is still creating is not among them, so no look at Asterisk takes it for gone.
	 */
	private final Map<String, JsonNode> confirmedChannels = new HashMap<>();

	private final Map<String, byte[]> recentResponses = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > REMEMBERED_RESPONSES;
		}

	};

	private volatile State state = State.ACTIVE;

	private volatile Subscription commands;

	private volatile EndReason endReason;

	private boolean clientSeen;

	private int clientAbsences;

	private long clientLookedAt = System.nanoTime();

	Dialogue(String id, String application, Outbox outbox, SerialLane lane) {
		this.id = id;
		this.application = application;
		this.outbox = outbox;
		this.lane = lane;
	}

	/**
	 * The dialogue id, part of its queues' names.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The Stasis application the dialogue was announced to; empty for a dialogue taken back after
	 * a restart.
	 * @return the application
	 */
	public String application() {
		return this.application;
	}

	/**
	 * The dialogue's ordered way to the broker.
	 * @return the outbox
	 */
	public Outbox outbox() {
		return this.outbox;
	}

	/**
	 * The lane the dialogue's commands run in.
	 * @return the lane
	 */
	public SerialLane lane() {
		return this.lane;
	}

	/**
	 * Where the dialogue is in its life.
	 * @return the state
	 */
	public State state() {
		return this.state;
	}

	/**
	 * Why the dialogue ends, once it does.
	 * @return the reason, or {@code null} while it is active
	 */
	public EndReason endReason() {
		return this.endReason;
	}

	/**
	 * The channels of the dialogue that are still there.
	 * @return a copy of their ids
	 */
	public synchronized Set<String> liveChannels() {
		return Set.copyOf(this.liveChannels);
	}

	synchronized void channelArrived(String channelId) {
		this.liveChannels.add(channelId);
	}

	/**
	 * A channel is gone from the dialogue.
	 * @param channelId the channel
	 * @return whether it was the last one
	 */
	synchronized boolean channelGone(String channelId) {
		this.confirmedChannels.remove(channelId);
		return this.liveChannels.remove(channelId) && this.liveChannels.isEmpty();
	}

	/**
	 * Asterisk showed a live channel of the dialogue, in an event or a listing.
	 * @param channelId the channel
	 * @param snapshot the channel as Asterisk showed it
	 */
	synchronized void channelSeen(String channelId, JsonNode snapshot) {
		if (this.liveChannels.contains(channelId)) {
			this.confirmedChannels.put(channelId, snapshot);
		}
	}

	/**
	 * The live channels Asterisk has shown to exist, with their latest snapshots.
	 * @return a copy
	 */
	synchronized Map<String, JsonNode> confirmedChannels() {
		return Map.copyOf(this.confirmedChannels);
	}

	synchronized boolean hasLiveChannels() {
		return !this.liveChannels.isEmpty();
	}

	/**
	 * Remember a bridge the dialogue's commands created, to destroy it if it is left behind.
	 * @param bridgeId the bridge
	 */
	public synchronized void bridgeCreated(String bridgeId) {
		this.createdBridges.add(bridgeId);
	}

	synchronized void bridgeDestroyed(String bridgeId) {
		this.createdBridges.remove(bridgeId);
	}

	/**
	 * The bridges the dialogue's commands created that are not destroyed yet.
	 * @return a copy of their ids
	 */
	public synchronized Set<String> createdBridges() {
		return Set.copyOf(this.createdBridges);
	}

	/**
	 * Remember the response to a command, to answer a redelivered command without running it
	 * twice.
	 * @param uniqueId the command's id
	 * @param response the response message
	 */
	public synchronized void rememberResponse(String uniqueId, byte[] response) {
		this.recentResponses.put(uniqueId, response);
	}

	/**
	 * The response to a command already run.
	 * @param uniqueId the command's id
	 * @return the response message, or {@code null}
	 */
	public synchronized byte[] rememberedResponse(String uniqueId) {
		return this.recentResponses.get(uniqueId);
	}

	Subscription commands() {
		return this.commands;
	}

	void commands(Subscription commands) {
		this.commands = commands;
	}

	synchronized boolean startEnding(EndReason reason) {
		if (this.state != State.ACTIVE) {
			return false;
		}
		this.state = State.ENDING;
		this.endReason = reason;
		return true;
	}

	/**
	 * A channel came back to a dialogue in its grace period: the dialogue goes on.
	 */
	synchronized boolean revive() {
		if (this.state != State.ENDING || this.endReason != EndReason.LAST_CHANNEL_GONE) {
			return false;
		}
		this.state = State.ACTIVE;
		this.endReason = null;
		return true;
	}

	synchronized boolean markEnded() {
		if (this.state == State.ENDED) {
			return false;
		}
		this.state = State.ENDED;
		return true;
	}

	/**
	 * Whether the proxy has seen a client consume the dialogue's events queue.
	 * @return whether a client was seen
	 */
	public synchronized boolean isClientSeen() {
		return this.clientSeen;
	}

	/**
	 * Record what the last look at the events queue showed.
	 * @param consumers the events queue's consumers
	 * @return whether the client has been seen and is now absent twice in a row
	 */
	synchronized boolean clientLooked(int consumers) {
		this.clientLookedAt = System.nanoTime();
		if (consumers > 0) {
			this.clientSeen = true;
			this.clientAbsences = 0;
			return false;
		}
		if (this.clientSeen) {
			this.clientAbsences++;
		}
		return this.clientAbsences >= 2;
	}

	/**
	 * A command came from the client: it is there, as a look that found it consuming would show,
	 * and needs no look at its queue for a while.
	 */
	public void clientHeard() {
		clientLooked(1);
	}

	/**
	 * Whether the client was last looked at, or heard from, at least this long ago.
	 * @param intervalNanos the interval
	 * @return whether a look at its events queue is due
	 */
	synchronized boolean clientLookDue(long intervalNanos) {
		return System.nanoTime() - this.clientLookedAt >= intervalNanos;
	}

	@Override
	public String toString() {
		return "Dialogue " + this.id;
	}

	/**
	 * Where a dialogue is in its life.
	 */
	public enum State {

		/**
		 * Events and commands flow.
		 */
		ACTIVE,

		/**
		 * Ended, in its grace period: late events and commands still flow.
		 */
		ENDING,

		/**
		 * Gone: its queues are deleted or left to the broker.
		 */
		ENDED

	}

	/**
	 * Why a dialogue ends.
	 */
	public enum EndReason {

		/**
		 * Its last channel left Stasis or was destroyed.
		 */
		LAST_CHANNEL_GONE,

		/**
		 * The client deleted its queues or stopped consuming them.
		 */
		CLIENT_ENDED,

		/**
		 * Its channels were not there when the proxy looked at Asterisk again.
		 */
		CHANNELS_VANISHED

	}

}
