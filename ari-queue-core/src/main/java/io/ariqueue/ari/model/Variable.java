package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The value of a variable or dialplan function.
 *
 * @param value the value, empty when the variable is not set
 */
public record Variable(@JsonProperty("value") String value) {
}
