package io.ariqueue.ari.resource;

import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Endpoints} and {@link AsyncEndpoints} into {@link AriRequest ARI requests}: method, path
 * and typed parameters.
 */
final class EndpointsRequests {

	private EndpointsRequests() {
	}

	static AriRequest list() {
		return AriRequest.of("GET", "/endpoints")
			.operation("endpoints.list")
			.build();
	}

	static AriRequest sendMessage(String to, String from, Endpoints.SendMessageOptions options) {
		Objects.requireNonNull(to, "to must not be null");
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("PUT", "/endpoints/sendMessage")
			.operation("endpoints.sendMessage")
			.parameter("to", to)
			.parameter("from", from)
			.parameter("body", options.body())
			.parameter("variables", options.variables())
			.build();
	}

	static AriRequest refer(String to, String from, String referTo, Endpoints.ReferOptions options) {
		Objects.requireNonNull(to, "to must not be null");
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(referTo, "referTo must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/endpoints/refer")
			.operation("endpoints.refer")
			.parameter("to", to)
			.parameter("from", from)
			.parameter("refer_to", referTo)
			.parameter("to_self", options.toSelf())
			.parameter("variables", options.variables())
			.build();
	}

	static AriRequest listByTech(String tech) {
		return AriRequest.of("GET", "/endpoints/{tech}")
			.operation("endpoints.listByTech")
			.pathParameter("tech", tech)
			.build();
	}

	static AriRequest get(String tech, String resource) {
		return AriRequest.of("GET", "/endpoints/{tech}/{resource}")
			.operation("endpoints.get")
			.pathParameter("tech", tech)
			.pathParameter("resource", resource)
			.build();
	}

	static AriRequest sendMessageToEndpoint(String tech, String resource, String from,
			Endpoints.SendMessageToEndpointOptions options) {
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("PUT", "/endpoints/{tech}/{resource}/sendMessage")
			.operation("endpoints.sendMessageToEndpoint")
			.pathParameter("tech", tech)
			.pathParameter("resource", resource)
			.parameter("from", from)
			.parameter("body", options.body())
			.parameter("variables", options.variables())
			.build();
	}

	static AriRequest referToEndpoint(String tech, String resource, String from, String referTo,
			Endpoints.ReferToEndpointOptions options) {
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(referTo, "referTo must not be null");
		Objects.requireNonNull(options, "options must not be null");
		return AriRequest.of("POST", "/endpoints/{tech}/{resource}/refer")
			.operation("endpoints.referToEndpoint")
			.pathParameter("tech", tech)
			.pathParameter("resource", resource)
			.parameter("from", from)
			.parameter("refer_to", referTo)
			.parameter("to_self", options.toSelf())
			.parameter("variables", options.variables())
			.build();
	}

}
