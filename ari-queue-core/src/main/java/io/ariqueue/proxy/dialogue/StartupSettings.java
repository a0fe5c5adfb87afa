package io.ariqueue.proxy.dialogue;

import java.time.Duration;

/**
 * What the runtime does when it cannot connect to the broker, or consume its applications' queues,
 * as it starts.
 *
 * @param failFast whether {@link ProxyDialogueRuntime#start()} throws at the first failure; if
 * not, it tries again in the background, waiting twice as long after each failure
 * @param initialRetryInterval how long to wait before the second attempt
 * @param maxRetryInterval the longest wait between two attempts
 * @author ari-queue team
 */
public record StartupSettings(boolean failFast, Duration initialRetryInterval, Duration maxRetryInterval) {

	/**
	 * Try again in the background, after 1 s, 2 s, 4 s... up to 30 s between attempts.
	 */
	public static final StartupSettings RETRY = new StartupSettings(false, Duration.ofSeconds(1),
			Duration.ofSeconds(30));

	/**
	 * Throw from {@link ProxyDialogueRuntime#start()} at the first failure.
	 */
	public static final StartupSettings FAIL_FAST = new StartupSettings(true, RETRY.initialRetryInterval(),
			RETRY.maxRetryInterval());

	public StartupSettings {
		if (initialRetryInterval == null || initialRetryInterval.toMillis() < 1 || maxRetryInterval == null
				|| maxRetryInterval.compareTo(initialRetryInterval) < 0) {
			throw new IllegalArgumentException("The initial retry interval must be at least 1 ms and no longer than "
					+ "the maximum retry interval");
		}
	}

	/**
	 * How long to wait after an attempt that followed a wait of {@code previous}.
	 * @param previous the last wait, or {@code null} after the first attempt
	 * @return the next wait
	 */
	Duration nextInterval(Duration previous) {
		if (previous == null) {
			return this.initialRetryInterval;
		}
		Duration doubled = previous.multipliedBy(2);
		return (doubled.compareTo(this.maxRetryInterval) > 0) ? this.maxRetryInterval : doubled;
	}

}
