package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Message;

/**
 * {@link AsyncEvents} over {@link AriOperations}.
 */
final class DefaultAsyncEvents implements AsyncEvents {

	private final AriOperations operations;

	DefaultAsyncEvents(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<Message> eventWebsocket(List<String> app, Events.EventWebsocketOptions options) {
		return this.operations.callAsync(EventsRequests.eventWebsocket(app, options), Message.class);
	}

	@Override
	public CompletableFuture<Void> userEvent(String eventName, String application, Events.UserEventOptions options) {
		return this.operations.callAsync(EventsRequests.userEvent(eventName, application, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> claimChannel(String channelId, String application) {
		return this.operations.callAsync(EventsRequests.claimChannel(channelId, application), Void.class);
	}

}
