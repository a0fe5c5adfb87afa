package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Endpoint;

/**
 * {@link AsyncEndpoints} over {@link AriOperations}.
 */
final class DefaultAsyncEndpoints implements AsyncEndpoints {

	private final AriOperations operations;

	DefaultAsyncEndpoints(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<Endpoint>> list() {
		return this.operations.callAsync(EndpointsRequests.list(), ResourceSupport.listOf(this.operations,
				Endpoint.class));
	}

	@Override
	public CompletableFuture<Void> sendMessage(String to, String from, Endpoints.SendMessageOptions options) {
		return this.operations.callAsync(EndpointsRequests.sendMessage(to, from, options), Void.class);
	}

	@Override
	public CompletableFuture<Void> refer(String to, String from, String referTo, Endpoints.ReferOptions options) {
		return this.operations.callAsync(EndpointsRequests.refer(to, from, referTo, options), Void.class);
	}

	@Override
	public CompletableFuture<List<Endpoint>> listByTech(String tech) {
		return this.operations.callAsync(EndpointsRequests.listByTech(tech), ResourceSupport.listOf(this.operations,
				Endpoint.class));
	}

	@Override
	public CompletableFuture<Endpoint> get(String tech, String resource) {
		return this.operations.callAsync(EndpointsRequests.get(tech, resource), Endpoint.class);
	}

	@Override
	public CompletableFuture<Void> sendMessageToEndpoint(String tech, String resource, String from,
			Endpoints.SendMessageToEndpointOptions options) {
		return this.operations.callAsync(EndpointsRequests.sendMessageToEndpoint(tech, resource, from, options),
				Void.class);
	}

	@Override
	public CompletableFuture<Void> referToEndpoint(String tech, String resource, String from, String referTo,
			Endpoints.ReferToEndpointOptions options) {
		return this.operations.callAsync(EndpointsRequests.referToEndpoint(tech, resource, from, referTo, options),
				Void.class);
	}

}
