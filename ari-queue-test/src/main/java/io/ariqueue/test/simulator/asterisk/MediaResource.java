package io.ariqueue.test.simulator.asterisk;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;

/**
 * Playbacks and recordings of the fake Asterisk: {@code /channels/{id}/play}, {@code /bridges/{id}/play},
 * {@code /channels/{id}/record}, {@code /playbacks} and {@code /recordings}.
 *
 * @author ari-queue
 */
final class MediaResource {

	private static final Set<String> FORMATS = Set.of("wav", "wav16", "gsm", "ulaw", "alaw", "sln", "sln16", "g722",
			"g729", "ogg", "mp3");

	private final FakeAsterisk asterisk;

	MediaResource(FakeAsterisk asterisk) {
		this.asterisk = asterisk;
	}

	void register(RestRouter router) {
		router.register("POST", "/channels/{channelId}/play",
				(request, path) -> playOnChannel(path.get("channelId"), null, request.parameters()));
		router.register("POST", "/channels/{channelId}/play/{playbackId}",
				(request, path) -> playOnChannel(path.get("channelId"), path.get("playbackId"), request.parameters()));
		router.register("POST", "/bridges/{bridgeId}/play",
				(request, path) -> playOnBridge(path.get("bridgeId"), null, request.parameters()));
		router.register("POST", "/bridges/{bridgeId}/play/{playbackId}",
				(request, path) -> playOnBridge(path.get("bridgeId"), path.get("playbackId"), request.parameters()));
		router.register("GET", "/playbacks/{playbackId}", (request, path) -> AriReply.json(200, playback(path).toJson()));
		router.register("DELETE", "/playbacks/{playbackId}", (request, path) -> stopPlayback(path));
		router.register("POST", "/channels/{channelId}/record", (request, path) -> record(path, request.parameters()));
		router.register("GET", "/recordings/live/{recordingName}",
				(request, path) -> AriReply.json(200, liveRecording(path).toJson()));
		router.register("POST", "/recordings/live/{recordingName}/stop", (request, path) -> stopRecording(path, "done"));
		router.register("DELETE", "/recordings/live/{recordingName}", (request, path) -> stopRecording(path, "canceled"));
		router.register("GET", "/recordings/stored", (request, path) -> storedRecordings());
		router.register("GET", "/recordings/stored/{recordingName}",
				(request, path) -> AriReply.json(200, storedRecording(path).toStoredJson()));
		// Asterisk names the type as the format's media type and the file's extension
		router.register("GET", "/recordings/stored/{recordingName}/file", (request, path) -> {
			FakeRecording recording = storedRecording(path);
			return AriReply.binary(200, "audio/" + recording.format, recording.file());
		});
		router.register("DELETE", "/recordings/stored/{recordingName}", (request, path) -> {
			this.asterisk.recordings.remove(storedRecording(path).name);
			return AriReply.noContent();
		});
	}

	private AriReply playOnChannel(String channelId, String playbackId, Parameters parameters) {
		List<String> media = media(parameters);
		FakeChannel channel = this.asterisk.controlled(channelId);
		return play("channel:" + channel.id, playbackId, media, parameters, channel.language);
	}

	private AriReply playOnBridge(String bridgeId, String playbackId, Parameters parameters) {
		List<String> media = media(parameters);
		parameters.string("announcer_format");
		FakeBridge bridge = this.asterisk.bridges.get(bridgeId);
		if (bridge == null || bridge.destroyed) {
			throw AriError.bridgeNotFound();
		}
		return play("bridge:" + bridge.id, playbackId, media, parameters, "en");
	}

	private List<String> media(Parameters parameters) {
		List<String> media = parameters.strings("media");
		if (media.isEmpty()) {
			throw new AriError(400, "Missing parameter media");
		}
		return media;
	}

	private AriReply play(String targetUri, String playbackId, List<String> media, Parameters parameters,
			String defaultLanguage) {
		String lang = parameters.string("lang");
		parameters.integer("offsetms", 0);
		parameters.integer("skipms", 3000);
		if (playbackId == null) {
			playbackId = parameters.string("playbackId");
		}
		if (playbackId == null || playbackId.isEmpty()) {
			playbackId = ChannelsResource.newId();
		}
		FakePlayback existing = this.asterisk.playbacks.get(playbackId);
		if (existing != null && !existing.finished()) {
			throw new AriError(409, "A playback with the same id already exists");
		}
		FakePlayback playback = new FakePlayback(playbackId, media, targetUri,
				(lang != null && !lang.isEmpty()) ? lang : defaultLanguage);
		this.asterisk.playbacks.put(playbackId, playback);
		return AriReply.json(201, playback.toJson(), () -> {
			synchronized (this.asterisk) {
				this.asterisk.startPlayback(playback);
			}
		});
	}

	private AriReply stopPlayback(Map<String, String> path) {
		FakePlayback playback = playback(path);
		return AriReply.noContent(() -> {
			synchronized (this.asterisk) {
				if (!playback.finished()) {
					this.asterisk.finishPlayback(playback, "done");
				}
			}
		});
	}

	private FakePlayback playback(Map<String, String> path) {
		FakePlayback playback = this.asterisk.playbacks.get(path.get("playbackId"));
		if (playback == null || playback.finished()) {
			throw new AriError(404, "Playback not found");
		}
		return playback;
	}

	private AriReply record(Map<String, String> path, Parameters parameters) {
		String name = parameters.requiredString("name", "Recording name is required");
		String format = parameters.requiredString("format", "Recording format is required");
		long maxDuration = parameters.integer("maxDurationSeconds", 0);
		long maxSilence = parameters.integer("maxSilenceSeconds", 0);
		String ifExists = parameters.string("ifExists");
		parameters.bool("beep", false);
		String terminateOn = parameters.string("terminateOn");
		if (maxDuration < 0) {
			throw new AriError(400, "maxDurationSeconds cannot be negative");
		}
		if (maxSilence < 0) {
			throw new AriError(400, "maxSilenceSeconds cannot be negative");
		}
		if (ifExists != null && !Set.of("fail", "overwrite", "append").contains(ifExists)) {
			throw new AriError(400, "ifExists invalid");
		}
		if (terminateOn != null && !terminateOn.matches("none|any|[0-9*#]+")) {
			throw new AriError(400, "terminateOn invalid");
		}
		FakeChannel channel = this.asterisk.controlled(path.get("channelId"));
		if (!FORMATS.contains(format)) {
			throw new AriError(422, "Format not found: " + format);
		}
		FakeRecording existing = this.asterisk.recordings.get(name);
		if (existing != null && (existing.live() || "fail".equals(ifExists) || ifExists == null)) {
			throw new AriError(409, "Recording with same name already exists on the system");
		}
		FakeRecording recording = new FakeRecording(name, format, "channel:" + channel.id);
		this.asterisk.recordings.put(name, recording);
		return AriReply.json(201, recording.toJson(), () -> {
			synchronized (this.asterisk) {
				this.asterisk.startRecording(recording, maxDuration);
			}
		});
	}

	private AriReply stopRecording(Map<String, String> path, String finalState) {
		FakeRecording recording = liveRecording(path);
		return AriReply.noContent(() -> {
			synchronized (this.asterisk) {
				if (recording.live()) {
					this.asterisk.finishRecording(recording, finalState);
				}
			}
		});
	}

	private FakeRecording liveRecording(Map<String, String> path) {
		FakeRecording recording = this.asterisk.recordings.get(path.get("recordingName"));
		if (recording == null || !recording.live()) {
			throw new AriError(404, "Recording not found");
		}
		return recording;
	}

	private AriReply storedRecordings() {
		ArrayNode list = AriJson.MAPPER.createArrayNode();
		this.asterisk.recordings.values().stream().filter((recording) -> "done".equals(recording.state))
				.forEach((recording) -> list.add(recording.toStoredJson()));
		return AriReply.json(200, list);
	}

	private FakeRecording storedRecording(Map<String, String> path) {
		FakeRecording recording = this.asterisk.recordings.get(path.get("recordingName"));
		if (recording == null || !"done".equals(recording.state)) {
			throw new AriError(404, "Recording not found");
		}
		return recording;
	}

}
