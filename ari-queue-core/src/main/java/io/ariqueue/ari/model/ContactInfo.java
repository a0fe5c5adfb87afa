package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of one contact of an endpoint.
 *
 * @param contactStatus one of {@code Unreachable}, {@code Reachable}, {@code Unknown}, {@code NonQualified},
 * {@code Removed}
 */
public record ContactInfo(@JsonProperty("uri") String uri, @JsonProperty("contact_status") String contactStatus,
		@JsonProperty("aor") String aor, @JsonProperty("roundtrip_usec") String roundtripUsec) {
}
