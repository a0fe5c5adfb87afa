package io.ariqueue.test.spring;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.ari.event.AriEvent;

/**
 * Recognises handler methods the way ari-queue's post-processor does, from outside it.
 *
 * @author ari-queue team
 */
final class HandlerMethods {

	static final Pointcut POINTCUT = new StaticMethodMatcherPointcut() {

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			return isHandler(method);
		}

	};

	private HandlerMethods() {
	}

	static boolean isHandler(Method method) {
		MergedAnnotations annotations = MergedAnnotations.from(method, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY);
		return annotations.isPresent(AriEventListener.class) || annotations.isPresent(DialogueStarted.class)
				|| annotations.isPresent(DialogueClosed.class);
	}

	static Set<Method> of(Class<?> type) {
		return MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<Boolean>) (method) -> isHandler(method) ? Boolean.TRUE : null)
			.keySet();
	}

	/** The event types a method handles: those its annotation names, else its event parameter's. */
	@SuppressWarnings("unchecked")
	static List<Class<? extends AriEvent>> eventTypes(Method method) {
		AriEventListener listener = AnnotatedElementUtils.findMergedAnnotation(method, AriEventListener.class);
		if (listener == null) {
			return List.of();
		}
		List<Class<? extends AriEvent>> types = new ArrayList<>(Arrays.asList(listener.value()));
		if (types.isEmpty()) {
			for (Class<?> parameter : method.getParameterTypes()) {
				if (AriEvent.class.isAssignableFrom(parameter)) {
					types.add((Class<? extends AriEvent>) parameter);
				}
			}
		}
		return List.copyOf(types);
	}

	/** Why calls to a bean of this class cannot be recorded through a class proxy, or {@code null}. */
	static String unproxiableReason(Class<?> type) {
		if (Modifier.isFinal(type.getModifiers())) {
			return "its class is final";
		}
		for (Method method : of(type)) {
			if (Modifier.isPrivate(method.getModifiers()) || Modifier.isFinal(method.getModifiers())) {
				return "its handler method " + method.getName() + " is private or final";
			}
		}
		return null;
	}

}
