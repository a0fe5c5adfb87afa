package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of a device that a Stasis application controls.
 *
 * @param state one of {@code UNKNOWN}, {@code NOT_INUSE}, {@code INUSE}, {@code BUSY}, {@code INVALID},
 * {@code UNAVAILABLE}, {@code RINGING}, {@code RINGINUSE}, {@code ONHOLD}
 */
public record DeviceState(@JsonProperty("name") String name, @JsonProperty("state") String state) {
}
