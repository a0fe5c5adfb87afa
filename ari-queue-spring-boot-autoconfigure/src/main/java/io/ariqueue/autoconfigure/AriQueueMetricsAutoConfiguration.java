package io.ariqueue.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;

/**
 * Auto-configuration of ari-queue's meters, when the application has Micrometer and a
 * {@link MeterRegistry}. The timers of handlers and ARI calls ({@code ari.queue.handler},
 * {@code ari.queue.command}) come from their observations, through the meter handler that Spring
 * Boot gives the {@code ObservationRegistry}; this adds the counts and gauges.
 *
 * @author ari-queue team
 */
@AutoConfiguration(after = AriQueueAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ MeterRegistry.class, ProxyDialogueRuntime.class })
@ConditionalOnBean(MeterRegistry.class)
public final class AriQueueMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(DialogueRuntimeMetrics.class)
	MicrometerDialogueRuntimeMetrics ariQueueDialogueRuntimeMetrics(MeterRegistry registry) {
		return new MicrometerDialogueRuntimeMetrics(registry);
	}

	@Bean
	@ConditionalOnBean(ProxyDialogueRuntime.class)
	@ConditionalOnMissingBean
	DialogueRuntimeGauges ariQueueDialogueRuntimeGauges(ProxyDialogueRuntime runtime, MeterRegistry registry) {
		DialogueRuntimeGauges gauges = new DialogueRuntimeGauges(runtime);
		gauges.bindTo(registry);
		return gauges;
	}

}
