package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Applications} and {@link AsyncApplications} into {@link AriRequest ARI requests}: method,
 * path and typed parameters.
 */
final class ApplicationsRequests {

	private ApplicationsRequests() {
	}

	static AriRequest list() {
		return AriRequest.of("GET", "/applications")
			.operation("applications.list")
			.build();
	}

	static AriRequest get(String applicationName) {
		return AriRequest.of("GET", "/applications/{applicationName}")
			.operation("applications.get")
			.pathParameter("applicationName", applicationName)
			.build();
	}

	static AriRequest subscribe(String applicationName, List<String> eventSource) {
		Objects.requireNonNull(eventSource, "eventSource must not be null");
		return AriRequest.of("POST", "/applications/{applicationName}/subscription")
			.operation("applications.subscribe")
			.pathParameter("applicationName", applicationName)
			.parameter("eventSource", ResourceSupport.copyOf(eventSource))
			.build();
	}

	static AriRequest unsubscribe(String applicationName, List<String> eventSource) {
		Objects.requireNonNull(eventSource, "eventSource must not be null");
		return AriRequest.of("DELETE", "/applications/{applicationName}/subscription")
			.operation("applications.unsubscribe")
			.pathParameter("applicationName", applicationName)
			.parameter("eventSource", ResourceSupport.copyOf(eventSource))
			.build();
	}

	static AriRequest filter(String applicationName, Applications.FilterOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		AriRequest.Builder request = AriRequest.of("PUT", "/applications/{applicationName}/eventFilter")
			.operation("applications.filter")
			.pathParameter("applicationName", applicationName);
		// the filter object is the body itself, not a member of it
		ResourceSupport.putAll(request, options.filter());
		return request.build();
	}

}
