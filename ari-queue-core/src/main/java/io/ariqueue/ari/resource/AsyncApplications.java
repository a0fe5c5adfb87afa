package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.Application;

/**
 * Stasis applications and their event subscriptions, with every call returning a future that completes on the callback
 * executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Applications}.
 */
public interface AsyncApplications {

	/**
	 * List the Stasis applications.
	 * @return a future of the {@link Application} list
	 */
	CompletableFuture<List<Application>> list();

	/**
	 * Read a Stasis application's subscriptions.
	 * @param applicationName the Stasis application's name
	 * @return a future of the {@link Application}
	 */
	CompletableFuture<Application> get(String applicationName);

	/**
	 * Subscribe a Stasis application to the events of channels, bridges, endpoints or device states.
	 * @param applicationName the Stasis application's name
	 * @param eventSource event sources: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>[/<resource>]}
	 * or {@code deviceState:<name>}
	 * @return a future of the {@link Application}
	 */
	CompletableFuture<Application> subscribe(String applicationName, List<String> eventSource);

	/**
	 * Subscribe a Stasis application to the events of channels, bridges, endpoints or device states.
	 * <p>
	 * The same as {@link #subscribe(String, List)} with a single {@code eventSource}.
	 * @param applicationName the Stasis application's name
	 * @param eventSource event sources: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>[/<resource>]}
	 * or {@code deviceState:<name>} (here a single value)
	 * @return a future of the {@link Application}
	 */
	default CompletableFuture<Application> subscribe(String applicationName, String eventSource) {
		return subscribe(applicationName, List.of(eventSource));
	}

	/**
	 * Unsubscribe a Stasis application from event sources.
	 * @param applicationName the Stasis application's name
	 * @param eventSource event sources: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>[/<resource>]}
	 * or {@code deviceState:<name>}
	 * @return a future of the {@link Application}
	 */
	CompletableFuture<Application> unsubscribe(String applicationName, List<String> eventSource);

	/**
	 * Unsubscribe a Stasis application from event sources.
	 * <p>
	 * The same as {@link #unsubscribe(String, List)} with a single {@code eventSource}.
	 * @param applicationName the Stasis application's name
	 * @param eventSource event sources: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>[/<resource>]}
	 * or {@code deviceState:<name>} (here a single value)
	 * @return a future of the {@link Application}
	 */
	default CompletableFuture<Application> unsubscribe(String applicationName, String eventSource) {
		return unsubscribe(applicationName, List.of(eventSource));
	}

	/**
	 * Set which event types a Stasis application receives.
	 * @param applicationName the Stasis application's name
	 * @param options the optional parameters, {@code new FilterOptions()} for none
	 * @return a future of the {@link Application}
	 */
	CompletableFuture<Application> filter(String applicationName, Applications.FilterOptions options);

	/**
	 * Set which event types a Stasis application receives.
	 * <p>
	 * The same as {@link #filter(String, Applications.FilterOptions)} with no options.
	 * @param applicationName the Stasis application's name
	 * @return a future of the {@link Application}
	 */
	default CompletableFuture<Application> filter(String applicationName) {
		return filter(applicationName, new Applications.FilterOptions());
	}

}
