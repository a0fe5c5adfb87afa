package io.ariqueue.test.spring;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;

import io.ariqueue.handler.AriHandlerRegistry;
import io.ariqueue.handler.AriListenerAnnotationBeanPostProcessor;

/**
 * ari-queue's handler post-processor, registering with the {@link AriHandlerRegistry} a recording proxy of
 * each handler bean instead of the bean itself. The context keeps the bean (or its spy, where asked), so
 * that its fields and identity stay the test's to inspect; only the calls ari-queue makes go through the
 * proxy.
 *
 * @author ari-queue team
 */
final class RecordingHandlerBeanPostProcessor extends AriListenerAnnotationBeanPostProcessor {

	private static final Logger logger = LoggerFactory.getLogger(RecordingHandlerBeanPostProcessor.class);

	private final AriHandlerTestHarness harness;

	private final Set<Class<?>> classesWithoutHandlers = ConcurrentHashMap.newKeySet();

	RecordingHandlerBeanPostProcessor(Supplier<AriHandlerRegistry> registry, AriHandlerTestHarness harness) {
		super(registry);
		this.harness = harness;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.classesWithoutHandlers.contains(targetClass)) {
			return bean;
		}
		if (HandlerMethods.of(targetClass).isEmpty()) {
			this.classesWithoutHandlers.add(targetClass);
			return bean;
		}
		Object exposed = spyIfAsked(bean, beanName, targetClass);
		super.postProcessAfterInitialization(recording(exposed, beanName, targetClass), beanName);
		return exposed;
	}

	private Object spyIfAsked(Object bean, String beanName, Class<?> targetClass) {
		if (!this.harness.spies(targetClass)) {
			return bean;
		}
		if (AopUtils.isAopProxy(bean)) {
			throw new IllegalStateException("@AriQueueTest cannot spy on bean '" + beanName
					+ "': it is an AOP proxy; spy on an unproxied handler bean");
		}
		Object spy = HandlerSpies.spy(bean, targetClass, beanName);
		this.harness.addSpy(beanName, spy);
		return spy;
	}

	private Object recording(Object bean, String beanName, Class<?> targetClass) {
		Advisor advisor = new DefaultPointcutAdvisor(HandlerMethods.POINTCUT,
				new RecordingInterceptor(this.harness, beanName, targetClass));
		if (bean instanceof Advised advised && !advised.isFrozen()) {
			advised.addAdvisor(0, advisor);
			return bean;
		}
		String reason = HandlerMethods.unproxiableReason(targetClass);
		if (reason != null) {
			logger.warn("Calls to handler bean '{}' are not recorded: {}", beanName, reason);
			this.harness.unrecordable(targetClass, reason);
			return bean;
		}
		ProxyFactory factory = new ProxyFactory(bean);
		factory.setProxyTargetClass(true);
		factory.addAdvisor(advisor);
		return factory.getProxy(targetClass.getClassLoader());
	}

}
