package io.ariqueue.benchmarks.contender;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.amqp.autoconfigure.ConnectionFactoryCustomizer;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;

/**
 * ari-queue as a user runs it: a Spring Boot application with the starter and the
 * {@link AriQueueCallHandlers} bean, configured only through {@code ari.queue.*} and
 * {@code spring.rabbitmq.*} properties.
 *
 * @author ari-queue team
 */
public final class AriQueueContender implements Contender {

	/**
	 * What gives an application meters and observations: left out of the contenders that run
	 * without them, as from an application without Actuator.
	 */
	private static final List<String> METRICS_AND_OBSERVATIONS = List.of(
			"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration");

	private final ConfigurableApplicationContext context;

	private final ProxyDialogueRuntime runtime;

	private AriQueueContender(ConfigurableApplicationContext context) {
		this.context = context;
		this.runtime = context.getBean(ProxyDialogueRuntime.class);
	}

	/**
	 * Start the application.
	 * @param settings the resources it gets
	 * @param script the call logic
	 * @param virtualThreads whether handlers run on virtual threads
	 * @param observed whether the application has Spring Boot's metrics and observations
	 * @return the running application
	 */
	public static AriQueueContender start(ContenderSettings settings, CallScript script, boolean virtualThreads,
			boolean observed) {
		List<String> properties = new ArrayList<>(List.of("spring.main.banner-mode=off",
				"spring.main.register-shutdown-hook=false", "logging.level.root=WARN",
				"spring.rabbitmq.host=" + settings.host(), "spring.rabbitmq.port=" + settings.port(),
				"spring.rabbitmq.username=" + settings.username(), "spring.rabbitmq.password=" + settings.password(),
				"ari.queue.application=" + settings.application(), "ari.queue.command-timeout=10s",
				"ari.queue.concurrency=" + settings.concurrency(),
				"ari.queue.max-active-dialogues=" + settings.maxActiveDialogues(),
				"ari.queue.amqp.consumer-channels=" + settings.consumerChannels(),
				"ari.queue.amqp.publisher-channels=" + settings.publisherChannels(),
				"ari.queue.amqp.prefetch=" + settings.prefetch(),
				"ari.queue.amqp.announcement-prefetch=" + settings.announcementPrefetch(),
				"benchmark.run-tag=" + settings.runTag(), "spring.threads.virtual.enabled=" + virtualThreads));
		if (!observed) {
			properties.add("spring.autoconfigure.exclude=" + String.join(",", METRICS_AND_OBSERVATIONS));
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class,
				AriQueueCallHandlers.class)
			.web(WebApplicationType.NONE)
			.properties(properties.toArray(String[]::new))
			.initializers((applicationContext) -> applicationContext.getBeanFactory()
				.registerSingleton("callScript", script))
			.run();
		return new AriQueueContender(context);
	}

	@Override
	public int openChannels() {
		return this.runtime.openChannels();
	}

	/**
	 * The application's context, for its meters and observations.
	 * @return the context
	 */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	/**
	 * The product's runtime, for figures it exposes.
	 * @return the runtime
	 */
	public ProxyDialogueRuntime runtime() {
		return this.runtime;
	}

	@Override
	public void close() {
		this.context.close();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class BenchmarkApplication {

		/**
		 * Marks this run's connections, so that the broker's own count can be told apart from
		 * those of other applications on the same broker.
		 */
		@Bean
		ConnectionFactoryCustomizer benchmarkRunTag(Environment environment) {
			String tag = environment.getRequiredProperty("benchmark.run-tag");
			return (factory) -> factory.getClientProperties().put(ContenderSettings.RUN_TAG_PROPERTY, tag);
		}

	}

}
