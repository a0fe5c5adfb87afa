package io.ariqueue.autoconfigure;

import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.proxy.dialogue.ProxyRuntimeSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the extension points of {@link AriQueueAutoConfiguration}: customizer beans and the
 * choice of connection factory. Nothing listens where the runtime connects: it keeps trying in
 * the background, so no broker is needed.
 *
 * @author ari-queue team
 */
class AriQueueCustomizationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, AriQueueAutoConfiguration.class))
		.withPropertyValues("spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=1", "ari.queue.application=ivr");

	@Test
	void appliesTheSettingsCustomizersInOrderAfterTheProperties() {
		this.runner.withUserConfiguration(SettingsCustomizers.class)
			.withPropertyValues("ari.queue.amqp.prefetch=7", "ari.queue.max-active-dialogues=50")
			.run((context) -> {
				ProxyRuntimeSettings settings = settings(context.getBean(ProxyDialogueRuntime.class));
				assertThat(settings.prefetch()).isEqualTo(7);
				assertThat(settings.publisherChannels()).isEqualTo(2);
				// the later customizer wins over the earlier one and over the property
				assertThat(settings.maxActiveDialogues()).isEqualTo(5);
			});
	}

	@Test
	void customizesTheConnectionFactoryOfAriQueueOnlyInOrder() {
		this.runner.withUserConfiguration(ConnectionFactoryCustomizers.class).run((context) -> {
			ConnectionFactory ariQueue = connectionFactory(context.getBean(ProxyDialogueRuntime.class));
			assertThat(ariQueue.getRequestedHeartbeat()).isEqualTo(7);
			assertThat(ariQueue.getConnectionTimeout()).isEqualTo(1234);
			ConnectionFactory boot = context.getBean(CachingConnectionFactory.class).getRabbitConnectionFactory();
			assertThat(boot.getRequestedHeartbeat()).isNotEqualTo(7);
			assertThat(boot.getConnectionTimeout()).isNotEqualTo(1234);
		});
	}

	@Test
	void backsOffBetweenTwoConnectionFactoriesNeitherOfWhichIsPrimary() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AriQueueAutoConfiguration.class))
			.withUserConfiguration(TwoConnectionFactories.class)
			.withPropertyValues("ari.queue.application=ivr")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ProxyDialogueRuntime.class)
				.doesNotHaveBean(AriQueueLifecycle.class));
	}

	@Test
	void usesThePrimaryOfTwoConnectionFactories() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AriQueueAutoConfiguration.class))
			.withUserConfiguration(TwoConnectionFactories.class, PrimaryConnectionFactory.class)
			.withPropertyValues("ari.queue.application=ivr")
			.run((context) -> assertThat(connectionFactory(context.getBean(ProxyDialogueRuntime.class)).getPort())
				.isEqualTo(3));
	}

	private static ProxyRuntimeSettings settings(ProxyDialogueRuntime runtime) {
		return (ProxyRuntimeSettings) org.springframework.test.util.ReflectionTestUtils.getField(runtime, "settings");
	}

	private static ConnectionFactory connectionFactory(ProxyDialogueRuntime runtime) {
		return (ConnectionFactory) org.springframework.test.util.ReflectionTestUtils.getField(runtime,
				"connectionFactory");
	}

	@Configuration(proxyBeanMethods = false)
	static class SettingsCustomizers {

		// declared first, ordered last
		@Bean
		@Order(2)
		AriQueueRuntimeSettingsCustomizer second() {
			return (builder) -> builder.maxActiveDialogues(5);
		}

		@Bean
		@Order(1)
		AriQueueRuntimeSettingsCustomizer first() {
			return (builder) -> builder.maxActiveDialogues(3).publisherChannels(2);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionFactoryCustomizers {

		@Bean
		@Order(2)
		AriQueueConnectionFactoryCustomizer second() {
			return (factory) -> factory.setRequestedHeartbeat(7);
		}

		@Bean
		@Order(1)
		AriQueueConnectionFactoryCustomizer first() {
			return (factory) -> {
				factory.setRequestedHeartbeat(5);
				factory.setConnectionTimeout(1234);
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoConnectionFactories {

		@Bean
		CachingConnectionFactory one() {
			return new CachingConnectionFactory("127.0.0.1", 1);
		}

		@Bean
		CachingConnectionFactory two() {
			return new CachingConnectionFactory("127.0.0.1", 2);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PrimaryConnectionFactory {

		@Bean
		@Primary
		CachingConnectionFactory three() {
			return new CachingConnectionFactory("127.0.0.1", 3);
		}

	}

}
