package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.ariqueue.proxy.wire.ProxyWireCodec;

/**
 * How application instances learn of each other and of orphaned dialogues, through the broker
 * alone.
 * <p>
 * Each instance binds an exclusive, auto-delete queue to a fanout exchange per application,
 * {@code ari-queue.membership.<application>}, and publishes a heartbeat there every interval: its
 * id and the dialogues it runs (id, server id, primary channel id). An instance that stays silent
 * for the instance timeout, or that says it is leaving, is gone; its dialogues are orphans. For
 * each orphan one survivor is designated by rendezvous hashing over the live instances, so that
 * survivors do not race; after another timeout any survivor may try. Whoever tries, the
 * exclusive consumers of the dialogue's queues decide: the broker lets one instance have them.
 *
 * @author ari-queue team
 */
final class Membership implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Membership.class);

	static final String EXCHANGE_PREFIX = "ari-queue.membership.";

	private static final int DIALOGUES_PER_HEARTBEAT = 4000;

	private final String instanceId;

	private final HighAvailabilitySettings settings;

	private final List<String> applications;

	private final Connection consumerConnection;

	private final Connection publisherConnection;

	private final int maxMessageBytes;

	private final Adopter adopter;

	private final Executor workers;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Member> members = new HashMap<>();

	private final Map<String, Orphan> orphans = new HashMap<>();

	private final Set<String> adopting = new HashSet<>();

	private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

	private Channel consumerChannel;

	private Channel publisherChannel;

	private long sequence;

	private long blindSince;

	Membership(String instanceId, HighAvailabilitySettings settings, List<String> applications,
			Connection consumerConnection, Connection publisherConnection, int maxMessageBytes, Adopter adopter,
			Executor workers) {
		this.instanceId = instanceId;
		this.settings = settings;
		this.applications = applications;
		this.consumerConnection = consumerConnection;
		this.publisherConnection = publisherConnection;
		this.maxMessageBytes = maxMessageBytes;
		this.adopter = adopter;
		this.workers = workers;
	}

	void start(ScheduledExecutorService scheduler) throws IOException {
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

		});
		long period = this.settings.heartbeatInterval().toMillis();
		this.tasks.add(scheduler.scheduleWithFixedDelay(this::heartbeat, 0, period, TimeUnit.MILLISECONDS));
		this.tasks.add(scheduler.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS));
	}

	/**
	 * Say that this instance leaves, with the dialogues it hands back, so that survivors adopt them
	 * at once.
	 * @param dialogues the dialogues it ran
	 */
	void leave(Collection<OwnedDialogue> dialogues) {
		this.tasks.forEach((task) -> task.cancel(false));
		publish(dialogues, true);
	}

	@Override
	public void close() {
		this.tasks.forEach((task) -> task.cancel(false));
		closeQuietly(this.consumerChannel);
		closeQuietly(this.publisherChannel);
	}

	private void heartbeat() {
		try {
			publish(this.adopter.ownedDialogues(), false);
		}
		catch (RuntimeException ex) {
			logger.debug("Could not publish a heartbeat", ex);
		}
	}

	private synchronized void publish(Collection<OwnedDialogue> dialogues, boolean leaving) {
		if (this.publisherChannel == null || !this.publisherChannel.isOpen()) {
			return;
		}
		long seq = ++this.sequence;
		for (String application : this.applications) {
			List<OwnedDialogue> mine = dialogues.stream().filter((d) -> application.equals(d.application())).toList();
			int from = 0;
			do {
				List<OwnedDialogue> part = mine.subList(from, Math.min(mine.size(), from + DIALOGUES_PER_HEARTBEAT));
				try {
					this.publisherChannel.basicPublish(EXCHANGE_PREFIX + application, "", null,
							heartbeatBody(application, seq, leaving, part));
				}
				catch (IOException | RuntimeException ex) {
					logger.debug("Could not publish a heartbeat for {}", application, ex);
					return;
				}
				from += DIALOGUES_PER_HEARTBEAT;
			}
			while (from < mine.size());
		}
	}

	private byte[] heartbeatBody(String application, long seq, boolean leaving, List<OwnedDialogue> dialogues) {
		ObjectNode heartbeat = this.json.createObjectNode();
		heartbeat.put("instance", this.instanceId);
		heartbeat.put("application", application);
		heartbeat.put("seq", seq);
		heartbeat.put("leaving", leaving);
		ArrayNode list = heartbeat.putArray("dialogues");
		for (OwnedDialogue dialogue : dialogues) {
			list.addArray()
				.add(dialogue.id())
				.add(dialogue.serverId())
				.add((dialogue.primaryChannelId() != null) ? dialogue.primaryChannelId() : "");
		}
		return this.json.writeValueAsBytes(heartbeat);
	}

	private void onHeartbeat(byte[] body) {
		if (body.length > this.maxMessageBytes) {
			logger.warn("Ignored a membership heartbeat of {} bytes, over the limit", body.length);
			return;
		}
		try {
			// a plain tree, never bound to types named by the message
			JsonNode heartbeat = this.json.readTree(body);
			String instance = heartbeat.path("instance").asString("");
			String application = heartbeat.path("application").asString("");
			if (instance.isEmpty() || instance.equals(this.instanceId) || !this.applications.contains(application)) {
				return;
			}
			long seq = heartbeat.path("seq").asLong(0);
			List<OwnedDialogue> dialogues = new ArrayList<>();
			for (JsonNode entry : heartbeat.path("dialogues")) {
				String id = entry.path(0).asString("");
				if (ProxyWireCodec.SAFE_DIALOGUE_ID.matcher(id).matches()) {
					String channel = entry.path(2).asString("");
					dialogues.add(new OwnedDialogue(id, entry.path(1).asString(""), application,
							channel.isEmpty() ? null : channel));
				}
			}
			heard(instance, seq, heartbeat.path("leaving").asBoolean(false), dialogues);
		}
		catch (JacksonException ex) {
			logger.warn("Ignored a membership heartbeat that is not valid JSON");
		}
	}

	private synchronized void heard(String instance, long seq, boolean leaving, List<OwnedDialogue> dialogues) {
		Member member = this.members.computeIfAbsent(instance, (key) -> {
			logger.info("ari-queue instance {} joined", key);
			return new Member();
		});
		member.lastSeen = System.nanoTime();
		member.seq = Math.max(member.seq, seq);
		member.leaving |= leaving;
		for (OwnedDialogue dialogue : dialogues) {
			member.dialogues.put(dialogue.id(), new Listed(dialogue, seq));
		}
	}

	private void check() {
		try {
			for (Orphan orphan : findOrphansToAdopt()) {
				this.workers.execute(() -> adopt(orphan));
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Membership check failed", ex);
		}
	}

	private synchronized List<Orphan> findOrphansToAdopt() {
		long now = System.nanoTime();
		long timeout = this.settings.instanceTimeout().toNanos();
		if (!this.consumerConnection.isOpen()) {
			// blind, not alone: silence heard while disconnected says nothing about the others
			this.blindSince = (this.blindSince != 0) ? this.blindSince : now;
			return List.of();
		}
		if (this.blindSince != 0) {
			this.blindSince = 0;
			this.members.values().forEach((member) -> member.lastSeen = Math.max(member.lastSeen, now));
		}
		Set<String> listed = new HashSet<>();
		List<String> live = new ArrayList<>();
		live.add(this.instanceId);
		for (Iterator<Map.Entry<String, Member>> it = this.members.entrySet().iterator(); it.hasNext();) {
			Map.Entry<String, Member> entry = it.next();
			Member member = entry.getValue();
			if (member.leaving || now - member.lastSeen > timeout) {
				it.remove();
				logger.info("ari-queue instance {} {}; its {} dialogues are orphaned", entry.getKey(),
						member.leaving ? "left" : "went silent", member.dialogues.size());
				for (Listed dialogue : member.dialogues.values()) {
					this.orphans.putIfAbsent(dialogue.dialogue().id(), new Orphan(dialogue.dialogue(), now));
				}
				continue;
			}
			// a dialogue missing from the last two heartbeats has ended there
			member.dialogues.values().removeIf((dialogue) -> dialogue.seq() < member.seq - 1);
			listed.addAll(member.dialogues.keySet());
			live.add(entry.getKey());
		}
		List<Orphan> toAdopt = new ArrayList<>();
		for (Iterator<Orphan> it = this.orphans.values().iterator(); it.hasNext();) {
			Orphan orphan = it.next();
			String id = orphan.dialogue().id();
			if (listed.contains(id) || this.adopter.runs(id) || now - orphan.since() > 3 * timeout) {
				if (!listed.contains(id) && !this.adopter.runs(id)) {
					logger.warn("Gave up adopting dialogue {}: no instance could take it", id);
				}
				it.remove();
			}
			else if (!this.adopting.contains(id)
					&& (designated(id, live).equals(this.instanceId) || now - orphan.since() > timeout)) {
				this.adopting.add(id);
				toAdopt.add(orphan);
			}
		}
		return toAdopt;
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

		volatile long lastSeen;

		long seq;

		boolean leaving;

		final Map<String, Listed> dialogues = new HashMap<>();

	}

	private record Listed(OwnedDialogue dialogue, long seq) {
	}

	private record Orphan(OwnedDialogue dialogue, long since) {
	}

}
