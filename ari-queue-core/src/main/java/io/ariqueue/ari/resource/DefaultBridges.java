package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.model.Variables;

/**
 * {@link Bridges} over {@link AriOperations}.
 */
final class DefaultBridges implements Bridges {

	private final AriOperations operations;

	DefaultBridges(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<Bridge> list() {
		return this.operations.call(BridgesRequests.list(), ResourceSupport.listOf(this.operations, Bridge.class));
	}

	@Override
	public Bridge create(CreateOptions options) {
		return this.operations.call(BridgesRequests.create(options), Bridge.class);
	}

	@Override
	public Bridge createWithId(String bridgeId, CreateWithIdOptions options) {
		return this.operations.call(BridgesRequests.createWithId(bridgeId, options), Bridge.class);
	}

	@Override
	public Bridge get(String bridgeId) {
		return this.operations.call(BridgesRequests.get(bridgeId), Bridge.class);
	}

	@Override
	public void destroy(String bridgeId) {
		this.operations.call(BridgesRequests.destroy(bridgeId), Void.class);
	}

	@Override
	public Variable getBridgeVar(String bridgeId, String variable) {
		return this.operations.call(BridgesRequests.getBridgeVar(bridgeId, variable), Variable.class);
	}

	@Override
	public void setBridgeVar(String bridgeId, String variable, SetBridgeVarOptions options) {
		this.operations.call(BridgesRequests.setBridgeVar(bridgeId, variable, options), Void.class);
	}

	@Override
	public Variables getBridgeVars(String bridgeId, List<String> variables) {
		return this.operations.call(BridgesRequests.getBridgeVars(bridgeId, variables), Variables.class);
	}

	@Override
	public void setBridgeVars(String bridgeId, Map<String, String> variables) {
		this.operations.call(BridgesRequests.setBridgeVars(bridgeId, variables), Void.class);
	}

	@Override
	public void addChannel(String bridgeId, List<String> channel, AddChannelOptions options) {
		this.operations.call(BridgesRequests.addChannel(bridgeId, channel, options), Void.class);
	}

	@Override
	public void removeChannel(String bridgeId, List<String> channel) {
		this.operations.call(BridgesRequests.removeChannel(bridgeId, channel), Void.class);
	}

	@Override
	public void setVideoSource(String bridgeId, String channelId) {
		this.operations.call(BridgesRequests.setVideoSource(bridgeId, channelId), Void.class);
	}

	@Override
	public void clearVideoSource(String bridgeId) {
		this.operations.call(BridgesRequests.clearVideoSource(bridgeId), Void.class);
	}

	@Override
	public void startMoh(String bridgeId, StartMohOptions options) {
		this.operations.call(BridgesRequests.startMoh(bridgeId, options), Void.class);
	}

	@Override
	public void stopMoh(String bridgeId) {
		this.operations.call(BridgesRequests.stopMoh(bridgeId), Void.class);
	}

	@Override
	public Playback play(String bridgeId, List<String> media, PlayOptions options) {
		return this.operations.call(BridgesRequests.play(bridgeId, media, options), Playback.class);
	}

	@Override
	public Playback playWithId(String bridgeId, String playbackId, List<String> media, PlayWithIdOptions options) {
		return this.operations.call(BridgesRequests.playWithId(bridgeId, playbackId, media, options), Playback.class);
	}

	@Override
	public LiveRecording record(String bridgeId, String name, String format, RecordOptions options) {
		return this.operations.call(BridgesRequests.record(bridgeId, name, format, options), LiveRecording.class);
	}

}
