package io.ariqueue.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.TestExecutionListeners;

import io.ariqueue.test.simulator.Flavour;

/**
 * A {@link SpringBootTest @SpringBootTest} of an ari-queue application against a real RabbitMQ and a
 * {@link io.ariqueue.test.simulator.ProxySimulator ProxySimulator}. Use it instead of {@code @SpringBootTest}.
 * <p>
 * The context gets:
 * <ul>
 * <li>the broker that {@link io.ariqueue.test.junit.BrokerLocator} finds from the context's own settings
 * ({@code spring.rabbitmq.*}, else {@code 127.0.0.1:5672}), else a Testcontainers RabbitMQ where Docker runs;
 * it is set as {@code spring.rabbitmq.*}, as the {@code RabbitConnectionDetails} and as a
 * {@link io.ariqueue.test.junit.RabbitBroker RabbitBroker} bean;</li>
 * <li>an {@code ari.queue.application} of its own, so that test classes never share queues;</li>
 * <li>a {@code ProxySimulator} bean on that application and broker, of the {@link #proxy() flavour} that
 * matches {@code ari.queue.proxy};</li>
 * <li>an {@link AriHandlerTestHarness} bean that records every handler call, and spies where asked.</li>
 * </ul>
 * Recorded calls are forgotten before each test method. The context is closed after the test class, which
 * stops the application and deletes the queues of the simulator.
 *
 * <pre class="code">
 * &#064;AriQueueTest(spy = GreetingIvr.class)
 * class GreetingIvrTests {
 *
 *     &#064;Autowired ProxySimulator proxy;
 *     &#064;Autowired AriHandlerTestHarness harness;
 *
 *     &#064;Test
 *     void greets() {
 *         SimulatedCall call = proxy.placeCall();
 *         harness.awaitInvocation(StasisStartEvent.class, Duration.ofSeconds(5));
 *         call.awaitCommand("POST", "/channels/" + call.channelId() + "/play", Duration.ofSeconds(5));
 *     }
 *
 * }
 * </pre>
 *
 * @author ari-queue team
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ContextCustomizerFactories(AriQueueTestContextCustomizerFactory.class)
@TestExecutionListeners(listeners = AriQueueTestExecutionListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface AriQueueTest {

	/**
	 * Properties in {@code key=value} form, as {@link SpringBootTest#properties()}.
	 * @return the properties
	 */
	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

	/**
	 * The classes of the context, as {@link SpringBootTest#classes()}; by default the
	 * {@code @SpringBootConfiguration} found from the test's package.
	 * @return the classes
	 */
	@AliasFor(annotation = SpringBootTest.class, attribute = "classes")
	Class<?>[] classes() default {};

	/**
	 * The ARI application to serve and simulate. By default an {@code ari.queue.application} set in
	 * {@link #properties()}, else a name of the test class's own, whatever the application's configuration
	 * says.
	 * @return the application, or empty for the default
	 */
	String application() default "";

	/**
	 * The proxy family to simulate; {@code ari.queue.proxy} is set to match. At most one; by default the
	 * one {@code ari.queue.proxy} names (go-ari-proxy if none).
	 * @return the flavour, or none for the configured one
	 */
	Flavour[] proxy() default {};

	/**
	 * Whether the simulated proxy has the faults of the real one (a lost or early {@code StasisEnd}, lost
	 * events of new objects, a command consumer that dies when a queue it consumes is deleted, a crash when a
	 * second leg hangs up), as it has by default; {@code false} for a well-behaved proxy, in tests that are not
	 * about them. See {@link io.ariqueue.test.simulator.ProxySimulator.Builder#wellBehaved()}.
	 * @return whether the proxy has its faults
	 */
	boolean proxyFaults() default true;

	/**
	 * Handler beans to replace by Mockito spies (by type, subtypes included), for
	 * {@link AriHandlerTestHarness#spy(Class)} and {@code verify}. Needs mockito-core.
	 * @return the bean types
	 */
	Class<?>[] spy() default {};

}
