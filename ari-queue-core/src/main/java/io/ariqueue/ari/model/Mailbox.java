package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A mailbox and its message counts.
 */
public record Mailbox(@JsonProperty("name") String name, @JsonProperty("old_messages") Integer oldMessages,
		@JsonProperty("new_messages") Integer newMessages) {
}
