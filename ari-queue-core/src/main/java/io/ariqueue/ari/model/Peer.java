package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of a peer of an endpoint.
 */
public record Peer(@JsonProperty("peer_status") String peerStatus, @JsonProperty("cause") String cause,
		@JsonProperty("address") String address, @JsonProperty("port") String port, @JsonProperty("time") String time) {
}
