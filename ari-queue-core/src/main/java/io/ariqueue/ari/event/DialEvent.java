package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.ariqueue.ari.model.Channel;

/**
 * A dial attempt has progressed or ended.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 * @param caller the calling channel, absent for an originated call
 * @param peer the channel being dialed
 * @param dialstatus the dial status, for example {@code ANSWER} or {@code BUSY}; empty while in progress
 */
public record DialEvent(@JsonProperty("type") String type, @JsonProperty("application") String application,
		@JsonProperty("timestamp") OffsetDateTime timestamp, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("caller") Channel caller, @JsonProperty("peer") Channel peer,
		@JsonProperty("forward") String forward, @JsonProperty("forwarded") Channel forwarded,
		@JsonProperty("dialstring") String dialstring,
		@JsonProperty("dialstatus") String dialstatus) implements AriEvent {
}
