package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.Playback;
import io.ariqueue.ari.model.RTPstat;
import io.ariqueue.ari.model.Variable;
import io.ariqueue.ari.model.Variables;

/**
 * {@link Channels} over {@link AriOperations}.
 */
final class DefaultChannels implements Channels {

	private final AriOperations operations;

	DefaultChannels(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<Channel> list() {
		return this.operations.call(ChannelsRequests.list(), ResourceSupport.listOf(this.operations, Channel.class));
	}

	@Override
	public Channel originate(String endpoint, OriginateOptions options) {
		return this.operations.call(ChannelsRequests.originate(endpoint, options), Channel.class);
	}

	@Override
	public Channel create(String endpoint, String app, CreateOptions options) {
		return this.operations.call(ChannelsRequests.create(endpoint, app, options), Channel.class);
	}

	@Override
	public Channel get(String channelId) {
		return this.operations.call(ChannelsRequests.get(channelId), Channel.class);
	}

	@Override
	public Channel originateWithId(String channelId, String endpoint, OriginateWithIdOptions options) {
		return this.operations.call(ChannelsRequests.originateWithId(channelId, endpoint, options), Channel.class);
	}

	@Override
	public void hangup(String channelId, HangupOptions options) {
		this.operations.call(ChannelsRequests.hangup(channelId, options), Void.class);
	}

	@Override
	public void continueInDialplan(String channelId, ContinueInDialplanOptions options) {
		this.operations.call(ChannelsRequests.continueInDialplan(channelId, options), Void.class);
	}

	@Override
	public void move(String channelId, String app, MoveOptions options) {
		this.operations.call(ChannelsRequests.move(channelId, app, options), Void.class);
	}

	@Override
	public void redirect(String channelId, String endpoint) {
		this.operations.call(ChannelsRequests.redirect(channelId, endpoint), Void.class);
	}

	@Override
	public void answer(String channelId) {
		this.operations.call(ChannelsRequests.answer(channelId), Void.class);
	}

	@Override
	public void ring(String channelId) {
		this.operations.call(ChannelsRequests.ring(channelId), Void.class);
	}

	@Override
	public void ringStop(String channelId) {
		this.operations.call(ChannelsRequests.ringStop(channelId), Void.class);
	}

	@Override
	public void progress(String channelId) {
		this.operations.call(ChannelsRequests.progress(channelId), Void.class);
	}

	@Override
	public void sendDTMF(String channelId, SendDTMFOptions options) {
		this.operations.call(ChannelsRequests.sendDTMF(channelId, options), Void.class);
	}

	@Override
	public void mute(String channelId, MuteOptions options) {
		this.operations.call(ChannelsRequests.mute(channelId, options), Void.class);
	}

	@Override
	public void unmute(String channelId, UnmuteOptions options) {
		this.operations.call(ChannelsRequests.unmute(channelId, options), Void.class);
	}

	@Override
	public void hold(String channelId) {
		this.operations.call(ChannelsRequests.hold(channelId), Void.class);
	}

	@Override
	public void unhold(String channelId) {
		this.operations.call(ChannelsRequests.unhold(channelId), Void.class);
	}

	@Override
	public void startMoh(String channelId, StartMohOptions options) {
		this.operations.call(ChannelsRequests.startMoh(channelId, options), Void.class);
	}

	@Override
	public void stopMoh(String channelId) {
		this.operations.call(ChannelsRequests.stopMoh(channelId), Void.class);
	}

	@Override
	public void startSilence(String channelId) {
		this.operations.call(ChannelsRequests.startSilence(channelId), Void.class);
	}

	@Override
	public void stopSilence(String channelId) {
		this.operations.call(ChannelsRequests.stopSilence(channelId), Void.class);
	}

	@Override
	public Playback play(String channelId, List<String> media, PlayOptions options) {
		return this.operations.call(ChannelsRequests.play(channelId, media, options), Playback.class);
	}

	@Override
	public Playback playWithId(String channelId, String playbackId, List<String> media, PlayWithIdOptions options) {
		return this.operations.call(ChannelsRequests.playWithId(channelId, playbackId, media, options), Playback.class);
	}

	@Override
	public LiveRecording record(String channelId, String name, String format, RecordOptions options) {
		return this.operations.call(ChannelsRequests.record(channelId, name, format, options), LiveRecording.class);
	}

	@Override
	public Variable getChannelVar(String channelId, String variable) {
		return this.operations.call(ChannelsRequests.getChannelVar(channelId, variable), Variable.class);
	}

	@Override
	public void setChannelVar(String channelId, String variable, SetChannelVarOptions options) {
		this.operations.call(ChannelsRequests.setChannelVar(channelId, variable, options), Void.class);
	}

	@Override
	public Variables getChannelVars(String channelId, List<String> variables) {
		return this.operations.call(ChannelsRequests.getChannelVars(channelId, variables), Variables.class);
	}

	@Override
	public void setChannelVars(String channelId, Map<String, String> variables) {
		this.operations.call(ChannelsRequests.setChannelVars(channelId, variables), Void.class);
	}

	@Override
	public Channel snoopChannel(String channelId, String app, SnoopChannelOptions options) {
		return this.operations.call(ChannelsRequests.snoopChannel(channelId, app, options), Channel.class);
	}

	@Override
	public Channel snoopChannelWithId(String channelId, String snoopId, String app, SnoopChannelWithIdOptions options) {
		return this.operations.call(ChannelsRequests.snoopChannelWithId(channelId, snoopId, app, options),
				Channel.class);
	}

	@Override
	public void dial(String channelId, DialOptions options) {
		this.operations.call(ChannelsRequests.dial(channelId, options), Void.class);
	}

	@Override
	public RTPstat rtpstatistics(String channelId) {
		return this.operations.call(ChannelsRequests.rtpstatistics(channelId), RTPstat.class);
	}

	@Override
	public Channel externalMedia(String app, String format, ExternalMediaOptions options) {
		return this.operations.call(ChannelsRequests.externalMedia(app, format, options), Channel.class);
	}

	@Override
	public void transferProgress(String channelId, String states) {
		this.operations.call(ChannelsRequests.transferProgress(channelId, states), Void.class);
	}

}
