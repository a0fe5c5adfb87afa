package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a transfer requested by a SIP REFER should go.
 *
 * @param bridge the bridge
 */
public record ReferTo(@JsonProperty("requested_destination") RequiredDestination requestedDestination,
		@JsonProperty("destination_channel") Channel destinationChannel,
		@JsonProperty("connected_channel") Channel connectedChannel, @JsonProperty("bridge") Bridge bridge) {
}
