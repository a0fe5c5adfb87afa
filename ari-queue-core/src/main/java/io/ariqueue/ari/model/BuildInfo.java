package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the running Asterisk binary was built.
 */
public record BuildInfo(@JsonProperty("os") String os, @JsonProperty("kernel") String kernel,
		@JsonProperty("options") String options, @JsonProperty("machine") String machine,
		@JsonProperty("date") String date, @JsonProperty("user") String user) {
}
