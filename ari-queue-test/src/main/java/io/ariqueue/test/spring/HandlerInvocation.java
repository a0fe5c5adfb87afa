package io.ariqueue.test.spring;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.util.ClassUtils;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.session.AriSession;

/**
 * One completed call of a handler method ({@code @StasisStart}, {@code @StasisEnd}, {@code @AriEventListener},
 * {@code @DialogueStarted}, {@code @DialogueClosed}), as an {@link AriHandlerTestHarness} recorded it: the
 * arguments ari-queue passed, and what the method returned or threw.
 *
 * @author ari-queue team
 */
public final class HandlerInvocation {

	private final String beanName;

	private final Class<?> beanType;

	private final Method method;

	private final List<Object> arguments;

	private final List<Class<? extends AriEvent>> eventTypes;

	private final Object result;

	private final Throwable exception;

	private final Duration duration;

	HandlerInvocation(String beanName, Class<?> beanType, Method method, Object[] arguments,
			List<Class<? extends AriEvent>> eventTypes, Object result, Throwable exception, Duration duration) {
		this.beanName = beanName;
		this.beanType = beanType;
		this.method = method;
		this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
		this.eventTypes = eventTypes;
		this.result = result;
		this.exception = exception;
		this.duration = duration;
	}

	/**
	 * The name of the handler bean.
	 * @return the bean name
	 */
	public String beanName() {
		return this.beanName;
	}

	/**
	 * The class of the handler bean (the user's class, not a proxy's or a spy's).
	 * @return the bean type
	 */
	public Class<?> beanType() {
		return this.beanType;
	}

	/**
	 * The handler method.
	 * @return the method
	 */
	public Method method() {
		return this.method;
	}

	/**
	 * The handler method's name.
	 * @return the name
	 */
	public String methodName() {
		return this.method.getName();
	}

	/**
	 * The arguments, in the order of the method's parameters; {@code null} where ari-queue passed none.
	 * @return the arguments
	 */
	public List<Object> arguments() {
		return this.arguments;
	}

	/**
	 * The first argument of a type.
	 * @param <T> the type
	 * @param type the type, e.g. {@code AriSession.class} or {@code DialogueCloseReason.class}
	 * @return the argument, or {@code null} if the method takes none
	 */
	public <T> T argument(Class<T> type) {
		for (Object argument : this.arguments) {
			if (type.isInstance(argument)) {
				return type.cast(argument);
			}
		}
		return null;
	}

	/**
	 * The event the handler received.
	 * @return the event, or {@code null} for a dialogue callback or a handler without an event parameter
	 */
	public AriEvent event() {
		return argument(AriEvent.class);
	}

	/**
	 * The event the handler received, as its type.
	 * @param <E> the event type
	 * @param type the event type, e.g. {@code StasisStartEvent.class}
	 * @return the event
	 * @throws AssertionError if the handler did not receive an event of that type
	 */
	public <E extends AriEvent> E event(Class<E> type) {
		E event = argument(type);
		if (event == null) {
			throw new AssertionError(this + " did not receive a " + type.getSimpleName());
		}
		return event;
	}

	/**
	 * The dialogue, where the method takes the {@link AriSession}.
	 * @return the session, or {@code null}
	 */
	public AriSession session() {
		return argument(AriSession.class);
	}

	/**
	 * Whether this call handled an event of a type: the event argument is one, or, for a method without an
	 * event parameter, its annotation names the type or a supertype.
	 * @param type the event type
	 * @return whether it did
	 */
	public boolean handled(Class<? extends AriEvent> type) {
		AriEvent event = event();
		if (event != null) {
			return type.isInstance(event);
		}
		return this.eventTypes.stream().anyMatch(type::isAssignableFrom);
	}

	/**
	 * What the method returned ({@code null} for {@code void}).
	 * @return the result
	 */
	public Object result() {
		return this.result;
	}

	/**
	 * What the method threw, which ari-queue passed on to the {@code AriErrorHandler}.
	 * @return the exception, or {@code null}
	 */
	public Throwable exception() {
		return this.exception;
	}

	/**
	 * Whether the method threw.
	 * @return whether it threw
	 */
	public boolean failed() {
		return this.exception != null;
	}

	/**
	 * How long the method ran.
	 * @return the duration
	 */
	public Duration duration() {
		return this.duration;
	}

	@Override
	public String toString() {
		String outcome = (this.exception != null) ? " threw " + this.exception : "";
		AriEvent event = event();
		return ClassUtils.getShortName(this.beanType) + "." + this.method.getName()
				+ ((event != null) ? "(" + event.type() + ")" : "()") + outcome;
	}

}
