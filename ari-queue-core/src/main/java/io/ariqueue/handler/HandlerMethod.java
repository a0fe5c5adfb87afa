package io.ariqueue.handler;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

/**
 * One handler method of a bean, with its arguments worked out at start-up so that a call does no
 * more than fill an array.
 *
 * @author ari-queue team
 */
final class HandlerMethod {

	enum Argument {

		EVENT, SESSION, DIALOGUE_ID, CHANNEL, CLOSE_REASON

	}

	private final Object bean;

	private final Method method;

	private final Argument[] arguments;

	private final List<Class<? extends AriEvent>> eventTypes;

	private final String description;

	private final String observedName;

	private final int order;

	private HandlerMethod(Object bean, Method method, Argument[] arguments, List<Class<? extends AriEvent>> eventTypes) {
		this.bean = bean;
		this.method = method;
		this.arguments = arguments;
		this.eventTypes = eventTypes;
		this.description = ClassUtils.getQualifiedMethodName(method, method.getDeclaringClass());
		this.observedName = simpleName(ClassUtils.getUserClass(bean)) + "#" + method.getName();
		Order order = AnnotatedElementUtils.findMergedAnnotation(method, Order.class);
		this.order = (order != null) ? order.value() : Ordered.LOWEST_PRECEDENCE;
		ReflectionUtils.makeAccessible(method);
	}

	/**
	 * Build an event handler.
	 * @param bean the bean
	 * @param method the method, invocable on the bean
	 * @param declaredTypes the event types named on the annotation, may be empty
	 * @return the handler
	 * @throws IllegalStateException if the signature is not one ari-queue can call
	 */
	@SuppressWarnings("unchecked")
	static HandlerMethod forEvents(Object bean, Method method, List<Class<? extends AriEvent>> declaredTypes) {
		Parameter[] parameters = method.getParameters();
		Argument[] arguments = new Argument[parameters.length];
		Class<? extends AriEvent> parameterType = null;
		for (int i = 0; i < parameters.length; i++) {
			Class<?> type = parameters[i].getType();
			if (AriEvent.class.isAssignableFrom(type)) {
				if (parameterType != null) {
					throw invalid(method, "takes more than one event parameter");
				}
				parameterType = (Class<? extends AriEvent>) type;
				arguments[i] = Argument.EVENT;
			}
			else {
				arguments[i] = commonArgument(method, parameters[i], false);
			}
		}
		List<Class<? extends AriEvent>> eventTypes;
		if (!declaredTypes.isEmpty()) {
			for (Class<? extends AriEvent> declared : declaredTypes) {
				if (parameterType != null && !parameterType.isAssignableFrom(declared)) {
					throw invalid(method, "handles " + declared.getSimpleName() + " but its event parameter is a "
							+ parameterType.getSimpleName());
				}
			}
			eventTypes = List.copyOf(declaredTypes);
		}
		else if (parameterType != null) {
			eventTypes = List.of(parameterType);
		}
		else {
			throw invalid(method, "names no event type: add an event parameter or name the types on the annotation");
		}
		return new HandlerMethod(bean, method, arguments, eventTypes);
	}

	/**
	 * Build a dialogue callback.
	 * @param bean the bean
	 * @param method the method, invocable on the bean
	 * @param closed whether it is called when the dialogue ends
	 * @return the callback
	 * @throws IllegalStateException if the signature is not one ari-queue can call
	 */
	static HandlerMethod forDialogue(Object bean, Method method, boolean closed) {
		Parameter[] parameters = method.getParameters();
		Argument[] arguments = new Argument[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			arguments[i] = commonArgument(method, parameters[i], closed);
		}
		return new HandlerMethod(bean, method, arguments, List.of());
	}

	private static String simpleName(Class<?> type) {
		// an anonymous class has no simple name
		String simpleName = type.getSimpleName();
		return simpleName.isEmpty() ? ClassUtils.getShortName(type) : simpleName;
	}

	private static Argument commonArgument(Method method, Parameter parameter, boolean closed) {
		Class<?> type = parameter.getType();
		if (type == AriSession.class) {
			return Argument.SESSION;
		}
		if (type == String.class) {
			return Argument.DIALOGUE_ID;
		}
		if (type == Channel.class) {
			return Argument.CHANNEL;
		}
		if (closed && type == DialogueCloseReason.class) {
			return Argument.CLOSE_REASON;
		}
		throw invalid(method, "has a parameter '" + parameter.getName() + "' of type " + type.getName()
				+ " that ari-queue cannot supply; handler methods may take the event, AriSession, the dialogue id (String)"
				+ ", the Channel" + (closed ? " and the DialogueCloseReason" : ""));
	}

	private static IllegalStateException invalid(Method method, String problem) {
		return new IllegalStateException("ARI handler method "
				+ ClassUtils.getQualifiedMethodName(method, method.getDeclaringClass()) + " " + problem);
	}

	boolean handles(Class<? extends AriEvent> eventClass) {
		for (Class<? extends AriEvent> type : this.eventTypes) {
			if (type.isAssignableFrom(eventClass)) {
				return true;
			}
		}
		return false;
	}

	void invoke(AriEvent event, AriSession session, DialogueCloseReason reason) throws Throwable {
		Object[] values = new Object[this.arguments.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = switch (this.arguments[i]) {
				case EVENT -> event;
				case SESSION -> session;
				case DIALOGUE_ID -> session.dialogueId();
				case CHANNEL -> channelOf(event, session);
				case CLOSE_REASON -> reason;
			};
		}
		try {
			this.method.invoke(this.bean, values);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private static Channel channelOf(AriEvent event, AriSession session) {
		Channel own = (event != null) ? EventChannels.channelOf(event) : null;
		return (own != null) ? own : session.primaryChannel();
	}

	/**
	 * The method's {@link Order @Order}, lowest precedence where it has none.
	 * @return the order
	 */
	int order() {
		return this.order;
	}

	String description() {
		return this.description;
	}

	/**
	 * The method as observations name it: {@code SimpleBeanClassName#method}.
	 * @return the name
	 */
	String observedName() {
		return this.observedName;
	}

	@Override
	public String toString() {
		return this.description + " for " + Arrays.toString(this.eventTypes.stream().map(Class::getSimpleName).toArray());
	}

}
