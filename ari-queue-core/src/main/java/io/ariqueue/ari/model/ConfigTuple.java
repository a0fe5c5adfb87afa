package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One attribute of a dynamic configuration object.
 */
public record ConfigTuple(@JsonProperty("attribute") String attribute, @JsonProperty("value") String value) {
}
