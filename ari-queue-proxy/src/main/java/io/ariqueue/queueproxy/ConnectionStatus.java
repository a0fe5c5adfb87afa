package io.ariqueue.queueproxy;

import java.time.Instant;

/**
 * The state of one of the proxy's connections, as its health shows it.
 *
 * @param connected whether it is open now
 * @param lastLost when it was last lost, or {@code null} if never
 * @param lastProblem why it is not open, or {@code null}
 * @author ari-queue team
 */
public record ConnectionStatus(boolean connected, Instant lastLost, String lastProblem) {
}
