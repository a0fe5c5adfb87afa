package io.ariqueue.proxy.wire;

/**
 * The proxy's wrapping of one ARI event, read from a dialogue's events queue.
 *
 * @param serverId the proxy's server id
 * @param timestamp when the proxy wrapped the event, as the proxy wrote it
 * @param type the ARI event type; may be {@code null}, then the type inside the body counts
 * @param ariBody the ARI event's JSON text
 * @author ari-queue team
 */
public record EventEnvelope(String serverId, String timestamp, String type, String ariBody) {
}
