package io.ariqueue.test.simulator.asterisk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-memory Asterisk with just enough state for real call flows: channels that ring, answer, play,
 * record, receive DTMF, carry variables, join bridges, continue in the dialplan and hang up from either
 * side. It answers ARI REST requests ({@link #handle(AriRequest)}) with Asterisk's status codes and JSON,
 * and sends ARI events, in Asterisk's field order, to one listener (the proxy in front of it).
 * <p>
 * It can serve several applications ({@link FakeAsteriskSettings#applications()}). Like Asterisk, it
 * sends each event to the applications subscribed to the objects it names: a channel's application is the
 * one it was originated into or entered Stasis in, a bridge's are those of the channels that entered it,
 * a playback's or recording's those of its target. An event for several applications is sent once per
 * application, each copy with its own {@code application}. An event of an object no application is
 * subscribed to (a bridge no channel ever entered) goes to the default application.
 * <p>
 * All state is guarded by this object's monitor; events are sent while holding it, so they reach the
 * listener in the order Asterisk would send them.
 *
 * @author ari-queue
 */
public final class FakeAsterisk implements AutoCloseable {

	private final FakeAsteriskSettings settings;

	private final Consumer<AriEvent> listener;

	private final RestRouter router = new RestRouter();

	private final ScheduledExecutorService clock;

	private final long epoch = Instant.now().getEpochSecond();

	private final AtomicInteger channelSequence = new AtomicInteger();

	final Map<String, FakeChannel> channels = new LinkedHashMap<>();

	final Map<String, FakeBridge> bridges = new LinkedHashMap<>();

	final Map<String, FakePlayback> playbacks = new LinkedHashMap<>();

	final Map<String, FakeRecording> recordings = new LinkedHashMap<>();

	private final Set<String> subscribedToAll = new LinkedHashSet<>();

	/** Counts restarts, so that work scheduled before a restart does not touch what came after. */
	private long generation;

	/**
	 * Create a fake Asterisk.
	 * @param settings how it behaves
	 * @param listener receives every ARI event, in order
	 */
	public FakeAsterisk(FakeAsteriskSettings settings, Consumer<AriEvent> listener) {
		this.settings = settings;
		this.listener = listener;
		this.clock = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "fake-asterisk-clock");
			thread.setDaemon(true);
			return thread;
		});
		new ChannelsResource(this).register(this.router);
		new BridgesResource(this).register(this.router);
		new MediaResource(this).register(this.router);
	}

	/**
	 * The settings it runs with.
	 * @return the settings
	 */
	public FakeAsteriskSettings settings() {
		return this.settings;
	}

	/**
	 * Answer one REST request.
	 * @param request the request
	 * @return the answer; run {@link AriReply#runAfterReply()} once the answer has been delivered
	 */
	public synchronized AriReply handle(AriRequest request) {
		try {
			AriReply reply = this.router.route(request);
			if (reply.afterReply().isEmpty()) {
				return reply;
			}
			long generationOfRequest = this.generation;
			List<Runnable> guarded = reply.afterReply().stream().<Runnable>map((work) -> () -> {
				synchronized (this) {
					if (this.generation == generationOfRequest) {
						work.run();
					}
				}
			}).toList();
			return new AriReply(reply.status(), reply.contentType(), reply.body(), guarded);
		}
		finally {
			notifyAll();
		}
	}

	/**
	 * Send every event of every object to an application as well, like a WebSocket connected with
	 * {@code subscribeAll=true} asks, or stop doing so.
	 * @param application the application
	 * @param all whether it receives every event
	 */
	public synchronized void subscribeAll(String application, boolean all) {
		if (all) {
			this.subscribedToAll.add(application);
		}
		else {
			this.subscribedToAll.remove(application);
		}
	}

	/**
	 * Asterisk restarts: every channel, bridge, playback and live recording is gone, without a single
	 * event, and work it had scheduled (a playback that would finish) never happens. Stored recordings,
	 * files on disk, survive. New channel ids never repeat old ones.
	 */
	public synchronized void restart() {
		this.generation++;
		this.channels.clear();
		this.bridges.clear();
		this.playbacks.clear();
		this.recordings.values().removeIf(FakeRecording::live);
		this.subscribedToAll.clear();
		notifyAll();
	}

	// ---- the far end (what a caller or the network does) ----

	/**
	 * Create a channel, not yet in Stasis.
	 * @param spec how it looks
	 * @return the new channel
	 */
	public synchronized ChannelSnapshot createChannel(ChannelSpec spec) {
		return newChannel(spec).snapshot();
	}

	/**
	 * Put a channel into the default Stasis application: {@code StasisStart}.
	 * @param channelId the channel
	 * @param args the application arguments
	 */
	public synchronized void enterStasis(String channelId, List<String> args) {
		enterStasis(channelId, this.settings.application(), args);
	}

	/**
	 * Put a channel into a Stasis application: {@code StasisStart}.
	 * @param channelId the channel
	 * @param application the application, one of {@link FakeAsteriskSettings#applications()}
	 * @param args the application arguments
	 * @throws IllegalArgumentException if the application is not one of the settings' applications
	 */
	public synchronized void enterStasis(String channelId, String application, List<String> args) {
		if (!this.settings.applications().contains(application)) {
			throw new IllegalArgumentException(
					"No application " + application + "; this fake Asterisk has " + this.settings.applications());
		}
		FakeChannel channel = existing(channelId);
		channel.stasisApp = application;
		channel.application = application;
		channel.appName = "Stasis";
		channel.appData = String.join(",", prepend(application, args));
		ObjectNode event = event("StasisStart");
		ArrayNode argsNode = event.putArray("args");
		args.forEach(argsNode::add);
		event.set("channel", channel.toJson());
		emit(event);
	}

	/**
	 * The far end answers an outgoing channel: it goes {@code Up} and, when it was originated into the
	 * application, enters Stasis.
	 * @param channelId the channel
	 */
	public synchronized void answerFarEnd(String channelId) {
		FakeChannel channel = existing(channelId);
		if (channel.destroyed || "Up".equals(channel.state)) {
			return;
		}
		channel.state = "Up";
		if (channel.inStasis()) {
			emitChannelEvent("ChannelStateChange", channel);
		}
		if (channel.pendingApp != null) {
			String app = channel.pendingApp;
			String args = channel.pendingAppArgs;
			channel.pendingApp = null;
			enterStasis(channelId, app, (args == null || args.isEmpty()) ? List.of() : List.of(args.split(",")));
		}
	}

	/**
	 * The caller presses DTMF keys: one {@code ChannelDtmfReceived} per digit.
	 * @param channelId the channel
	 * @param digits the digits, e.g. {@code "1#"}
	 * @param durationMs the {@code duration_ms} of each digit
	 */
	public synchronized void pressDtmf(String channelId, String digits, int durationMs) {
		FakeChannel channel = existing(channelId);
		for (char digit : digits.toCharArray()) {
			ObjectNode event = event("ChannelDtmfReceived");
			event.put("digit", String.valueOf(digit));
			event.put("duration_ms", durationMs);
			event.set("channel", channel.toJson());
			emit(event);
		}
	}

	/**
	 * The far end hangs up (cause 16, normal clearing): {@code ChannelHangupRequest}, {@code StasisEnd},
	 * {@code ChannelDestroyed}.
	 * @param channelId the channel
	 */
	public synchronized void hangUpFarEnd(String channelId) {
		FakeChannel channel = existing(channelId);
		if (channel.destroyed) {
			return;
		}
		ObjectNode request = AriJson.object();
		request.put("cause", 16);
		hangUp(channel, request, HangupCause.NORMAL);
	}

	// ---- what a test reads ----

	/**
	 * A channel, destroyed ones included.
	 * @param channelId the channel id
	 * @return the channel, if it ever existed
	 */
	public synchronized Optional<ChannelSnapshot> channel(String channelId) {
		return Optional.ofNullable(this.channels.get(channelId)).map(FakeChannel::snapshot);
	}

	/**
	 * All channels, destroyed ones included, in creation order.
	 * @return the channels
	 */
	public synchronized List<ChannelSnapshot> channels() {
		return this.channels.values().stream().map(FakeChannel::snapshot).toList();
	}

	/**
	 * A bridge, destroyed ones included.
	 * @param bridgeId the bridge id
	 * @return the bridge, if it ever existed
	 */
	public synchronized Optional<BridgeSnapshot> bridge(String bridgeId) {
		return Optional.ofNullable(this.bridges.get(bridgeId)).map(FakeBridge::snapshot);
	}

	/**
	 * All bridges, destroyed ones included, in creation order.
	 * @return the bridges
	 */
	public synchronized List<BridgeSnapshot> bridges() {
		return this.bridges.values().stream().map(FakeBridge::snapshot).toList();
	}

	/**
	 * The file of a stored recording, as {@code GET /recordings/stored/{name}/file} serves it.
	 * @param recordingName the recording's name
	 * @return the file, if the recording is stored
	 */
	public synchronized Optional<byte[]> storedRecordingFile(String recordingName) {
		FakeRecording recording = this.recordings.get(recordingName);
		if (recording == null || !"done".equals(recording.state)) {
			return Optional.empty();
		}
		return Optional.of(recording.file());
	}

	/**
	 * Wait until a condition on the fake Asterisk's state holds. The condition is checked whenever the
	 * state changes.
	 * @param condition the condition, evaluated while holding the lock
	 * @param timeout how long to wait
	 * @return whether it holds
	 * @throws InterruptedException if interrupted while waiting
	 */
	public synchronized boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return true;
	}

	@Override
	public void close() {
		this.clock.shutdownNow();
	}

	// ---- shared by the resources (callers hold the lock) ----

	FakeChannel newChannel(ChannelSpec spec) {
		int sequence = this.channelSequence.incrementAndGet();
		String id = (spec.id() != null) ? spec.id() : this.epoch + "." + sequence;
		if (this.channels.containsKey(id)) {
			throw new AriError(409, "Channel with given unique ID already exists");
		}
		String number = (spec.callerNumber() == null || spec.callerNumber().isEmpty()) ? "anonymous"
				: spec.callerNumber();
		String name = (spec.name() != null) ? spec.name() : "PJSIP/" + number + "-" + String.format("%08x", sequence);
		FakeChannel channel = new FakeChannel(id, name, Instant.now());
		channel.state = spec.state();
		channel.callerName = spec.callerName();
		channel.callerNumber = spec.callerNumber();
		channel.connectedName = spec.connectedName();
		channel.connectedNumber = spec.connectedNumber();
		channel.accountcode = spec.accountcode();
		channel.context = spec.context();
		channel.exten = spec.exten();
		channel.priority = spec.priority();
		channel.language = spec.language();
		channel.variables.putAll(spec.variables());
		this.channels.put(id, channel);
		notifyAll();
		return channel;
	}

	FakeChannel existing(String channelId) {
		FakeChannel channel = this.channels.get(channelId);
		if (channel == null) {
			throw new IllegalArgumentException("No channel " + channelId);
		}
		return channel;
	}

	/** Find a live channel for a REST operation, with Asterisk's 404. */
	FakeChannel live(String channelId) {
		FakeChannel channel = this.channels.get(channelId);
		if (channel == null || channel.destroyed) {
			throw AriError.channelNotFound();
		}
		return channel;
	}

	/** Find a channel controlled by the application, with Asterisk's 404 and 409. */
	FakeChannel controlled(String channelId) {
		FakeChannel channel = live(channelId);
		if (!channel.inStasis()) {
			throw AriError.channelNotInStasis();
		}
		return channel;
	}

	void hangUp(FakeChannel channel, ObjectNode hangupRequestBlob, HangupCause cause) {
		ObjectNode request = event(hangupRequestBlob, "ChannelHangupRequest");
		request.set("channel", channel.toJson());
		emit(request);
		for (FakePlayback playback : new ArrayList<>(this.playbacks.values())) {
			if (playback.targetUri.equals("channel:" + channel.id) && !playback.finished()) {
				finishPlayback(playback, "done");
			}
		}
		for (FakeRecording recording : new ArrayList<>(this.recordings.values())) {
			if (recording.targetUri.equals("channel:" + channel.id) && recording.live()) {
				finishRecording(recording, "done");
			}
		}
		if (channel.bridgeId != null) {
			leaveBridge(channel, this.bridges.get(channel.bridgeId));
		}
		if (channel.inStasis()) {
			channel.stasisApp = null;
			emitChannelEvent("StasisEnd", channel);
		}
		channel.destroyed = true;
		ObjectNode destroyed = event("ChannelDestroyed");
		destroyed.put("cause", cause.code());
		destroyed.put("cause_txt", cause.text());
		destroyed.set("channel", channel.toJson());
		emit(destroyed);
		for (FakeChannel snoop : new ArrayList<>(this.channels.values())) {
			if (channel.id.equals(snoop.snoopOf) && !snoop.destroyed) {
				ObjectNode snoopRequest = AriJson.object();
				snoopRequest.put("cause", 16);
				hangUp(snoop, snoopRequest, HangupCause.NORMAL);
			}
		}
	}

	void leaveStasis(FakeChannel channel) {
		if (channel.bridgeId != null) {
			leaveBridge(channel, this.bridges.get(channel.bridgeId));
		}
		channel.stasisApp = null;
		emitChannelEvent("StasisEnd", channel);
	}

	void enterBridge(FakeChannel channel, FakeBridge bridge) {
		if (bridge.id.equals(channel.bridgeId)) {
			return;
		}
		if (channel.bridgeId != null) {
			leaveBridge(channel, this.bridges.get(channel.bridgeId));
		}
		channel.bridgeId = bridge.id;
		bridge.channels.add(channel.id);
		if (channel.application != null) {
			bridge.applications.add(channel.application);
		}
		ObjectNode event = event("ChannelEnteredBridge");
		event.set("bridge", bridge.toJson());
		event.set("channel", channel.toJson());
		emit(event);
	}

	void leaveBridge(FakeChannel channel, FakeBridge bridge) {
		channel.bridgeId = null;
		bridge.channels.remove(channel.id);
		ObjectNode event = event("ChannelLeftBridge");
		event.set("bridge", bridge.toJson());
		event.set("channel", channel.toJson());
		emit(event);
	}

	void startPlayback(FakePlayback playback) {
		if (playback.finished()) {
			return;
		}
		playback.state = "playing";
		ObjectNode started = event("PlaybackStarted");
		started.set("playback", playback.toJson());
		emit(started);
		Duration duration = this.settings.playbackDuration();
		if (duration.isZero()) {
			finishPlayback(playback, "done");
		}
		else {
			later(duration, () -> {
				if (!playback.finished()) {
					finishPlayback(playback, "done");
				}
			});
		}
	}

	void finishPlayback(FakePlayback playback, String state) {
		playback.state = state;
		ObjectNode finished = event("PlaybackFinished");
		finished.set("playback", playback.toJson());
		emit(finished);
	}

	void startRecording(FakeRecording recording, long maxDurationSeconds) {
		if (!recording.live()) {
			return;
		}
		recording.state = "recording";
		recording.startedAt = Instant.now();
		ObjectNode started = event("RecordingStarted");
		started.set("recording", recording.toJson());
		emit(started);
		Duration duration = this.settings.recordingDuration();
		if (maxDurationSeconds > 0 && Duration.ofSeconds(maxDurationSeconds).compareTo(duration) < 0) {
			duration = Duration.ofSeconds(maxDurationSeconds);
		}
		later(duration, () -> {
			if (recording.live()) {
				finishRecording(recording, "done");
			}
		});
	}

	void finishRecording(FakeRecording recording, String state) {
		recording.finish(state, Instant.now());
		ObjectNode finished = event("RecordingFinished");
		finished.set("recording", recording.toJson());
		emit(finished);
	}

	/** Run work on the fake Asterisk's clock, holding the lock. */
	void later(Duration delay, Runnable work) {
		long generationNow = this.generation;
		this.clock.schedule(() -> {
			synchronized (this) {
				if (this.generation == generationNow) {
					work.run();
				}
			}
		}, delay.toNanos(), TimeUnit.NANOSECONDS);
	}

	ObjectNode event(String type) {
		return event(null, type);
	}

	/** Start an event: the blob's fields (if any), then {@code type} and {@code timestamp}. */
	ObjectNode event(ObjectNode blob, String type) {
		ObjectNode event = AriJson.object();
		if (blob != null) {
			event.setAll(blob);
		}
		event.put("type", type);
		event.put("timestamp", AriJson.asteriskTimestamp(Instant.now()));
		return event;
	}

	void emitChannelEvent(String type, FakeChannel channel) {
		ObjectNode event = event(type);
		event.set("channel", channel.toJson());
		emit(event);
	}

	/**
	 * Finish an event with {@code asterisk_id} and {@code application} and send it, once per application
	 * subscribed to the objects it names.
	 */
	void emit(ObjectNode event) {
		event.put("asterisk_id", this.settings.asteriskId());
		String type = event.get("type").stringValue();
		List<String> applications = new ArrayList<>(applicationsOf(event));
		notifyAll();
		for (int i = 0; i < applications.size(); i++) {
			ObjectNode copy = (i < applications.size() - 1) ? event.deepCopy() : event;
			copy.put("application", applications.get(i));
			this.listener.accept(new AriEvent(type, copy));
		}
	}

	private Set<String> applicationsOf(ObjectNode event) {
		Set<String> applications = new LinkedHashSet<>();
		addChannelApplication(applications, idOf(event.get("channel"), "id"));
		addChannelApplication(applications, idOf(event.get("peer"), "id"));
		addBridgeApplications(applications, idOf(event.get("bridge"), "id"));
		addTargetApplications(applications, idOf(event.get("playback"), "target_uri"));
		addTargetApplications(applications, idOf(event.get("recording"), "target_uri"));
		if (applications.isEmpty()) {
			applications.add(this.settings.application());
		}
		applications.addAll(this.subscribedToAll);
		return applications;
	}

	private void addChannelApplication(Set<String> applications, String channelId) {
		FakeChannel channel = (channelId != null) ? this.channels.get(channelId) : null;
		if (channel != null && channel.application != null) {
			applications.add(channel.application);
		}
	}

	private void addBridgeApplications(Set<String> applications, String bridgeId) {
		FakeBridge bridge = (bridgeId != null) ? this.bridges.get(bridgeId) : null;
		if (bridge != null) {
			applications.addAll(bridge.applications);
		}
	}

	private void addTargetApplications(Set<String> applications, String targetUri) {
		if (targetUri == null) {
			return;
		}
		if (targetUri.startsWith("channel:")) {
			addChannelApplication(applications, targetUri.substring("channel:".length()));
		}
		else if (targetUri.startsWith("bridge:")) {
			addBridgeApplications(applications, targetUri.substring("bridge:".length()));
		}
	}

	private static String idOf(JsonNode object, String field) {
		if (object == null || !object.isObject()) {
			return null;
		}
		JsonNode value = object.get(field);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	private static List<String> prepend(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
