package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Bridges} and {@link AsyncBridges} into {@link AriRequest ARI requests}: method, path and
 * typed parameters.
 */
final class BridgesRequests {

	private BridgesRequests() {
	}

	static AriRequest list() {
		return AriRequest.of("GET", "/bridges")
			.operation("bridges.list")
			.build();
	}

	static AriRequest create(Bridges.CreateOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/bridges")
			.operation("bridges.create")
			.parameter("type", options.type())
			.parameter("bridgeId", options.bridgeId())
			.parameter("name", options.name())
			.parameter("variables", options.variables())
			.build();
	}

	static AriRequest createWithId(String bridgeId, Bridges.CreateWithIdOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}")
			.operation("bridges.createWithId")
			.parameter("type", options.type())
			.pathParameter("bridgeId", bridgeId)
			.parameter("name", options.name())
			.parameter("variables", options.variables())
			.build();
	}

	static AriRequest get(String bridgeId) {
		return AriRequest.of("GET", "/bridges/{bridgeId}")
			.operation("bridges.get")
			.pathParameter("bridgeId", bridgeId)
			.build();
	}

	static AriRequest destroy(String bridgeId) {
		return AriRequest.of("DELETE", "/bridges/{bridgeId}")
			.operation("bridges.destroy")
			.pathParameter("bridgeId", bridgeId)
			.build();
	}

	static AriRequest getBridgeVar(String bridgeId, String variable) {
		Objects.requireNonNull(variable, "variable must not be null");
		return AriRequest.of("GET", "/bridges/{bridgeId}/variable")
			.operation("bridges.getBridgeVar")
			.pathParameter("bridgeId", bridgeId)
			.parameter("variable", variable)
			.build();
	}

	static AriRequest setBridgeVar(String bridgeId, String variable, Bridges.SetBridgeVarOptions options) {
		Objects.requireNonNull(variable, "variable must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}/variable")
			.operation("bridges.setBridgeVar")
			.pathParameter("bridgeId", bridgeId)
			.parameter("variable", variable)
			.parameter("value", options.value())
			.parameter("report_events", options.reportEvents())
			.build();
	}

	static AriRequest getBridgeVars(String bridgeId, List<String> variables) {
		Objects.requireNonNull(variables, "variables must not be null");
		return AriRequest.of("GET", "/bridges/{bridgeId}/variables")
			.operation("bridges.getBridgeVars")
			.pathParameter("bridgeId", bridgeId)
			.parameter("variables", ResourceSupport.copyOf(variables))
			.build();
	}

	static AriRequest setBridgeVars(String bridgeId, Map<String, String> variables) {
		Objects.requireNonNull(variables, "variables must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}/variables")
			.operation("bridges.setBridgeVars")
			.pathParameter("bridgeId", bridgeId)
			.parameter("variables", ResourceSupport.copyOf(variables))
			.build();
	}

	static AriRequest addChannel(String bridgeId, List<String> channel, Bridges.AddChannelOptions options) {
		Objects.requireNonNull(channel, "channel must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}/addChannel")
			.operation("bridges.addChannel")
			.pathParameter("bridgeId", bridgeId)
			.parameter("channel", ResourceSupport.copyOf(channel))
			.parameter("role", options.role())
			.parameter("absorbDTMF", options.absorbDTMF())
			.parameter("mute", options.mute())
			.parameter("inhibitConnectedLineUpdates", options.inhibitConnectedLineUpdates())
			.build();
	}

	static AriRequest removeChannel(String bridgeId, List<String> channel) {
		Objects.requireNonNull(channel, "channel must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}/removeChannel")
			.operation("bridges.removeChannel")
			.pathParameter("bridgeId", bridgeId)
			.parameter("channel", ResourceSupport.copyOf(channel))
			.build();
	}

	static AriRequest setVideoSource(String bridgeId, String channelId) {
		return AriRequest.of("POST", "/bridges/{bridgeId}/videoSource/{channelId}")
			.operation("bridges.setVideoSource")
			.pathParameter("bridgeId", bridgeId)
			.pathParameter("channelId", channelId)
			.build();
	}

	static AriRequest clearVideoSource(String bridgeId) {
		return AriRequest.of("DELETE", "/bridges/{bridgeId}/videoSource")
			.operation("bridges.clearVideoSource")
			.pathParameter("bridgeId", bridgeId)
			.build();
	}

	static AriRequest startMoh(String bridgeId, Bridges.StartMohOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}/moh")
			.operation("bridges.startMoh")
			.pathParameter("bridgeId", bridgeId)
			.parameter("mohClass", options.mohClass())
			.build();
	}

	static AriRequest stopMoh(String bridgeId) {
		return AriRequest.of("DELETE", "/bridges/{bridgeId}/moh")
			.operation("bridges.stopMoh")
			.pathParameter("bridgeId", bridgeId)
			.build();
	}

	static AriRequest play(String bridgeId, List<String> media, Bridges.PlayOptions options) {
		Objects.requireNonNull(media, "media must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}/play")
			.operation("bridges.play")
			.pathParameter("bridgeId", bridgeId)
			.parameter("media", ResourceSupport.copyOf(media))
			.parameter("announcer_format", options.announcerFormat())
			.parameter("lang", options.lang())
			.parameter("offsetms", options.offsetms())
			.parameter("skipms", options.skipms())
			.parameter("playbackId", options.playbackId())
			.build();
	}

	static AriRequest playWithId(String bridgeId, String playbackId, List<String> media,
			Bridges.PlayWithIdOptions options) {
		Objects.requireNonNull(media, "media must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}/play/{playbackId}")
			.operation("bridges.playWithId")
			.pathParameter("bridgeId", bridgeId)
			.pathParameter("playbackId", playbackId)
			.parameter("media", ResourceSupport.copyOf(media))
			.parameter("announcer_format", options.announcerFormat())
			.parameter("lang", options.lang())
			.parameter("offsetms", options.offsetms())
			.parameter("skipms", options.skipms())
			.build();
	}

	static AriRequest record(String bridgeId, String name, String format, Bridges.RecordOptions options) {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(format, "format must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/bridges/{bridgeId}/record")
			.operation("bridges.record")
			.pathParameter("bridgeId", bridgeId)
			.parameter("name", name)
			.parameter("format", format)
			.parameter("recorder_format", options.recorderFormat())
			.parameter("maxDurationSeconds", options.maxDurationSeconds())
			.parameter("maxSilenceSeconds", options.maxSilenceSeconds())
			.parameter("ifExists", options.ifExists())
			.parameter("beep", options.beep())
			.parameter("terminateOn", options.terminateOn())
			.build();
	}

}
