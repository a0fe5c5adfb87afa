package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.model.Variables;

/**
 * {@link AsyncBridges} over {@link AriOperations}.
 */
final class DefaultAsyncBridges implements AsyncBridges {

	private final AriOperations operations;

	DefaultAsyncBridges(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<Bridge>> list() {
		return this.operations.callAsync(BridgesRequests.list(), ResourceSupport.listOf(this.operations, Bridge.class));
	}

	@Override
	public CompletableFuture<Bridge> create(Bridges.CreateOptions options) {
		return this.operations.callAsync(BridgesRequests.create(options), Bridge.class);
	}

	@Override
	public CompletableFuture<Bridge> createWithId(String bridgeId, Bridges.CreateWithIdOptions options) {
		return this.operations.callAsync(BridgesRequests.createWithId(bridgeId, options), Bridge.class);
	}

	@Override
	public CompletableFuture<Bridge> get(String bridgeId) {
		return this.operations.callAsync(BridgesRequests.get(bridgeId), Bridge.class);
	}

	@Override
	public CompletableFuture<Void> destroy(String bridgeId) {
		return this.operations.callAsync(BridgesRequests.destroy(bridgeId), Void.class);
	}

	@Override
	public CompletableFuture<Variable> getBridgeVar(String bridgeId, String variable) {
		return this.operations.callAsync(BridgesRequests.getBridgeVar(bridgeId, variable), Variable.class);
	}

	@Override
	public CompletableFuture<Void> setBridgeVar(String bridgeId, String variable, Bridges.SetBridgeVarOptions options) {
		return this.operations.callAsync(BridgesRequests.setBridgeVar(bridgeId, variable, options), Void.class);
	}

	@Override
	public CompletableFuture<Variables> getBridgeVars(String bridgeId, List<String> variables) {
		return this.operations.callAsync(BridgesRequests.getBridgeVars(bridgeId, variables), Variables.class);
	}

	@Override
	public CompletableFuture<Void> setBridgeVars(String bridgeId, Map<String, String> variables) {
		return this.operations.callAsync(BridgesRequests.setBridgeVars(bridgeId, variables), Void.class);
	}

	@Override
	public CompletableFuture<Void> addChannel(String bridgeId, List<String> channel,
			Bridges.AddChannelOptions options) {
		return this.operations.callAsync(BridgesRequests.addChannel(bridgeId, channel, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> removeChannel(String bridgeId, List<String> channel) {
		return this.operations.callAsync(BridgesRequests.removeChannel(bridgeId, channel), Void.class);
	}

	@Override
	public CompletableFuture<Void> setVideoSource(String bridgeId, String channelId) {
		return this.operations.callAsync(BridgesRequests.setVideoSource(bridgeId, channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> clearVideoSource(String bridgeId) {
		return this.operations.callAsync(BridgesRequests.clearVideoSource(bridgeId), Void.class);
	}

	@Override
	public CompletableFuture<Void> startMoh(String bridgeId, Bridges.StartMohOptions options) {
		return this.operations.callAsync(BridgesRequests.startMoh(bridgeId, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> stopMoh(String bridgeId) {
		return this.operations.callAsync(BridgesRequests.stopMoh(bridgeId), Void.class);
	}

	@Override
	public CompletableFuture<Playback> play(String bridgeId, List<String> media, Bridges.PlayOptions options) {
		return this.operations.callAsync(BridgesRequests.play(bridgeId, media, options), Playback.class);
	}

	@Override
	public CompletableFuture<Playback> playWithId(String bridgeId, String playbackId, List<String> media,
			Bridges.PlayWithIdOptions options) {
		return this.operations.callAsync(BridgesRequests.playWithId(bridgeId, playbackId, media, options),
				Playback.class);
	}

	@Override
	public CompletableFuture<LiveRecording> record(String bridgeId, String name, String format,
			Bridges.RecordOptions options) {
		return this.operations.callAsync(BridgesRequests.record(bridgeId, name, format, options), LiveRecording.class);
	}

}
