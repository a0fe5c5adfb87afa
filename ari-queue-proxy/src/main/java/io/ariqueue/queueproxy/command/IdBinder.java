package io.ariqueue.queueproxy.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.ariqueue.proxy.wire.AriObjectKind;
import io.ariqueue.proxy.wire.ProxyCommand;
import io.ariqueue.proxy.wire.ProxySideWireCodec;
import io.ariqueue.queueproxy.asterisk.AriPaths;
import io.ariqueue.queueproxy.dialogue.Dialogue;
import io.ariqueue.queueproxy.dialogue.DialogueManager;
import io.ariqueue.queueproxy.dialogue.DialogueRegistry;
import io.ariqueue.queueproxy.dialogue.ObjectRef;

/**
 * Binds the objects a command creates to its dialogue before the command reaches Asterisk, so
 * that not one of their events can arrive before the proxy knows where it belongs.
 * <p>
 * Where the client gave no id, the proxy chooses one: an originate without an id becomes
 * {@code POST /channels/{id}}; a channel creation, a snoop, a playback and a bridge get their id
 * parameter or their {@code WithId} form. A recording is known by the name the client must give.
 * Channels the command creates carry the dialogue id in a channel variable, which is how a
 * restarted proxy finds its dialogues again.
 *
 * @author ari-queue team
 */
public final class IdBinder {

	private final DialogueManager manager;

	private final DialogueRegistry registry;

	private final ProxySideWireCodec codec;

	private final String dialogueVariable;

	private final Supplier<String> ids;

	/**
	 * Create a binder.
	 * @param manager binds channels and records their dialogue
	 * @param codec writes the parameters
	 * @param ids chooses new ids
	 */
	public IdBinder(DialogueManager manager, ProxySideWireCodec codec, Supplier<String> ids) {
		this.manager = manager;
		this.registry = manager.registry();
		this.codec = codec;
		this.dialogueVariable = manager.settings().dialogueVariable();
		this.ids = ids;
	}

	/**
	 * Create a binder that chooses random UUIDs.
	 * @param manager binds channels and records their dialogue
	 * @param codec writes the parameters
	 */
	public IdBinder(DialogueManager manager, ProxySideWireCodec codec) {
		this(manager, codec, () -> UUID.randomUUID().toString());
	}

	/**
	 * Bind what a command creates and make it ready to send.
	 * @param dialogue the command's dialogue
	 * @param command the command
	 * @return the request to send
	 */
	public BoundRequest bind(Dialogue dialogue, ProxyCommand command) {
		ObjectNode parameters = command.parameters();
		String path = command.path();
		List<ObjectRef> bound = new ArrayList<>(2);
		String createdBridge = null;
		switch (command.operation().name()) {
			case "channels.originate" -> {
				String channelId = takeOrChoose(parameters, "channelId");
				parameters.remove("channelId");
				path = "/channels/" + AriPaths.segment(channelId);
				channel(dialogue, channelId, intoStasis(parameters), bound);
				otherChannel(dialogue, parameters, bound);
				recordDialogue(dialogue, parameters);
			}
			case "channels.originateWithId" -> {
				channel(dialogue, command.pathVariables().get("channelId"), intoStasis(parameters), bound);
				otherChannel(dialogue, parameters, bound);
				recordDialogue(dialogue, parameters);
			}
			case "channels.create", "channels.externalMedia" -> {
				String channelId = takeOrChoose(parameters, "channelId");
				parameters.put("channelId", channelId);
				channel(dialogue, channelId, true, bound);
				otherChannel(dialogue, parameters, bound);
				recordDialogue(dialogue, parameters);
			}
			case "channels.snoopChannel" -> {
				String snoopId = takeOrChoose(parameters, "snoopId");
				parameters.remove("snoopId");
				path = path + "/" + AriPaths.segment(snoopId);
				snoop(dialogue, snoopId, bound);
			}
			case "channels.snoopChannelWithId" -> snoop(dialogue, command.pathVariables().get("snoopId"), bound);
			case "channels.play", "bridges.play" -> {
				String playbackId = takeOrChoose(parameters, "playbackId");
				parameters.put("playbackId", playbackId);
				object(dialogue, new ObjectRef(AriObjectKind.PLAYBACK, playbackId), bound);
			}
			case "channels.playWithId", "bridges.playWithId" -> object(dialogue,
					new ObjectRef(AriObjectKind.PLAYBACK, command.pathVariables().get("playbackId")), bound);
			case "channels.record", "bridges.record" -> {
				String name = parameters.path("name").asString("");
				if (!name.isEmpty()) {
					object(dialogue, new ObjectRef(AriObjectKind.RECORDING, name), bound);
				}
			}
			case "bridges.create" -> {
				createdBridge = takeOrChoose(parameters, "bridgeId");
				parameters.put("bridgeId", createdBridge);
				object(dialogue, ObjectRef.bridge(createdBridge), bound);
			}
			case "bridges.createWithId" -> {
				createdBridge = command.pathVariables().get("bridgeId");
				object(dialogue, ObjectRef.bridge(createdBridge), bound);
			}
			default -> {
			}
		}
		String body = parameters.isEmpty() ? null : this.codec.writeParameters(parameters);
		return new BoundRequest(command.method(), path, body, List.copyOf(bound), createdBridge);
	}

	private String takeOrChoose(ObjectNode parameters, String name) {
		JsonNode given = parameters.get(name);
		String id = (given != null && given.isString()) ? given.asString() : "";
		return id.isEmpty() ? this.ids.get() : id;
	}

	private void channel(Dialogue dialogue, String channelId, boolean live, List<ObjectRef> bound) {
		if (this.manager.bindChannel(dialogue, channelId, false, live)) {
			bound.add(ObjectRef.channel(channelId));
		}
	}

	private void otherChannel(Dialogue dialogue, ObjectNode parameters, List<ObjectRef> bound) {
		String otherId = parameters.path("otherChannelId").asString("");
		if (!otherId.isEmpty()) {
			// the other half of a Local channel stays outside Stasis
			channel(dialogue, otherId, false, bound);
		}
	}

	/**
	 * Whether an originated channel enters Stasis (it names an application) rather than the
	 * dialplan.
	 */
	private static boolean intoStasis(ObjectNode parameters) {
		return !parameters.path("app").asString("").isEmpty();
	}

	private void snoop(Dialogue dialogue, String snoopId, List<ObjectRef> bound) {
		// a snoop channel takes no variables: its dialogue is recorded once it exists
		if (this.manager.bindChannel(dialogue, snoopId, false)) {
			bound.add(ObjectRef.channel(snoopId));
		}
	}

	private void object(Dialogue dialogue, ObjectRef object, List<ObjectRef> bound) {
		if (this.registry.bind(dialogue, object)) {
			bound.add(object);
		}
	}

	private void recordDialogue(Dialogue dialogue, ObjectNode parameters) {
		JsonNode variables = parameters.get("variables");
		ObjectNode own = (variables instanceof ObjectNode object) ? object : parameters.putObject("variables");
		own.put(this.dialogueVariable, dialogue.id());
		Set<String> bridges = dialogue.createdBridges();
		if (!bridges.isEmpty()) {
			own.put(this.manager.settings().bridgesVariable(), String.join(",", bridges));
		}
	}

}
