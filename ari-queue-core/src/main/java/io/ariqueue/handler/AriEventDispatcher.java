package io.ariqueue.handler;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

/**
 * Where an event reaches the application's handlers. A transport calls it for one dialogue at a
 * time from one thread at a time, in order.
 *
 * @author ari-queue team
 */
public interface AriEventDispatcher {

	/**
	 * A dialogue starts, before its first event.
	 * @param session the dialogue's session
	 */
	void dialogueStarted(AriSession session);

	/**
	 * Hand an event to every handler that takes it.
	 * @param event the event
	 * @param session the dialogue's session
	 */
	void dispatch(AriEvent event, AriSession session);

	/**
	 * A dialogue ended, after its last event.
	 * @param session the dialogue's session
	 * @param reason why it ended
	 */
	void dialogueClosed(AriSession session, DialogueCloseReason reason);

}
