package io.ariqueue.proxy.dialogue;

import java.util.Map;
import java.util.UUID;

import io.ariqueue.ari.client.AriRequest;

/**
 * Gives every channel a dialogue originates an id of ari-queue's own, so that the proxy binds
 * the channel to the dialogue before Asterisk answers.
 * <p>
 * The proxies route a channel's events to a dialogue once they know the channel's id. For a
 * plain {@code POST /channels} they learn it from Asterisk's answer, which can come after the new
 * channel's {@code StasisStart}: the proxy then opens a second dialogue for it. Both proxies bind
 * the id of {@code POST /channels/{channelId}} before they make the HTTP call, so a plain
 * originate is sent in that form. {@code POST /channels/create} has no such form; it gets a
 * {@code channelId} so that the application knows the id before the channel exists.
 *
 * @author ari-queue team
 */
final class ChannelIdAssignment {

	private static final String CHANNEL_ID = "channelId";

	private ChannelIdAssignment() {
	}

	/**
	 * The request to send for a request the application made.
	 * @param request the application's request
	 * @return the request with an id for the new channel, or the same request when it creates
	 * no channel or already names its id
	 */
	static AriRequest assign(AriRequest request) {
		if (!"POST".equals(request.method())) {
			return request;
		}
		if ("/channels".equals(request.path())) {
			Object given = request.parameters().get(CHANNEL_ID);
			String id = (given instanceof String text && !text.isEmpty()) ? text : newId();
			AriRequest.Builder withId = AriRequest.of("POST", "/channels/{channelId}")
				.operation(request.operation())
				.pathParameter(CHANNEL_ID, id);
			for (Map.Entry<String, Object> parameter : request.parameters().entrySet()) {
				if (!CHANNEL_ID.equals(parameter.getKey())) {
					withId.parameter(parameter.getKey(), parameter.getValue());
				}
			}
			return withId.build();
		}
		if ("/channels/create".equals(request.path()) && !request.parameters().containsKey(CHANNEL_ID)) {
			AriRequest.Builder withId = AriRequest.of("POST", "/channels/create").operation(request.operation());
			request.parameters().forEach(withId::parameter);
			return withId.parameter(CHANNEL_ID, newId()).build();
		}
		return request;
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
