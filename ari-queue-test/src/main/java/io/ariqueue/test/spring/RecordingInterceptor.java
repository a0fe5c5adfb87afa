package io.ariqueue.test.spring;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import io.ariqueue.ari.event.AriEvent;

/**
 * Records each call of a handler method of one bean with the {@link AriHandlerTestHarness}, then lets the
 * outcome through unchanged.
 *
 * @author ari-queue team
 */
final class RecordingInterceptor implements MethodInterceptor {

	private final AriHandlerTestHarness harness;

	private final String beanName;

	private final Class<?> beanType;

	private final Map<Method, List<Class<? extends AriEvent>>> eventTypes = new ConcurrentHashMap<>();

	RecordingInterceptor(AriHandlerTestHarness harness, String beanName, Class<?> beanType) {
		this.harness = harness;
		this.beanName = beanName;
		this.beanType = beanType;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments().clone();
		long start = System.nanoTime();
		try {
			Object result = invocation.proceed();
			record(invocation.getMethod(), arguments, result, null, start);
			return result;
		}
		catch (Throwable ex) {
			record(invocation.getMethod(), arguments, null, ex, start);
			throw ex;
		}
	}

	private void record(Method method, Object[] arguments, Object result, Throwable exception, long start) {
		List<Class<? extends AriEvent>> types = this.eventTypes.computeIfAbsent(method, HandlerMethods::eventTypes);
		this.harness.record(new HandlerInvocation(this.beanName, this.beanType, method, arguments, types, result,
				exception, Duration.ofNanos(System.nanoTime() - start)));
	}

}
