package io.ariqueue.autoconfigure;

import java.util.List;

import com.rabbitmq.client.ConnectionFactory;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.handler.AriHandlerRegistry;
import io.ariqueue.observation.AriHandlerObservationContext;
import io.ariqueue.observation.AriHandlerObservationConvention;
import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.session.AriSession;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link AriQueueMetricsAutoConfiguration} and for the observations that
 * {@link AriQueueAutoConfiguration} sets up: which beans exist with and without Micrometer, a
 * {@code MeterRegistry} and an {@code ObservationRegistry}. No context here starts a runtime, so
 * no broker is needed.
 *
 * @author ari-queue team
 */
class AriQueueMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AriQueueAutoConfiguration.class, AriQueueMetricsAutoConfiguration.class))
		.withPropertyValues("ari.queue.application=metrics-test");

	private final ApplicationContextRunner bootRunner = this.runner.withConfiguration(AutoConfigurations.of(
			ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
			CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class));

	@Test
	void countsNothingWithoutAMeterRegistry() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(AriHandlerRegistry.class)
			.doesNotHaveBean(DialogueRuntimeMetrics.class)
			.doesNotHaveBean(DialogueRuntimeGauges.class));
	}

	@Test
	void countsNothingWithoutMicrometer() {
		this.runner.withUserConfiguration(MeterRegistryConfiguration.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasSingleBean(AriHandlerRegistry.class)
				.doesNotHaveBean(DialogueRuntimeMetrics.class));
	}

	@Test
	void countsInTheApplicationsMeterRegistry() {
		this.runner.withUserConfiguration(MeterRegistryConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(MicrometerDialogueRuntimeMetrics.class);
			context.getBean(DialogueRuntimeMetrics.class).dialogueStarted(true);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("ari.queue.dialogues.started").tag("origin", "adopted").counter().count())
				.isEqualTo(1);
			assertThat(registry.get("ari.queue.adoptions").counter().count()).isEqualTo(1);
		});
	}

	@Test
	void backsOffForAMetricsListenerOfTheApplication() {
		this.runner.withUserConfiguration(MeterRegistryConfiguration.class, OwnMetricsConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(DialogueRuntimeMetrics.class)
				.doesNotHaveBean(MicrometerDialogueRuntimeMetrics.class));
	}

	@Test
	void measuresTheRuntimeOfTheContext() {
		// ari-queue's own runtime would connect: the application's, never started, is measured the same way
		this.runner.withPropertyValues("ari.queue.enabled=false")
			.withUserConfiguration(MeterRegistryConfiguration.class, OwnRuntimeConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(DialogueRuntimeGauges.class);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("ari.queue.dialogues.active").gauge().value()).isZero();
				assertThat(registry.get("ari.queue.queues.deletion.pending").gauge().value()).isZero();
			});
	}

	@Test
	void hasNoGaugesWithoutARuntime() {
		this.runner.withUserConfiguration(MeterRegistryConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean(DialogueRuntimeGauges.class));
	}

	@Test
	void observesHandlersWithTheApplicationsObservationRegistryAndConvention() {
		this.runner.withUserConfiguration(ObservationConfiguration.class, Greeter.class).run((context) -> {
			context.getBean(AriHandlerRegistry.class).dispatch(stasisStart("c1"), session());
			assertThat(context.getBean(TestObservationRegistry.class)).hasObservationWithNameEqualTo("handled")
				.that()
				.hasLowCardinalityKeyValue("kind", "StasisStart")
				.hasBeenStopped();
		});
	}

	@Test
	void observesNothingWithoutAnObservationRegistry() {
		this.runner.withUserConfiguration(MeterRegistryConfiguration.class, Greeter.class).run((context) -> {
			context.getBean(AriHandlerRegistry.class).dispatch(stasisStart("c1"), session());
			assertThat(context.getBean(Greeter.class).greeted).isEqualTo(1);
			assertThat(context.getBean(MeterRegistry.class).find("ari.queue.handler").meters()).isEmpty();
		});
	}

	@Test
	void handlerObservationsBecomeTimersWithBoundedTagsWhereSpringBootMeasuresObservations() {
		this.bootRunner.withUserConfiguration(Greeter.class).run((context) -> {
			AriHandlerRegistry registry = context.getBean(AriHandlerRegistry.class);
			registry.dispatch(stasisStart("c1"), session());
			context.getBean(Greeter.class).fail = true;
			registry.dispatch(stasisStart("c2"), session());
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Timer success = meters.get("ari.queue.handler")
				.tags("event.type", "StasisStart", "handler", "Greeter#greet", "outcome", "success")
				.timer();
			Timer error = meters.get("ari.queue.handler")
				.tags("event.type", "StasisStart", "handler", "Greeter#greet", "outcome", "error", "error",
						"IllegalStateException")
				.timer();
			assertThat(success.count()).isOne();
			assertThat(error.count()).isOne();
			assertThat(meters.find("ari.queue.handler").meters()).allSatisfy((meter) -> assertThat(meter.getId()
				.getTags()).extracting((tag) -> tag.getKey())
				.containsExactlyInAnyOrder("event.type", "handler", "outcome", "error"));
			// the counters and gauges are there too, with Spring Boot's own registry
			assertThat(context).hasSingleBean(MicrometerDialogueRuntimeMetrics.class);
		});
	}

	private static StasisStartEvent stasisStart(String channelId) {
		return new StasisStartEvent("StasisStart", "app", null, null, List.of(),
				new Channel(channelId, null, "PJSIP/" + channelId, "Up", null, null, null, null, null, "en", null, null,
						null),
				null);
	}

	private static AriSession session() {
		AriSession session = mock(AriSession.class);
		given(session.dialogueId()).willReturn("d-1");
		return session;
	}

	@Configuration(proxyBeanMethods = false)
	static class MeterRegistryConfiguration {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnMetricsConfiguration {

		@Bean
		DialogueRuntimeMetrics ownMetrics() {
			return new DialogueRuntimeMetrics() {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRuntimeConfiguration {

		@Bean
		ProxyDialogueRuntime ownRuntime() {
			ProxyPreset preset = ProxyPreset.GO_ARI_PROXY;
			AriQueueProperties properties = new AriQueueProperties();
			properties.setApplication("metrics-test");
			return new ProxyDialogueRuntime(new ConnectionFactory(), AriQueueAutoConfiguration.settings(properties),
					new AriHandlerRegistry(), Runnable::run);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ObservationConfiguration {

		@Bean
		TestObservationRegistry observationRegistry() {
			return TestObservationRegistry.create();
		}

		@Bean
		AriHandlerObservationConvention handlerConvention() {
			return new AriHandlerObservationConvention() {

				@Override
				public String getName() {
					return "handled";
				}

				@Override
				public KeyValues getLowCardinalityKeyValues(AriHandlerObservationContext context) {
					return KeyValues.of("kind", context.getEventType());
				}

			};
		}

	}

	static class Greeter {

		int greeted;

		volatile boolean fail;

		@AriEventListener
		void greet(StasisStartEvent event) {
			this.greeted++;
			if (this.fail) {
				throw new IllegalStateException("simulated");
			}
		}

	}

}
