package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ariqueue.ari.model.Message;

/**
 * The event stream and user-defined events, with every call blocking until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncEvents}.
 */
public interface Events {

	/**
	 * Open the event WebSocket for one or more Stasis applications. This upgrades the HTTP connection to a WebSocket,
	 * so it only makes sense against Asterisk directly; over an ARI proxy events arrive on their own.
	 * @param app the Stasis applications to receive events for
	 * @param options the optional parameters, {@code new EventWebsocketOptions()} for none
	 * @return the {@link Message}
	 */
	Message eventWebsocket(List<String> app, EventWebsocketOptions options);

	/**
	 * Open the event WebSocket for one or more Stasis applications. This upgrades the HTTP connection to a WebSocket,
	 * so it only makes sense against Asterisk directly; over an ARI proxy events arrive on their own.
	 * <p>
	 * The same as {@link #eventWebsocket(List, EventWebsocketOptions)} with no options.
	 * @param app the Stasis applications to receive events for
	 * @return the {@link Message}
	 */
	default Message eventWebsocket(List<String> app) {
		return eventWebsocket(app, new EventWebsocketOptions());
	}

	/**
	 * Open the event WebSocket for one or more Stasis applications. This upgrades the HTTP connection to a WebSocket,
	 * so it only makes sense against Asterisk directly; over an ARI proxy events arrive on their own.
	 * <p>
	 * The same as {@link #eventWebsocket(List, EventWebsocketOptions)} with a single {@code app}.
	 * @param app the Stasis applications to receive events for (here a single value)
	 * @param options the optional parameters, {@code new EventWebsocketOptions()} for none
	 * @return the {@link Message}
	 */
	default Message eventWebsocket(String app, EventWebsocketOptions options) {
		return eventWebsocket(List.of(app), options);
	}

	/**
	 * Open the event WebSocket for one or more Stasis applications. This upgrades the HTTP connection to a WebSocket,
	 * so it only makes sense against Asterisk directly; over an ARI proxy events arrive on their own.
	 * <p>
	 * The same as {@link #eventWebsocket(List, EventWebsocketOptions)} with a single {@code app} and no options.
	 * @param app the Stasis applications to receive events for (here a single value)
	 * @return the {@link Message}
	 */
	default Message eventWebsocket(String app) {
		return eventWebsocket(List.of(app), new EventWebsocketOptions());
	}

	/**
	 * Raise a user-defined event, delivered to a Stasis application as {@code ChannelUserevent}.
	 * @param eventName the event's name
	 * @param application the Stasis application that receives the event
	 * @param options the optional parameters, {@code new UserEventOptions()} for none
	 */
	void userEvent(String eventName, String application, UserEventOptions options);

	/**
	 * Raise a user-defined event, delivered to a Stasis application as {@code ChannelUserevent}.
	 * <p>
	 * The same as {@link #userEvent(String, String, UserEventOptions)} with no options.
	 * @param eventName the event's name
	 * @param application the Stasis application that receives the event
	 */
	default void userEvent(String eventName, String application) {
		userEvent(eventName, application, new UserEventOptions());
	}

	/**
	 * Claim a channel that was offered to several Stasis applications at once.
	 * @param channelId the id of the channel to claim
	 * @param application the Stasis application that claims it
	 */
	void claimChannel(String channelId, String application);

	/**
	 * Optional parameters of {@code eventWebsocket}. Instances are immutable: each setter returns a copy, and a
	 * parameter left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class EventWebsocketOptions {

		private final Boolean subscribeAll;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public EventWebsocketOptions() {
			this(null);
		}

		private EventWebsocketOptions(Boolean subscribeAll) {
			this.subscribeAll = subscribeAll;
		}

		/**
		 * Whether to receive every event in Asterisk, not only those of the applications' own resources.
		 * @param subscribeAll the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code subscribeAll} set
		 */
		public EventWebsocketOptions subscribeAll(Boolean subscribeAll) {
			return new EventWebsocketOptions(subscribeAll);
		}

		/**
		 * The value set with {@link #subscribeAll(Boolean)}.
		 * @return the value, or {@code null} if not set
		 */
		public Boolean subscribeAll() {
			return this.subscribeAll;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof EventWebsocketOptions that)) {
				return false;
			}
			return Objects.equals(this.subscribeAll, that.subscribeAll);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.subscribeAll);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("EventWebsocketOptions", "subscribeAll", this.subscribeAll);
		}

	}

	/**
	 * Optional parameters of {@code userEvent}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class UserEventOptions {

		private final List<String> source;

		private final Map<String, String> variables;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public UserEventOptions() {
			this(null, null);
		}

		private UserEventOptions(List<String> source, Map<String, String> variables) {
			this.source = source;
			this.variables = variables;
		}

		/**
		 * Resources the event is about: {@code channel:<id>}, {@code bridge:<id>}, {@code endpoint:<tech>/<resource>}
		 * or {@code deviceState:<name>}.
		 * @param source the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code source} set
		 */
		public UserEventOptions source(List<String> source) {
			return new UserEventOptions(ResourceSupport.copyOf(source), this.variables);
		}

		/**
		 * The value set with {@link #source(List)}.
		 * @return the value, or {@code null} if not set
		 */
		public List<String> source() {
			return this.source;
		}

		/**
		 * Values carried in the event, name to value.
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public UserEventOptions variables(Map<String, String> variables) {
			return new UserEventOptions(this.source, ResourceSupport.copyOf(variables));
		}

		/**
		 * The value set with {@link #variables(Map)}.
		 * @return the value, or {@code null} if not set
		 */
		public Map<String, String> variables() {
			return this.variables;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof UserEventOptions that)) {
				return false;
			}
			return Objects.equals(this.source, that.source)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.source, this.variables);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("UserEventOptions", "source", this.source, "variables", this.variables);
		}

	}

}
