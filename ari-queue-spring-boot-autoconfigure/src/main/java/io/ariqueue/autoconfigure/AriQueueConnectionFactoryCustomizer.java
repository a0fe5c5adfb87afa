package io.ariqueue.autoconfigure;

import com.rabbitmq.client.ConnectionFactory;

/**
 * Callback for beans that customize the RabbitMQ {@link ConnectionFactory} behind ari-queue's own
 * connections, and not those of the rest of the application. It receives a copy of the one that
 * Spring Boot configures from {@code spring.rabbitmq.*}. Customizers run in
 * {@link org.springframework.core.Ordered order}.
 * <p>
 * The runtime turns automatic and topology recovery on whatever a customizer sets, and retries a
 * lost connection at least every second.
 *
 * @author ari-queue team
 */
@FunctionalInterface
public interface AriQueueConnectionFactoryCustomizer {

	/**
	 * Customize the connection factory.
	 * @param connectionFactory the copy that ari-queue's connections are made with
	 */
	void customize(ConnectionFactory connectionFactory);

}
