package io.ariqueue.test.simulator.asterisk;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The mutable state of one fake playback. Guarded by the {@link FakeAsterisk} lock.
 *
 * @author ari-queue
 */
final class FakePlayback {

	final String id;

	final List<String> media;

	final String targetUri;

	final String language;

	String state = "queued";

	FakePlayback(String id, List<String> media, String targetUri, String language) {
		this.id = id;
		this.media = List.copyOf(media);
		this.targetUri = targetUri;
		this.language = language;
	}

	boolean finished() {
		return "done".equals(this.state) || "failed".equals(this.state);
	}

	ObjectNode toJson() {
		ObjectNode json = AriJson.object();
		json.put("id", this.id);
		json.put("media_uri", this.media.get(0));
		if (this.media.size() > 1) {
			json.put("next_media_uri", this.media.get(1));
		}
		json.put("target_uri", this.targetUri);
		json.put("language", this.language);
		json.put("state", this.state);
		return json;
	}

}
