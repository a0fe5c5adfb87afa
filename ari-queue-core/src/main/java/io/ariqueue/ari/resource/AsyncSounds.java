package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.Sound;

/**
 * The sound files installed on the Asterisk server, with every call returning a future that completes on the callback
 * executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Sounds}.
 */
public interface AsyncSounds {

	/**
	 * List the installed sounds.
	 * @param options the optional parameters, {@code new ListOptions()} for none
	 * @return a future of the {@link Sound} list
	 */
	CompletableFuture<List<Sound>> list(Sounds.ListOptions options);

	/**
	 * List the installed sounds.
	 * <p>
	 * The same as {@link #list(Sounds.ListOptions)} with no options.
	 * @return a future of the {@link Sound} list
	 */
	default CompletableFuture<List<Sound>> list() {
		return list(new Sounds.ListOptions());
	}

	/**
	 * Read one sound's details.
	 * @param soundId the sound's id, for example {@code tt-monkeys}
	 * @return a future of the {@link Sound}
	 */
	CompletableFuture<Sound> get(String soundId);

}
