package io.ariqueue.session;

/**
 * Why a dialogue ended.
 *
 * @author ari-queue team
 */
public enum DialogueCloseReason {

	/**
	 * The primary channel left the application ({@code StasisEnd}) or was destroyed
	 * ({@code ChannelDestroyed}).
	 */
	PRIMARY_CHANNEL_ENDED,

	/**
	 * No event arrived within the idle timeout.
	 */
	IDLE_TIMEOUT,

	/**
	 * No event arrived within the first-event timeout after an announced dialogue was set up: its
	 * announcement came after the dialogue had ended (a copy delivered again once another instance
	 * had run it to its end), or the proxy never started it.
	 */
	FIRST_EVENT_TIMEOUT,

	/**
	 * The application closed the session.
	 */
	CLOSED_BY_APPLICATION,

	/**
	 * The dialogue's queues disappeared, so the proxy has ended it.
	 */
	QUEUES_DELETED,

	/**
	 * This application instance is shutting down; the call itself may go on.
	 */
	SHUTDOWN,

	/**
	 * Another application instance took the dialogue over while this one was cut off from the
	 * broker; the queues stay for that instance.
	 */
	TAKEN_OVER,

	/**
	 * The proxy gave the dialogue up while some of its channels were still up: go-ari-proxy does
	 * so at the first {@code StasisEnd} of any of the dialogue's channels, after which it neither
	 * runs the dialogue's commands nor routes its other channels' events.
	 */
	PROXY_ENDED

}
