package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A recording in progress.
 *
 * @param targetUri what is being recorded, {@code channel:<id>} or {@code bridge:<id>}
 * @param state one of {@code queued}, {@code recording}, {@code paused}, {@code done}, {@code failed}, {@code canceled}
 * @param duration seconds recorded so far
 * @param cause why the recording failed, when it did
 */
public record LiveRecording(@JsonProperty("name") String name, @JsonProperty("format") String format,
		@JsonProperty("target_uri") String targetUri, @JsonProperty("state") String state,
		@JsonProperty("duration") Integer duration, @JsonProperty("talking_duration") Integer talkingDuration,
		@JsonProperty("silence_duration") Integer silenceDuration, @JsonProperty("cause") String cause) {
}
