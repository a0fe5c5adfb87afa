package io.ariqueue.ari.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An error: required parameters were missing.
 *
 * @param type the message type, {@code MissingParams}
 * @param asteriskId the id of the Asterisk instance that sent it
 * @param params names of the missing parameters
 */
public record MissingParams(@JsonProperty("type") String type, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("params") List<String> params) {
}
