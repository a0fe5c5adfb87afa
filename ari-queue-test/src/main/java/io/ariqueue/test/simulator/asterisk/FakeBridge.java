package io.ariqueue.test.simulator.asterisk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mutable state of one fake bridge. Guarded by the {@link FakeAsterisk} lock.
 *
 * @author ari-queue
 */
final class FakeBridge {

	final String id;

	final String name;

	final String bridgeType;

	final Instant creationTime;

	final List<String> channels = new ArrayList<>();

	final Map<String, String> variables = new LinkedHashMap<>();

	/** The applications subscribed to its events: those whose channels have entered it. */
	final Set<String> applications = new LinkedHashSet<>();

	boolean destroyed;

	FakeBridge(String id, String name, String bridgeType, Instant creationTime) {
		this.id = id;
		this.name = name;
		this.bridgeType = bridgeType;
		this.creationTime = creationTime;
	}

	ObjectNode toJson() {
		ObjectNode json = AriJson.object();
		json.put("id", this.id);
		json.put("technology", "holding".equals(this.bridgeType) ? "holding_bridge" : "simple_bridge");
		json.put("bridge_type", this.bridgeType);
		json.put("bridge_class", "stasis");
		json.put("creator", "Stasis");
		json.put("name", this.name);
		ArrayNode members = json.putArray("channels");
		this.channels.forEach(members::add);
		json.put("creationtime", AriJson.asteriskTimestamp(this.creationTime));
		json.put("video_mode", "holding".equals(this.bridgeType) ? "none" : "talker");
		return json;
	}

	BridgeSnapshot snapshot() {
		return new BridgeSnapshot(this.id, this.name, this.bridgeType, this.channels, this.destroyed);
	}

}
