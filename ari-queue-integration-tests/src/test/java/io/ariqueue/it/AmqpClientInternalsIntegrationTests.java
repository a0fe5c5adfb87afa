package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ariqueue.proxy.amqp.AmqpClientInternals;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What ari-queue takes from amqp-client's implementation classes holds against the real broker
 * across a real connection recovery.
 *
 * @author ari-queue team
 */
class AmqpClientInternalsIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String prefix = "it-internals-" + UUID.randomUUID() + "-";

	private final List<String> queues = new ArrayList<>();

	private TcpRelay relay;

	private Connection recovering;

	@BeforeEach
	void connectThroughARelay() throws Exception {
		this.relay = new TcpRelay(this.broker);
		this.recovering = this.relay.recoveringConnectionFactory(this.broker).newConnection();
	}

	@AfterEach
	void cleanUp() {
		this.recovering.abort();
		this.relay.close();
		this.broker.deleteQueues(this.queues);
	}

	@Test
	void aDeliveryMadeBeforeARecoveryIsStaleAndOneMadeAfterItIsNot() throws Exception {
		String queue = queue("stale");
		Channel channel = this.recovering.createChannel();
		channel.queueDeclare(queue, true, false, false, null);
		BlockingQueue<InboundMessage> deliveries = new LinkedBlockingQueue<>();
		channel.basicConsume(queue, false, new DefaultConsumer(channel) {

			@Override
			public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
					byte[] body) {
				deliveries.add(new InboundMessage(queue, body, getChannel(), envelope.getDeliveryTag(),
						envelope.isRedeliver()));
			}

		});
		this.broker.publish(queue, "one".getBytes());
		InboundMessage before = deliveries.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
		assertThat(before).isNotNull();
		assertThat(before.isStale()).isFalse();
		this.relay.cut();
		// unsettled, the message comes again to the recovered consumer on the same channel object
		InboundMessage after = deliveries.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
		assertThat(after).isNotNull();
		assertThat(after.redelivered()).isTrue();
		assertThat(channel.isOpen()).isTrue();
		assertThat(before.isStale()).isTrue();
		assertThat(after.isStale()).isFalse();
		after.ack();
		await().atMost(WAIT).until(() -> this.broker.messageCount(queue) == 0);
	}

	@Test
	void aQueueExcludedFromRecoveryIsNotDeclaredAgainWhileTheOthersAre() throws Exception {
		String kept = queue("kept");
		String excluded = queue("excluded");
		// kept open: recovery declares queues again on the channel that declared them
		Channel channel = this.recovering.createChannel();
		channel.queueDeclare(kept, true, false, false, null);
		channel.queueDeclare(excluded, true, false, false, null);
		AmqpClientInternals.excludeQueueFromRecovery(this.recovering, excluded);
		this.broker.deleteQueues(kept, excluded);
		assertThat(this.broker.queueExists(kept)).isFalse();
		this.relay.cut();
		// the recovery declares what the connection declared, less the excluded queue
		await().atMost(WAIT).until(() -> this.broker.queueExists(kept));
		assertThat(this.broker.queueExists(excluded)).isFalse();
	}

	private String queue(String name) {
		String queue = this.prefix + name;
		this.queues.add(queue);
		return queue;
	}

}
