package io.ariqueue.autoconfigure.health;

import java.util.Locale;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.proxy.dialogue.RuntimeState;

/**
 * The health of a {@link ProxyDialogueRuntime}: {@code UP} while it is connected and consumes its
 * applications' queues, or has stopped consuming them on purpose at its active-dialogue limit;
 * {@code DOWN} while it is cut off from the broker, still connecting at start-up, or cannot
 * consume a queue; {@code OUT_OF_SERVICE} once stopped.
 *
 * @author ari-queue team
 */
public class AriQueueHealthIndicator extends AbstractHealthIndicator {

	private final ProxyDialogueRuntime runtime;

	/**
	 * Create an indicator.
	 * @param runtime the runtime to report on
	 */
	public AriQueueHealthIndicator(ProxyDialogueRuntime runtime) {
		super("ari-queue health check failed");
		this.runtime = runtime;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		RuntimeState state = this.runtime.state();
		builder.status(status(state.status()))
			.withDetail("state", state.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.withDetail("applications", state.applications())
			.withDetail("instanceId", state.instanceId())
			.withDetail("activeDialogues", state.activeDialogues())
			.withDetail("maxActiveDialogues", state.maxActiveDialogues());
		if (state.status() == RuntimeState.Status.PAUSED_AT_LIMIT) {
			builder.withDetail("paused", "at max-active-dialogues: announcements wait on their queues for an "
					+ "instance with room");
		}
		if (state.connectionLostAt() != null) {
			builder.withDetail("connectionLostAt", state.connectionLostAt().toString());
		}
		if (state.connectionLostReason() != null) {
			builder.withDetail("connectionLostReason", state.connectionLostReason());
		}
	}

	private static Status status(RuntimeState.Status status) {
		if (status.isServing()) {
			return Status.UP;
		}
		return (status == RuntimeState.Status.STOPPED) ? Status.OUT_OF_SERVICE : Status.DOWN;
	}

}
