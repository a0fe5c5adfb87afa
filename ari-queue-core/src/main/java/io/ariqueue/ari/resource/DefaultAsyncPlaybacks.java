package io.ariqueue.ari.resource;

import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Playback;

/**
 * {@link AsyncPlaybacks} over {@link AriOperations}.
 */
final class DefaultAsyncPlaybacks implements AsyncPlaybacks {

	private final AriOperations operations;

	DefaultAsyncPlaybacks(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<Playback> get(String playbackId) {
		return this.operations.callAsync(PlaybacksRequests.get(playbackId), Playback.class);
	}

	@Override
	public CompletableFuture<Void> stop(String playbackId) {
		return this.operations.callAsync(PlaybacksRequests.stop(playbackId), Void.class);
	}

	@Override
	public CompletableFuture<Void> control(String playbackId, String operation) {
		return this.operations.callAsync(PlaybacksRequests.control(playbackId, operation), Void.class);
	}

}
