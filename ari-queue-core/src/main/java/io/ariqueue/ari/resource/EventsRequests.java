package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Events} and {@link AsyncEvents} into {@link AriRequest ARI requests}: method, path and
 * typed parameters.
 */
final class EventsRequests {

	private EventsRequests() {
	}

	static AriRequest eventWebsocket(List<String> app, Events.EventWebsocketOptions options) {
		Objects.requireNonNull(app, "app must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("GET", "/events")
			.operation("events.eventWebsocket")
			.parameter("app", ResourceSupport.copyOf(app))
			.parameter("subscribeAll", options.subscribeAll())
			.build();
	}

	static AriRequest userEvent(String eventName, String application, Events.UserEventOptions options) {
		Objects.requireNonNull(application, "application must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/events/user/{eventName}")
			.operation("events.userEvent")
			.pathParameter("eventName", eventName)
			.parameter("application", application)
			.parameter("source", options.source())
			.parameter("variables", options.variables())
			.build();
	}

	static AriRequest claimChannel(String channelId, String application) {
		Objects.requireNonNull(channelId, "channelId must not be null");
		Objects.requireNonNull(application, "application must not be null");
		return AriRequest.of("POST", "/events/claim")
			.operation("events.claimChannel")
			.parameter("channelId", channelId)
			.parameter("application", application)
			.build();
	}

}
