package io.ariqueue.ari.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A snapshot of a channel: one call leg, its state, its parties and its place in the dialplan.
 *
 * @param id the channel's id, unique within the Asterisk instance
 * @param protocolId the id the channel technology uses, for example the SIP Call-ID
 * @param name the channel's name, for example {@code PJSIP/alice-00000001}
 * @param state one of {@code Down}, {@code Rsrved}, {@code OffHook}, {@code Dialing}, {@code Ring}, {@code Ringing},
 * {@code Up}, {@code Busy}, {@code Dialing Offhook}, {@code Pre-ring}, {@code Unknown}
 * @param caller the calling party
 * @param connected the party on the other end
 * @param dialplan where the channel is in the dialplan
 * @param creationtime when the channel was created
 * @param language the channel's default language
 * @param channelvars channel variables, when requested
 */
public record Channel(@JsonProperty("id") String id, @JsonProperty("protocol_id") String protocolId,
		@JsonProperty("name") String name, @JsonProperty("state") String state,
		@JsonProperty("caller") CallerID caller, @JsonProperty("connected") CallerID connected,
		@JsonProperty("accountcode") String accountcode, @JsonProperty("dialplan") DialplanCEP dialplan,
		@JsonProperty("creationtime") OffsetDateTime creationtime, @JsonProperty("language") String language,
		@JsonProperty("channelvars") Map<String, Object> channelvars, @JsonProperty("caller_rdnis") String callerRdnis,
		@JsonProperty("tenantid") String tenantid) {
}
