package io.ariqueue.test.simulator.asterisk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;

/**
 * The {@code /bridges} operations of the fake Asterisk.
 *
 * @author ari-queue
 */
final class BridgesResource {

	private final FakeAsterisk asterisk;

	BridgesResource(FakeAsterisk asterisk) {
		this.asterisk = asterisk;
	}

	void register(RestRouter router) {
		router.register("GET", "/bridges", (request, path) -> list());
		router.register("POST", "/bridges", (request, path) -> create(null, request.parameters()));
		router.register("POST", "/bridges/{bridgeId}", (request, path) -> create(path.get("bridgeId"), request.parameters()));
		router.register("GET", "/bridges/{bridgeId}", (request, path) -> AriReply.json(200, find(path).toJson()));
		router.register("DELETE", "/bridges/{bridgeId}", (request, path) -> destroy(path));
		router.register("POST", "/bridges/{bridgeId}/addChannel", (request, path) -> addChannel(path, request.parameters()));
		router.register("POST", "/bridges/{bridgeId}/removeChannel", (request, path) -> removeChannel(path, request.parameters()));
	}

	private AriReply list() {
		ArrayNode list = AriJson.MAPPER.createArrayNode();
		this.asterisk.bridges.values().stream().filter((bridge) -> !bridge.destroyed).forEach((bridge) -> list.add(bridge.toJson()));
		return AriReply.json(200, list);
	}

	private AriReply create(String bridgeId, Parameters parameters) {
		String type = parameters.string("type");
		String name = parameters.string("name");
		parameters.stringMap("variables");
		if (bridgeId == null) {
			bridgeId = parameters.string("bridgeId");
		}
		if (bridgeId == null || bridgeId.isEmpty()) {
			bridgeId = ChannelsResource.newId();
		}
		FakeBridge existing = this.asterisk.bridges.get(bridgeId);
		if (existing != null && !existing.destroyed) {
			throw new AriError(409, "Bridge with id '" + bridgeId + "' already exists");
		}
		String bridgeType = (type != null && type.contains("holding")) ? "holding" : "mixing";
		FakeBridge bridge = new FakeBridge(bridgeId, (name != null) ? name : "", bridgeType, Instant.now());
		this.asterisk.bridges.put(bridgeId, bridge);
		return AriReply.json(200, bridge.toJson());
	}

	private AriReply destroy(Map<String, String> path) {
		FakeBridge bridge = find(path);
		bridge.destroyed = true;
		return AriReply.noContent(() -> {
			synchronized (this.asterisk) {
				for (String channelId : new ArrayList<>(bridge.channels)) {
					this.asterisk.leaveBridge(this.asterisk.channels.get(channelId), bridge);
				}
				var event = this.asterisk.event("BridgeDestroyed");
				event.set("bridge", bridge.toJson());
				this.asterisk.emit(event);
			}
		});
	}

	private AriReply addChannel(Map<String, String> path, Parameters parameters) {
		List<String> channelIds = parameters.strings("channel");
		parameters.string("role");
		parameters.bool("absorbDTMF", false);
		parameters.bool("mute", false);
		parameters.bool("inhibitConnectedLineUpdates", false);
		FakeBridge bridge = find(path);
		List<FakeChannel> channels = channels(channelIds);
		for (FakeChannel channel : channels) {
			if (!channel.inStasis()) {
				throw new AriError(422, "Channel not in Stasis application");
			}
		}
		return AriReply.noContent(() -> {
			synchronized (this.asterisk) {
				for (FakeChannel channel : channels) {
					if (channel.inStasis() && !bridge.destroyed) {
						this.asterisk.enterBridge(channel, bridge);
					}
				}
			}
		});
	}

	private AriReply removeChannel(Map<String, String> path, Parameters parameters) {
		List<String> channelIds = parameters.strings("channel");
		FakeBridge bridge = find(path);
		List<FakeChannel> channels = channels(channelIds);
		for (FakeChannel channel : channels) {
			if (!bridge.id.equals(channel.bridgeId)) {
				throw new AriError(422, "Channel not in this bridge");
			}
		}
		return AriReply.noContent(() -> {
			synchronized (this.asterisk) {
				for (FakeChannel channel : channels) {
					if (bridge.id.equals(channel.bridgeId)) {
						this.asterisk.leaveBridge(channel, bridge);
					}
				}
			}
		});
	}

	private List<FakeChannel> channels(List<String> channelIds) {
		if (channelIds.isEmpty()) {
			throw new AriError(400, "Missing parameter channel");
		}
		List<FakeChannel> channels = new ArrayList<>();
		for (String channelId : channelIds) {
			FakeChannel channel = this.asterisk.channels.get(channelId);
			if (channel == null || channel.destroyed) {
				throw new AriError(400, "Channel not found");
			}
			channels.add(channel);
		}
		return channels;
	}

	private FakeBridge find(Map<String, String> path) {
		FakeBridge bridge = this.asterisk.bridges.get(path.get("bridgeId"));
		if (bridge == null || bridge.destroyed) {
			throw AriError.bridgeNotFound();
		}
		return bridge;
	}

}
