package io.ariqueue.ari.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A REST request sent over the ARI WebSocket.
 */
public record RESTRequest(@JsonProperty("type") String type, @JsonProperty("transaction_id") String transactionId,
		@JsonProperty("request_id") String requestId, @JsonProperty("method") String method,
		@JsonProperty("uri") String uri, @JsonProperty("content_type") String contentType,
		@JsonProperty("query_strings") List<RESTQueryStringParameter> queryStrings,
		@JsonProperty("message_body") String messageBody) {
}
