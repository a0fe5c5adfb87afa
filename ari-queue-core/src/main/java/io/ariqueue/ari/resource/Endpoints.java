package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.ariqueue.ari.model.Endpoint;

/**
 * Endpoints, the addressable peers of a technology (a PJSIP endpoint, for example), and out-of-call messages to them,
 * with every call blocking until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncEndpoints}.
 */
public interface Endpoints {

	/**
	 * List every endpoint.
	 * @return the {@link Endpoint} list
	 */
	List<Endpoint> list();

	/**
	 * Send an out-of-call text message, with the destination given as a URI.
	 * @param to the destination, for example {@code pjsip:alice}
	 * @param from the sender: a technology-specific identity or URI
	 * @param options the optional parameters, {@code new SendMessageOptions()} for none
	 */
	void sendMessage(String to, String from, SendMessageOptions options);

	/**
	 * Send an out-of-call text message, with the destination given as a URI.
	 * <p>
	 * The same as {@link #sendMessage(String, String, SendMessageOptions)} with no options.
	 * @param to the destination, for example {@code pjsip:alice}
	 * @param from the sender: a technology-specific identity or URI
	 */
	default void sendMessage(String to, String from) {
		sendMessage(to, from, new SendMessageOptions());
	}

	/**
	 * Ask a far end, given as a URI, to place a call elsewhere (a SIP REFER).
	 * @param to the party that receives the refer, for example {@code pjsip:alice}
	 * @param from the sender: a technology-specific identity or URI
	 * @param referTo where the far end should be referred to: an endpoint name or a technology-specific URI
	 * @param options the optional parameters, {@code new ReferOptions()} for none
	 */
	void refer(String to, String from, String referTo, ReferOptions options);

	/**
	 * Ask a far end, given as a URI, to place a call elsewhere (a SIP REFER).
	 * <p>
	 * The same as {@link #refer(String, String, String, ReferOptions)} with no options.
	 * @param to the party that receives the refer, for example {@code pjsip:alice}
	 * @param from the sender: a technology-specific identity or URI
	 * @param referTo where the far end should be referred to: an endpoint name or a technology-specific URI
	 */
	default void refer(String to, String from, String referTo) {
		refer(to, from, referTo, new ReferOptions());
	}

	/**
	 * List the endpoints of one technology.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @return the {@link Endpoint} list
	 */
	List<Endpoint> listByTech(String tech);

	/**
	 * Read one endpoint.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @return the {@link Endpoint}
	 */
	Endpoint get(String tech, String resource);

	/**
	 * Send an out-of-call text message to one endpoint.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @param from the sender: a technology-specific identity or URI
	 * @param options the optional parameters, {@code new SendMessageToEndpointOptions()} for none
	 */
	void sendMessageToEndpoint(String tech, String resource, String from, SendMessageToEndpointOptions options);

	/**
	 * Send an out-of-call text message to one endpoint.
	 * <p>
	 * The same as {@link #sendMessageToEndpoint(String, String, String, SendMessageToEndpointOptions)} with no options.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @param from the sender: a technology-specific identity or URI
	 */
	default void sendMessageToEndpoint(String tech, String resource, String from) {
		sendMessageToEndpoint(tech, resource, from, new SendMessageToEndpointOptions());
	}

	/**
	 * Ask one endpoint to place a call elsewhere (a SIP REFER).
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @param from the sender: a technology-specific identity or URI
	 * @param referTo where the far end should be referred to: an endpoint name or a technology-specific URI
	 * @param options the optional parameters, {@code new ReferToEndpointOptions()} for none
	 */
	void referToEndpoint(String tech, String resource, String from, String referTo, ReferToEndpointOptions options);

	/**
	 * Ask one endpoint to place a call elsewhere (a SIP REFER).
	 * <p>
	 * The same as {@link #referToEndpoint(String, String, String, String, ReferToEndpointOptions)} with no options.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @param from the sender: a technology-specific identity or URI
	 * @param referTo where the far end should be referred to: an endpoint name or a technology-specific URI
	 */
	default void referToEndpoint(String tech, String resource, String from, String referTo) {
		referToEndpoint(tech, resource, from, referTo, new ReferToEndpointOptions());
	}

	/**
	 * Optional parameters of {@code sendMessage}. Instances are immutable: each setter returns a copy, and a parameter
	 * left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class SendMessageOptions {

		private final String body;

		private final Map<String, String> variables;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public SendMessageOptions() {
			this(null, null);
		}

		private SendMessageOptions(String body, Map<String, String> variables) {
			this.body = body;
			this.variables = variables;
		}

		/**
		 * The message text.
		 * @param body the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code body} set
		 */
		public SendMessageOptions body(String body) {
			return new SendMessageOptions(body, this.variables);
		}

		/**
		 * The value set with {@link #body(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String body() {
			return this.body;
		}

		/**
		 * Technology-specific extras, name to value (SIP headers, for example).
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public SendMessageOptions variables(Map<String, String> variables) {
			return new SendMessageOptions(this.body, ResourceSupport.copyOf(variables));
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
			if (!(other instanceof SendMessageOptions that)) {
				return false;
			}
			return Objects.equals(this.body, that.body)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.body, this.variables);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("SendMessageOptions", "body", this.body, "variables", this.variables);
		}

	}

	/**
	 * Optional parameters of {@code refer}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class ReferOptions {

		private final Boolean toSelf;

		private final Map<String, String> variables;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public ReferOptions() {
			this(null, null);
		}

		private ReferOptions(Boolean toSelf, Map<String, String> variables) {
			this.toSelf = toSelf;
			this.variables = variables;
		}

		/**
		 * When {@code referTo} names an Asterisk endpoint, whether to refer to that endpoint on this Asterisk instead
		 * of to its contact (Asterisk's default {@code false}).
		 * @param toSelf the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code toSelf} set
		 */
		public ReferOptions toSelf(Boolean toSelf) {
			return new ReferOptions(toSelf, this.variables);
		}

		/**
		 * The value set with {@link #toSelf(Boolean)}.
		 * @return the value, or {@code null} if not set
		 */
		public Boolean toSelf() {
			return this.toSelf;
		}

		/**
		 * Technology-specific extras, name to value (SIP headers, for example).
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public ReferOptions variables(Map<String, String> variables) {
			return new ReferOptions(this.toSelf, ResourceSupport.copyOf(variables));
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
			if (!(other instanceof ReferOptions that)) {
				return false;
			}
			return Objects.equals(this.toSelf, that.toSelf)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.toSelf, this.variables);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("ReferOptions", "toSelf", this.toSelf, "variables", this.variables);
		}

	}

	/**
	 * Optional parameters of {@code sendMessageToEndpoint}. Instances are immutable: each setter returns a copy, and a
	 * parameter left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class SendMessageToEndpointOptions {

		private final String body;

		private final Map<String, String> variables;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public SendMessageToEndpointOptions() {
			this(null, null);
		}

		private SendMessageToEndpointOptions(String body, Map<String, String> variables) {
			this.body = body;
			this.variables = variables;
		}

		/**
		 * The message text.
		 * @param body the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code body} set
		 */
		public SendMessageToEndpointOptions body(String body) {
			return new SendMessageToEndpointOptions(body, this.variables);
		}

		/**
		 * The value set with {@link #body(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String body() {
			return this.body;
		}

		/**
		 * Technology-specific extras, name to value (SIP headers, for example).
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public SendMessageToEndpointOptions variables(Map<String, String> variables) {
			return new SendMessageToEndpointOptions(this.body, ResourceSupport.copyOf(variables));
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
			if (!(other instanceof SendMessageToEndpointOptions that)) {
				return false;
			}
			return Objects.equals(this.body, that.body)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.body, this.variables);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("SendMessageToEndpointOptions", "body", this.body, "variables",
					this.variables);
		}

	}

	/**
	 * Optional parameters of {@code referToEndpoint}. Instances are immutable: each setter returns a copy, and a
	 * parameter left {@code null} is not sent, so Asterisk applies its default.
	 */
	final class ReferToEndpointOptions {

		private final Boolean toSelf;

		private final Map<String, String> variables;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public ReferToEndpointOptions() {
			this(null, null);
		}

		private ReferToEndpointOptions(Boolean toSelf, Map<String, String> variables) {
			this.toSelf = toSelf;
			this.variables = variables;
		}

		/**
		 * When {@code referTo} names an Asterisk endpoint, whether to refer to that endpoint on this Asterisk instead
		 * of to its contact (Asterisk's default {@code false}).
		 * @param toSelf the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code toSelf} set
		 */
		public ReferToEndpointOptions toSelf(Boolean toSelf) {
			return new ReferToEndpointOptions(toSelf, this.variables);
		}

		/**
		 * The value set with {@link #toSelf(Boolean)}.
		 * @return the value, or {@code null} if not set
		 */
		public Boolean toSelf() {
			return this.toSelf;
		}

		/**
		 * Technology-specific extras, name to value (SIP headers, for example).
		 * @param variables the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code variables} set
		 */
		public ReferToEndpointOptions variables(Map<String, String> variables) {
			return new ReferToEndpointOptions(this.toSelf, ResourceSupport.copyOf(variables));
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
			if (!(other instanceof ReferToEndpointOptions that)) {
				return false;
			}
			return Objects.equals(this.toSelf, that.toSelf)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.toSelf, this.variables);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("ReferToEndpointOptions", "toSelf", this.toSelf, "variables",
					this.variables);
		}

	}

}
