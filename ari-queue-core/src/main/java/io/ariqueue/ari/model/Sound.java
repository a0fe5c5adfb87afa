package io.ariqueue.ari.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A sound file and the languages and formats it exists in.
 */
public record Sound(@JsonProperty("id") String id, @JsonProperty("text") String text,
		@JsonProperty("formats") List<FormatLangPair> formats) {
}
