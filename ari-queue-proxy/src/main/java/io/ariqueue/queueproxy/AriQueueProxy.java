package io.ariqueue.queueproxy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.proxy.amqp.QueueDeclarationException;
import io.ariqueue.proxy.wire.ProxyWireCodec;
import io.ariqueue.queueproxy.amqp.ProxyBroker;
import io.ariqueue.queueproxy.asterisk.AsteriskEventListener;
import io.ariqueue.queueproxy.asterisk.AsteriskEventStream;
import io.ariqueue.queueproxy.asterisk.AriPaths;
import io.ariqueue.queueproxy.asterisk.AsteriskHttp;
import io.ariqueue.queueproxy.asterisk.AsteriskReply;
import io.ariqueue.queueproxy.asterisk.AsteriskUnavailableException;
import io.ariqueue.queueproxy.dialogue.Dialogue;
import io.ariqueue.queueproxy.dialogue.DialogueManager;
import io.ariqueue.queueproxy.dialogue.DialogueRegistry;
import io.ariqueue.queueproxy.dialogue.EventRouter;
import io.ariqueue.queueproxy.dialogue.ObjectRef;

/**
 * The proxy as a whole: connects to the broker, declares the applications' queues, holds
 * Asterisk's events WebSocket and routes its events, and on every (re)connection to Asterisk
 * takes stock: dialogues whose channels are gone end, and channels that carry a dialogue id the
 * proxy does not know (it was restarted) are taken back into that dialogue, with its queues.
 *
 * @author ari-queue team
 */
public final class AriQueueProxy implements AsteriskEventListener {

	private static final Logger logger = LoggerFactory.getLogger(AriQueueProxy.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ProxyBroker broker;

	private final DialogueManager manager;

	private final EventRouter router;

	private final AsteriskHttp asterisk;

	private final List<String> applications;

	private final ScheduledExecutorService scheduler;

	private final Executor connecting;

	private final List<ExecutorService> executors;

	private volatile AsteriskEventStream events;

	private volatile boolean running;

	private volatile boolean brokerReady;

	private volatile String brokerProblem;

	/**
	 * Create the proxy.
	 * @param broker the broker
	 * @param manager the dialogues
	 * @param router routes Asterisk's events
	 * @param asterisk Asterisk's REST Interface
	 * @param applications the Stasis applications
	 * @param scheduler the timers
	 * @param connecting runs the attempts to connect to the broker, which may block for as long
	 * as the broker takes to answer
	 * @param executors the pools to shut down at the end
	 */
	public AriQueueProxy(ProxyBroker broker, DialogueManager manager, EventRouter router, AsteriskHttp asterisk,
			List<String> applications, ScheduledExecutorService scheduler, Executor connecting,
			List<ExecutorService> executors) {
		this.broker = broker;
		this.manager = manager;
		this.router = router;
		this.asterisk = asterisk;
		this.applications = List.copyOf(applications);
		this.scheduler = scheduler;
		this.connecting = connecting;
		this.executors = List.copyOf(executors);
	}

	/**
	 * Set the WebSocket the proxy reads; it is started with the proxy.
	 * @param events the events stream
	 */
	public void setEvents(AsteriskEventStream events) {
		this.events = events;
	}

	/**
	 * Start connecting to the broker (trying again with back-off until it answers), then to
	 * Asterisk; returns at once, so that the application starts while the broker is away.
	 */
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.broker.setLiveQueues(this.manager.registry()::isLiveQueue);
		this.broker.setReturnedHandler(this.manager::returned);
		this.broker.setRecoveryHandler(this.manager::brokerRecovered);
		this.connecting.execute(() -> connectBroker(200));
		long check = this.manager.settings().clientCheckInterval().toMillis();
		if (check > 0) {
			// a tenth of the interval: each dialogue is looked at in its turn, not all at once
			long tick = Math.max(10, check / 10);
			this.scheduler.scheduleWithFixedDelay(this::checkClients, tick, tick, TimeUnit.MILLISECONDS);
		}
	}

	private void connectBroker(long delayMillis) {
		if (!this.running) {
			return;
		}
		try {
			this.broker.start();
			for (String application : this.applications) {
				this.broker.declareApplicationQueue(application);
			}
			synchronized (this) {
				if (!this.running) {
					// stopped while connecting: the connection must not outlive the proxy
					this.broker.close();
					return;
				}
				this.brokerReady = true;
				this.brokerProblem = null;
				logger.info("Connected to the broker; declared the queues of {}", this.applications);
				this.events.start();
			}
		}
		catch (QueueDeclarationException ex) {
			if (ex.isPreconditionFailed()) {
				// not an outage: the queue was declared by a proxy of another flavour; an operator
				// may delete it or change the preset, so keep trying, slowly
				this.brokerProblem = "queue '" + ex.getQueue() + "' exists with other flags than ari.proxy.preset="
						+ this.broker.settings().preset().name().toLowerCase(Locale.ROOT).replace('_', '-') + " declares "
						+ this.broker.settings().preset().applicationQueue()
						+ "; set ari.proxy.preset to the flavour that declared it, or delete the queue";
				logger.error("Cannot declare the application queue: {}; trying again in {} ms", this.brokerProblem,
						delayMillis);
			}
			else {
				this.brokerProblem = ex.getMessage();
				logger.warn("Broker unavailable ({}); trying again in {} ms", ex.getMessage(), delayMillis);
			}
			retryBroker(delayMillis);
		}
		catch (IOException | RuntimeException ex) {
			this.brokerProblem = null;
			logger.warn("Broker unavailable ({}); trying again in {} ms", ex.getMessage(), delayMillis);
			retryBroker(delayMillis);
		}
	}

	private void retryBroker(long delayMillis) {
		this.broker.close();
		this.scheduler.schedule(() -> this.connecting.execute(() -> connectBroker(Math.min(delayMillis * 2, 10_000))),
				delayMillis, TimeUnit.MILLISECONDS);
	}

	private void checkClients() {
		if (this.brokerReady && this.broker.isOpen()) {
			this.manager.checkClients();
		}
	}

	/**
	 * Whether the proxy is connected to the broker.
	 * @return whether it is
	 */
	public boolean isBrokerConnected() {
		return this.brokerReady && this.broker.isOpen();
	}

	/**
	 * The broker connection's state.
	 * @return the state
	 */
	public ConnectionStatus brokerStatus() {
		boolean connected = isBrokerConnected();
		String problem = (this.brokerProblem != null) ? this.brokerProblem : this.broker.lastProblem();
		return new ConnectionStatus(connected, this.broker.lastLost(),
				connected ? null : Objects.requireNonNullElse(problem, "connecting"));
	}

	/**
	 * The events WebSocket's state.
	 * @return the state
	 */
	public ConnectionStatus asteriskStatus() {
		AsteriskEventStream current = this.events;
		boolean connected = current != null && current.isConnected();
		String problem = null;
		if (!connected) {
			String last = (current != null) ? current.lastProblem() : null;
			problem = (last != null) ? last : (this.brokerReady ? "connecting" : "waiting for the broker");
		}
		return new ConnectionStatus(connected, (current != null) ? current.lastLost() : null, problem);
	}

	/**
	 * How many events wait for the broker.
	 * @return the events
	 */
	public int bufferedEvents() {
		return this.manager.bufferedEvents();
	}

	/**
	 * How many queues of ended dialogues wait to be deleted.
	 * @return the queues
	 */
	public int queuesAwaitingDeletion() {
		return this.broker.pendingDeletions();
	}

	/**
	 * The Stasis applications the proxy carries.
	 * @return the applications
	 */
	public List<String> applications() {
		return this.applications;
	}

	/**
	 * Whether the proxy holds Asterisk's WebSocket.
	 * @return whether it does
	 */
	public boolean isAsteriskConnected() {
		AsteriskEventStream current = this.events;
		return current != null && current.isConnected();
	}

	/**
	 * The dialogues.
	 * @return the manager
	 */
	public DialogueManager dialogues() {
		return this.manager;
	}

	/**
	 * Stop: no more events, running commands finish, live calls keep their queues.
	 * @param timeoutMillis how long running commands may take
	 */
	public synchronized void stop(long timeoutMillis) {
		if (!this.running) {
			return;
		}
		this.running = false;
		AsteriskEventStream current = this.events;
		if (current != null) {
			current.close();
		}
		this.manager.stop(timeoutMillis);
		this.broker.flushDeletions(Duration.ofSeconds(2));
		this.broker.close();
		this.scheduler.shutdownNow();
		for (ExecutorService executor : this.executors) {
			executor.shutdown();
		}
		for (ExecutorService executor : this.executors) {
			try {
				executor.awaitTermination(2, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.asterisk.close();
	}

	@Override
	public boolean onConnected() {
		Map<String, JsonNode> present = channelsInAsterisk();
		if (present == null) {
			return false;
		}
		takeBack(present.keySet());
		this.manager.reconcile(present);
		return true;
	}

	@Override
	public void onDisconnected(String reason) {
		this.asterisk.closeIdleConnections();
	}

	@Override
	public void onEvent(String text) {
		this.router.route(text);
	}

	private Map<String, JsonNode> channelsInAsterisk() {
		try {
			AsteriskReply reply = this.asterisk.exchange("GET", "/channels", null);
			if (!reply.isSuccess()) {
				logger.warn("Could not list Asterisk's channels: {} {}", reply.status(), reply.body());
				return null;
			}
			Map<String, JsonNode> channels = new HashMap<>();
			for (JsonNode channel : json.readTree(reply.body())) {
				String id = channel.path("id").asString("");
				if (!id.isEmpty()) {
					channels.put(id, channel);
				}
			}
			return channels;
		}
		catch (AsteriskUnavailableException | JacksonException ex) {
			logger.warn("Could not list Asterisk's channels: {}", ex.getMessage());
			return null;
		}
	}

	/**
	 * Take back the dialogues recorded on channels the proxy does not know, with the bridges
	 * they created.
	 */
	private void takeBack(Set<String> present) {
		DialogueRegistry registry = this.manager.registry();
		String variable = this.manager.settings().dialogueVariable();
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (String channelId : present) {
			if (!registry.owners(ObjectRef.channel(channelId)).isEmpty()) {
				continue;
			}
			String dialogueId = dialogueOf(channelId, variable);
			if (dialogueId != null) {
				found.computeIfAbsent(dialogueId, (key) -> new ArrayList<>()).add(channelId);
			}
		}
		Map<Dialogue, Set<String>> createdBridges = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> entry : found.entrySet()) {
			Dialogue existing = registry.get(entry.getKey());
			Dialogue dialogue;
			if (existing != null && existing.state() != Dialogue.State.ENDED) {
				entry.getValue().forEach((channelId) -> this.manager.bindChannel(existing, channelId, false));
				dialogue = existing;
			}
			else {
				dialogue = this.manager.adopt(entry.getKey(), entry.getValue());
			}
			for (String channelId : entry.getValue()) {
				createdBridges.computeIfAbsent(dialogue, (key) -> new HashSet<>()).addAll(bridgesOf(channelId));
			}
		}
		if (!found.isEmpty()) {
			bindBridges(createdBridges);
		}
	}

	private Set<String> bridgesOf(String channelId) {
		String recorded = variable(channelId, this.manager.settings().bridgesVariable());
		Set<String> bridges = new HashSet<>();
		if (recorded != null) {
			for (String bridgeId : recorded.split(",")) {
				if (!bridgeId.isBlank()) {
					bridges.add(bridgeId.trim());
				}
			}
		}
		return bridges;
	}

	private String dialogueOf(String channelId, String variable) {
		String value = variable(channelId, variable);
		return (value != null && ProxyWireCodec.SAFE_DIALOGUE_ID.matcher(value).matches()) ? value : null;
	}

	private String variable(String channelId, String variable) {
		try {
			AsteriskReply reply = this.asterisk.exchange("GET", "/channels/" + AriPaths.segment(channelId) + "/variable?variable="
					+ AriPaths.segment(variable), null);
			if (!reply.isSuccess()) {
				return null;
			}
			String value = json.readTree(reply.body()).path("value").asString("");
			return value.isEmpty() ? null : value;
		}
		catch (AsteriskUnavailableException | JacksonException ex) {
			logger.warn("Could not read {} of channel {}: {}", variable, channelId, ex.getMessage());
			return null;
		}
	}

	/**
	 * Bind the bridges that hold the channels taken back to their dialogues, and take back the
	 * bridges the dialogues recorded as their own, so that they are destroyed if left behind.
	 */
	private void bindBridges(Map<Dialogue, Set<String>> createdBridges) {
		try {
			AsteriskReply reply = this.asterisk.exchange("GET", "/bridges", null);
			if (!reply.isSuccess()) {
				return;
			}
			DialogueRegistry registry = this.manager.registry();
			Set<String> existing = new HashSet<>();
			for (JsonNode bridge : json.readTree(reply.body())) {
				String bridgeId = bridge.path("id").asString("");
				existing.add(bridgeId);
				for (JsonNode channel : bridge.path("channels")) {
					for (Dialogue dialogue : registry.owners(ObjectRef.channel(channel.asString("")))) {
						registry.bind(dialogue, ObjectRef.bridge(bridgeId));
					}
				}
			}
			createdBridges.forEach((dialogue, bridges) -> this.manager.bridgesTakenBack(dialogue,
					bridges.stream().filter(existing::contains).toList()));
		}
		catch (AsteriskUnavailableException | JacksonException ex) {
			logger.warn("Could not list Asterisk's bridges: {}", ex.getMessage());
		}
	}

}
