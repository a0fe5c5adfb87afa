package io.ariqueue.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;

import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.resource.AriApi;

/**
 * One dialogue, as the application sees it: the call that a proxy announced, the ARI calls that
 * drive it, and room for the application's own state (the {@code BrokerSession} of
 * AsterNET.ARI.Middleware.Queue).
 * <p>
 * ARI calls block until Asterisk answers ({@code session.channels().answer(id)}); every call also
 * has a {@code CompletableFuture} form under {@link #async()}. Calls throw
 * {@link io.ariqueue.ari.client.AriException} for an error answer,
 * {@link io.ariqueue.ari.client.AriTimeoutException} when no answer came in time, and
 * {@link io.ariqueue.ari.client.DialogueClosedException} once the dialogue has ended.
 *
 * @author ari-queue team
 */
public interface AriSession extends AriApi {

	/**
	 * The dialogue id the proxy assigned.
	 * @return the dialogue id
	 */
	String dialogueId();

	/**
	 * The id of the proxy (and so of the Asterisk) the dialogue runs on; empty from
	 * AsterNET-ARI-Proxy.
	 * @return the server id
	 */
	String serverId();

	/**
	 * The ARI application the dialogue belongs to.
	 * @return the application name
	 */
	String application();

	/**
	 * The channel whose {@code StasisStart} opened the dialogue.
	 * @return the channel, or {@code null} before the first {@code StasisStart} was handled
	 */
	Channel primaryChannel();

	/**
	 * The application's own state for this dialogue, kept until the dialogue ends. Safe for use
	 * from any thread.
	 * @return the attributes
	 */
	ConcurrentMap<String, Object> attributes();

	/**
	 * Read an attribute.
	 * @param <T> the expected type
	 * @param name the attribute name
	 * @param type the expected type
	 * @return the value, or {@code null} if absent
	 * @throws ClassCastException if the value is of another type
	 */
	default <T> T attribute(String name, Class<T> type) {
		return type.cast(attributes().get(name));
	}

	/**
	 * Send any ARI request and wait for Asterisk's answer, whatever its status: for operations
	 * that the typed API does not cover.
	 * @param request the request
	 * @return the status and body Asterisk answered
	 */
	AriResponse request(AriRequest request);

	/**
	 * Send any ARI request, whatever the status of the answer.
	 * @param request the request
	 * @return a future of the status and body Asterisk answered
	 */
	CompletableFuture<AriResponse> requestAsync(AriRequest request);

	/**
	 * Whether this instance adopted the dialogue from an instance that died or shut down, rather
	 * than taking it from the proxy's announcement. An adopted dialogue's {@code StasisStart} was
	 * handled elsewhere; its {@link #primaryChannel()} is read back from Asterisk and its
	 * {@link #attributes()} start empty.
	 * @return whether the dialogue was adopted
	 */
	default boolean isAdopted() {
		return false;
	}

	/**
	 * Whether the dialogue is still running.
	 * @return {@code false} once it has ended
	 */
	boolean isOpen();

	/**
	 * End the dialogue: stop its listeners and, where configured, delete its queues. Events
	 * already received are still handled first. The call itself is not hung up.
	 */
	void close();

}
