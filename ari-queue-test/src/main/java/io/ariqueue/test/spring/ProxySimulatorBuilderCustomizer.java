package io.ariqueue.test.spring;

import io.ariqueue.test.simulator.ProxySimulator;

/**
 * A bean that adjusts the {@link ProxySimulator} of an {@link AriQueueTest @AriQueueTest} context before it
 * is built, e.g. to drop {@code StasisEnd} or slow playbacks down. The application and flavour are set first.
 *
 * <pre class="code">
 * &#064;TestConfiguration
 * static class LossyProxy {
 *     &#064;Bean
 *     ProxySimulatorBuilderCustomizer dropStasisEnd() {
 *         return (builder) -&gt; builder.dropStasisEnd(true);
 *     }
 * }
 * </pre>
 *
 * @author ari-queue team
 */
@FunctionalInterface
public interface ProxySimulatorBuilderCustomizer {

	/**
	 * Adjust the builder.
	 * @param builder the builder
	 */
	void customize(ProxySimulator.Builder builder);

}
