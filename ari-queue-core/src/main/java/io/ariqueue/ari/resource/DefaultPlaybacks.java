package io.ariqueue.ari.resource;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Playback;

/**
 * {@link Playbacks} over {@link AriOperations}.
 */
final class DefaultPlaybacks implements Playbacks {

	private final AriOperations operations;

	DefaultPlaybacks(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public Playback get(String playbackId) {
		return this.operations.call(PlaybacksRequests.get(playbackId), Playback.class);
	}

	@Override
	public void stop(String playbackId) {
		this.operations.call(PlaybacksRequests.stop(playbackId), Void.class);
	}

	@Override
	public void control(String playbackId, String operation) {
		this.operations.call(PlaybacksRequests.control(playbackId, operation), Void.class);
	}

}
