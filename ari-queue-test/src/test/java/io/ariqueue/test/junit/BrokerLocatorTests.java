package io.ariqueue.test.junit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How a broker is found, and the failure when there is none.
 */
@Timeout(30)
class BrokerLocatorTests {

	@Test
	void failsWithHowToGetABrokerWhenNothingAnswersAndThereIsNoDocker() {
		BrokerLocator locator = new BrokerLocator(Map.of("ari.queue.rabbit.port", "1")::get, (name) -> null, () -> null);
		assertThatIllegalStateException().isThrownBy(locator::locate)
			.withMessageContaining("amqp://guest@127.0.0.1:1")
			.withMessageContaining("rabbitmq-server -detached")
			.withMessageContaining("apt-get install rabbitmq-server")
			.withMessageNotContaining("\n");
	}

	@Test
	void readsSpringStyleSettingsAndEnvironment() {
		BrokerLocator locator = new BrokerLocator(Map.of("spring.rabbitmq.host", "127.0.0.1")::get,
				Map.of("ARI_QUEUE_RABBIT_PORT", "5672")::get, () -> null);
		RabbitBroker broker = locator.locate();
		assertThat(broker.port()).isEqualTo(5672);
		assertThat(broker.source()).isEqualTo(RabbitBroker.Source.RUNNING);
	}

	@Test
	void fallsBackToAContainerBroker() {
		RabbitBroker container = new RabbitBroker("localhost", 32768, "guest", "guest", "/",
				RabbitBroker.Source.TESTCONTAINERS);
		BrokerLocator locator = new BrokerLocator(Map.of("ari.queue.rabbit.port", "1")::get, (name) -> null,
				() -> container);
		assertThat(locator.locate()).isSameAs(container);
	}

	@Test
	void readsEverySettingFromOneSource() {
		BrokerLocator locator = BrokerLocator.of(Map.of("spring.rabbitmq.port", "1", "ari.queue.rabbit.username", "ivr",
				"spring.rabbitmq.virtual-host", "calls")::get);
		RabbitBroker configured = locator.configured();
		assertThat(configured.uri()).isEqualTo("amqp://ivr@127.0.0.1:1/calls");
		assertThat(configured.password()).isEqualTo("guest");
	}

	@Test
	void sharesOneBrokerPerJvm() {
		assertThat(BrokerLocator.shared()).isSameAs(BrokerLocator.shared());
	}

	@Test
	@WithRabbitBroker
	void injectsTheBroker(RabbitBroker broker, com.rabbitmq.client.ConnectionFactory connectionFactory) {
		assertThat(broker.source()).isEqualTo(RabbitBroker.Source.RUNNING);
		assertThat(connectionFactory.getPort()).isEqualTo(broker.port());
	}

}
