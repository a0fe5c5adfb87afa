package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Application;

/**
 * {@link Applications} over {@link AriOperations}.
 */
final class DefaultApplications implements Applications {

	private final AriOperations operations;

	DefaultApplications(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<Application> list() {
		return this.operations.call(ApplicationsRequests.list(), ResourceSupport.listOf(this.operations,
				Application.class));
	}

	@Override
	public Application get(String applicationName) {
		return this.operations.call(ApplicationsRequests.get(applicationName), Application.class);
	}

	@Override
	public Application subscribe(String applicationName, List<String> eventSource) {
		return this.operations.call(ApplicationsRequests.subscribe(applicationName, eventSource), Application.class);
	}

	@Override
	public Application unsubscribe(String applicationName, List<String> eventSource) {
		return this.operations.call(ApplicationsRequests.unsubscribe(applicationName, eventSource), Application.class);
	}

	@Override
	public Application filter(String applicationName, FilterOptions options) {
		return this.operations.call(ApplicationsRequests.filter(applicationName, options), Application.class);
	}

}
