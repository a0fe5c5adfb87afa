package io.ariqueue.proxy.dialogue;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports handlers that run longer than a limit: once per event, with the dialogue, the event
 * type, the thread and where the handler is at that moment. It only reports; the handler runs
 * on, and holds up only its own dialogue.
 *
 * @author ari-queue team
 */
final class HandlerWatchdog {

	private static final Logger logger = LoggerFactory.getLogger(HandlerWatchdog.class);

	/** Frames of the JDK, Spring and ari-queue itself, which lead to the handler method. */
	private static final Pattern FRAMEWORK = Pattern
		.compile("(java|jdk|sun|org\\.springframework|io\\.ariqueue\\.(ari|handler|proxy|session))\\.");

	private final Duration limit;

	private final AtomicLong reported = new AtomicLong();

	HandlerWatchdog(Duration limit) {
		this.limit = limit;
	}

	long reported() {
		return this.reported.get();
	}

	Duration checkPeriod() {
		return Duration.ofMillis(Math.max(50, Math.min(1000, this.limit.toMillis() / 4)));
	}

	void check(Collection<Dialogue> dialogues) {
		long now = System.nanoTime();
		long limit = this.limit.toNanos();
		for (Dialogue dialogue : dialogues) {
			Running running = dialogue.running();
			if (running != null && !running.reported && now - running.startNanos > limit) {
				running.reported = true;
				this.reported.incrementAndGet();
				StackTraceElement[] stack = running.thread.getStackTrace();
				StillRunning where = new StillRunning(stack);
				logger.warn("Dialogue {}: handling {} has taken longer than {} ms, in {} on thread {}", dialogue.id(),
						running.what, this.limit.toMillis(), handlerFrame(stack), running.thread.getName(), where);
			}
		}
	}

	private static String handlerFrame(StackTraceElement[] stack) {
		for (StackTraceElement frame : stack) {
			String type = frame.getClassName();
			if (!FRAMEWORK.matcher(type).lookingAt()) {
				return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
			}
		}
		return "an ari-queue callback";
	}

	/**
	 * What a dialogue's worker is doing now.
	 */
	static final class Running {

		final String what;

		final Thread thread = Thread.currentThread();

		final long startNanos = System.nanoTime();

		volatile boolean reported;

		Running(String what) {
			this.what = what;
		}

	}

	/**
	 * Carries the stack of a handler that is still running, for the log; never thrown.
	 */
	private static final class StillRunning extends RuntimeException {

		StillRunning(StackTraceElement[] stack) {
			super("the handler is still running here", null, false, true);
			setStackTrace(stack);
		}

	}

}
