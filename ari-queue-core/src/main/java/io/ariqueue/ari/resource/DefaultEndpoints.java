package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Endpoint;

/**
 * {@link Endpoints} over {@link AriOperations}.
 */
final class DefaultEndpoints implements Endpoints {

	private final AriOperations operations;

	DefaultEndpoints(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<Endpoint> list() {
		return this.operations.call(EndpointsRequests.list(), ResourceSupport.listOf(this.operations, Endpoint.class));
	}

	@Override
	public void sendMessage(String to, String from, SendMessageOptions options) {
		this.operations.call(EndpointsRequests.sendMessage(to, from, options), Void.class);
	}

	@Override
	public void refer(String to, String from, String referTo, ReferOptions options) {
		this.operations.call(EndpointsRequests.refer(to, from, referTo, options), Void.class);
	}

	@Override
	public List<Endpoint> listByTech(String tech) {
		return this.operations.call(EndpointsRequests.listByTech(tech), ResourceSupport.listOf(this.operations,
				Endpoint.class));
	}

	@Override
	public Endpoint get(String tech, String resource) {
		return this.operations.call(EndpointsRequests.get(tech, resource), Endpoint.class);
	}

	@Override
	public void sendMessageToEndpoint(String tech, String resource, String from, SendMessageToEndpointOptions options) {
		this.operations.call(EndpointsRequests.sendMessageToEndpoint(tech, resource, from, options), Void.class);
	}

	@Override
	public void referToEndpoint(String tech, String resource, String from, String referTo,
			ReferToEndpointOptions options) {
		this.operations.call(EndpointsRequests.referToEndpoint(tech, resource, from, referTo, options), Void.class);
	}

}
