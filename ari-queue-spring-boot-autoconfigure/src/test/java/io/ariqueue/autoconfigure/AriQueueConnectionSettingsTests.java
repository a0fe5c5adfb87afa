package io.ariqueue.autoconfigure;

import java.util.List;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.util.ReflectionTestUtils;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's own connection settings (credentials, virtual host, TLS) reach the connections
 * that the dialogue runtime opens.
 *
 * @author ari-queue team
 */
class AriQueueConnectionSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, AriQueueAutoConfiguration.class))
		// not started: these settings point at no broker
		.withBean(AriQueueLifecycle.class, () -> new AriQueueLifecycle(null) {

			@Override
			public void start() {
			}

			@Override
			public boolean isRunning() {
				return false;
			}

		});

	@Test
	void usesBootsCredentialsVirtualHostAndTls() {
		this.runner
			.withPropertyValues("ari.queue.application=ivr", "spring.rabbitmq.host=rabbit.example.com",
					"spring.rabbitmq.username=ivr-user", "spring.rabbitmq.password=ivr-secret",
					"spring.rabbitmq.virtual-host=/calls", "spring.rabbitmq.ssl.enabled=true")
			.run((context) -> {
				ConnectionFactory factory = (ConnectionFactory) ReflectionTestUtils
					.getField(context.getBean(ProxyDialogueRuntime.class), "connectionFactory");
				assertThat(factory.getHost()).isEqualTo("rabbit.example.com");
				assertThat(factory.getUsername()).isEqualTo("ivr-user");
				assertThat(factory.getPassword()).isEqualTo("ivr-secret");
				assertThat(factory.getVirtualHost()).isEqualTo("/calls");
				assertThat(factory.isSSL()).isTrue();
				assertThat(factory.getPort()).isEqualTo(ConnectionFactory.DEFAULT_AMQP_OVER_SSL_PORT);
				assertThat(factory.isAutomaticRecoveryEnabled()).isTrue();
			});
	}

	@Test
	@SuppressWarnings("unchecked")
	void triesEveryAddressOfACluster() {
		this.runner
			.withPropertyValues("ari.queue.application=ivr",
					"spring.rabbitmq.addresses=rabbit-1.example.com:5672,rabbit-2.example.com:5673")
			.run((context) -> {
				List<Address> addresses = (List<Address>) ReflectionTestUtils
					.getField(context.getBean(ProxyDialogueRuntime.class), "addresses");
				assertThat(addresses).containsExactly(new Address("rabbit-1.example.com", 5672),
						new Address("rabbit-2.example.com", 5673));
			});
	}

	@Test
	void bindsTheReliabilitySettings() {
		this.runner
			.withPropertyValues("ari.queue.application=ivr", "ari.queue.handler-warning-timeout=2s",
					"ari.queue.high-availability.heartbeat-interval=500ms",
					"ari.queue.high-availability.instance-timeout=2s")
			.run((context) -> {
				var settings = AriQueueAutoConfiguration.settings(context.getBean(AriQueueProperties.class));
				assertThat(settings.handlerWarningTimeout()).hasSeconds(2);
				assertThat(settings.highAvailability().enabled()).isTrue();
				assertThat(settings.highAvailability().heartbeatInterval()).hasMillis(500);
				assertThat(settings.highAvailability().instanceTimeout()).hasSeconds(2);
			});
	}

}
