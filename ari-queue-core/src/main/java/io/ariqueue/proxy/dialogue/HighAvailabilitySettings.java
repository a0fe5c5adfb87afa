package io.ariqueue.proxy.dialogue;

import java.time.Duration;

/**
 * How application instances learn of each other through the broker, and how soon the survivors
 * adopt the dialogues of an instance that went silent.
 *
 * @param enabled whether this instance announces itself and adopts orphaned dialogues
 * @param heartbeatInterval how often this instance announces itself and its dialogues
 * @param instanceTimeout how long an instance may stay silent before it counts as dead
 * @author ari-queue team
 */
public record HighAvailabilitySettings(boolean enabled, Duration heartbeatInterval, Duration instanceTimeout) {

	/**
	 * No membership and no adoption.
	 */
	public static final HighAvailabilitySettings DISABLED = new HighAvailabilitySettings(false, Duration.ofSeconds(1),
			Duration.ofSeconds(3));

	public HighAvailabilitySettings {
		if (enabled && (heartbeatInterval == null || heartbeatInterval.toMillis() < 10 || instanceTimeout == null
				|| instanceTimeout.compareTo(heartbeatInterval) <= 0)) {
			throw new IllegalArgumentException(
					"The instance timeout must be longer than the heartbeat interval, which must be at least 10 ms");
		}
	}

}
