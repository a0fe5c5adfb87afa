package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An HTTP header of a request over the ARI WebSocket.
 */
public record RESTHeader(@JsonProperty("name") String name, @JsonProperty("value") String value) {
}
