package io.ariqueue.ari.resource;

import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.Playback;

/**
 * Playbacks in progress, started on a channel or a bridge, with every call returning a future that completes on the
 * callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Playbacks}.
 */
public interface AsyncPlaybacks {

	/**
	 * Read a playback's current state.
	 * @param playbackId the playback's id
	 * @return a future of the {@link Playback}
	 */
	CompletableFuture<Playback> get(String playbackId);

	/**
	 * Stop a playback.
	 * @param playbackId the playback's id
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> stop(String playbackId);

	/**
	 * Pause, resume, restart, rewind or fast-forward a playback.
	 * @param playbackId the playback's id
	 * @param operation what to do (one of {@code restart}, {@code pause}, {@code unpause}, {@code reverse},
	 * {@code forward})
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> control(String playbackId, String operation);

}
