package io.ariqueue.queueproxy.asterisk;

/**
 * Receives what arrives on Asterisk's events WebSocket, one call at a time, in the order
 * Asterisk sent it.
 *
 * @author ari-queue team
 */
public interface AsteriskEventListener {

	/**
	 * The WebSocket is open and no event has been read yet: the time to learn what Asterisk has
	 * now (after a restart of the proxy or of Asterisk). Events wait until this returns.
	 * @return whether the listener learnt it; if not, it is asked again after a back-off, events
	 * still waiting, a few times before events are read without it
	 */
	boolean onConnected();

	/**
	 * An event arrived.
	 * @param text the event exactly as Asterisk sent it
	 */
	void onEvent(String text);

	/**
	 * The WebSocket closed or failed; a reconnection follows.
	 * @param reason why
	 */
	default void onDisconnected(String reason) {
	}

}
