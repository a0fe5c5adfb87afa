package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The common shape of ARI events and errors: a type and the Asterisk instance id.
 *
 * @param type the message type, for example {@code MissingParams}
 * @param asteriskId the id of the Asterisk instance that sent it
 */
public record Message(@JsonProperty("type") String type, @JsonProperty("asterisk_id") String asteriskId) {
}
