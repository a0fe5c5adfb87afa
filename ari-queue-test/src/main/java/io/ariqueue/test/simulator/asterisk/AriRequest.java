package io.ariqueue.test.simulator.asterisk;

/**
 * One REST request as it reaches the fake Asterisk.
 *
 * @param method the HTTP method, upper case
 * @param path the path below {@code /ari}, without leading slash or query string, e.g.
 * {@code channels/1764129759.1/answer}
 * @param parameters the ARI parameters from the query string and the JSON body
 * @author ari-queue
 */
public record AriRequest(String method, String path, Parameters parameters) {

}
