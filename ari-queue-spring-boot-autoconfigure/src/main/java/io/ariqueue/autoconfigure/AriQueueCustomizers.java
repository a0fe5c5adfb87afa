package io.ariqueue.autoconfigure;

import com.rabbitmq.client.ConnectionFactory;

import org.springframework.amqp.rabbit.connection.AbstractConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;

import io.ariqueue.proxy.dialogue.ProxyRuntimeSettings;

/**
 * Applies the user's customizer beans, in order, to what the auto-configured runtime is made of.
 *
 * @author ari-queue team
 */
final class AriQueueCustomizers {

	private AriQueueCustomizers() {
	}

	/**
	 * The settings, once every customizer had its turn.
	 * @param builder the builder holding the properties' values
	 * @param customizers the customizers
	 * @return the settings
	 */
	static ProxyRuntimeSettings settings(ProxyRuntimeSettings.Builder builder,
			ObjectProvider<AriQueueRuntimeSettingsCustomizer> customizers) {
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	/**
	 * A copy of Spring Boot's RabbitMQ connection factory, once every customizer had its turn: the
	 * customizers change ari-queue's connections, never those of the rest of the application.
	 * @param connectionFactory Spring Boot's connection factory
	 * @param customizers the customizers
	 * @return the copy
	 */
	static ConnectionFactory connectionFactory(AbstractConnectionFactory connectionFactory,
			ObjectProvider<AriQueueConnectionFactoryCustomizer> customizers) {
		ConnectionFactory copy = connectionFactory.getRabbitConnectionFactory().clone();
		customizers.orderedStream().forEach((customizer) -> customizer.customize(copy));
		return copy;
	}

}
