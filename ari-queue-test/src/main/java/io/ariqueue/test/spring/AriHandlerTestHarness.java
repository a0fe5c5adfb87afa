package io.ariqueue.test.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.util.ClassUtils;

import io.ariqueue.ari.event.AriEvent;

/**
 * What the application's handler methods did during a test of an {@link AriQueueTest @AriQueueTest}
 * context: every call ari-queue made to a {@code @StasisStart}, {@code @StasisEnd},
 * {@code @AriEventListener}, {@code @DialogueStarted} or {@code @DialogueClosed} method, with its arguments
 * and outcome, and Mockito spies of the handler beans the annotation names.
 * <p>
 * The {@code awaitInvocation} methods wait for the earliest recorded call that matches and that no earlier
 * {@code awaitInvocation} returned, so successive awaits walk through a call flow in order:
 *
 * <pre class="code">
 * HandlerInvocation start = harness.awaitInvocation(StasisStartEvent.class, WAIT);
 * HandlerInvocation digit = harness.awaitInvocation(GreetingIvr.class, "digit", WAIT);
 * assertThat(digit.event(ChannelDtmfReceivedEvent.class).digit()).isEqualTo("1");
 * verify(harness.spy(GreetingIvr.class)).end(any(), any());
 * </pre>
 *
 * Calls are recorded when they return or throw. The record is cleared before each test method.
 *
 * @author ari-queue team
 */
public class AriHandlerTestHarness {

	private final List<Class<?>> spyTypes;

	private final Map<String, Object> spies = new ConcurrentHashMap<>();

	private final Map<Class<?>, String> unrecordable = new ConcurrentHashMap<>();

	private final List<Recorded> recorded = new ArrayList<>();

	AriHandlerTestHarness(List<Class<?>> spyTypes) {
		if (!spyTypes.isEmpty() && !ClassUtils.isPresent("org.mockito.Mockito", getClass().getClassLoader())) {
			throw new IllegalStateException("@AriQueueTest(spy = ...) needs org.mockito:mockito-core on the class path");
		}
		this.spyTypes = List.copyOf(spyTypes);
	}

	/**
	 * Every handler call recorded since the test method started, in the order they completed.
	 * @return a snapshot
	 */
	public List<HandlerInvocation> invocations() {
		synchronized (this.recorded) {
			return this.recorded.stream().map(Recorded::invocation).toList();
		}
	}

	/**
	 * The recorded calls of one handler bean's methods.
	 * @param beanType the bean's class (or a supertype)
	 * @return a snapshot
	 */
	public List<HandlerInvocation> invocations(Class<?> beanType) {
		return invocations().stream().filter((invocation) -> beanType.isAssignableFrom(invocation.beanType())).toList();
	}

	/**
	 * Wait for the next call of a handler method.
	 * @param beanType the bean's class (or a supertype)
	 * @param methodName the handler method's name
	 * @param timeout how long to wait
	 * @return the call
	 * @throws IllegalArgumentException if the class has no handler method of that name
	 * @throws AssertionError if none completes in time
	 */
	public HandlerInvocation awaitInvocation(Class<?> beanType, String methodName, Duration timeout) {
		if (HandlerMethods.of(beanType).stream().noneMatch((method) -> method.getName().equals(methodName))) {
			throw new IllegalArgumentException(beanType.getName() + " has no handler method named '" + methodName + "'");
		}
		return await((invocation) -> beanType.isAssignableFrom(invocation.beanType())
				&& invocation.methodName().equals(methodName), ClassUtils.getShortName(beanType) + "." + methodName,
				timeout);
	}

	/**
	 * Wait for the next call of any handler of an event type.
	 * @param eventType the event type, e.g. {@code StasisStartEvent.class}
	 * @param timeout how long to wait
	 * @return the call
	 * @throws AssertionError if none completes in time
	 */
	public HandlerInvocation awaitInvocation(Class<? extends AriEvent> eventType, Duration timeout) {
		return await((invocation) -> invocation.handled(eventType), "a handler of " + eventType.getSimpleName(),
				timeout);
	}

	/**
	 * Wait for the next handler call that matches a condition.
	 * @param condition the condition
	 * @param timeout how long to wait
	 * @return the call
	 * @throws AssertionError if none completes in time
	 */
	public HandlerInvocation awaitInvocation(Predicate<HandlerInvocation> condition, Duration timeout) {
		return await(condition, "a handler call matching the condition", timeout);
	}

	/**
	 * The Mockito spy that replaced a handler bean named in {@link AriQueueTest#spy()}.
	 * @param <T> the bean type
	 * @param beanType the bean's class (or a supertype)
	 * @return the spy, which is also the bean in the context
	 * @throws IllegalStateException if there is not exactly one such spy
	 */
	public <T> T spy(Class<T> beanType) {
		List<Object> matching = this.spies.values().stream().filter(beanType::isInstance).toList();
		if (matching.size() != 1) {
			throw new IllegalStateException("Expected one spy of " + beanType.getName() + " but there are "
					+ matching.size() + "; name the bean type in @AriQueueTest(spy = ...)");
		}
		return beanType.cast(matching.get(0));
	}

	/**
	 * Forget every recorded call and reset the spies' stubbing and verification state. Called before each test
	 * method.
	 */
	public void reset() {
		synchronized (this.recorded) {
			this.recorded.clear();
		}
		if (!this.spies.isEmpty()) {
			HandlerSpies.reset(this.spies.values());
		}
	}

	void record(HandlerInvocation invocation) {
		synchronized (this.recorded) {
			this.recorded.add(new Recorded(invocation));
			this.recorded.notifyAll();
		}
	}

	boolean spies(Class<?> beanType) {
		return this.spyTypes.stream().anyMatch((type) -> type.isAssignableFrom(beanType));
	}

	void addSpy(String beanName, Object spy) {
		this.spies.put(beanName, spy);
	}

	void unrecordable(Class<?> beanType, String reason) {
		this.unrecordable.put(beanType, reason);
	}

	private HandlerInvocation await(Predicate<HandlerInvocation> condition, String description, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.recorded) {
			while (true) {
				for (Recorded candidate : this.recorded) {
					if (!candidate.taken && condition.test(candidate.invocation)) {
						candidate.taken = true;
						return candidate.invocation;
					}
				}
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					throw new AssertionError(failure(description, timeout));
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.recorded, remaining);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError("Interrupted while waiting for " + description, ex);
				}
			}
		}
	}

	private String failure(String description, Duration timeout) {
		String calls = this.recorded.stream()
			.map((recorded) -> recorded.invocation + (recorded.taken ? " (already returned)" : ""))
			.collect(Collectors.joining(", ", "[", "]"));
		String message = "No call of " + description + " within " + timeout + "; recorded: " + calls;
		if (!this.unrecordable.isEmpty()) {
			message += "; not recorded: " + this.unrecordable.entrySet()
				.stream()
				.map((entry) -> entry.getKey().getSimpleName() + " (" + entry.getValue() + ")")
				.collect(Collectors.joining(", "));
		}
		return message;
	}

	private static final class Recorded {

		private final HandlerInvocation invocation;

		private boolean taken;

		Recorded(HandlerInvocation invocation) {
			this.invocation = invocation;
		}

		HandlerInvocation invocation() {
			return this.invocation;
		}

	}

}
