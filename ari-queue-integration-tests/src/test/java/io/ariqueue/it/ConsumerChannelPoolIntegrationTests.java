package io.ariqueue.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.ariqueue.proxy.amqp.ConsumerChannelPool;
import io.ariqueue.proxy.amqp.DeliveryListener;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.amqp.QueueAdmin;
import io.ariqueue.proxy.amqp.QueueInUseException;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.junit.TcpRelay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@link ConsumerChannelPool} against the real broker, on a connection that recovers.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsumerChannelPoolIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String queue = "it-pool-" + UUID.randomUUID();

	private final ExecutorService recovery = Executors.newSingleThreadExecutor();

	private TcpRelay relay;

	private Connection recovering;

	@BeforeEach
	void connectThroughARelay() throws Exception {
		try (Connection direct = this.broker.connectionFactory().newConnection();
				Channel channel = direct.createChannel()) {
			channel.queueDeclare(this.queue, true, false, false, null);
		}
		this.relay = new TcpRelay(this.broker);
		this.recovering = this.relay.recoveringConnectionFactory(this.broker).newConnection();
	}

	@AfterEach
	void cleanUp() {
		this.recovering.abort();
		this.relay.close();
		this.recovery.shutdownNow();
		this.broker.deleteQueues(List.of(this.queue));
	}

	@Test
	void anExclusiveSubscriptionTheBrokerRefusesLeavesTheOtherConsumersOfThePoolAlone() throws Exception {
		String owned = this.queue + "-owned";
		QueueAdmin admin = new QueueAdmin(this.recovering, 1, WAIT);
		try (Connection other = this.broker.connectionFactory().newConnection();
				ConsumerChannelPool pool = new ConsumerChannelPool(this.recovering, admin, 1, 10, this.recovery)) {
			// another instance runs a dialogue: it consumes that dialogue's queue exclusively
			Channel otherChannel = other.createChannel();
			otherChannel.queueDeclare(owned, false, false, true, null);
			otherChannel.basicConsume(owned, false, "", false, true, null, new DefaultConsumer(otherChannel));
			// this instance runs another dialogue on the pool's only channel, with an event in hand
			BlockingQueue<InboundMessage> deliveries = new LinkedBlockingQueue<>();
			pool.subscribe(this.queue, deliveries::add, true);
			this.broker.publish(this.queue, "one".getBytes());
			InboundMessage one = deliveries.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(one).isNotNull();

			assertThatExceptionOfType(QueueInUseException.class)
				.isThrownBy(() -> pool.subscribe(owned, (message) -> {
				}, true));

			// the running dialogue's delivery is still its own to settle, and is not delivered again
			boolean voided = one.isStale();
			one.ack();
			InboundMessage again = deliveries.poll(1, TimeUnit.SECONDS);
			SoftAssertions.assertSoftly((softly) -> {
				softly.assertThat(voided).as("the event in hand was voided").isFalse();
				softly.assertThat(again).as("the event in hand was delivered again").isNull();
				softly.assertThat(this.broker.consumerCount(this.queue)).isEqualTo(1);
				softly.assertThat(this.broker.consumerCount(owned)).isEqualTo(1);
			});
		}
		finally {
			admin.close();
			this.broker.deleteQueues(List.of(owned));
		}
	}

	@Test
	void messagesWaitingWhenAQueueIsClaimedAreDeliveredOnceAndInOrder() throws Exception {
		this.broker.publish(this.queue, "one".getBytes());
		this.broker.publish(this.queue, "two".getBytes());
		QueueAdmin admin = new QueueAdmin(this.recovering, 1, WAIT);
		try (ConsumerChannelPool pool = new ConsumerChannelPool(this.recovering, admin, 1, 10, this.recovery)) {
			BlockingQueue<InboundMessage> deliveries = new LinkedBlockingQueue<>();
			// the claim is handed the first message and gives it back before the consumer is made
			pool.subscribe(this.queue, deliveries::add, true);
			List<String> bodies = new ArrayList<>();
			InboundMessage message;
			while ((message = deliveries.poll(1, TimeUnit.SECONDS)) != null) {
				bodies.add(new String(message.body()));
				message.ack();
			}
			assertThat(bodies).containsExactly("one", "two");
			assertThat(this.broker.consumerCount(this.queue)).isEqualTo(1);
			assertThat(this.broker.messageCount(this.queue)).isZero();
		}
		finally {
			admin.close();
		}
	}

	@Test
	void aChannelTheBrokerClosedIsForgottenByTheNextConnectionRecovery(CapturedOutput output) throws Exception {
		QueueAdmin admin = new QueueAdmin(this.recovering, 1, WAIT);
		try (ConsumerChannelPool pool = new ConsumerChannelPool(this.recovering, admin, 1, 10, this.recovery)) {
			BlockingQueue<InboundMessage> deliveries = new LinkedBlockingQueue<>();
			DeliveryListener listener = deliveries::add;
			pool.subscribe(this.queue, listener);
			this.broker.publish(this.queue, "one".getBytes());
			InboundMessage first = deliveries.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(first).isNotNull();
			// acknowledged twice: the broker closes the channel with 406 PRECONDITION_FAILED
			first.ack();
			first.ack();
			await().atMost(WAIT).until(() -> first.isStale());
			// the pool resumed the consumer on a new channel
			this.broker.publish(this.queue, "between".getBytes());
			InboundMessage between = deliveries.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(between).isNotNull();
			between.ack();
			assertThat(this.broker.consumerCount(this.queue)).isEqualTo(1);
			this.relay.cut();
			await().atMost(WAIT).until(() -> this.recovering.isOpen());
			this.broker.publish(this.queue, "two".getBytes());
			InboundMessage second = deliveries.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(second).isNotNull();
			second.ack();
			// one consumer, not the one the broker's close ended plus the resumed one
			await().during(Duration.ofSeconds(2)).atMost(WAIT)
				.until(() -> this.broker.consumerCount(this.queue) == 1);
			List<String> extra = new ArrayList<>();
			InboundMessage more;
			while ((more = deliveries.poll(200, TimeUnit.MILLISECONDS)) != null) {
				extra.add(new String(more.body()));
			}
			assertThat(extra).isEmpty();
			// nor did the recovery try to consume again on the channel the broker closed
			assertThat(output).doesNotContain("Caught an exception while recovering consumer");
		}
		finally {
			admin.close();
		}
	}

}
