package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.Endpoint;

/**
 * Endpoints, the addressable peers of a technology (a PJSIP endpoint, for example), and out-of-call messages to them,
 * with every call returning a future that completes on the callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Endpoints}.
 */
public interface AsyncEndpoints {

	/**
	 * List every endpoint.
	 * @return a future of the {@link Endpoint} list
	 */
	CompletableFuture<List<Endpoint>> list();

	/**
	 * Send an out-of-call text message, with the destination given as a URI.
	 * @param to the destination, for example {@code pjsip:alice}
	 * @param from the sender: a technology-specific identity or URI
	 * @param options the optional parameters, {@code new SendMessageOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> sendMessage(String to, String from, Endpoints.SendMessageOptions options);

	/**
	 * Send an out-of-call text message, with the destination given as a URI.
	 * <p>
	 * The same as {@link #sendMessage(String, String, Endpoints.SendMessageOptions)} with no options.
	 * @param to the destination, for example {@code pjsip:alice}
	 * @param from the sender: a technology-specific identity or URI
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> sendMessage(String to, String from) {
		return sendMessage(to, from, new Endpoints.SendMessageOptions());
	}

	/**
	 * Ask a far end, given as a URI, to place a call elsewhere (a SIP REFER).
	 * @param to the party that receives the refer, for example {@code pjsip:alice}
	 * @param from the sender: a technology-specific identity or URI
	 * @param referTo where the far end should be referred to: an endpoint name or a technology-specific URI
	 * @param options the optional parameters, {@code new ReferOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> refer(String to, String from, String referTo, Endpoints.ReferOptions options);

	/**
	 * Ask a far end, given as a URI, to place a call elsewhere (a SIP REFER).
	 * <p>
	 * The same as {@link #refer(String, String, String, Endpoints.ReferOptions)} with no options.
	 * @param to the party that receives the refer, for example {@code pjsip:alice}
	 * @param from the sender: a technology-specific identity or URI
	 * @param referTo where the far end should be referred to: an endpoint name or a technology-specific URI
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> refer(String to, String from, String referTo) {
		return refer(to, from, referTo, new Endpoints.ReferOptions());
	}

	/**
	 * List the endpoints of one technology.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @return a future of the {@link Endpoint} list
	 */
	CompletableFuture<List<Endpoint>> listByTech(String tech);

	/**
	 * Read one endpoint.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @return a future of the {@link Endpoint}
	 */
	CompletableFuture<Endpoint> get(String tech, String resource);

	/**
	 * Send an out-of-call text message to one endpoint.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @param from the sender: a technology-specific identity or URI
	 * @param options the optional parameters, {@code new SendMessageToEndpointOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> sendMessageToEndpoint(String tech, String resource, String from,
			Endpoints.SendMessageToEndpointOptions options);

	/**
	 * Send an out-of-call text message to one endpoint.
	 * <p>
	 * The same as {@link #sendMessageToEndpoint(String, String, String, Endpoints.SendMessageToEndpointOptions)} with
	 * no options.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @param from the sender: a technology-specific identity or URI
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> sendMessageToEndpoint(String tech, String resource, String from) {
		return sendMessageToEndpoint(tech, resource, from, new Endpoints.SendMessageToEndpointOptions());
	}

	/**
	 * Ask one endpoint to place a call elsewhere (a SIP REFER).
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @param from the sender: a technology-specific identity or URI
	 * @param referTo where the far end should be referred to: an endpoint name or a technology-specific URI
	 * @param options the optional parameters, {@code new ReferToEndpointOptions()} for none
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> referToEndpoint(String tech, String resource, String from, String referTo,
			Endpoints.ReferToEndpointOptions options);

	/**
	 * Ask one endpoint to place a call elsewhere (a SIP REFER).
	 * <p>
	 * The same as {@link #referToEndpoint(String, String, String, String, Endpoints.ReferToEndpointOptions)} with no
	 * options.
	 * @param tech the endpoint technology, for example {@code PJSIP}
	 * @param resource the endpoint's name within its technology
	 * @param from the sender: a technology-specific identity or URI
	 * @param referTo where the far end should be referred to: an endpoint name or a technology-specific URI
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	default CompletableFuture<Void> referToEndpoint(String tech, String resource, String from, String referTo) {
		return referToEndpoint(tech, resource, from, referTo, new Endpoints.ReferToEndpointOptions());
	}

}
