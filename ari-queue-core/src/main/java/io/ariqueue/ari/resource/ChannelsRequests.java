package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Channels} and {@link AsyncChannels} into {@link AriRequest ARI requests}: method, path and
 * typed parameters.
 */
final class ChannelsRequests {

	private ChannelsRequests() {
	}

	static AriRequest list() {
		return AriRequest.of("GET", "/channels")
			.operation("channels.list")
			.build();
	}

	static AriRequest originate(String endpoint, Channels.OriginateOptions options) {
		Objects.requireNonNull(endpoint, "endpoint must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels")
			.operation("channels.originate")
			.parameter("endpoint", endpoint)
			.parameter("extension", options.extension())
			.parameter("context", options.context())
			.parameter("priority", options.priority())
			.parameter("label", options.label())
			.parameter("app", options.app())
			.parameter("appArgs", options.appArgs())
			.parameter("callerId", options.callerId())
			.parameter("timeout", options.timeout())
			.parameter("variables", options.variables())
			.parameter("channelId", options.channelId())
			.parameter("otherChannelId", options.otherChannelId())
			.parameter("originator", options.originator())
			.parameter("formats", options.formats())
			.build();
	}

	static AriRequest create(String endpoint, String app, Channels.CreateOptions options) {
		Objects.requireNonNull(endpoint, "endpoint must not be null");
		Objects.requireNonNull(app, "app must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/create")
			.operation("channels.create")
			.parameter("endpoint", endpoint)
			.parameter("app", app)
			.parameter("appArgs", options.appArgs())
			.parameter("channelId", options.channelId())
			.parameter("otherChannelId", options.otherChannelId())
			.parameter("originator", options.originator())
			.parameter("formats", options.formats())
			.parameter("variables", options.variables())
			.build();
	}

	static AriRequest get(String channelId) {
		return AriRequest.of("GET", "/channels/{channelId}")
			.operation("channels.get")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest originateWithId(String channelId, String endpoint, Channels.OriginateWithIdOptions options) {
		Objects.requireNonNull(endpoint, "endpoint must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}")
			.operation("channels.originateWithId")
			.pathParameter("channelId", channelId)
			.parameter("endpoint", endpoint)
			.parameter("extension", options.extension())
			.parameter("context", options.context())
			.parameter("priority", options.priority())
			.parameter("label", options.label())
			.parameter("app", options.app())
			.parameter("appArgs", options.appArgs())
			.parameter("callerId", options.callerId())
			.parameter("timeout", options.timeout())
			.parameter("variables", options.variables())
			.parameter("otherChannelId", options.otherChannelId())
			.parameter("originator", options.originator())
			.parameter("formats", options.formats())
			.build();
	}

	static AriRequest hangup(String channelId, Channels.HangupOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("DELETE", "/channels/{channelId}")
			.operation("channels.hangup")
			.pathParameter("channelId", channelId)
			.parameter("reason_code", options.reasonCode())
			.parameter("reason", options.reason())
			.build();
	}

	static AriRequest continueInDialplan(String channelId, Channels.ContinueInDialplanOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/continue")
			.operation("channels.continueInDialplan")
			.pathParameter("channelId", channelId)
			.parameter("context", options.context())
			.parameter("extension", options.extension())
			.parameter("priority", options.priority())
			.parameter("label", options.label())
			.build();
	}

	static AriRequest move(String channelId, String app, Channels.MoveOptions options) {
		Objects.requireNonNull(app, "app must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/move")
			.operation("channels.move")
			.pathParameter("channelId", channelId)
			.parameter("app", app)
			.parameter("appArgs", options.appArgs())
			.build();
	}

	static AriRequest redirect(String channelId, String endpoint) {
		Objects.requireNonNull(endpoint, "endpoint must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/redirect")
			.operation("channels.redirect")
			.pathParameter("channelId", channelId)
			.parameter("endpoint", endpoint)
			.build();
	}

	static AriRequest answer(String channelId) {
		return AriRequest.of("POST", "/channels/{channelId}/answer")
			.operation("channels.answer")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest ring(String channelId) {
		return AriRequest.of("POST", "/channels/{channelId}/ring")
			.operation("channels.ring")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest ringStop(String channelId) {
		return AriRequest.of("DELETE", "/channels/{channelId}/ring")
			.operation("channels.ringStop")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest progress(String channelId) {
		return AriRequest.of("POST", "/channels/{channelId}/progress")
			.operation("channels.progress")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest sendDTMF(String channelId, Channels.SendDTMFOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/dtmf")
			.operation("channels.sendDTMF")
			.pathParameter("channelId", channelId)
			.parameter("dtmf", options.dtmf())
			.parameter("before", options.before())
			.parameter("between", options.between())
			.parameter("duration", options.duration())
			.parameter("after", options.after())
			.build();
	}

	static AriRequest mute(String channelId, Channels.MuteOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/mute")
			.operation("channels.mute")
			.pathParameter("channelId", channelId)
			.parameter("direction", options.direction())
			.build();
	}

	static AriRequest unmute(String channelId, Channels.UnmuteOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("DELETE", "/channels/{channelId}/mute")
			.operation("channels.unmute")
			.pathParameter("channelId", channelId)
			.parameter("direction", options.direction())
			.build();
	}

	static AriRequest hold(String channelId) {
		return AriRequest.of("POST", "/channels/{channelId}/hold")
			.operation("channels.hold")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest unhold(String channelId) {
		return AriRequest.of("DELETE", "/channels/{channelId}/hold")
			.operation("channels.unhold")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest startMoh(String channelId, Channels.StartMohOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/moh")
			.operation("channels.startMoh")
			.pathParameter("channelId", channelId)
			.parameter("mohClass", options.mohClass())
			.build();
	}

	static AriRequest stopMoh(String channelId) {
		return AriRequest.of("DELETE", "/channels/{channelId}/moh")
			.operation("channels.stopMoh")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest startSilence(String channelId) {
		return AriRequest.of("POST", "/channels/{channelId}/silence")
			.operation("channels.startSilence")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest stopSilence(String channelId) {
		return AriRequest.of("DELETE", "/channels/{channelId}/silence")
			.operation("channels.stopSilence")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest play(String channelId, List<String> media, Channels.PlayOptions options) {
		Objects.requireNonNull(media, "media must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/play")
			.operation("channels.play")
			.pathParameter("channelId", channelId)
			.parameter("media", ResourceSupport.copyOf(media))
			.parameter("lang", options.lang())
			.parameter("offsetms", options.offsetms())
			.parameter("skipms", options.skipms())
			.parameter("playbackId", options.playbackId())
			.build();
	}

	static AriRequest playWithId(String channelId, String playbackId, List<String> media,
			Channels.PlayWithIdOptions options) {
		Objects.requireNonNull(media, "media must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/play/{playbackId}")
			.operation("channels.playWithId")
			.pathParameter("channelId", channelId)
			.pathParameter("playbackId", playbackId)
			.parameter("media", ResourceSupport.copyOf(media))
			.parameter("lang", options.lang())
			.parameter("offsetms", options.offsetms())
			.parameter("skipms", options.skipms())
			.build();
	}

	static AriRequest record(String channelId, String name, String format, Channels.RecordOptions options) {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(format, "format must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/record")
			.operation("channels.record")
			.pathParameter("channelId", channelId)
			.parameter("name", name)
			.parameter("format", format)
			.parameter("maxDurationSeconds", options.maxDurationSeconds())
			.parameter("maxSilenceSeconds", options.maxSilenceSeconds())
			.parameter("ifExists", options.ifExists())
			.parameter("beep", options.beep())
			.parameter("terminateOn", options.terminateOn())
			.build();
	}

	static AriRequest getChannelVar(String channelId, String variable) {
		Objects.requireNonNull(variable, "variable must not be null");
		return AriRequest.of("GET", "/channels/{channelId}/variable")
			.operation("channels.getChannelVar")
			.pathParameter("channelId", channelId)
			.parameter("variable", variable)
			.build();
	}

	static AriRequest setChannelVar(String channelId, String variable, Channels.SetChannelVarOptions options) {
		Objects.requireNonNull(variable, "variable must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/variable")
			.operation("channels.setChannelVar")
			.pathParameter("channelId", channelId)
			.parameter("variable", variable)
			.parameter("value", options.value())
			.parameter("report_events", options.reportEvents())
			.build();
	}

	static AriRequest getChannelVars(String channelId, List<String> variables) {
		Objects.requireNonNull(variables, "variables must not be null");
		return AriRequest.of("GET", "/channels/{channelId}/variables")
			.operation("channels.getChannelVars")
			.pathParameter("channelId", channelId)
			.parameter("variables", ResourceSupport.copyOf(variables))
			.build();
	}

	static AriRequest setChannelVars(String channelId, Map<String, String> variables) {
		Objects.requireNonNull(variables, "variables must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/variables")
			.operation("channels.setChannelVars")
			.pathParameter("channelId", channelId)
			.parameter("variables", ResourceSupport.copyOf(variables))
			.build();
	}

	static AriRequest snoopChannel(String channelId, String app, Channels.SnoopChannelOptions options) {
		Objects.requireNonNull(app, "app must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/snoop")
			.operation("channels.snoopChannel")
			.pathParameter("channelId", channelId)
			.parameter("spy", options.spy())
			.parameter("whisper", options.whisper())
			.parameter("app", app)
			.parameter("appArgs", options.appArgs())
			.parameter("snoopId", options.snoopId())
			.build();
	}

	static AriRequest snoopChannelWithId(String channelId, String snoopId, String app,
			Channels.SnoopChannelWithIdOptions options) {
		Objects.requireNonNull(app, "app must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/snoop/{snoopId}")
			.operation("channels.snoopChannelWithId")
			.pathParameter("channelId", channelId)
			.pathParameter("snoopId", snoopId)
			.parameter("spy", options.spy())
			.parameter("whisper", options.whisper())
			.parameter("app", app)
			.parameter("appArgs", options.appArgs())
			.build();
	}

	static AriRequest dial(String channelId, Channels.DialOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/dial")
			.operation("channels.dial")
			.pathParameter("channelId", channelId)
			.parameter("caller", options.caller())
			.parameter("timeout", options.timeout())
			.build();
	}

	static AriRequest rtpstatistics(String channelId) {
		return AriRequest.of("GET", "/channels/{channelId}/rtp_statistics")
			.operation("channels.rtpstatistics")
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest externalMedia(String app, String format, Channels.ExternalMediaOptions options) {
		Objects.requireNonNull(app, "app must not be null");
		Objects.requireNonNull(format, "format must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/channels/externalMedia")
			.operation("channels.externalMedia")
			.parameter("channelId", options.channelId())
			.parameter("app", app)
			.parameter("variables", options.variables())
			.parameter("external_host", options.externalHost())
			.parameter("encapsulation", options.encapsulation())
			.parameter("transport", options.transport())
			.parameter("connection_type", options.connectionType())
			.parameter("format", format)
			.parameter("direction", options.direction())
			.parameter("data", options.data())
			.parameter("transport_data", options.transportData())
			.build();
	}

	static AriRequest transferProgress(String channelId, String states) {
		Objects.requireNonNull(states, "states must not be null");
		return AriRequest.of("POST", "/channels/{channelId}/transfer_progress")
			.operation("channels.transferProgress")
			.pathParameter("channelId", channelId)
			.parameter("states", states)
			.build();
	}

}
