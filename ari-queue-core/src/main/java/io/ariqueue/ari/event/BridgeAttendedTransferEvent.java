package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.Channel;

/**
 * An attended transfer has been made.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 */
public record BridgeAttendedTransferEvent(@JsonProperty("type") String type,
		@JsonProperty("application") String application, @JsonProperty("timestamp") OffsetDateTime timestamp,
		@JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("transferer_first_leg") Channel transfererFirstLeg,
		@JsonProperty("transferer_second_leg") Channel transfererSecondLeg,
		@JsonProperty("replace_channel") Channel replaceChannel, @JsonProperty("transferee") Channel transferee,
		@JsonProperty("transfer_target") Channel transferTarget, @JsonProperty("result") String result,
		@JsonProperty("is_external") Boolean isExternal,
		@JsonProperty("transferer_first_leg_bridge") Bridge transfererFirstLegBridge,
		@JsonProperty("transferer_second_leg_bridge") Bridge transfererSecondLegBridge,
		@JsonProperty("destination_type") String destinationType,
		@JsonProperty("destination_bridge") String destinationBridge,
		@JsonProperty("destination_application") String destinationApplication,
		@JsonProperty("destination_link_first_leg") Channel destinationLinkFirstLeg,
		@JsonProperty("destination_link_second_leg") Channel destinationLinkSecondLeg,
		@JsonProperty("destination_threeway_channel") Channel destinationThreewayChannel,
		@JsonProperty("destination_threeway_bridge") Bridge destinationThreewayBridge) implements AriEvent {
}
