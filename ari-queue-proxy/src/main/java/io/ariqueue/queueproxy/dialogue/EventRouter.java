package io.ariqueue.queueproxy.dialogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.proxy.wire.AriEventObjects;
import io.ariqueue.proxy.wire.AriObjectField;
import io.ariqueue.proxy.wire.AriObjectKind;
import io.ariqueue.proxy.wire.ProxySideWireCodec;
import io.ariqueue.queueproxy.amqp.DialogueQueues;

/**
 * Routes each event from Asterisk to the dialogues that own the objects it names, in the order
 * Asterisk sent the events.
 * <p>
 * An event names its objects in the fields Asterisk's description gives it: a
 * {@code ChannelEnteredBridge} both a channel and a bridge, a {@code Dial} its caller and peer, a
 * transfer up to eleven channels and bridges. It reaches every dialogue that owns any of them. A
 * channel a dialogue's channel dials, a bridge one of its channels enters, and a playback or
 * recording on one of its channels or bridges join that dialogue. A {@code StasisStart} of a
 * channel no dialogue owns starts a new dialogue; that of an owned channel (a second leg) stays in
 * its dialogue.
 *
 * @author ari-queue team
 */
public final class EventRouter {

	private static final Logger logger = LoggerFactory.getLogger(EventRouter.class);

	private final DialogueManager manager;

	private final DialogueRegistry registry;

	private final ProxySideWireCodec codec;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final Clock clock;

	private final Counter unrouted;

	private final Counter unreadable;

	/**
	 * Create a router.
	 * @param manager starts and ends dialogues
	 * @param codec writes the event envelopes
	 * @param clock the time of wrapping
	 * @param meters where to count
	 */
	public EventRouter(DialogueManager manager, ProxySideWireCodec codec, Clock clock, MeterRegistry meters) {
		this.manager = manager;
		this.registry = manager.registry();
		this.codec = codec;
		this.clock = clock;
		this.unrouted = Counter.builder("ari.proxy.events.unrouted")
			.description("Events of objects no dialogue owns")
			.register(meters);
		this.unreadable = Counter.builder("ari.proxy.events.unreadable")
			.description("WebSocket messages that were not ARI events")
			.register(meters);
	}

	/**
	 * Route one event.
	 * @param text the event exactly as Asterisk sent it
	 */
	public void route(String text) {
		JsonNode event;
		try {
			event = this.mapper.readTree(text);
		}
		catch (JacksonException ex) {
			this.unreadable.increment();
			logger.warn("Asterisk sent a WebSocket message that is not JSON; ignored");
			return;
		}
		String type = (event != null) ? event.path("type").asString("") : "";
		if (type.isEmpty()) {
			this.unreadable.increment();
			logger.warn("Asterisk sent a WebSocket message without an event type; ignored");
			return;
		}
		if (type.equals("ChannelVarset") && isBookkeeping(event.path("variable").asString(""))) {
			// the proxy's own bookkeeping, not the client's business
			return;
		}
		List<Named> named = objects(type, event);
		Set<Dialogue> targets = new LinkedHashSet<>();
		for (Named object : named) {
			targets.addAll(this.registry.owners(object.ref()));
		}
		if (type.equals("StasisStart")) {
			targets = stasisStart(event, named, targets);
		}
		else if (targets.isEmpty()) {
			targets = byTarget(event, named);
		}
		if (targets.isEmpty()) {
			this.unrouted.increment();
			logger.trace("No dialogue owns the objects of a {}", type);
			return;
		}
		adopt(type, named, targets);
		seen(type, event, targets);
		byte[] envelope = null;
		for (Dialogue dialogue : targets) {
			if (dialogue.state() == Dialogue.State.ENDED) {
				continue;
			}
			if (envelope == null) {
				envelope = this.codec.writeEvent(this.manager.settings().serverId(), OffsetDateTime.now(this.clock), type,
						text);
			}
			dialogue.outbox().event(DialogueQueues.events(dialogue.id()), envelope);
		}
		afterPublishing(type, named, targets);
	}

	private boolean isBookkeeping(String variable) {
		DialogueSettings settings = this.manager.settings();
		return settings.dialogueVariable().equals(variable) || settings.bridgesVariable().equals(variable);
	}

	private Set<Dialogue> stasisStart(JsonNode event, List<Named> named, Set<Dialogue> owners) {
		String channelId = event.path("channel").path("id").asString("");
		if (channelId.isEmpty()) {
			return owners;
		}
		List<Dialogue> channelOwners = this.registry.owners(ObjectRef.channel(channelId));
		if (!channelOwners.isEmpty()) {
			for (Dialogue dialogue : channelOwners) {
				this.manager.channelReturned(dialogue, channelId);
			}
			return owners;
		}
		String replaced = event.path("replace_channel").path("id").asString("");
		List<Dialogue> replacedOwners = replaced.isEmpty() ? List.of()
				: this.registry.owners(ObjectRef.channel(replaced));
		if (!replacedOwners.isEmpty()) {
			for (Dialogue dialogue : replacedOwners) {
				this.manager.bindChannel(dialogue, channelId, true);
			}
			return new LinkedHashSet<>(replacedOwners);
		}
		String application = event.path("application").asString("");
		Dialogue dialogue = this.manager.start(application, channelId);
		Set<Dialogue> targets = new LinkedHashSet<>(owners);
		targets.add(dialogue);
		return targets;
	}

	/**
	 * Route a playback's or a recording's event by the channel or bridge it plays to or records.
	 */
	private Set<Dialogue> byTarget(JsonNode event, List<Named> named) {
		Set<Dialogue> targets = new LinkedHashSet<>();
		for (Named object : named) {
			if (object.ref().kind() != AriObjectKind.PLAYBACK && object.ref().kind() != AriObjectKind.RECORDING) {
				continue;
			}
			String targetUri = event.path(object.field()).path("target_uri").asString("");
			for (String target : targetUri.split(",")) {
				ObjectRef owner = null;
				if (target.startsWith("channel:")) {
					owner = ObjectRef.channel(target.substring("channel:".length()));
				}
				else if (target.startsWith("bridge:")) {
					owner = ObjectRef.bridge(target.substring("bridge:".length()));
				}
				if (owner != null) {
					targets.addAll(this.registry.owners(owner));
				}
			}
		}
		return targets;
	}

	/**
	 * Let the dialogues of an event take the objects it ties to theirs.
	 */
	private void adopt(String type, List<Named> named, Set<Dialogue> targets) {
		for (Named object : named) {
			AriObjectKind kind = object.ref().kind();
			boolean joins = switch (kind) {
				case PLAYBACK, RECORDING -> true;
				case BRIDGE -> type.equals("ChannelEnteredBridge");
				case CHANNEL -> type.equals("Dial") && !object.field().equals("caller");
			};
			if (!joins || !this.registry.owners(object.ref()).isEmpty()) {
				continue;
			}
			for (Dialogue dialogue : targets) {
				if (dialogue.state() == Dialogue.State.ENDED) {
					continue;
				}
				if (kind == AriObjectKind.CHANNEL) {
					// a dialled channel counts once it enters Stasis: outside it, Asterisk may never
					// tell the application that it is gone
					this.manager.bindChannel(dialogue, object.ref().id(), true, false);
				}
				else {
					this.registry.bind(dialogue, object.ref());
				}
			}
		}
	}

	/**
	 * Note the snapshot of the channel an event shows alive: it proves the channel exists, and a
	 * client told later that it vanished gets its latest state.
	 */
	private static void seen(String type, JsonNode event, Set<Dialogue> targets) {
		if (type.equals("StasisEnd") || type.equals("ChannelDestroyed")) {
			return;
		}
		JsonNode channel = event.get("channel");
		if (channel == null || !channel.isObject()) {
			return;
		}
		String channelId = channel.path("id").asString("");
		if (!channelId.isEmpty()) {
			for (Dialogue dialogue : targets) {
				dialogue.channelSeen(channelId, channel);
			}
		}
	}

	private void afterPublishing(String type, List<Named> named, Set<Dialogue> targets) {
		switch (type) {
			case "StasisEnd", "ChannelDestroyed" -> {
				String channelId = first(named, "channel");
				if (channelId != null) {
					for (Dialogue dialogue : this.registry.owners(ObjectRef.channel(channelId))) {
						this.manager.channelGone(dialogue, channelId);
					}
				}
			}
			case "BridgeDestroyed" -> {
				String bridgeId = first(named, "bridge");
				if (bridgeId != null) {
					for (Dialogue dialogue : targets) {
						this.manager.bridgeDestroyed(dialogue, bridgeId);
					}
				}
			}
			default -> {
			}
		}
	}

	private static String first(List<Named> named, String field) {
		for (Named object : named) {
			if (object.field().equals(field)) {
				return object.ref().id();
			}
		}
		return null;
	}

	private static List<Named> objects(String type, JsonNode event) {
		List<AriObjectField> fields = AriEventObjects.fields(type);
		List<Named> named = new ArrayList<>(fields.size());
		for (AriObjectField field : fields) {
			JsonNode object = event.get(field.field());
			if (object != null && object.isObject()) {
				String id = object.path(field.kind().idField()).asString("");
				if (!id.isEmpty()) {
					named.add(new Named(field.field(), new ObjectRef(field.kind(), id)));
				}
			}
		}
		return named;
	}

	private record Named(String field, ObjectRef ref) {
	}

}
