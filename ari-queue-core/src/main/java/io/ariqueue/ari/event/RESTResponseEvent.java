package io.ariqueue.ari.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response to a REST request sent over the ARI WebSocket.
 *
 * @param type the event type
 * @param application the Stasis application that received the event
 * @param timestamp when Asterisk raised the event
 * @param asteriskId the id of the Asterisk instance that raised it
 */
public record RESTResponseEvent(@JsonProperty("type") String type, @JsonProperty("application") String application,
		@JsonProperty("timestamp") OffsetDateTime timestamp, @JsonProperty("asterisk_id") String asteriskId,
		@JsonProperty("transaction_id") String transactionId, @JsonProperty("request_id") String requestId,
		@JsonProperty("status_code") Integer statusCode, @JsonProperty("reason_phrase") String reasonPhrase,
		@JsonProperty("uri") String uri, @JsonProperty("content_type") String contentType,
		@JsonProperty("message_body") String messageBody) implements AriEvent {
}
