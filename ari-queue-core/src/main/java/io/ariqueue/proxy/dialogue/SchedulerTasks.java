package io.ariqueue.proxy.dialogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks for a scheduler that never fail silently: a scheduler keeps a task's exception in a future
 * that nobody reads, and stops a periodic task for good at its first exception.
 *
 * @author ari-queue team
 */
final class SchedulerTasks {

	private static final Logger logger = LoggerFactory.getLogger(SchedulerTasks.class);

	private SchedulerTasks() {
	}

	/**
	 * A task that logs what it throws, so that the failure is seen and a periodic task runs again.
	 * @param what what the task does, for the log
	 * @param task the task
	 * @return the logging task
	 */
	static Runnable logged(String what, Runnable task) {
		return () -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				logger.error("ari-queue could not {}; it goes on", what, ex);
			}
		};
	}

}
