package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ariqueue.ari.model.Application;

/**
 * Stasis applications and their event subscriptions, with every call blocking until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncApplications}.
 */
public interface Applications {

	/**
	 * List the Stasis applications.
	 * @return the {@link Application} list
	 */
	List<Application> list();

	/**
	 * Read a Stasis application's subscriptions.
	 * @param applicationName the Stasis application's name
	 * @return the {@link Application}
	 */
	Application get(String applicationName);

	/**
	 * Subscribe a Stasis application to the events of channels, bridges, endpoints or device states.
	 * @param applicationName the Stasis application's name
	 * @param eventSource event sources: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>[/<resource>]}
	 * or {@code deviceState:<name>}
	 * @return the {@link Application}
	 */
	Application subscribe(String applicationName, List<String> eventSource);

	/**
	 * Subscribe a Stasis application to the events of channels, bridges, endpoints or device states.
	 * <p>
	 * The same as {@link #subscribe(String, List)} with a single {@code eventSource}.
	 * @param applicationName the Stasis application's name
	 * @param eventSource event sources: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>[/<resource>]}
	 * or {@code deviceState:<name>} (here a single value)
	 * @return the {@link Application}
	 */
	default Application subscribe(String applicationName, String eventSource) {
		return subscribe(applicationName, List.of(eventSource));
	}

	/**
	 * Unsubscribe a Stasis application from event sources.
	 * @param applicationName the Stasis application's name
	 * @param eventSource event sources: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>[/<resource>]}
	 * or {@code deviceState:<name>}
	 * @return the {@link Application}
	 */
	Application unsubscribe(String applicationName, List<String> eventSource);

	/**
	 * Unsubscribe a Stasis application from event sources.
	 * <p>
	 * The same as {@link #unsubscribe(String, List)} with a single {@code eventSource}.
	 * @param applicationName the Stasis application's name
	 * @param eventSource event sources: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>[/<resource>]}
	 * or {@code deviceState:<name>} (here a single value)
	 * @return the {@link Application}
	 */
	default Application unsubscribe(String applicationName, String eventSource) {
		return unsubscribe(applicationName, List.of(eventSource));
	}

	/**
	 * Set which event types a Stasis application receives.
	 * @param applicationName the Stasis application's name
	 * @param options the optional parameters, {@code new FilterOptions()} for none
	 * @return the {@link Application}
	 */
	Application filter(String applicationName, FilterOptions options);

	/**
	 * Set which event types a Stasis application receives.
	 * <p>
	 * The same as {@link #filter(String, FilterOptions)} with no options.
	 * @param applicationName the Stasis application's name
	 * @return the {@link Application}
	 */
	default Application filter(String applicationName) {
		return filter(applicationName, new FilterOptions());
	}

	/**
	 * Optional parameters of {@code filter}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class FilterOptions {

		private final Map<String, Object> filter;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public FilterOptions() {
			this(null);
		}

		private FilterOptions(Map<String, Object> filter) {
			this.filter = filter;
		}

		/**
		 * The filter itself, with the keys {@code allowed} and/or {@code disallowed}, each a list of objects such as
		 * {@code {"type": "StasisStart"}}; an empty filter clears both lists.
		 * @param filter the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code filter} set
		 */
		public FilterOptions filter(Map<String, Object> filter) {
			return new FilterOptions(ResourceSupport.copyOf(filter));
		}

		/**
		 * The value set with {@link #filter(Map)}.
		 * @return the value, or {@code null} if not set
		 */
		public Map<String, Object> filter() {
			return this.filter;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof FilterOptions that)) {
				return false;
			}
			return Objects.equals(this.filter, that.filter);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.filter);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("FilterOptions", "filter", this.filter);
		}

	}

}
