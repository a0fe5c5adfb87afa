package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A query string parameter of a request over the ARI WebSocket.
 */
public record RESTQueryStringParameter(@JsonProperty("name") String name, @JsonProperty("value") String value) {
}
