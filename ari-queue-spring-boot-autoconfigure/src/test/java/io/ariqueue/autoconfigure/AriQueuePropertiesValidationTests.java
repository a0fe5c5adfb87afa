package io.ariqueue.autoconfigure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the validation of {@link AriQueueProperties}: a value out of range stops start-up
 * with the property named. Binding fails before anything connects: no broker is needed.
 *
 * @author ari-queue team
 */
class AriQueuePropertiesValidationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, AriQueueAutoConfiguration.class))
		.withPropertyValues("spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=1", "ari.queue.application=ivr");

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ari.queue.amqp.publisher-channels=0            | amqp.publisherChannels
			ari.queue.amqp.consumer-channels=0             | amqp.consumerChannels
			ari.queue.amqp.prefetch=0                      | amqp.prefetch
			ari.queue.amqp.announcement-prefetch=70000     | amqp.announcementPrefetch
			ari.queue.concurrency=0                        | concurrency
			ari.queue.max-active-dialogues=0               | maxActiveDialogues
			ari.queue.command-timeout=0s                   | commandTimeout
			ari.queue.shutdown-timeout=-1s                 | shutdownTimeout
			ari.queue.max-message-size=0B                  | maxMessageSize
			ari.queue.max-message-size=1GB                 | maxMessageSize
			ari.queue.high-availability.heartbeat-interval=5ms | highAvailability.heartbeatInterval
			ari.queue.high-availability.instance-timeout=500ms | highAvailability.instanceTimeoutLongerThanHeartbeatInterval
			ari.queue.startup.initial-retry-interval=0s    | startup.initialRetryInterval
			ari.queue.startup.max-retry-interval=10ms      | startup.maxRetryIntervalNotShorterThanInitial
			""")
	void refusesAValueOutOfRange(String property, String field) {
		this.runner.withPropertyValues(property).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("on field '" + field + "'");
		});
	}

	@Test
	void acceptsTheDefaults() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ProxyDialogueRuntime.class));
	}

	@Test
	void refusesAZeroCountEvenWithoutABeanValidationProvider() {
		// without a provider Spring Boot validates nothing: the runtime's settings refuse it, rather than
		// dividing commands by zero channels at the first call
		this.runner.withClassLoader(new FilteredClassLoader("jakarta.validation", "org.hibernate.validator"))
			.withPropertyValues("ari.queue.amqp.publisher-channels=0")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessage("publisherChannels must be at least 1, not 0");
			});
	}

}
