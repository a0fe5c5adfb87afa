package io.ariqueue.handler;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.session.AriSession;

/**
 * Takes the exceptions that handler methods throw. The default logs them; define a bean of this
 * type to take over. The next event of the dialogue is dispatched whatever this does, and an
 * exception it throws itself is logged and dropped.
 *
 * @author ari-queue team
 */
@FunctionalInterface
public interface AriErrorHandler {

	/**
	 * A handler method threw.
	 * @param error what it threw
	 * @param event the event being handled, or {@code null} in a dialogue callback
	 * @param session the dialogue's session
	 * @param handler a description of the handler method
	 */
	void handleError(Throwable error, AriEvent event, AriSession session, String handler);

}
