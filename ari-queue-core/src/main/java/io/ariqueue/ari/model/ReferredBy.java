package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who asked for a transfer by a SIP REFER.
 *
 * @param bridge the bridge
 */
public record ReferredBy(@JsonProperty("source_channel") Channel sourceChannel,
		@JsonProperty("connected_channel") Channel connectedChannel, @JsonProperty("bridge") Bridge bridge) {
}
