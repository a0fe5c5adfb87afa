package io.ariqueue.proxy.wire;

/**
 * The proxy's answer to a command, read from a dialogue's responses queue.
 *
 * @param uniqueId the command's correlation id as echoed by the proxy; may be empty
 * @param statusCode the HTTP status Asterisk answered, {@code 0} for no answer
 * @param responseBody the HTTP response body text
 * @author ari-queue team
 */
public record CommandResponse(String uniqueId, int statusCode, String responseBody) {
}
