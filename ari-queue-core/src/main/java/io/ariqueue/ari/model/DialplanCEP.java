package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A position in the dialplan: context, extension and priority.
 */
public record DialplanCEP(@JsonProperty("context") String context, @JsonProperty("exten") String exten,
		@JsonProperty("priority") Long priority, @JsonProperty("app_name") String appName,
		@JsonProperty("app_data") String appData) {
}
