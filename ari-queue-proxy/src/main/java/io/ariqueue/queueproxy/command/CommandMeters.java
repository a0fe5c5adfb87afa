package io.ariqueue.queueproxy.command;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The meters of the commands: {@code ari.proxy.command} (a command's whole time in the proxy,
 * Asterisk's answer included, by {@code operation} and {@code outcome}),
 * {@code ari.proxy.command.overhead} (the same without Asterisk's answer) and
 * {@code ari.proxy.messages.rejected} (commands refused before they reach Asterisk, by
 * {@code cause}). Every tag value is bounded: the operation is the name of an ARI operation, or
 * {@code unknown} for a command that names none.
 *
 * @author ari-queue team
 */
public final class CommandMeters {

	/**
	 * The operation tag of a command that names no ARI operation.
	 */
	public static final String UNKNOWN_OPERATION = "unknown";

	private final MeterRegistry meters;

	CommandMeters(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * Create the meters of a registry.
	 * @param meters the registry
	 * @return the meters
	 */
	public static CommandMeters of(MeterRegistry meters) {
		return new CommandMeters(meters);
	}

	/**
	 * Record a command answered.
	 * @param operation the operation's name, or {@link #UNKNOWN_OPERATION}
	 * @param outcome how it went
	 * @param totalNanos its time from delivery to its response reaching the broker
	 * @param asteriskNanos of which Asterisk took this long to answer
	 */
	void answered(String operation, Outcome outcome, long totalNanos, long asteriskNanos) {
		// looked up each time: a registry may replace a meter, as the benchmark does after its warm-up
		Timer.builder("ari.proxy.command")
			.description("Commands, from their delivery to their response reaching the broker")
			.tag("operation", operation)
			.tag("outcome", outcome.tagValue())
			.register(this.meters)
			.record(totalNanos, TimeUnit.NANOSECONDS);
		Timer.builder("ari.proxy.command.overhead")
			.description("Time a command spends in the proxy, from its delivery to its response reaching the broker, "
					+ "Asterisk's own answer time excluded")
			.publishPercentiles(0.5, 0.99)
			.register(this.meters)
			.record(Math.max(0, totalNanos - asteriskNanos), TimeUnit.NANOSECONDS);
	}

	/**
	 * Count a command refused before it reached Asterisk.
	 * @param cause why, for example {@code malformed}
	 */
	void rejected(String cause) {
		Counter.builder("ari.proxy.messages.rejected")
			.description("Messages the proxy refused before acting on them")
			.tag("queue", "commands")
			.tag("cause", cause)
			.register(this.meters)
			.increment();
	}

	/**
	 * How a command went, as the {@code outcome} tag says it.
	 */
	public enum Outcome {

		/**
		 * Asterisk answered with a 1xx, 2xx or 3xx status.
		 */
		SUCCESS,

		/**
		 * Asterisk or the proxy refused it with a 4xx status.
		 */
		CLIENT_ERROR,

		/**
		 * Asterisk or the proxy failed with a 5xx status.
		 */
		SERVER_ERROR,

		/**
		 * Asterisk did not answer in time.
		 */
		TIMEOUT,

		/**
		 * Asterisk could not be reached.
		 */
		CONNECTION;

		/**
		 * The outcome of an answer with a status.
		 * @param status the HTTP status
		 * @return the outcome
		 */
		public static Outcome of(int status) {
			if (status >= 500) {
				return SERVER_ERROR;
			}
			return (status >= 400) ? CLIENT_ERROR : SUCCESS;
		}

		String tagValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
