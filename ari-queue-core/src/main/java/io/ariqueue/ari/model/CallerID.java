package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A party's name and number.
 */
public record CallerID(@JsonProperty("name") String name, @JsonProperty("number") String number) {
}
