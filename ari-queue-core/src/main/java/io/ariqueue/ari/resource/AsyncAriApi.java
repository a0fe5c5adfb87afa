package io.ariqueue.ari.resource;

import io.ariqueue.ari.client.AriOperations;

/**
 * Asterisk's REST Interface, one accessor per resource, with every call returning a
 * {@link java.util.concurrent.CompletableFuture}. The futures complete on the callback executor of the
 * {@link AriOperations} they were created with.
 * <p>
 * The blocking form is {@link AriApi}.
 */
public interface AsyncAriApi {

	/**
	 * Create the asynchronous API over the given operations; each resource is created once.
	 * @param operations the operations that execute the requests
	 * @return the API
	 */
	static AsyncAriApi of(AriOperations operations) {
		return new DefaultAsyncAriApi(operations);
	}

	/**
	 * The Asterisk instance itself: system information, modules, log channels, global variables and dynamic
	 * configuration.
	 * @return the asterisk resource
	 */
	AsyncAsterisk asterisk();

	/**
	 * Endpoints, the addressable peers of a technology (a PJSIP endpoint, for example), and out-of-call messages to
	 * them.
	 * @return the endpoints resource
	 */
	AsyncEndpoints endpoints();

	/**
	 * Channels: originating, answering, playing, recording, moving and hanging up calls.
	 * @return the channels resource
	 */
	AsyncChannels channels();

	/**
	 * Bridges, which join channels so that they hear each other, with playback and recording on the whole bridge.
	 * @return the bridges resource
	 */
	AsyncBridges bridges();

	/**
	 * Recordings, both those in progress and those stored on the Asterisk server.
	 * @return the recordings resource
	 */
	AsyncRecordings recordings();

	/**
	 * The sound files installed on the Asterisk server.
	 * @return the sounds resource
	 */
	AsyncSounds sounds();

	/**
	 * Playbacks in progress, started on a channel or a bridge.
	 * @return the playbacks resource
	 */
	AsyncPlaybacks playbacks();

	/**
	 * Device states that a Stasis application controls (the {@code Stasis:} device technology).
	 * @return the deviceStates resource
	 */
	AsyncDeviceStates deviceStates();

	/**
	 * Mailboxes whose message counts a Stasis application controls.
	 * @return the mailboxes resource
	 */
	AsyncMailboxes mailboxes();

	/**
	 * The event stream and user-defined events.
	 * @return the events resource
	 */
	AsyncEvents events();

	/**
	 * Stasis applications and their event subscriptions.
	 * @return the applications resource
	 */
	AsyncApplications applications();

}
