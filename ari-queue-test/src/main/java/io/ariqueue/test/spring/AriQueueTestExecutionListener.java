package io.ariqueue.test.spring;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Gives each test method of an {@link AriQueueTest @AriQueueTest} class a clean
 * {@link AriHandlerTestHarness}, and closes the context after the class: no other class can reuse it (its
 * application is its own), and closing it deletes its queues and frees its broker connections at once.
 *
 * @author ari-queue team
 */
class AriQueueTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return 5000;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext()
				.getBeanProvider(AriHandlerTestHarness.class)
				.ifAvailable(AriHandlerTestHarness::reset);
		}
	}

	@Override
	public void afterTestClass(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.markApplicationContextDirty(DirtiesContext.HierarchyMode.EXHAUSTIVE);
		}
	}

}
