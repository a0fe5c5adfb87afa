package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Message;

/**
 * {@link Events} over {@link AriOperations}.
 */
final class DefaultEvents implements Events {

	private final AriOperations operations;

	DefaultEvents(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public Message eventWebsocket(List<String> app, EventWebsocketOptions options) {
		return this.operations.call(EventsRequests.eventWebsocket(app, options), Message.class);
	}

	@Override
	public void userEvent(String eventName, String application, UserEventOptions options) {
		this.operations.call(EventsRequests.userEvent(eventName, application, options), Void.class);
	}

	@Override
	public void claimChannel(String channelId, String application) {
		this.operations.call(EventsRequests.claimChannel(channelId, application), Void.class);
	}

}
