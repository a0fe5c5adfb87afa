package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Sound;

/**
 * {@link Sounds} over {@link AriOperations}.
 */
final class DefaultSounds implements Sounds {

	private final AriOperations operations;

	DefaultSounds(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<Sound> list(ListOptions options) {
		return this.operations.call(SoundsRequests.list(options), ResourceSupport.listOf(this.operations, Sound.class));
	}

	@Override
	public Sound get(String soundId) {
		return this.operations.call(SoundsRequests.get(soundId), Sound.class);
	}

}
