package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.ReferTo;
import io.ariqueue.ari.model.ReferredBy;

/**
 * A transfer requested by a SIP REFER has progressed.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 */
public record ChannelTransferEvent(@JsonProperty("type") String type, @JsonProperty("application") String application,
		@JsonProperty("timestamp") OffsetDateTime timestamp, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("state") String state, @JsonProperty("refer_to") ReferTo referTo,
		@JsonProperty("referred_by") ReferredBy referredBy) implements AriEvent {
}
