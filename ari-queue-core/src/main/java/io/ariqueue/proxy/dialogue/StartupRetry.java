package io.ariqueue.proxy.dialogue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a runtime again in the background, with back-off, after its first attempt failed: as
 * Spring AMQP's listener containers do, so that an application does not die because the broker
 * came up a moment late. What waiting cannot cure, a broker that refuses the configuration, fails
 * the first attempt for good and is tried again only seldom later.
 *
 * @author ari-queue team
 */
final class StartupRetry {

	// the runtime's logger: users tune ari-queue's start-up logs where they always were
	private static final Logger logger = LoggerFactory.getLogger(ProxyDialogueRuntime.class);

	private final StartupSettings settings;

	private final List<String> applications;

	private final Runnable attempt;

	private final Consumer<String> failed;

	private ScheduledExecutorService scheduler;

	/**
	 * Create a retry of a runtime's start.
	 * @param settings how to retry
	 * @param applications the applications started, for the logs
	 * @param attempt one more attempt, which returns quietly when there is nothing left to do
	 * (started meanwhile, or stopped) and throws {@link IllegalStateException} when it failed
	 * @param failed told the cause of each failure
	 */
	StartupRetry(StartupSettings settings, List<String> applications, Runnable attempt, Consumer<String> failed) {
		this.settings = settings;
		this.applications = applications;
		this.attempt = attempt;
		this.failed = failed;
	}

	/**
	 * The first attempt failed: fail the start, or try again in the background.
	 * @param failure why it failed
	 * @throws IllegalStateException the failure, when the settings fail fast or the broker refused
	 * the configuration
	 */
	synchronized void firstAttemptFailed(IllegalStateException failure) {
		if (this.settings.failFast() || StartupFailures.isMisconfiguration(failure)) {
			throw failure;
		}
		ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
				new NamedThreadFactory("ari-queue-start-"));
		scheduler.setRemoveOnCancelPolicy(true);
		this.scheduler = scheduler;
		tryAgainLater(failure, this.settings.nextInterval(null));
	}

	/**
	 * Stop trying: the runtime stops.
	 */
	synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	private void tryAgain(Duration waited) {
		try {
			this.attempt.run();
		}
		catch (IllegalStateException ex) {
			synchronized (this) {
				if (this.scheduler != null) {
					// waiting does not cure a refused configuration: try it again seldom
					tryAgainLater(ex, StartupFailures.isMisconfiguration(ex) ? this.settings.maxRetryInterval()
							: this.settings.nextInterval(waited));
				}
			}
			return;
		}
		synchronized (this) {
			if (this.scheduler != null) {
				this.scheduler.shutdown();
				this.scheduler = null;
			}
		}
	}

	private void tryAgainLater(IllegalStateException failure, Duration delay) {
		String cause = StartupFailures.describe(failure);
		this.failed.accept(cause);
		if (StartupFailures.isMisconfiguration(failure)) {
			// the application runs already: an operator may still put the broker right
			logger.error("ari-queue could not start consuming ARI applications {}: {}; trying again in {}",
					this.applications, cause, delay);
		}
		else {
			logger.warn("ari-queue could not start consuming ARI applications {}: {}; trying again in {}",
					this.applications, cause, delay);
		}
		logger.debug("ari-queue start-up failure", failure);
		this.scheduler.schedule(SchedulerTasks.logged("start consuming ARI applications", () -> tryAgain(delay)),
				delay.toMillis(), TimeUnit.MILLISECONDS);
	}

}
