package io.ariqueue.ari.resource;

import io.ariqueue.ari.client.AriOperations;

/**
 * Asterisk's REST Interface, one accessor per resource; every call blocks until Asterisk has answered.
 * <p>
 * Failures surface as {@link io.ariqueue.ari.client.AriCallException} subclasses:
 * {@link io.ariqueue.ari.client.AriException} for an error status, {@link io.ariqueue.ari.client.AriTimeoutException}
 * when no answer came in time, and {@link io.ariqueue.ari.client.DialogueClosedException} when the dialogue is over.
 * {@link #async()} gives the same calls returning futures.
 */
public interface AriApi {

	/**
	 * Create the blocking API over the given operations; each resource is created once.
	 * @param operations the operations that execute the requests
	 * @return the API
	 */
	static AriApi of(AriOperations operations) {
		return new DefaultAriApi(operations);
	}

	/**
	 * The Asterisk instance itself: system information, modules, log channels, global variables and dynamic
	 * configuration.
	 * @return the asterisk resource
	 */
	Asterisk asterisk();

	/**
	 * Endpoints, the addressable peers of a technology (a PJSIP endpoint, for example), and out-of-call messages to
	 * them.
	 * @return the endpoints resource
	 */
	Endpoints endpoints();

	/**
	 * Channels: originating, answering, playing, recording, moving and hanging up calls.
	 * @return the channels resource
	 */
	Channels channels();

	/**
	 * Bridges, which join channels so that they hear each other, with playback and recording on the whole bridge.
	 * @return the bridges resource
	 */
	Bridges bridges();

	/**
	 * Recordings, both those in progress and those stored on the Asterisk server.
	 * @return the recordings resource
	 */
	Recordings recordings();

	/**
	 * The sound files installed on the Asterisk server.
	 * @return the sounds resource
	 */
	Sounds sounds();

	/**
	 * Playbacks in progress, started on a channel or a bridge.
	 * @return the playbacks resource
	 */
	Playbacks playbacks();

	/**
	 * Device states that a Stasis application controls (the {@code Stasis:} device technology).
	 * @return the deviceStates resource
	 */
	DeviceStates deviceStates();

	/**
	 * Mailboxes whose message counts a Stasis application controls.
	 * @return the mailboxes resource
	 */
	Mailboxes mailboxes();

	/**
	 * The event stream and user-defined events.
	 * @return the events resource
	 */
	Events events();

	/**
	 * Stasis applications and their event subscriptions.
	 * @return the applications resource
	 */
	Applications applications();

	/**
	 * The same API with every call returning a future.
	 * @return the asynchronous API
	 */
	AsyncAriApi async();

}
