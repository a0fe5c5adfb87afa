package io.ariqueue.test.simulator.asterisk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code /channels} operations of the fake Asterisk.
 *
 * @author ari-queue
 */
final class ChannelsResource {

	private final FakeAsterisk asterisk;

	ChannelsResource(FakeAsterisk asterisk) {
		this.asterisk = asterisk;
	}

	void register(RestRouter router) {
		router.register("GET", "/channels", (request, path) -> list());
		router.register("POST", "/channels", (request, path) -> originate(null, request.parameters()));
		router.register("POST", "/channels/{channelId}",
				(request, path) -> originate(path.get("channelId"), request.parameters()));
		router.register("POST", "/channels/create", (request, path) -> create(request.parameters()));
		router.register("POST", "/channels/externalMedia", (request, path) -> externalMedia(request.parameters()));
		router.register("GET", "/channels/{channelId}",
				(request, path) -> AriReply.json(200, this.asterisk.live(path.get("channelId")).toJson()));
		router.register("DELETE", "/channels/{channelId}", (request, path) -> hangup(path, request.parameters()));
		router.register("POST", "/channels/{channelId}/answer", (request, path) -> answer(path));
		router.register("POST", "/channels/{channelId}/snoop",
				(request, path) -> snoop(path.get("channelId"), null, request.parameters()));
		router.register("POST", "/channels/{channelId}/snoop/{snoopId}",
				(request, path) -> snoop(path.get("channelId"), path.get("snoopId"), request.parameters()));
		router.register("POST", "/channels/{channelId}/continue", (request, path) -> continueInDialplan(path, request.parameters()));
		router.register("POST", "/channels/{channelId}/dtmf", (request, path) -> sendDtmf(path, request.parameters()));
		router.register("GET", "/channels/{channelId}/variable", (request, path) -> getVariable(path, request.parameters()));
		router.register("POST", "/channels/{channelId}/variable", (request, path) -> setVariable(path, request.parameters()));
		for (String accepted : List.of("ring", "progress", "hold", "mute", "moh", "silence")) {
			router.register("POST", "/channels/{channelId}/" + accepted, (request, path) -> accept(path, request));
		}
		for (String accepted : List.of("ring", "hold", "mute", "moh", "silence")) {
			router.register("DELETE", "/channels/{channelId}/" + accepted, (request, path) -> accept(path, request));
		}
	}

	private AriReply list() {
		ArrayNode list = AriJson.MAPPER.createArrayNode();
		this.asterisk.channels.values().stream().filter((channel) -> !channel.destroyed).forEach((channel) -> list.add(channel.toJson()));
		return AriReply.json(200, list);
	}

	private AriReply originate(String channelId, Parameters parameters) {
		String endpoint = parameters.requiredString("endpoint", "Endpoint must be specified");
		String app = parameters.string("app");
		String extension = parameters.string("extension");
		String context = parameters.string("context");
		long priority = parameters.integer("priority", 1);
		parameters.integer("timeout", 30);
		String appArgs = parameters.string("appArgs");
		String callerId = parameters.string("callerId");
		Map<String, String> variables = parameters.stringMap("variables");
		if (channelId == null) {
			channelId = parameters.string("channelId");
		}
		if ((app == null || app.isEmpty()) && (extension == null || extension.isEmpty())) {
			throw new AriError(400, "Application or extension must be specified");
		}
		if (app != null && !app.isEmpty() && !this.asterisk.settings().applications().contains(app)) {
			throw new AriError(400, "Application '" + app + "' is not registered by the simulated proxy");
		}
		String[] caller = parseCallerId(callerId);
		int slash = endpoint.indexOf('/');
		String technologyResource = (slash > 0) ? endpoint : "PJSIP/" + endpoint;
		ChannelSpec spec = new ChannelSpec(channelId, null, "Down", caller[0], caller[1], "", "", "",
				(context != null) ? context : "default", (extension != null) ? extension : "s", priority, "en",
				variables);
		FakeChannel channel = this.asterisk.newChannel(spec);
		channel.appName = "AppDial2";
		channel.appData = "(Outgoing Line)";
		channel.name = technologyResource + "-" + channel.name.substring(channel.name.lastIndexOf('-') + 1);
		if (app != null && !app.isEmpty()) {
			// Asterisk subscribes the application to a channel it originates, before it enters Stasis
			channel.application = app;
			channel.pendingApp = app;
			channel.pendingAppArgs = appArgs;
		}
		ObjectNode json = channel.toJson();
		if (this.asterisk.settings().answerOriginatedCalls()) {
			return AriReply.json(200, json, () -> {
				synchronized (this.asterisk) {
					this.asterisk.answerFarEnd(channel.id);
				}
			});
		}
		return AriReply.json(200, json);
	}

	/**
	 * {@code channels.create}: a channel that is not dialled yet, placed straight into the
	 * application, as Asterisk does ({@code StasisStart} once the answer is written).
	 */
	private AriReply create(Parameters parameters) {
		String endpoint = parameters.requiredString("endpoint", "Endpoint must be specified");
		String app = parameters.requiredString("app", "Application must be specified");
		String appArgs = parameters.string("appArgs");
		String channelId = parameters.string("channelId");
		parameters.string("otherChannelId");
		parameters.string("originator");
		parameters.string("formats");
		Map<String, String> variables = parameters.stringMap("variables");
		if (!this.asterisk.settings().applications().contains(app)) {
			throw new AriError(400, "Application '" + app + "' is not registered by the simulated proxy");
		}
		int slash = endpoint.indexOf('/');
		String technologyResource = (slash > 0) ? endpoint : "PJSIP/" + endpoint;
		ChannelSpec spec = new ChannelSpec((channelId == null || channelId.isEmpty()) ? null : channelId, null, "Down",
				"", "", "", "", "", "default", "s", 1, "en", variables);
		FakeChannel channel = this.asterisk.newChannel(spec);
		channel.name = technologyResource + "-" + channel.name.substring(channel.name.lastIndexOf('-') + 1);
		channel.application = app;
		return enteringStasis(channel, app, appArgs);
	}

	/**
	 * {@code channels.externalMedia}: a media channel to an external host ({@code UnicastRTP} by
	 * default), placed straight into the application; the answer carries the local RTP address
	 * in {@code channelvars}.
	 */
	private AriReply externalMedia(Parameters parameters) {
		String app = parameters.requiredString("app", "Application must be specified");
		String externalHost = parameters.string("external_host");
		String format = parameters.requiredString("format", "Format must be specified");
		String channelId = parameters.string("channelId");
		String encapsulation = parameters.string("encapsulation");
		parameters.string("transport");
		parameters.string("connection_type");
		parameters.string("direction");
		parameters.string("data");
		Map<String, String> variables = parameters.stringMap("variables");
		if (externalHost == null || externalHost.isEmpty()) {
			throw new AriError(400, "External host must be specified");
		}
		if (!this.asterisk.settings().applications().contains(app)) {
			throw new AriError(400, "Application '" + app + "' is not registered by the simulated proxy");
		}
		Map<String, String> all = new java.util.LinkedHashMap<>(variables);
		all.put("UNICASTRTP_LOCAL_ADDRESS", "127.0.0.1");
		all.put("UNICASTRTP_LOCAL_PORT", "17000");
		ChannelSpec spec = new ChannelSpec((channelId == null || channelId.isEmpty()) ? null : channelId, null, "Up",
				"", "", "", "", "", "default", "s", 1, "en", all);
		FakeChannel channel = this.asterisk.newChannel(spec);
		String technology = "audiosocket".equals(encapsulation) ? "AudioSocket/" : "UnicastRTP/";
		channel.name = technology + externalHost + "-" + channel.name.substring(channel.name.lastIndexOf('-') + 1);
		channel.application = app;
		ObjectNode json = channel.toJson();
		ObjectNode channelvars = json.putObject("channelvars");
		channelvars.put("UNICASTRTP_LOCAL_ADDRESS", "127.0.0.1");
		channelvars.put("UNICASTRTP_LOCAL_PORT", "17000");
		return AriReply.json(200, json, () -> {
			synchronized (this.asterisk) {
				if (!channel.destroyed) {
					this.asterisk.enterStasis(channel.id, app, List.of());
				}
			}
		});
	}

	private AriReply enteringStasis(FakeChannel channel, String app, String appArgs) {
		List<String> args = (appArgs == null || appArgs.isEmpty()) ? List.of() : List.of(appArgs.split(","));
		return AriReply.json(200, channel.toJson(), () -> {
			synchronized (this.asterisk) {
				if (!channel.destroyed) {
					this.asterisk.enterStasis(channel.id, app, args);
				}
			}
		});
	}

	private static String[] parseCallerId(String callerId) {
		if (callerId == null || callerId.isBlank()) {
			return new String[] { "", "" };
		}
		int open = callerId.indexOf('<');
		int close = callerId.indexOf('>');
		if (open >= 0 && close > open) {
			String name = callerId.substring(0, open).trim().replace("\"", "");
			return new String[] { name, callerId.substring(open + 1, close).trim() };
		}
		return new String[] { "", callerId.trim() };
	}

	private AriReply hangup(Map<String, String> path, Parameters parameters) {
		FakeChannel channel = this.asterisk.live(path.get("channelId"));
		String reasonCode = parameters.string("reason_code");
		String reason = parameters.string("reason");
		HangupCause cause = HangupCause.NORMAL;
		if (reasonCode != null && !reasonCode.isEmpty()) {
			try {
				cause = HangupCause.fromCode(Long.parseLong(reasonCode));
			}
			catch (NumberFormatException ex) {
				throw new AriError(400, "Invalid reason for hangup provided");
			}
		}
		else if (reason != null && !reason.isEmpty()) {
			cause = HangupCause.fromReason(reason);
		}
		HangupCause destroyCause = cause;
		return AriReply.noContent(() -> {
			synchronized (this.asterisk) {
				if (!channel.destroyed) {
					ObjectNode request = AriJson.object();
					request.put("cause", 32);
					request.put("soft", true);
					this.asterisk.hangUp(channel, request, destroyCause);
				}
			}
		});
	}

	/**
	 * A snoop channel on any live channel: it enters the application at once (in Asterisk, right after the
	 * answer) and is hung up when the snooped channel is.
	 */
	private AriReply snoop(String channelId, String snoopId, Parameters parameters) {
		String spy = direction(parameters.string("spy"), "spy");
		String whisper = direction(parameters.string("whisper"), "whisper");
		String app = parameters.string("app");
		String appArgs = parameters.string("appArgs");
		if (snoopId == null) {
			snoopId = parameters.string("snoopId");
		}
		if ("none".equals(spy) && "none".equals(whisper)) {
			throw new AriError(400, "Direction must be specified for at least spy or whisper");
		}
		if (app == null || app.isEmpty()) {
			throw new AriError(400, "Application name is required");
		}
		FakeChannel target = this.asterisk.live(channelId);
		if (!this.asterisk.settings().applications().contains(app)) {
			throw new AriError(400, "Application '" + app + "' is not registered by the simulated proxy");
		}
		ChannelSpec spec = new ChannelSpec((snoopId == null || snoopId.isEmpty()) ? null : snoopId, null, "Up", "", "",
				"", "", "", "default", "s", 1, "en", Map.of());
		FakeChannel snoop = this.asterisk.newChannel(spec);
		snoop.name = "Snoop/" + target.id + "-" + snoop.name.substring(snoop.name.lastIndexOf('-') + 1);
		snoop.snoopOf = target.id;
		snoop.application = app;
		List<String> args = (appArgs == null || appArgs.isEmpty()) ? List.of() : List.of(appArgs.split(","));
		return AriReply.json(200, snoop.toJson(), () -> {
			synchronized (this.asterisk) {
				if (!snoop.destroyed) {
					this.asterisk.enterStasis(snoop.id, app, args);
				}
			}
		});
	}

	private static String direction(String value, String name) {
		if (value == null || value.isEmpty()) {
			return "none";
		}
		if (!List.of("none", "both", "out", "in").contains(value)) {
			throw new AriError(400, "Invalid direction specified for " + name);
		}
		return value;
	}

	private AriReply answer(Map<String, String> path) {
		FakeChannel channel = this.asterisk.controlled(path.get("channelId"));
		if (!"Up".equals(channel.state)) {
			channel.state = "Up";
			this.asterisk.emitChannelEvent("ChannelStateChange", channel);
		}
		return AriReply.noContent();
	}

	private AriReply continueInDialplan(Map<String, String> path, Parameters parameters) {
		FakeChannel channel = this.asterisk.controlled(path.get("channelId"));
		String context = parameters.string("context");
		String extension = parameters.string("extension");
		long priority = parameters.integer("priority", -1);
		parameters.string("label");
		return AriReply.noContent(() -> {
			synchronized (this.asterisk) {
				if (channel.inStasis()) {
					this.asterisk.leaveStasis(channel);
					channel.context = (context != null && !context.isEmpty()) ? context : channel.context;
					channel.exten = (extension != null && !extension.isEmpty()) ? extension : channel.exten;
					channel.priority = (priority > 0) ? priority : channel.priority + 1;
					channel.appName = "";
					channel.appData = "";
				}
			}
		});
	}

	private AriReply sendDtmf(Map<String, String> path, Parameters parameters) {
		FakeChannel channel = this.asterisk.controlled(path.get("channelId"));
		String dtmf = parameters.requiredString("dtmf", "DTMF is required");
		for (String timing : List.of("before", "between", "duration", "after")) {
			parameters.integer(timing, 0);
		}
		channel.dtmfSent.append(dtmf);
		return AriReply.noContent();
	}

	private AriReply getVariable(Map<String, String> path, Parameters parameters) {
		String name = parameters.string("variable");
		if (name == null || name.isEmpty()) {
			throw new AriError(400, "Variable name is required");
		}
		FakeChannel channel = this.asterisk.controlled(path.get("channelId"));
		String value = channel.variables.get(name);
		if (value == null) {
			throw new AriError(404, "Provided variable was not found");
		}
		ObjectNode json = AriJson.object();
		json.put("value", value);
		return AriReply.json(200, json);
	}

	private AriReply setVariable(Map<String, String> path, Parameters parameters) {
		String name = parameters.string("variable");
		if (name == null || name.isEmpty()) {
			throw new AriError(400, "Variable name is required");
		}
		String value = parameters.string("value");
		parameters.bool("report_events", false);
		FakeChannel channel = this.asterisk.controlled(path.get("channelId"));
		String stored = (value != null) ? value : "";
		channel.variables.put(name, stored);
		ObjectNode blob = AriJson.object();
		blob.put("variable", name);
		blob.put("value", stored);
		ObjectNode event = this.asterisk.event(blob, "ChannelVarset");
		event.set("channel", channel.toJson());
		this.asterisk.emit(event);
		return AriReply.noContent();
	}

	private AriReply accept(Map<String, String> path, AriRequest request) {
		this.asterisk.controlled(path.get("channelId"));
		request.parameters().string("direction");
		request.parameters().string("mohClass");
		return AriReply.noContent();
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

}
