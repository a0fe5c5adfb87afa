package io.ariqueue.ari.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The destination a SIP REFER asks for.
 */
public record RequiredDestination(@JsonProperty("protocol_id") String protocolId,
		@JsonProperty("destination") String destination,
		@JsonProperty("additional_protocol_params") List<AdditionalParam> additionalProtocolParams) {
}
