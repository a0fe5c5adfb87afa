package io.ariqueue.test.junit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue helpers of {@link RabbitBroker}, on the real broker.
 */
@WithRabbitBroker
class RabbitBrokerTests {

	@Test
	void countsPublishesTakesAndDeletes(RabbitBroker broker) throws Exception {
		String queue = "ari-test-broker-" + UUID.randomUUID();
		assertThat(broker.queueExists(queue)).isFalse();
		assertThat(broker.messageCount(queue)).isEqualTo(-1);
		assertThat(broker.consumerCount(queue)).isEqualTo(-1);
		try (Connection connection = broker.connectionFactory().newConnection()) {
			Channel channel = connection.createChannel();
			channel.queueDeclare(queue, false, false, false, null);
			broker.publish(queue, "{}".getBytes(StandardCharsets.UTF_8));
			broker.publish(queue, "[]".getBytes(StandardCharsets.UTF_8));
			assertThat(broker.messageCount(queue)).isEqualTo(2);
			assertThat(broker.consumerCount(queue)).isZero();
			assertThat(broker.get(queue).getBody()).asString(StandardCharsets.UTF_8).isEqualTo("{}");
			assertThat(broker.messageCount(queue)).isEqualTo(1);
		}
		finally {
			broker.deleteQueues(queue);
		}
		assertThat(broker.queueExists(queue)).isFalse();
	}

}
