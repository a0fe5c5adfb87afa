package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The main settings of the Asterisk instance.
 */
public record ConfigInfo(@JsonProperty("name") String name, @JsonProperty("default_language") String defaultLanguage,
		@JsonProperty("max_channels") Integer maxChannels, @JsonProperty("max_open_files") Integer maxOpenFiles,
		@JsonProperty("max_load") Double maxLoad, @JsonProperty("setid") SetId setid) {
}
