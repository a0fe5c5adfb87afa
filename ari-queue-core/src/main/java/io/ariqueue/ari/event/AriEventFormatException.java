package io.ariqueue.ari.event;

/**
 * An ARI event could not be read: its text is not JSON, not a JSON object, has no type, or has
 * a field whose value does not fit the event's record. The message names the problem without
 * repeating more than a short excerpt of the input.
 *
 * @author ari-queue team
 */
public class AriEventFormatException extends IllegalArgumentException {

	/**
	 * Create an exception.
	 * @param message what is wrong
	 * @param cause the parser's failure, or {@code null}
	 */
	public AriEventFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
