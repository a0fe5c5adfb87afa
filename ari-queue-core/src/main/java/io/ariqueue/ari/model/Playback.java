package io.ariqueue.ari.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A playback of media to a channel or a bridge.
 *
 * @param id the playback's id
 * @param mediaUri the media being played
 * @param nextMediaUri the media that plays next, when several were given
 * @param targetUri what is being played to, {@code channel:<id>} or {@code bridge:<id>}
 * @param state one of {@code queued}, {@code playing}, {@code continuing}, {@code done}, {@code failed}
 */
public record Playback(@JsonProperty("id") String id, @JsonProperty("media_uri") String mediaUri,
		@JsonProperty("next_media_uri") String nextMediaUri, @JsonProperty("target_uri") String targetUri,
		@JsonProperty("language") String language, @JsonProperty("state") String state) {
}
