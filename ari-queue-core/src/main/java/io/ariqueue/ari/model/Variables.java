package io.ariqueue.ari.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The values of several variables or dialplan functions.
 */
public record Variables(@JsonProperty("variables") Map<String, Object> variables) {
}
