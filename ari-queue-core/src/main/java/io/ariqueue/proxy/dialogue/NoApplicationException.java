package io.ariqueue.proxy.dialogue;

/**
 * No ARI application to serve was configured: the runtime would have no queue to take
 * announcements from.
 *
 * @author ari-queue team
 */
public class NoApplicationException extends IllegalArgumentException {

	/**
	 * Create an exception.
	 * @param message what is missing and where to set it
	 */
	public NoApplicationException(String message) {
		super(message);
	}

}
