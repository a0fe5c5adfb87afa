package io.ariqueue.proxy.wire;

/**
 * A proxy's announcement of a new dialogue, read from the application's queue.
 *
 * @param application the ARI application ({@code application} from go-ari-proxy,
 * {@code Application} from AsterNET-ARI-Proxy); may be {@code null}
 * @param dialogueId the dialogue id, safe to use in a queue name
 * @param serverId the proxy's server id; empty from AsterNET-ARI-Proxy
 * @author ari-queue team
 */
public record Announcement(String application, String dialogueId, String serverId) {
}
