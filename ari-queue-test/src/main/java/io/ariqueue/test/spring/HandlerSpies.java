package io.ariqueue.test.spring;

import java.util.Collection;

import org.mockito.Mockito;

/**
 * The only class of the harness that touches Mockito, so that tests without spies need no Mockito.
 *
 * @author ari-queue team
 */
final class HandlerSpies {

	private HandlerSpies() {
	}

	static Object spy(Object bean, Class<?> type, String beanName) {
		return Mockito.mock(type,
				Mockito.withSettings().spiedInstance(bean).defaultAnswer(Mockito.CALLS_REAL_METHODS).name(beanName));
	}

	static void reset(Collection<Object> spies) {
		if (!spies.isEmpty()) {
			Mockito.reset(spies.toArray());
		}
	}

}
