package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Sound;

/**
 * {@link AsyncSounds} over {@link AriOperations}.
 */
final class DefaultAsyncSounds implements AsyncSounds {

	private final AriOperations operations;

	DefaultAsyncSounds(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<Sound>> list(Sounds.ListOptions options) {
		return this.operations.callAsync(SoundsRequests.list(options), ResourceSupport.listOf(this.operations,
				Sound.class));
	}

	@Override
	public CompletableFuture<Sound> get(String soundId) {
		return this.operations.callAsync(SoundsRequests.get(soundId), Sound.class);
	}

}
