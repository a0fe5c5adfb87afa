package io.ariqueue.ari.resource;

import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Sounds} and {@link AsyncSounds} into {@link AriRequest ARI requests}: method, path and
 * typed parameters.
 */
final class SoundsRequests {

	private SoundsRequests() {
	}

	static AriRequest list(Sounds.ListOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("GET", "/sounds")
			.operation("sounds.list")
			.parameter("lang", options.lang())
			.parameter("format", options.format())
			.build();
	}

	static AriRequest get(String soundId) {
		return AriRequest.of("GET", "/sounds/{soundId}")
			.operation("sounds.get")
			.pathParameter("soundId", soundId)
			.build();
	}

}
