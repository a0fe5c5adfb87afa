package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Application;

/**
 * {@link AsyncApplications} over {@link AriOperations}.
 */
final class DefaultAsyncApplications implements AsyncApplications {

	private final AriOperations operations;

	DefaultAsyncApplications(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<Application>> list() {
		return this.operations.callAsync(ApplicationsRequests.list(), ResourceSupport.listOf(this.operations,
				Application.class));
	}

	@Override
	public CompletableFuture<Application> get(String applicationName) {
		return this.operations.callAsync(ApplicationsRequests.get(applicationName), Application.class);
	}

	@Override
	public CompletableFuture<Application> subscribe(String applicationName, List<String> eventSource) {
		return this.operations.callAsync(ApplicationsRequests.subscribe(applicationName, eventSource),
				Application.class);
	}

	@Override
	public CompletableFuture<Application> unsubscribe(String applicationName, List<String> eventSource) {
		return this.operations.callAsync(ApplicationsRequests.unsubscribe(applicationName, eventSource),
				Application.class);
	}

	@Override
	public CompletableFuture<Application> filter(String applicationName, Applications.FilterOptions options) {
		return this.operations.callAsync(ApplicationsRequests.filter(applicationName, options), Application.class);
	}

}
