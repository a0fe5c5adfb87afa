package io.ariqueue.ari.client;

import java.util.concurrent.CompletableFuture;

/**
 * Carries {@link AriRequest ARI requests} to Asterisk and brings back the responses: the one
 * seam between the typed ARI layer and a transport such as an ARI proxy over RabbitMQ.
 * <p>
 * The returned future completes with whatever status Asterisk answered (including 4xx and 5xx);
 * it completes exceptionally with {@link AriTimeoutException} when no answer came in time and with
 * {@link DialogueClosedException} when the transport can no longer reach Asterisk for this
 * dialogue.
 *
 * @author ari-queue team
 */
@FunctionalInterface
public interface AriTransport {

	/**
	 * Send a request.
	 * @param request the request
	 * @return the response, when it arrives
	 */
	CompletableFuture<AriResponse> send(AriRequest request);

}
