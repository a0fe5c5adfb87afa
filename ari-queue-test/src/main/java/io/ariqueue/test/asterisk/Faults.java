package io.ariqueue.test.asterisk;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The faults an {@link AriServerDouble} injects: failed, late and held HTTP requests, refused
 * WebSocket upgrades. Thread-safe: tests switch faults while requests run.
 *
 * @author ari-queue
 */
final class Faults {

	private final List<Failure> failures = new CopyOnWriteArrayList<>();

	private final List<Delay> delays = new CopyOnWriteArrayList<>();

	private final List<Delay> holds = new CopyOnWriteArrayList<>();

	private volatile boolean refuseWebSockets;

	void fail(Predicate<RecordedRequest> which, int status, String message) {
		Objects.requireNonNull(which, "which");
		Objects.requireNonNull(message, "message");
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("A failure status is 4xx or 5xx, not " + status);
		}
		this.failures.add(new Failure(which, status, message));
	}

	void delay(Predicate<RecordedRequest> which, Duration delay) {
		Objects.requireNonNull(which, "which");
		if (delay.isNegative()) {
			throw new IllegalArgumentException("Negative delay " + delay);
		}
		this.delays.add(new Delay(which, delay));
	}

	void hold(Predicate<RecordedRequest> which, Duration hold) {
		Objects.requireNonNull(which, "which");
		if (hold.isNegative()) {
			throw new IllegalArgumentException("Negative hold " + hold);
		}
		this.holds.add(new Delay(which, hold));
	}

	void refuseWebSockets(boolean refuse) {
		this.refuseWebSockets = refuse;
	}

	boolean refusesWebSockets() {
		return this.refuseWebSockets;
	}

	void clear() {
		this.failures.clear();
		this.delays.clear();
		this.holds.clear();
		this.refuseWebSockets = false;
	}

	/** The first failure set up for the request, or {@code null}. */
	Failure failureFor(RecordedRequest request) {
		for (Failure failure : this.failures) {
			if (failure.which().test(request)) {
				return failure;
			}
		}
		return null;
	}

	/** The sum of the delays set up for the request. */
	Duration delayFor(RecordedRequest request) {
		return sum(this.delays, request);
	}

	/** The sum of the holds set up for the request. */
	Duration holdFor(RecordedRequest request) {
		return sum(this.holds, request);
	}

	private static Duration sum(List<Delay> delays, RecordedRequest request) {
		Duration total = Duration.ZERO;
		for (Delay delay : delays) {
			if (delay.which().test(request)) {
				total = total.plus(delay.delay());
			}
		}
		return total;
	}

	record Failure(Predicate<RecordedRequest> which, int status, String message) {
	}

	record Delay(Predicate<RecordedRequest> which, Duration delay) {
	}

}
