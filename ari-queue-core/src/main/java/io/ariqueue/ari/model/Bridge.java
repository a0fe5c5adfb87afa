package io.ariqueue.ari.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A bridge: a set of channels that hear each other.
 *
 * @param id the bridge's id
 * @param technology the bridging technology in use, for example {@code simple_bridge}
 * @param bridgeType one of {@code mixing}, {@code holding}
 * @param channels ids of the channels in the bridge
 * @param creationtime when the bridge was created
 * @param bridgevars bridge variables, when requested
 */
public record Bridge(@JsonProperty("id") String id, @JsonProperty("technology") String technology,
		@JsonProperty("bridge_type") String bridgeType, @JsonProperty("bridge_class") String bridgeClass,
		@JsonProperty("creator") String creator, @JsonProperty("name") String name,
		@JsonProperty("channels") List<String> channels, @JsonProperty("video_mode") String videoMode,
		@JsonProperty("video_source_id") String videoSourceId,
		@JsonProperty("creationtime") OffsetDateTime creationtime,
		@JsonProperty("bridgevars") Map<String, Object> bridgevars) {
}
