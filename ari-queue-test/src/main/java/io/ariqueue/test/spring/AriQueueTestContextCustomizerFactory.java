package io.ariqueue.test.spring;

import java.util.List;
import java.util.UUID;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

import io.ariqueue.test.simulator.Flavour;

/**
 * Turns an {@link AriQueueTest @AriQueueTest} into an {@link AriQueueTestContextCustomizer}.
 *
 * @author ari-queue team
 */
class AriQueueTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AriQueueTest test = TestContextAnnotationUtils.findMergedAnnotation(testClass, AriQueueTest.class);
		if (test == null) {
			return null;
		}
		if (test.proxy().length > 1) {
			throw new IllegalStateException("@AriQueueTest on " + testClass.getName() + " names more than one proxy");
		}
		Flavour flavour = (test.proxy().length == 1) ? test.proxy()[0] : null;
		String application = test.application().isBlank() ? null : test.application().trim();
		return new AriQueueTestContextCustomizer(application, uniqueApplication(testClass), flavour,
				test.proxyFaults(), List.of(test.spy()));
	}

	/** Short enough to read in the broker's queue list, random enough that parallel runs never meet. */
	private static String uniqueApplication(Class<?> testClass) {
		return "ari-test-" + testClass.getSimpleName() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
