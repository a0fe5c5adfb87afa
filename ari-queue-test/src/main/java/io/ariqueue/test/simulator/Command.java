package io.ariqueue.test.simulator;

/**
 * A command as the simulated proxy read it from {@code commands_<D>}.
 *
 * @param uniqueId the {@code unique_id} ({@code ""} when absent or unreadable)
 * @param url the {@code url}
 * @param method the {@code method}
 * @param body the {@code body}: a JSON object inside a string
 * @param raw the message text exactly as received
 * @author ari-queue
 */
public record Command(String uniqueId, String url, String method, String body, String raw) {

}
