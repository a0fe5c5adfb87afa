package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An extra protocol parameter of a transfer destination.
 */
public record AdditionalParam(@JsonProperty("parameter_name") String parameterName,
		@JsonProperty("parameter_value") String parameterValue) {
}
