package io.ariqueue.test.spring;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import io.ariqueue.handler.AriHandlerRegistry;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.Flavour;
import io.ariqueue.test.simulator.ProxySimulator;

/**
 * Points an {@link AriQueueTest @AriQueueTest} context at the test broker and registers the simulator, the
 * harness and the recording post-processor. A record, so that equal settings share a cached context.
 *
 * @param application the application the annotation names, or {@code null}
 * @param uniqueApplication the application to use when neither the annotation nor the test's properties name one
 * @param flavour the flavour the annotation names, or {@code null} for the configured one
 * @param proxyFaults whether the simulated proxy has the real one's faults
 * @param spies the handler bean types to spy on
 * @author ari-queue team
 */
record AriQueueTestContextCustomizer(String application, String uniqueApplication, Flavour flavour,
		boolean proxyFaults, List<Class<?>> spies) implements ContextCustomizer {

	private static final String APPLICATION = "ari.queue.application";

	private static final String PROXY = "ari.queue.proxy";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		ConfigurableEnvironment environment = context.getEnvironment();
		RabbitBroker broker = BrokerLocator.of(environment::getProperty).locate();
		String application = application(environment);
		Flavour flavour = flavour(environment);
		environment.getPropertySources().addFirst(properties(broker, application, flavour));
		register(context, broker, application, flavour);
	}

	private String application(ConfigurableEnvironment environment) {
		if (this.application != null) {
			return this.application;
		}
		// the test's own properties may name it; the application's configuration may not, so that tests never
		// consume the queue of a real proxy
		PropertySource<?> inlined = environment.getPropertySources()
			.get(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
		Object named = (inlined != null) ? inlined.getProperty(APPLICATION) : null;
		if (named == null || named.toString().isBlank()) {
			return this.uniqueApplication;
		}
		// resolved once, so that a ${random.uuid} names the same queue for the application and the simulator
		return environment.resolveRequiredPlaceholders(named.toString().trim());
	}

	private Flavour flavour(ConfigurableEnvironment environment) {
		if (this.flavour != null) {
			return this.flavour;
		}
		String configured = environment.getProperty(PROXY, "go-ari-proxy");
		for (Flavour candidate : Flavour.values()) {
			if (lettersOf(candidate.name()).equals(lettersOf(configured))) {
				return candidate;
			}
		}
		throw new IllegalStateException("@AriQueueTest cannot simulate " + PROXY + "=" + configured);
	}

	private static String lettersOf(String name) {
		return name.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
	}

	private static MapPropertySource properties(RabbitBroker broker, String application, Flavour flavour) {
		Map<String, Object> properties = broker.springProperties();
		properties.put(APPLICATION, application);
		properties.put(PROXY, (flavour == Flavour.GO_ARI_PROXY) ? "go-ari-proxy" : "asternet-ari-proxy");
		return new MapPropertySource("ariQueueTest", properties);
	}

	private void register(ConfigurableApplicationContext context, RabbitBroker broker, String application,
			Flavour flavour) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
		AriHandlerTestHarness harness = new AriHandlerTestHarness(this.spies);
		registry.registerBeanDefinition("ariQueueTestBroker", infrastructure(RabbitBroker.class, () -> broker));
		// wins over spring.rabbitmq.addresses, which host and port alone would not
		registry.registerBeanDefinition("ariQueueTestConnectionDetails",
				infrastructure(RabbitConnectionDetails.class, () -> new BrokerConnectionDetails(broker)));
		registry.registerBeanDefinition("ariHandlerTestHarness",
				infrastructure(AriHandlerTestHarness.class, () -> harness));
		// an AriListenerAnnotationBeanPostProcessor, so the auto-configuration backs off from declaring its own
		registry.registerBeanDefinition("ariQueueTestHandlerPostProcessor",
				infrastructure(RecordingHandlerBeanPostProcessor.class, () -> new RecordingHandlerBeanPostProcessor(
						() -> beanFactory.getBean(AriHandlerRegistry.class), harness)));
		RootBeanDefinition simulator = new RootBeanDefinition(ProxySimulator.class,
				() -> simulator(beanFactory, broker, application, flavour, this.proxyFaults));
		simulator.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
		registry.registerBeanDefinition("proxySimulator", simulator);
	}

	private static ProxySimulator simulator(ConfigurableListableBeanFactory beanFactory, RabbitBroker broker,
			String application, Flavour flavour, boolean proxyFaults) {
		ProxySimulator.Builder builder = ProxySimulator.builder(broker.connectionFactory())
			.application(application)
			.flavour(flavour);
		if (!proxyFaults) {
			builder.wellBehaved();
		}
		beanFactory.getBeanProvider(ProxySimulatorBuilderCustomizer.class)
			.orderedStream()
			.forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	private static <T> RootBeanDefinition infrastructure(Class<T> type, java.util.function.Supplier<T> supplier) {
		RootBeanDefinition definition = new RootBeanDefinition(type, supplier);
		definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
		return definition;
	}

	/**
	 * The located broker as Spring Boot's connection details.
	 */
	private record BrokerConnectionDetails(RabbitBroker broker) implements RabbitConnectionDetails {

		@Override
		public String getUsername() {
			return this.broker.username();
		}

		@Override
		public String getPassword() {
			return this.broker.password();
		}

		@Override
		public String getVirtualHost() {
			return this.broker.virtualHost();
		}

		@Override
		public List<Address> getAddresses() {
			return List.of(new Address(this.broker.host(), this.broker.port()));
		}

	}

}
