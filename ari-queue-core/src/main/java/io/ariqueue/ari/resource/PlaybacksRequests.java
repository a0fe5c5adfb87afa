package io.ariqueue.ari.resource;

import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Playbacks} and {@link AsyncPlaybacks} into {@link AriRequest ARI requests}: method, path
 * and typed parameters.
 */
final class PlaybacksRequests {

	private PlaybacksRequests() {
	}

	static AriRequest get(String playbackId) {
		return AriRequest.of("GET", "/playbacks/{playbackId}")
			.operation("playbacks.get")
			.pathParameter("playbackId", playbackId)
			.build();
	}

	static AriRequest stop(String playbackId) {
		return AriRequest.of("DELETE", "/playbacks/{playbackId}")
			.operation("playbacks.stop")
			.pathParameter("playbackId", playbackId)
			.build();
	}

	static AriRequest control(String playbackId, String operation) {
		Objects.requireNonNull(operation, "operation must not be null");
		return AriRequest.of("POST", "/playbacks/{playbackId}/control")
			.operation("playbacks.control")
			.pathParameter("playbackId", playbackId)
			.parameter("operation", operation)
			.build();
	}

}
