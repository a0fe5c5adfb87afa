package io.ariqueue.ari.resource;

import io.ariqueue.ari.model.Playback;

/**
 * Playbacks in progress, started on a channel or a bridge, with every call blocking until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncPlaybacks}.
 */
public interface Playbacks {

	/**
	 * Read a playback's current state.
	 * @param playbackId the playback's id
	 * @return the {@link Playback}
	 */
	Playback get(String playbackId);

	/**
	 * Stop a playback.
	 * @param playbackId the playback's id
	 */
	void stop(String playbackId);

	/**
	 * Pause, resume, restart, rewind or fast-forward a playback.
	 * @param playbackId the playback's id
	 * @param operation what to do (one of {@code restart}, {@code pause}, {@code unpause}, {@code reverse},
	 * {@code forward})
	 */
	void control(String playbackId, String operation);

}
