package io.ariqueue.test.simulator;

/**
 * A response the simulated proxy published on {@code responses_<D>}.
 *
 * @param uniqueId the echoed {@code unique_id}
 * @param statusCode the HTTP status from the fake Asterisk
 * @param responseBody the HTTP body, verbatim
 * @author ari-queue
 */
public record Response(String uniqueId, int statusCode, String responseBody) {

}
