package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.Message;

/**
 * The event stream and user-defined events, with every call returning a future that completes on the callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Events}.
 */
public interface AsyncEvents {

	/**
	 * Open the event WebSocket for one or more Stasis applications. This upgrades the HTTP connection to a WebSocket,
	 * so it only makes sense against Asterisk directly; over an ARI proxy events arrive on their own.
	 * @param app the Stasis applications to receive events for
	 * @param options the optional parameters, {@code new EventWebsocketOptions()} for none
	 * @return a future of the {@link Message}
	 */
	CompletableFuture<Message> eventWebsocket(List<String> app, Events.EventWebsocketOptions options);

	/**
	 * Open the event WebSocket for one or more Stasis applications. This upgrades the HTTP connection to a WebSocket,
	 * so it only makes sense against Asterisk directly; over an ARI proxy events arrive on their own.
	 * <p>
	 * The same as {@link #eventWebsocket(List, Events.EventWebsocketOptions)} with no options.
	 * @param app the Stasis applications to receive events for
	 * @return a future of the {@link Message}
	 */
	default CompletableFuture<Message> eventWebsocket(List<String> app) {
		return eventWebsocket(app, new Events.EventWebsocketOptions());
	}

	/**
	 * Open the event WebSocket for one or more Stasis applications. This upgrades the HTTP connection to a WebSocket,
	 * so it only makes sense against Asterisk directly; over an ARI proxy events arrive on their own.
	 * <p>
	 * The same as {@link #eventWebsocket(List, Events.EventWebsocketOptions)} with a single {@code app}.
	 * @param app the Stasis applications to receive events for (here a single value)
	 * @param options the optional parameters, {@code new EventWebsocketOptions()} for none
	 * @return a future of the {@link Message}
	 */
	default CompletableFuture<Message> eventWebsocket(String app, Events.EventWebsocketOptions options) {
		return eventWebsocket(List.of(app), options);
	}

	/**
	 * Open the event WebSocket for one or more Stasis applications. This upgrades the HTTP connection to a WebSocket,
	 * so it only makes sense against Asterisk directly; over an ARI proxy events arrive on their own.
	 * <p>
	 * The same as {@link #eventWebsocket(List, Events.EventWebsocketOptions)} with a single {@code app} and no options.
	 * @param app the Stasis applications to receive events for (here a single value)
	 * @return a future of the {@link Message}
	 */
	default CompletableFuture<Message> eventWebsocket(String app) {
		return eventWebsocket(List.of(app), new Events.EventWebsocketOptions());
	}

	/**
	 * Raise a user-defined event, delivered to a Stasis application as {@code ChannelUserevent}.
	 * @param eventName the event's name
	 * @param application the Stasis application that receives the event
	 * @param options the optional parameters, {@code new UserEventOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> userEvent(String eventName, String application, Events.UserEventOptions options);

	/**
	 * Raise a user-defined event, delivered to a Stasis application as {@code ChannelUserevent}.
	 * <p>
	 * The same as {@link #userEvent(String, String, Events.UserEventOptions)} with no options.
	 * @param eventName the event's name
	 * @param application the Stasis application that receives the event
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> userEvent(String eventName, String application) {
		return userEvent(eventName, application, new Events.UserEventOptions());
	}

	/**
	 * Claim a channel that was offered to several Stasis applications at once.
	 * @param channelId the id of the channel to claim
	 * @param application the Stasis application that claims it
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> claimChannel(String channelId, String application);

}
