package io.ariqueue.handler;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.function.SingletonSupplier;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.ari.event.AriEvent;

/**
 * Finds the {@link AriEventListener} methods (including {@code @StasisStart} and
 * {@code @StasisEnd}), {@link DialogueStarted} and {@link DialogueClosed} methods of every bean and
 * registers them with the {@link AriHandlerRegistry}. A method that ari-queue cannot call fails
 * the start-up with a message naming it.
 *
 * @author ari-queue team
 */
public class AriListenerAnnotationBeanPostProcessor implements BeanPostProcessor {

	private final Supplier<AriHandlerRegistry> registry;

	private final Set<Class<?>> classesWithoutHandlers = ConcurrentHashMap.newKeySet();

	/**
	 * Create a post-processor.
	 * @param registry where handler methods are registered
	 */
	public AriListenerAnnotationBeanPostProcessor(AriHandlerRegistry registry) {
		this(() -> registry);
	}

	/**
	 * Create a post-processor that looks up its registry only when it first finds a handler, so
	 * that declaring it does not create the registry early.
	 * @param registry supplies the registry
	 */
	public AriListenerAnnotationBeanPostProcessor(Supplier<AriHandlerRegistry> registry) {
		this.registry = SingletonSupplier.of(registry);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.classesWithoutHandlers.contains(targetClass)) {
			return bean;
		}
		Map<Method, Kind> methods = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<Kind>) Kind::of);
		if (methods.isEmpty()) {
			this.classesWithoutHandlers.add(targetClass);
			return bean;
		}
		// reflection order is unspecified: sort by name so that registration order is stable
		methods.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<Method, Kind> entry) -> entry.getKey().getName()))
			.forEach((entry) -> register(bean, AopUtils.selectInvocableMethod(entry.getKey(), bean.getClass()),
					entry.getKey(), entry.getValue()));
		return bean;
	}

	@SuppressWarnings("unchecked")
	private void register(Object bean, Method invocable, Method declared, Kind kind) {
		switch (kind) {
			case EVENT -> {
				AriEventListener listener = AnnotatedElementUtils.findMergedAnnotation(declared, AriEventListener.class);
				List<Class<? extends AriEvent>> types = Arrays.asList(listener.value());
				this.registry.get().registerEventHandler(bean, invocable, types);
			}
			case STARTED -> this.registry.get().registerDialogueStarted(bean, invocable);
			case CLOSED -> this.registry.get().registerDialogueClosed(bean, invocable);
		}
	}

	private enum Kind {

		EVENT, STARTED, CLOSED;

		static Kind of(Method method) {
			MergedAnnotations annotations = MergedAnnotations.from(method, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY);
			if (annotations.isPresent(AriEventListener.class)) {
				return EVENT;
			}
			if (annotations.isPresent(DialogueStarted.class)) {
				return STARTED;
			}
			if (annotations.isPresent(DialogueClosed.class)) {
				return CLOSED;
			}
			return null;
		}

	}

}
