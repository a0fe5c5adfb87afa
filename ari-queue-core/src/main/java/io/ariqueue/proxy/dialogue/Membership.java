package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.proxy.dialogue.HeartbeatCodec.Heartbeat;
import io.ariqueue.proxy.wire.MalformedMessageException;

/**
 * How application instances learn of each other and of orphaned dialogues, through the broker
 * alone.
 * <p>
 * Each instance binds an exclusive, auto-delete queue to a fanout exchange per application,
 * {@code ari-queue.membership.<application>}, and publishes a heartbeat there every interval, on
 * a thread of its own ({@code ari-queue-membership-}) so that a slow publish delays nothing else.
 * An instance that stays silent for the instance timeout, or that says it is leaving, is gone; its
 * dialogues are orphans. For each orphan one survivor is designated by rendezvous hashing over the
 * live instances, so that survivors do not race; after another timeout any survivor may try.
 * Whoever tries, the exclusive consumers of the dialogue's queues decide: the broker lets one
 * instance have them.
 * <p>
 * A heartbeat does not list every dialogue (about 60 bytes each) every time: per application, an
 * instance sends its full list first, then only the dialogues added, changed or removed since its
 * previous message, and the full list again every {@value #FULL_LIST_EVERY} beats, after a failed
 * publish, when it hears a new instance, and when a peer asks for it ({@link HeartbeatCodec} has
 * the format). Messages are numbered per sender and application, and one channel publishes them,
 * so a receiver sees a lost message as a gap. Each receiver keeps a {@link HeartbeatView} per
 * sender and application, complete only from a whole full list on with no gap since; while it is
 * not, the receiver asks for the full list in each of its own heartbeats and the sender sends it
 * in its next beat (unless it sent one in the previous beat), so a view is whole again within
 * two or three intervals. A receiver that could not
 * hear for a while (its channel shut down, its connection was down) takes none of its views for
 * whole any more.
 * <p>
 * Adoption reads only the views: when an instance is gone, the dialogues its view holds are
 * orphans. From a complete view the designated survivor adopts them at once, as before. A view
 * known to be incomplete (the sender died before the full list it was asked for came) is never
 * taken as the designated survivor's word: its dialogues, each of them known to have run there,
 * become orphans that no survivor is designated for, tried only after the further timeout, so
 * that a survivor whose view is complete goes first; and a warning says that dialogues the view
 * missed may not be adopted. A view never lists a dialogue its sender reported ended.
 *
 * @author ari-queue team
 */
final class Membership implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Membership.class);

	static final String EXCHANGE_PREFIX = "ari-queue.membership.";

	/** How many beats apart an instance sends its full list unasked. */
	static final int FULL_LIST_EVERY = 30;

	private final String instanceId;

	private final HighAvailabilitySettings settings;

	private final List<String> applications;

	private final Connection consumerConnection;

	private final Connection publisherConnection;

	private final Adopter adopter;

	private final Executor workers;

	private final LongSupplier nanoTime;

	private final HeartbeatCodec codec;

	private final Map<String, HeartbeatOutbox> outboxes = new LinkedHashMap<>();

	private final Map<String, Member> members = new HashMap<>();

	private final Map<String, Orphan> orphans = new HashMap<>();

	private final Set<String> adopting = new HashSet<>();

	private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

	private final Object publishLock = new Object();

	/** Whether the leaving heartbeat went out: nothing may follow it. Guarded by the publish lock. */
	private boolean left;

	private ScheduledThreadPoolExecutor scheduler;

	private Channel consumerChannel;

	private Channel publisherChannel;

	private long blindSince;

	Membership(String instanceId, HighAvailabilitySettings settings, List<String> applications,
			Connection consumerConnection, Connection publisherConnection, int maxMessageBytes, Adopter adopter,
			Executor workers) {
		this(instanceId, settings, applications, consumerConnection, publisherConnection, maxMessageBytes, adopter,
				workers, System::nanoTime);
	}

	Membership(String instanceId, HighAvailabilitySettings settings, List<String> applications,
			Connection consumerConnection, Connection publisherConnection, int maxMessageBytes, Adopter adopter,
			Executor workers, LongSupplier nanoTime) {
		this.instanceId = instanceId;
		this.settings = settings;
		this.applications = applications;
		this.consumerConnection = consumerConnection;
		this.publisherConnection = publisherConnection;
		this.adopter = adopter;
		this.workers = workers;
		this.nanoTime = nanoTime;
		this.codec = new HeartbeatCodec(maxMessageBytes);
		for (String application : applications) {
			this.outboxes.put(application, new HeartbeatOutbox(instanceId, application, this.codec, FULL_LIST_EVERY));
		}
	}

	/**
	 * Bind this instance's queue, and send heartbeats and look for orphans every interval, on a
	 * thread of its own that {@link #close()} ends.
	 * @throws IOException if the broker refuses a declaration
	 */
	void start() throws IOException {
		open();
		ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
				new NamedThreadFactory("ari-queue-membership-"));
		scheduler.setRemoveOnCancelPolicy(true);
		this.scheduler = scheduler;
		long period = this.settings.heartbeatInterval().toMillis();
		this.tasks.add(scheduler.scheduleWithFixedDelay(SchedulerTasks.logged("send a membership heartbeat",
				this::heartbeat), 0, period, TimeUnit.MILLISECONDS));
		this.tasks.add(scheduler.scheduleWithFixedDelay(SchedulerTasks.logged("look for orphaned dialogues",
				this::check), period, period, TimeUnit.MILLISECONDS));
	}

	/**
	 * Open the channels, declare and bind, and consume: {@link #start()} without the timer.
	 * @throws IOException if the broker refuses a declaration
	 */
	void open() throws IOException {
		this.consumerChannel = this.consumerConnection.createChannel();
		this.publisherChannel = this.publisherConnection.createChannel();
		String queue = this.consumerChannel
			.queueDeclare("", false, true, true,
					Map.of("x-message-ttl", Math.toIntExact(this.settings.instanceTimeout().toMillis())))
			.getQueue();
		for (String application : this.applications) {
			// declared on both connections: each recovers it, and a heartbeat never meets a missing exchange
			this.consumerChannel.exchangeDeclare(EXCHANGE_PREFIX + application, BuiltinExchangeType.FANOUT, false, true,
					null);
			this.publisherChannel.exchangeDeclare(EXCHANGE_PREFIX + application, BuiltinExchangeType.FANOUT, false,
					true, null);
			this.consumerChannel.queueBind(queue, EXCHANGE_PREFIX + application, "");
		}
		this.consumerChannel.basicConsume(queue, true, new DefaultConsumer(this.consumerChannel) {

			@Override
			public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
				onHeartbeat(body);
			}

			@Override
			public void handleShutdownSignal(String tag, ShutdownSignalException cause) {
				// until recovery consumes again, whatever is sent is lost to this instance
				lostTrack();
			}

		});
	}

	/**
	 * Say that this instance leaves, with the dialogues it hands back, so that survivors adopt them
	 * at once. The last heartbeat is a full list, whole in itself whatever a receiver missed.
	 * @param dialogues the dialogues it ran
	 */
	void leave(Collection<OwnedDialogue> dialogues) {
		cancelTasks();
		synchronized (this.publishLock) {
			// a beat that was already running must not follow the leaving heartbeat
			this.left = true;
			for (HeartbeatOutbox outbox : this.outboxes.values()) {
				if (!publish(outbox, outbox.leaving(dialogues))) {
					return;
				}
			}
		}
	}

	@Override
	public void close() {
		cancelTasks();
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
		closeQuietly(this.consumerChannel);
		closeQuietly(this.publisherChannel);
	}

	private void cancelTasks() {
		synchronized (this.tasks) {
			this.tasks.forEach((task) -> task.cancel(false));
		}
	}

	void heartbeat() {
		Collection<OwnedDialogue> owned = this.adopter.ownedDialogues();
		synchronized (this.publishLock) {
			if (this.left) {
				return;
			}
			for (HeartbeatOutbox outbox : this.outboxes.values()) {
				if (!publish(outbox, outbox.nextBeat(owned, wantedFullLists(outbox.application())))) {
					return;
				}
			}
		}
	}

	private boolean publish(HeartbeatOutbox outbox, List<byte[]> bodies) {
		Channel channel = this.publisherChannel;
		if (channel == null || !channel.isOpen()) {
			this.outboxes.values().forEach(HeartbeatOutbox::failed);
			return false;
		}
		String exchange = EXCHANGE_PREFIX + outbox.application();
		try {
			for (byte[] body : bodies) {
				channel.basicPublish(exchange, "", null, body);
			}
			return true;
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not publish a heartbeat to {}", exchange, ex);
			this.outboxes.values().forEach(HeartbeatOutbox::failed);
			return false;
		}
	}

	void onHeartbeat(byte[] body) {
		Heartbeat heartbeat;
		try {
			heartbeat = this.codec.read(body);
		}
		catch (MalformedMessageException ex) {
			logger.warn("Ignored a malformed membership heartbeat: {}", ex.getMessage());
			return;
		}
		if (heartbeat.instance().equals(this.instanceId) || !this.applications.contains(heartbeat.application())) {
			return;
		}
		if (heartbeat.skipped() > 0) {
			logger.warn("Skipped {} malformed entries in a membership heartbeat of instance {}", heartbeat.skipped(),
					heartbeat.instance());
		}
		heard(heartbeat);
	}

	private void heard(Heartbeat heartbeat) {
		boolean newView = false;
		synchronized (this) {
			Member member = this.members.get(heartbeat.instance());
			if (member == null) {
				logger.info("ari-queue instance {} joined", heartbeat.instance());
				member = new Member();
				this.members.put(heartbeat.instance(), member);
			}
			member.lastSeen = this.nanoTime.getAsLong();
			HeartbeatView view = member.views.get(heartbeat.application());
			if (view == null) {
				view = new HeartbeatView();
				member.views.put(heartbeat.application(), view);
				newView = true;
			}
			view.apply(heartbeat);
		}
		// the outboxes have their own lock: a full list being written does not hold up receiving
		HeartbeatOutbox outbox = this.outboxes.get(heartbeat.application());
		if (newView) {
			outbox.peerJoined();
		}
		else if (heartbeat.wanted().contains(this.instanceId)) {
			outbox.requested();
		}
	}

	private synchronized void lostTrack() {
		this.members.values().forEach((member) -> member.views.values().forEach(HeartbeatView::lostTrack));
	}

	private synchronized List<String> wantedFullLists(String application) {
		List<String> wanted = new ArrayList<>();
		for (Map.Entry<String, Member> entry : this.members.entrySet()) {
			HeartbeatView view = entry.getValue().views.get(application);
			if (view != null && view.wantsFullList() && wanted.size() < HeartbeatCodec.MAX_WANTED) {
				wanted.add(entry.getKey());
			}
		}
		return wanted;
	}

	void check() {
		for (Orphan orphan : findOrphansToAdopt()) {
			try {
				this.workers.execute(() -> adopt(orphan));
			}
			catch (RejectedExecutionException ex) {
				// the runtime is stopping: another check, or another survivor, may try it
				synchronized (this) {
					this.adopting.remove(orphan.dialogue().id());
				}
			}
		}
	}

	private synchronized List<Orphan> findOrphansToAdopt() {
		long now = this.nanoTime.getAsLong();
		long timeout = this.settings.instanceTimeout().toNanos();
		if (!this.consumerConnection.isOpen()) {
			// blind, not alone: silence heard while disconnected says nothing about the others
			this.blindSince = (this.blindSince != 0) ? this.blindSince : now;
			return List.of();
		}
		if (this.blindSince != 0) {
			this.blindSince = 0;
			for (Member member : this.members.values()) {
				member.lastSeen = Math.max(member.lastSeen, now);
			}
			lostTrack();
		}
		List<HeartbeatView> liveViews = new ArrayList<>();
		List<String> live = new ArrayList<>();
		live.add(this.instanceId);
		for (Iterator<Map.Entry<String, Member>> it = this.members.entrySet().iterator(); it.hasNext();) {
			Map.Entry<String, Member> entry = it.next();
			Member member = entry.getValue();
			member.views.values().forEach(HeartbeatView::prune);
			if (member.leaving() || now - member.lastSeen > timeout) {
				it.remove();
				orphan(entry.getKey(), member, now);
				continue;
			}
			liveViews.addAll(member.views.values());
			live.add(entry.getKey());
		}
		List<Orphan> toAdopt = new ArrayList<>();
		for (Iterator<Orphan> it = this.orphans.values().iterator(); it.hasNext();) {
			Orphan orphan = it.next();
			String id = orphan.dialogue().id();
			boolean listed = liveViews.stream().anyMatch((view) -> view.lists(id));
			if (listed || this.adopter.runs(id) || now - orphan.since() > 3 * timeout) {
				if (!listed && !this.adopter.runs(id)) {
					logger.warn("Gave up adopting dialogue {}: no instance could take it", id);
				}
				it.remove();
			}
			else if (!this.adopting.contains(id) && ((orphan.designate() && designated(id, live).equals(this.instanceId))
					|| now - orphan.since() > timeout)) {
				this.adopting.add(id);
				toAdopt.add(orphan);
			}
		}
		return toAdopt;
	}

	private void orphan(String instance, Member member, long now) {
		int count = 0;
		int unsure = 0;
		for (HeartbeatView view : member.views.values()) {
			for (OwnedDialogue dialogue : view.dialogues()) {
				this.orphans.putIfAbsent(dialogue.id(), new Orphan(dialogue, now, view.complete()));
				count++;
				unsure += view.complete() ? 0 : 1;
			}
		}
		logger.info("ari-queue instance {} {}; its {} dialogues are orphaned", instance,
				member.leaving() ? "left" : "went silent", count);
		if (member.views.values().stream().anyMatch((view) -> !view.complete())) {
			logger.warn("The list of instance {}'s dialogues was incomplete here (a heartbeat was lost); {} known "
					+ "dialogues wait a further {} so that a survivor with the whole list goes first, and dialogues "
					+ "missing here may not be adopted", instance, unsure, this.settings.instanceTimeout());
		}
	}

	private void adopt(Orphan orphan) {
		AdoptionResult result = AdoptionResult.FAILED;
		try {
			result = this.adopter.adopt(orphan.dialogue());
		}
		finally {
			synchronized (this) {
				this.adopting.remove(orphan.dialogue().id());
				if (result == AdoptionResult.ADOPTED || result == AdoptionResult.GONE) {
					this.orphans.remove(orphan.dialogue().id(), orphan);
				}
			}
		}
	}

	private static String designated(String dialogueId, List<String> instances) {
		String best = null;
		long bestScore = Long.MIN_VALUE;
		for (String instance : instances) {
			long score = mix(dialogueId.hashCode() * 31L + instance.hashCode());
			if (best == null || score > bestScore || (score == bestScore && instance.compareTo(best) < 0)) {
				best = instance;
				bestScore = score;
			}
		}
		return best;
	}

	private static long mix(long value) {
		// the 64-bit finaliser of MurmurHash3: spreads close inputs far apart
		value ^= value >>> 33;
		value *= 0xff51afd7ed558ccdL;
		value ^= value >>> 33;
		value *= 0xc4ceb9fe1a85ec53L;
		return value ^ (value >>> 33);
	}

	private static void closeQuietly(Channel channel) {
		if (channel != null && channel.isOpen()) {
			try {
				channel.close();
			}
			catch (Exception ex) {
				logger.trace("Error closing a membership channel", ex);
			}
		}
	}

	/**
	 * A dialogue an instance runs, as its heartbeat lists it.
	 *
	 * @param id the dialogue id
	 * @param serverId the proxy's server id
	 * @param application the ARI application
	 * @param primaryChannelId the primary channel's id, or {@code null} before its StasisStart
	 */
	record OwnedDialogue(String id, String serverId, String application, String primaryChannelId) {
	}

	enum AdoptionResult {

		/** This instance runs the dialogue now. */
		ADOPTED,
		/** The dialogue's queues are gone: nothing to adopt. */
		GONE,
		/** Another instance consumes the queues. */
		OWNED_ELSEWHERE,
		/** This instance is at its active-dialogue limit. */
		NO_ROOM,
		/** The broker failed the attempt. */
		FAILED

	}

	/**
	 * What membership needs from the runtime.
	 */
	interface Adopter {

		Collection<OwnedDialogue> ownedDialogues();

		boolean runs(String dialogueId);

		AdoptionResult adopt(OwnedDialogue dialogue);

	}

	private static final class Member {

		long lastSeen;

		final Map<String, HeartbeatView> views = new HashMap<>();

		boolean leaving() {
			return this.views.values().stream().anyMatch(HeartbeatView::leaving);
		}

	}

	/**
	 * A dialogue whose instance is gone.
	 *
	 * @param dialogue the dialogue
	 * @param since when it was found orphaned
	 * @param designate whether it came from a complete view, so that the designated survivor may
	 * adopt it at once
	 */
	private record Orphan(OwnedDialogue dialogue, long since, boolean designate) {
	}

}
