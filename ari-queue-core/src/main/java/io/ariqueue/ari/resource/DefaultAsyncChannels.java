package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.RTPstat;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.model.Variables;

/**
 * {@link AsyncChannels} over {@link AriOperations}.
 */
final class DefaultAsyncChannels implements AsyncChannels {

	private final AriOperations operations;

	DefaultAsyncChannels(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<Channel>> list() {
		return this.operations.callAsync(ChannelsRequests.list(), ResourceSupport.listOf(this.operations,
				Channel.class));
	}

	@Override
	public CompletableFuture<Channel> originate(String endpoint, Channels.OriginateOptions options) {
		return this.operations.callAsync(ChannelsRequests.originate(endpoint, options), Channel.class);
	}

	@Override
	public CompletableFuture<Channel> create(String endpoint, String app, Channels.CreateOptions options) {
		return this.operations.callAsync(ChannelsRequests.create(endpoint, app, options), Channel.class);
	}

	@Override
	public CompletableFuture<Channel> get(String channelId) {
		return this.operations.callAsync(ChannelsRequests.get(channelId), Channel.class);
	}

	@Override
	public CompletableFuture<Channel> originateWithId(String channelId, String endpoint,
			Channels.OriginateWithIdOptions options) {
		return this.operations.callAsync(ChannelsRequests.originateWithId(channelId, endpoint, options), Channel.class);
	}

	@Override
	public CompletableFuture<Void> hangup(String channelId, Channels.HangupOptions options) {
		return this.operations.callAsync(ChannelsRequests.hangup(channelId, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> continueInDialplan(String channelId, Channels.ContinueInDialplanOptions options) {
		return this.operations.callAsync(ChannelsRequests.continueInDialplan(channelId, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> move(String channelId, String app, Channels.MoveOptions options) {
		return this.operations.callAsync(ChannelsRequests.move(channelId, app, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> redirect(String channelId, String endpoint) {
		return this.operations.callAsync(ChannelsRequests.redirect(channelId, endpoint), Void.class);
	}

	@Override
	public CompletableFuture<Void> answer(String channelId) {
		return this.operations.callAsync(ChannelsRequests.answer(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> ring(String channelId) {
		return this.operations.callAsync(ChannelsRequests.ring(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> ringStop(String channelId) {
		return this.operations.callAsync(ChannelsRequests.ringStop(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> progress(String channelId) {
		return this.operations.callAsync(ChannelsRequests.progress(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> sendDTMF(String channelId, Channels.SendDTMFOptions options) {
		return this.operations.callAsync(ChannelsRequests.sendDTMF(channelId, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> mute(String channelId, Channels.MuteOptions options) {
		return this.operations.callAsync(ChannelsRequests.mute(channelId, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> unmute(String channelId, Channels.UnmuteOptions options) {
		return this.operations.callAsync(ChannelsRequests.unmute(channelId, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> hold(String channelId) {
		return this.operations.callAsync(ChannelsRequests.hold(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> unhold(String channelId) {
		return this.operations.callAsync(ChannelsRequests.unhold(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> startMoh(String channelId, Channels.StartMohOptions options) {
		return this.operations.callAsync(ChannelsRequests.startMoh(channelId, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> stopMoh(String channelId) {
		return this.operations.callAsync(ChannelsRequests.stopMoh(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> startSilence(String channelId) {
		return this.operations.callAsync(ChannelsRequests.startSilence(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Void> stopSilence(String channelId) {
		return this.operations.callAsync(ChannelsRequests.stopSilence(channelId), Void.class);
	}

	@Override
	public CompletableFuture<Playback> play(String channelId, List<String> media, Channels.PlayOptions options) {
		return this.operations.callAsync(ChannelsRequests.play(channelId, media, options), Playback.class);
	}

	@Override
	public CompletableFuture<Playback> playWithId(String channelId, String playbackId, List<String> media,
			Channels.PlayWithIdOptions options) {
		return this.operations.callAsync(ChannelsRequests.playWithId(channelId, playbackId, media, options),
				Playback.class);
	}

	@Override
	public CompletableFuture<LiveRecording> record(String channelId, String name, String format,
			Channels.RecordOptions options) {
		return this.operations.callAsync(ChannelsRequests.record(channelId, name, format, options),
				LiveRecording.class);
	}

	@Override
	public CompletableFuture<Variable> getChannelVar(String channelId, String variable) {
		return this.operations.callAsync(ChannelsRequests.getChannelVar(channelId, variable), Variable.class);
	}

	@Override
	public CompletableFuture<Void> setChannelVar(String channelId, String variable,
			Channels.SetChannelVarOptions options) {
		return this.operations.callAsync(ChannelsRequests.setChannelVar(channelId, variable, options), Void.class);
	}

	@Override
	public CompletableFuture<Variables> getChannelVars(String channelId, List<String> variables) {
		return this.operations.callAsync(ChannelsRequests.getChannelVars(channelId, variables), Variables.class);
	}

	@Override
	public CompletableFuture<Void> setChannelVars(String channelId, Map<String, String> variables) {
		return this.operations.callAsync(ChannelsRequests.setChannelVars(channelId, variables), Void.class);
	}

	@Override
	public CompletableFuture<Channel> snoopChannel(String channelId, String app, Channels.SnoopChannelOptions options) {
		return this.operations.callAsync(ChannelsRequests.snoopChannel(channelId, app, options), Channel.class);
	}

	@Override
	public CompletableFuture<Channel> snoopChannelWithId(String channelId, String snoopId, String app,
			Channels.SnoopChannelWithIdOptions options) {
		return this.operations.callAsync(ChannelsRequests.snoopChannelWithId(channelId, snoopId, app, options),
				Channel.class);
	}

	@Override
	public CompletableFuture<Void> dial(String channelId, Channels.DialOptions options) {
		return this.operations.callAsync(ChannelsRequests.dial(channelId, options), Void.class);
	}

	@Override
	public CompletableFuture<RTPstat> rtpstatistics(String channelId) {
		return this.operations.callAsync(ChannelsRequests.rtpstatistics(channelId), RTPstat.class);
	}

	@Override
	public CompletableFuture<Channel> externalMedia(String app, String format, Channels.ExternalMediaOptions options) {
		return this.operations.callAsync(ChannelsRequests.externalMedia(app, format, options), Channel.class);
	}

	@Override
	public CompletableFuture<Void> transferProgress(String channelId, String states) {
		return this.operations.callAsync(ChannelsRequests.transferProgress(channelId, states), Void.class);
	}

}
