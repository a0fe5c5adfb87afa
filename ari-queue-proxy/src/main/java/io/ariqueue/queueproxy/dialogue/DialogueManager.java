package io.ariqueue.queueproxy.dialogue;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.ariqueue.proxy.amqp.DeliveryListener;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.amqp.QueueStatus;
import io.ariqueue.proxy.amqp.Subscription;
import io.ariqueue.proxy.wire.ProxySideWireCodec;
import io.ariqueue.queueproxy.amqp.DialogueQueues;
import io.ariqueue.queueproxy.amqp.Outboxes;
import io.ariqueue.queueproxy.amqp.ProxyBroker;
import io.ariqueue.queueproxy.asterisk.AriPaths;
import io.ariqueue.queueproxy.asterisk.AsteriskHttp;
import io.ariqueue.queueproxy.asterisk.AsteriskReply;
import io.ariqueue.queueproxy.asterisk.AsteriskUnavailableException;

/**
 * Starts, takes back and ends dialogues.
 * <p>
 * A new dialogue's queues are declared and its command queue consumed before its announcement
 * is published: a client may send commands the moment it reads the announcement. An ended
 * dialogue keeps its queues and keeps running commands for a grace period, so that a slow
 * client still gets its late events and answers; then its consumer is cancelled, the bridges it
 * left behind are destroyed, and its queues are deleted, but never while a client still consumes
 * them.
 *
 * @author ari-queue team
 */
public final class DialogueManager {

	private static final Logger logger = LoggerFactory.getLogger(DialogueManager.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final DateTimeFormatter ASTERISK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	private final DialogueRegistry registry;

	private final ProxyBroker broker;

	private final Outboxes outboxes;

	private final ProxySideWireCodec codec;

	private final AsteriskHttp asterisk;

	private final ScheduledExecutorService scheduler;

	private final Executor lanes;

	private final DialogueSettings settings;

	private final AtomicInteger active = new AtomicInteger();

	private final Counter started;

	private final MeterRegistry meters;

	private volatile BiConsumer<Dialogue, InboundMessage> commandHandler = (dialogue, message) -> message.requeue();

	private volatile boolean stopping;

	/**
	 * Create a manager.
	 * @param registry the dialogues and their objects
	 * @param broker the broker
	 * @param outboxes the ordered ways to the broker
	 * @param codec writes the proxy's messages
	 * @param asterisk Asterisk's REST Interface
	 * @param scheduler runs the timers
	 * @param lanes the pool the dialogues' lanes share
	 * @param settings how dialogues live
	 * @param meters where to count
	 */
	public DialogueManager(DialogueRegistry registry, ProxyBroker broker, Outboxes outboxes, ProxySideWireCodec codec,
			AsteriskHttp asterisk, ScheduledExecutorService scheduler, Executor lanes, DialogueSettings settings,
			MeterRegistry meters) {
		this.registry = registry;
		this.broker = broker;
		this.outboxes = outboxes;
		this.codec = codec;
		this.asterisk = asterisk;
		this.scheduler = scheduler;
		this.lanes = lanes;
		this.settings = settings;
		Gauge.builder("ari.proxy.dialogues.active", this.active, AtomicInteger::get)
			.description("Dialogues that have not ended")
			.register(meters);
		this.started = Counter.builder("ari.proxy.dialogues.started")
			.description("Dialogues started, taken back after a restart included")
			.register(meters);
		this.meters = meters;
	}

	/**
	 * Say who runs the commands that arrive for a dialogue.
	 * @param commandHandler receives each command message
	 */
	public void setCommandHandler(BiConsumer<Dialogue, InboundMessage> commandHandler) {
		this.commandHandler = commandHandler;
	}

	/**
	 * The settings.
	 * @return the settings
	 */
	public DialogueSettings settings() {
		return this.settings;
	}

	/**
	 * The registry.
	 * @return the registry
	 */
	public DialogueRegistry registry() {
		return this.registry;
	}

	/**
	 * How many events wait for the broker.
	 * @return the events
	 */
	public int bufferedEvents() {
		return this.outboxes.bufferedEvents();
	}

	/**
	 * How many dialogues have not ended.
	 * @return the count
	 */
	public int activeDialogues() {
		return this.active.get();
	}

	/**
	 * Start a dialogue for a channel that entered Stasis and belongs to none.
	 * @param application the Stasis application
	 * @param channelId the channel
	 * @return the dialogue
	 */
	public Dialogue start(String application, String channelId) {
		Dialogue dialogue = create(UUID.randomUUID().toString(), application);
		bindChannel(dialogue, channelId, true);
		dialogue.outbox().step(() -> setUp(dialogue, true));
		logger.debug("Dialogue {} started for channel {} in {}", dialogue.id(), channelId, application);
		return dialogue;
	}

	/**
	 * Take back a dialogue found in Asterisk after a restart: same id, same queues, no new
	 * announcement.
	 * @param dialogueId the id recorded on its channels
	 * @param channelIds its channels
	 * @return the dialogue
	 */
	public Dialogue adopt(String dialogueId, List<String> channelIds) {
		Dialogue dialogue = create(dialogueId, "");
		for (String channelId : channelIds) {
			this.registry.bind(dialogue, ObjectRef.channel(channelId));
			dialogue.channelArrived(channelId);
		}
		dialogue.outbox().step(() -> setUp(dialogue, false));
		logger.info("Dialogue {} taken back with channels {}", dialogueId, channelIds);
		return dialogue;
	}

	private Dialogue create(String id, String application) {
		Dialogue dialogue = new Dialogue(id, application, this.outboxes.open(id), new SerialLane(this.lanes));
		this.registry.add(dialogue);
		this.active.incrementAndGet();
		this.started.increment();
		return dialogue;
	}

	private void setUp(Dialogue dialogue, boolean announce) throws IOException {
		if (dialogue.state() == Dialogue.State.ENDED) {
			return;
		}
		this.broker.declareDialogueQueues(dialogue.id());
		if (dialogue.commands() == null) {
			dialogue.commands(this.broker.consumeCommands(dialogue.id(), new CommandListener(dialogue)));
		}
		if (announce) {
			this.broker.publish(dialogue.application(),
					this.codec.writeAnnouncement(dialogue.application(), dialogue.id(), this.settings.serverId()));
		}
	}

	/**
	 * Bind a channel to a dialogue and record the dialogue on the channel in Asterisk, unless the
	 * command that creates the channel records it already.
	 * @param dialogue the dialogue
	 * @param channelId the channel
	 * @param recordVariable whether to set the channel variable now
	 * @return whether the channel was not bound before
	 */
	public boolean bindChannel(Dialogue dialogue, String channelId, boolean recordVariable) {
		return bindChannel(dialogue, channelId, recordVariable, true);
	}

	/**
	 * Bind a channel to a dialogue, as one that keeps the dialogue alive or not.
	 * @param dialogue the dialogue
	 * @param channelId the channel
	 * @param recordVariable whether to set the channel variable now
	 * @param live whether the dialogue lasts as long as the channel; a channel sent into the
	 * dialplan does not, as Asterisk tells the application nothing more of it until it enters
	 * Stasis
	 * @return whether the channel was not bound before
	 */
	public boolean bindChannel(Dialogue dialogue, String channelId, boolean recordVariable, boolean live) {
		boolean bound = this.registry.bind(dialogue, ObjectRef.channel(channelId));
		if (live) {
			dialogue.channelArrived(channelId);
		}
		if (bound && recordVariable) {
			// beside the dialogue's lane, not in it: the client's first command need not wait for it
			this.lanes.execute(() -> recordDialogue(dialogue, channelId));
		}
		return bound;
	}

	/**
	 * Record a dialogue on a channel in Asterisk, in a channel variable.
	 * @param dialogue the dialogue
	 * @param channelId the channel
	 */
	public void recordDialogue(Dialogue dialogue, String channelId) {
		setVariable(dialogue, channelId, this.settings.dialogueVariable(), dialogue.id());
	}

	private void setVariable(Dialogue dialogue, String channelId, String variable, String value) {
		String body = json.createObjectNode().put("variable", variable).put("value", value).toString();
		try {
			AsteriskReply reply = this.asterisk.exchange("POST", "/channels/" + AriPaths.segment(channelId) + "/variable", body);
			if (!reply.isSuccess() && reply.status() != 404) {
				logger.warn("Could not record {} of dialogue {} on channel {}: {} {}", variable, dialogue.id(), channelId,
						reply.status(), reply.body());
			}
		}
		catch (AsteriskUnavailableException ex) {
			logger.warn("Could not record {} of dialogue {} on channel {}: {}", variable, dialogue.id(), channelId,
					ex.getMessage());
		}
	}

	/**
	 * Asterisk showed that a channel of a dialogue exists, for example in its answer to the
	 * command that created it.
	 * @param dialogue the dialogue
	 * @param channelId the channel
	 * @param snapshot the channel as Asterisk showed it
	 */
	public void channelShown(Dialogue dialogue, String channelId, JsonNode snapshot) {
		dialogue.channelSeen(channelId, snapshot);
	}

	/**
	 * A channel of a dialogue left Stasis or was destroyed.
	 * @param dialogue the dialogue
	 * @param channelId the channel
	 */
	public void channelGone(Dialogue dialogue, String channelId) {
		if (dialogue.channelGone(channelId)) {
			end(dialogue, Dialogue.EndReason.LAST_CHANNEL_GONE);
		}
	}

	/**
	 * A channel entered Stasis again in a dialogue that owns it.
	 * @param dialogue the dialogue
	 * @param channelId the channel
	 */
	public void channelReturned(Dialogue dialogue, String channelId) {
		dialogue.channelArrived(channelId);
		if (dialogue.revive()) {
			logger.debug("Dialogue {} goes on: channel {} is back", dialogue.id(), channelId);
		}
	}

	/**
	 * A dialogue's command created a bridge: remember it, to destroy it if it is left behind, and
	 * record it on the dialogue's channels in Asterisk, for a restarted proxy.
	 * @param dialogue the dialogue
	 * @param bridgeId the bridge
	 */
	public void bridgeCreated(Dialogue dialogue, String bridgeId) {
		dialogue.bridgeCreated(bridgeId);
		String bridges = String.join(",", dialogue.createdBridges());
		for (String channelId : dialogue.liveChannels()) {
			// beside the dialogue's lane, as for the dialogue itself: the next command need not wait
			this.lanes.execute(() -> setVariable(dialogue, channelId, this.settings.bridgesVariable(), bridges));
		}
	}

	/**
	 * Take back the bridges a dialogue created before the proxy restarted, as recorded on its
	 * channels, that Asterisk still has.
	 * @param dialogue the dialogue
	 * @param bridgeIds the bridges
	 */
	public void bridgesTakenBack(Dialogue dialogue, Collection<String> bridgeIds) {
		for (String bridgeId : bridgeIds) {
			this.registry.bind(dialogue, ObjectRef.bridge(bridgeId));
			dialogue.bridgeCreated(bridgeId);
		}
	}

	/**
	 * A bridge was destroyed.
	 * @param dialogue a dialogue that owns it
	 * @param bridgeId the bridge
	 */
	public void bridgeDestroyed(Dialogue dialogue, String bridgeId) {
		dialogue.bridgeDestroyed(bridgeId);
	}

	/**
	 * End a dialogue: after the grace period (at once when the client ended it) its commands stop
	 * and its queues go.
	 * @param dialogue the dialogue
	 * @param reason why
	 */
	public void end(Dialogue dialogue, Dialogue.EndReason reason) {
		if (!dialogue.startEnding(reason)) {
			return;
		}
		logger.debug("Dialogue {} ends: {}", dialogue.id(), reason);
		long delay = (reason == Dialogue.EndReason.CLIENT_ENDED) ? 0 : this.settings.gracePeriod().toMillis();
		this.scheduler.schedule(() -> tearDown(dialogue), delay, TimeUnit.MILLISECONDS);
	}

	private void tearDown(Dialogue dialogue) {
		if (dialogue.state() != Dialogue.State.ENDING || this.stopping) {
			return;
		}
		try {
			if (!readyToTearDown(dialogue)) {
				return;
			}
		}
		catch (RuntimeException ex) {
			// the broker is away: look again later
			logger.debug("Dialogue {}: cannot check its queues yet: {}", dialogue.id(), ex.getMessage());
			this.scheduler.schedule(() -> tearDown(dialogue), 1, TimeUnit.SECONDS);
			return;
		}
		Subscription commands = dialogue.commands();
		if (commands != null) {
			commands.cancel();
		}
		dialogue.lane().execute(() -> {
			if (this.settings.destroyLeftoverBridges()) {
				destroyLeftoverBridges(dialogue);
			}
			dialogue.outbox().whenDrained(() -> finish(dialogue));
		});
	}

	/**
	 * Whether the dialogue may stop taking commands now: commands the client sent before the end
	 * still run. If not, another look is scheduled.
	 */
	private boolean readyToTearDown(Dialogue dialogue) {
		if (dialogue.endReason() != Dialogue.EndReason.CLIENT_ENDED) {
			QueueStatus commands = this.broker.status(DialogueQueues.commands(dialogue.id()));
			if (commands != null && commands.messages() > 0) {
				this.scheduler.schedule(() -> tearDown(dialogue), 100, TimeUnit.MILLISECONDS);
				return false;
			}
		}
		return true;
	}

	/**
	 * Delete an ended dialogue's queues once its client no longer consumes them, or once it had
	 * long enough to let go.
	 */
	private void deleteWhenReleased(String dialogueId, long deadlineNanos) {
		if (this.stopping) {
			return;
		}
		try {
			if (System.nanoTime() < deadlineNanos && clientConsumes(dialogueId)) {
				this.scheduler.schedule(() -> deleteWhenReleased(dialogueId, deadlineNanos),
						Math.max(200, this.settings.gracePeriod().toMillis()), TimeUnit.MILLISECONDS);
				return;
			}
		}
		catch (RuntimeException ex) {
			// the broker is away: look again later
			this.scheduler.schedule(() -> deleteWhenReleased(dialogueId, deadlineNanos), 1, TimeUnit.SECONDS);
			return;
		}
		this.broker.delete(DialogueQueues.all(dialogueId));
	}

	private boolean clientConsumes(String dialogueId) {
		for (String queue : List.of(DialogueQueues.events(dialogueId), DialogueQueues.responses(dialogueId))) {
			QueueStatus status = this.broker.status(queue);
			if (status != null && status.consumers() > 0) {
				return true;
			}
		}
		return false;
	}

	private void destroyLeftoverBridges(Dialogue dialogue) {
		for (String bridgeId : dialogue.createdBridges()) {
			try {
				AsteriskReply reply = this.asterisk.exchange("DELETE", "/bridges/" + AriPaths.segment(bridgeId), null);
				if (reply.isSuccess()) {
					logger.debug("Dialogue {}: destroyed bridge {} it left behind", dialogue.id(), bridgeId);
				}
			}
			catch (AsteriskUnavailableException ex) {
				logger.warn("Dialogue {}: could not destroy bridge {} it left behind: {}", dialogue.id(), bridgeId,
						ex.getMessage());
			}
		}
	}

	private void finish(Dialogue dialogue) {
		if (!dialogue.markEnded()) {
			return;
		}
		this.registry.remove(dialogue);
		dialogue.outbox().discard();
		this.active.decrementAndGet();
		Counter.builder("ari.proxy.dialogues.ended")
			.description("Dialogues ended, by why")
			.tag("reason", dialogue.endReason().name().toLowerCase(Locale.ROOT))
			.register(this.meters)
			.increment();
		if (this.settings.deletesQueues()) {
			// never delete a queue a client still consumes: it would cut the client off mid-read
			deleteWhenReleased(dialogue.id(), System.nanoTime() + this.settings.clientReleaseTimeout().toNanos());
		}
		logger.debug("Dialogue {} ended ({})", dialogue.id(), dialogue.endReason());
	}

	/**
	 * Look whether the clients due for a look still consume their dialogues' queues, and end
	 * those whose client is gone. A client is due once it was neither looked at nor heard from (a
	 * command) for the check interval: called often, this spreads the looks over the interval as
	 * the dialogues' starts are spread, instead of one look per dialogue all at once, which held
	 * up every command behind them.
	 */
	public void checkClients() {
		checkClients(this.settings.clientCheckInterval().toNanos());
	}

	private void checkClients(long dueAfterNanos) {
		for (Dialogue dialogue : this.registry.all()) {
			if (dialogue.state() != Dialogue.State.ACTIVE || dialogue.commands() == null
					|| !dialogue.clientLookDue(dueAfterNanos)) {
				continue;
			}
			try {
				QueueStatus events = this.broker.status(DialogueQueues.events(dialogue.id()));
				if (events == null) {
					logger.info("Dialogue {}: its events queue is gone; the client ended it", dialogue.id());
					end(dialogue, Dialogue.EndReason.CLIENT_ENDED);
				}
				else if (dialogue.clientLooked(events.consumers())) {
					logger.info("Dialogue {}: its client stopped consuming; ending it", dialogue.id());
					end(dialogue, Dialogue.EndReason.CLIENT_ENDED);
				}
			}
			catch (RuntimeException ex) {
				logger.debug("Could not look at the queues of dialogue {}: {}", dialogue.id(), ex.getMessage());
				return;
			}
		}
	}

	/**
	 * A message to a queue came back: no queue took it.
	 * @param queue the queue
	 */
	public void returned(String queue) {
		String dialogueId = DialogueQueues.dialogueOf(queue);
		Dialogue dialogue = (dialogueId != null) ? this.registry.get(dialogueId) : null;
		if (dialogue != null && dialogue.state() != Dialogue.State.ENDED) {
			logger.info("Dialogue {}: queue {} is gone; the client ended it", dialogueId, queue);
			end(dialogue, Dialogue.EndReason.CLIENT_ENDED);
		}
		else if (dialogueId == null) {
			logger.warn("A message to {} was returned: no such queue", queue);
		}
	}

	/**
	 * The broker connection came back: consumers of live dialogues were restored with it; look
	 * again at those whose queues a client may have deleted meanwhile.
	 */
	public void brokerRecovered() {
		this.scheduler.execute(() -> checkClients(0));
	}

	/**
	 * Look at the channels Asterisk has now, after the events WebSocket (re)connected. A live
	 * channel of a dialogue that Asterisk had shown and no longer has vanished without an event,
	 * as in an Asterisk restart: its client gets the {@code StasisEnd} and
	 * {@code ChannelDestroyed} Asterisk could not send, built from the channel's latest snapshot,
	 * and a dialogue whose channels all vanished ends. A channel a command is still creating has
	 * not been shown yet and is left alone.
	 * @param present the channels Asterisk has now, by id, as it lists them
	 */
	public void reconcile(Map<String, JsonNode> present) {
		for (Dialogue dialogue : this.registry.all()) {
			if (dialogue.state() == Dialogue.State.ENDED) {
				continue;
			}
			for (String channelId : dialogue.liveChannels()) {
				JsonNode listed = present.get(channelId);
				if (listed != null) {
					dialogue.channelSeen(channelId, listed);
				}
			}
			for (Map.Entry<String, JsonNode> confirmed : dialogue.confirmedChannels().entrySet()) {
				String channelId = confirmed.getKey();
				if (present.containsKey(channelId)) {
					continue;
				}
				logger.info("Dialogue {}: channel {} is gone from Asterisk without an event; telling its client",
						dialogue.id(), channelId);
				vanished(dialogue, confirmed.getValue());
				if (dialogue.channelGone(channelId)) {
					logger.info("Dialogue {}: its channels are gone from Asterisk; ending it", dialogue.id());
					end(dialogue, Dialogue.EndReason.CHANNELS_VANISHED);
				}
			}
		}
	}

	/**
	 * Publish the events that Asterisk sends when a channel in Stasis hangs up, for a channel it
	 * lost without a word.
	 */
	private void vanished(Dialogue dialogue, JsonNode channel) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		String timestamp = ASTERISK_TIME.format(now);
		String application = dialogue.application();
		if (application.isEmpty() && this.registry.applications().size() == 1) {
			application = this.registry.applications().iterator().next();
		}
		ObjectNode stasisEnd = json.createObjectNode().put("type", "StasisEnd").put("timestamp", timestamp);
		stasisEnd.set("channel", channel);
		ObjectNode destroyed = json.createObjectNode()
			.put("type", "ChannelDestroyed")
			.put("timestamp", timestamp)
			.put("cause", 0)
			.put("cause_txt", "Unknown");
		destroyed.set("channel", channel);
		for (ObjectNode event : List.of(stasisEnd, destroyed)) {
			if (!application.isEmpty()) {
				event.put("application", application);
			}
			dialogue.outbox()
				.event(DialogueQueues.events(dialogue.id()), this.codec.writeEvent(this.settings.serverId(), now,
						event.path("type").asString(), event.toString()));
		}
	}

	/**
	 * Stop taking commands, let running ones finish, and keep the queues of live calls.
	 * @param timeoutMillis how long to wait for running commands
	 */
	public void stop(long timeoutMillis) {
		this.stopping = true;
		List<Dialogue> dialogues = this.registry.all();
		for (Dialogue dialogue : dialogues) {
			Subscription commands = dialogue.commands();
			if (commands != null) {
				commands.cancel();
			}
		}
		long deadline = System.currentTimeMillis() + timeoutMillis;
		List<Dialogue> busy = new ArrayList<>();
		for (Dialogue dialogue : dialogues) {
			if (!dialogue.lane().awaitIdle(Math.max(1, deadline - System.currentTimeMillis()))) {
				busy.add(dialogue);
			}
		}
		if (!busy.isEmpty()) {
			logger.warn("{} dialogues still ran commands when the shutdown time-out passed", busy.size());
		}
		// responses of the commands that just finished, and events, still go out
		while (System.currentTimeMillis() < deadline && this.outboxes.pending() > 0) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private final class CommandListener implements DeliveryListener {

		private final Dialogue dialogue;

		CommandListener(Dialogue dialogue) {
			this.dialogue = dialogue;
		}

		@Override
		public void onDelivery(InboundMessage delivery) {
			DialogueManager.this.commandHandler.accept(this.dialogue, delivery);
		}

		@Override
		public void onCancelled(String queue) {
			if (this.dialogue.state() == Dialogue.State.ENDED || DialogueManager.this.stopping) {
				return;
			}
			logger.info("Dialogue {}: {} was deleted or its consumer cancelled; the client ended it",
					this.dialogue.id(), queue);
			this.dialogue.commands(null);
			DialogueManager.this.end(this.dialogue, Dialogue.EndReason.CLIENT_ENDED);
			if (this.dialogue.state() == Dialogue.State.ENDING) {
				// already ending for another reason: go now, the client has left
				DialogueManager.this.scheduler.execute(() -> tearDown(this.dialogue));
			}
		}

	}

}
