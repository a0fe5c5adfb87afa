package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Bridge;
import io.ariqueue.ari.model.Channel;

/**
 * A blind transfer has been made out of a bridge.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param channel the channel
 * @param bridge the bridge
 */
public record BridgeBlindTransferEvent(@JsonProperty("type") String type,
		@JsonProperty("application") String application, @JsonProperty("timestamp") OffsetDateTime timestamp,
		@JsonProperty("asterisk_id") String asteriskId, @JsonProperty("channel") Channel channel,
		@JsonProperty("replace_channel") Channel replaceChannel, @JsonProperty("transferee") Channel transferee,
		@JsonProperty("exten") String exten, @JsonProperty("context") String context,
		@JsonProperty("result") String result, @JsonProperty("is_external") Boolean isExternal,
		@JsonProperty("bridge") Bridge bridge) implements AriEvent {
}
