package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A language and format in which a sound exists.
 */
public record FormatLangPair(@JsonProperty("language") String language, @JsonProperty("format") String format) {
}
