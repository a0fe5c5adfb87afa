package io.ariqueue.queueproxy.amqp;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Address;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoverableConnection;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.impl.recovery.RecordedConsumer;
import com.rabbitmq.client.impl.recovery.RecordedQueue;
import com.rabbitmq.client.impl.recovery.TopologyRecoveryFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.ConsumerChannelPool;
import io.ariqueue.proxy.amqp.DeliveryListener;
import io.ariqueue.proxy.amqp.QueueAdmin;
import io.ariqueue.proxy.amqp.QueueReaper;
import io.ariqueue.proxy.amqp.QueueSettings;
import io.ariqueue.proxy.amqp.QueueStatus;
import io.ariqueue.proxy.amqp.Subscription;

/**
 * The proxy's connection to RabbitMQ: declares the application and dialogue queues with the
 * preset's flags, consumes command queues, publishes through the default exchange with the
 * preset's message properties, and deletes queues in the background.
 * <p>
 * The connection recovers by itself with back-off. On recovery it restores only the queues and
 * consumers of dialogues that are still alive: a queue a client deleted meanwhile stays deleted.
 *
 * @author ari-queue team
 */
public final class ProxyBroker implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ProxyBroker.class);

	/**
	 * The properties go-ari-proxy puts on every message: JSON, transient, nothing else.
	 */
	static final AMQP.BasicProperties GO_ARI_PROXY_PROPERTIES = new AMQP.BasicProperties.Builder()
		.contentType("application/json")
		.deliveryMode(1)
		.build();

	private final ConnectionFactory connectionFactory;

	private final List<Address> addresses;

	private final BrokerSettings settings;

	private final ExecutorService dispatch;

	private final AtomicLong recoveries = new AtomicLong();

	private volatile Predicate<String> liveQueues = (queue) -> true;

	private volatile Consumer<String> returnedHandler = (queue) -> {
	};

	private volatile Runnable recoveryHandler = () -> {
	};

	private volatile Connection connection;

	private volatile QueueAdmin admin;

	private volatile ConsumerChannelPool consumers;

	private volatile QueueReaper reaper;

	private volatile AtomicReferenceArray<Publisher> publishers = new AtomicReferenceArray<>(0);

	private volatile Instant lastLost;

	private volatile String lastProblem;

	/**
	 * Create a broker client; nothing connects before {@link #start()}.
	 * @param connectionFactory the connection settings (Boot's {@code spring.rabbitmq.*})
	 * @param addresses the brokers to try in order, or empty for the factory's host
	 * @param settings how to use the broker
	 * @param dispatch runs the client's consumer callbacks
	 */
	public ProxyBroker(ConnectionFactory connectionFactory, List<Address> addresses, BrokerSettings settings,
			ExecutorService dispatch) {
		this.connectionFactory = connectionFactory.clone();
		this.connectionFactory.setAutomaticRecoveryEnabled(true);
		this.connectionFactory.setTopologyRecoveryEnabled(true);
		this.connectionFactory.setNetworkRecoveryInterval(Math.min(1000, this.connectionFactory.getNetworkRecoveryInterval()));
		this.connectionFactory.setTopologyRecoveryFilter(new LiveTopology());
		this.addresses = List.copyOf(addresses);
		this.settings = settings;
		this.dispatch = dispatch;
	}

	/**
	 * Say which queues are still wanted, for recovery after a connection loss.
	 * @param liveQueues whether a queue belongs to a live dialogue or is an application queue
	 */
	public void setLiveQueues(Predicate<String> liveQueues) {
		this.liveQueues = liveQueues;
	}

	/**
	 * Say who hears of messages that no queue took: their queue is gone.
	 * @param returnedHandler receives the queue name
	 */
	public void setReturnedHandler(Consumer<String> returnedHandler) {
		this.returnedHandler = returnedHandler;
	}

	/**
	 * Say who hears that the connection came back.
	 * @param recoveryHandler runs after each recovery
	 */
	public void setRecoveryHandler(Runnable recoveryHandler) {
		this.recoveryHandler = recoveryHandler;
	}

	/**
	 * Connect.
	 * @throws IOException if the broker cannot be reached
	 */
	public synchronized void start() throws IOException {
		try {
			this.connection = this.addresses.isEmpty()
					? this.connectionFactory.newConnection(this.dispatch, "ari-queue-proxy")
					: this.connectionFactory.newConnection(this.dispatch, this.addresses, "ari-queue-proxy");
		}
		catch (TimeoutException ex) {
			this.lastProblem = "timed out connecting";
			throw new IOException("Timed out connecting to the broker", ex);
		}
		catch (IOException | RuntimeException ex) {
			this.lastProblem = String.valueOf(ex.getMessage());
			throw ex;
		}
		this.lastProblem = null;
		Duration timeout = this.settings.rpcTimeout();
		this.admin = new QueueAdmin(this.connection, this.settings.adminChannels(), timeout);
		this.consumers = new ConsumerChannelPool(this.connection, this.admin, this.settings.consumerChannels(),
				this.settings.prefetch(), this.dispatch);
		this.reaper = new QueueReaper(this.connection, Duration.ofSeconds(1), () -> false,
				(runnable) -> new Thread(runnable, "ari-proxy-queue-reaper"));
		this.publishers = new AtomicReferenceArray<>(this.settings.publisherChannels());
		if (this.connection instanceof RecoverableConnection recoverable) {
			recoverable.addRecoveryListener(new RecoveryListener() {

				@Override
				public void handleRecovery(Recoverable recovered) {
					ProxyBroker.this.recoveries.incrementAndGet();
					logger.info("Broker connection recovered");
					ProxyBroker.this.recoveryHandler.run();
				}

				@Override
				public void handleRecoveryStarted(Recoverable recovering) {
				}

			});
		}
		this.connection.addShutdownListener((cause) -> {
			if (!cause.isInitiatedByApplication()) {
				this.lastLost = Instant.now();
				this.lastProblem = cause.getMessage();
				logger.warn("Broker connection lost: {}; recovering", cause.getMessage());
			}
		});
	}

	/**
	 * Whether the connection is open now.
	 * @return whether the broker is reachable
	 */
	public boolean isOpen() {
		Connection current = this.connection;
		return current != null && current.isOpen();
	}

	/**
	 * When the connection was last lost.
	 * @return the time, or {@code null} if never
	 */
	public Instant lastLost() {
		return this.lastLost;
	}

	/**
	 * Why the connection was last lost or could not be opened.
	 * @return the reason, or {@code null}
	 */
	public String lastProblem() {
		return this.lastProblem;
	}

	/**
	 * How many times the connection recovered.
	 * @return the recoveries
	 */
	public long recoveries() {
		return this.recoveries.get();
	}

	/**
	 * The proxy family this broker client reproduces.
	 * @return the preset
	 */
	public BrokerSettings settings() {
		return this.settings;
	}

	/**
	 * Declare an application's announcement queue.
	 * @param application the application
	 */
	public void declareApplicationQueue(String application) {
		this.admin.declare(application, this.settings.preset().applicationQueue());
	}

	/**
	 * Declare a dialogue's three queues side by side.
	 * @param dialogueId the dialogue
	 */
	public void declareDialogueQueues(String dialogueId) {
		QueueSettings dialogue = this.settings.preset().dialogueQueues();
		QueueSettings commands = this.settings.preset().commandQueue();
		this.admin.declareAll(List.of(DialogueQueues.events(dialogueId), DialogueQueues.responses(dialogueId),
				DialogueQueues.commands(dialogueId)), List.of(dialogue, dialogue, commands));
	}

	/**
	 * Consume a dialogue's command queue.
	 * @param dialogueId the dialogue
	 * @param listener receives the commands
	 * @return the subscription
	 * @throws IOException if the broker refused
	 */
	public Subscription consumeCommands(String dialogueId, DeliveryListener listener) throws IOException {
		return this.consumers.subscribe(DialogueQueues.commands(dialogueId), listener);
	}

	/**
	 * A queue's messages and consumers.
	 * @param queue the queue
	 * @return the status, or {@code null} if it does not exist
	 */
	public QueueStatus status(String queue) {
		return this.admin.status(queue);
	}

	/**
	 * Delete queues in the background.
	 * @param queues the queues
	 */
	public void delete(Collection<String> queues) {
		this.reaper.delete(queues);
	}

	/**
	 * How many queues wait to be deleted.
	 * @return the queues
	 */
	public int pendingDeletions() {
		QueueReaper current = this.reaper;
		return (current != null) ? current.pending() : 0;
	}

	/**
	 * Publish a message to a queue through the default exchange. Messages to one queue keep their
	 * order. With publisher confirms on, returns only once the broker has the message.
	 * @param queue the queue
	 * @param body the message body
	 * @throws IOException if the broker did not take the message; it may be tried again
	 */
	public void publish(String queue, byte[] body) throws IOException {
		Publisher publisher = publisher(queue);
		AMQP.BasicProperties properties = (this.settings.preset() == ProxyPreset.ASTERNET_ARI_PROXY)
				? null : GO_ARI_PROXY_PROPERTIES;
		try {
			if (publisher.confirming() != null) {
				publisher.confirming().publish("", queue, true, properties, body);
			}
			else {
				publisher.channel().basicPublish("", queue, true, properties, body);
			}
		}
		catch (RuntimeException ex) {
			// AlreadyClosedException and ShutdownSignalException while the connection is down
			throw new IOException("Could not publish to " + queue + ": " + ex.getMessage(), ex);
		}
	}

	private Publisher publisher(String queue) throws IOException {
		AtomicReferenceArray<Publisher> all = this.publishers;
		if (all.length() == 0) {
			throw new IOException("Not connected to the broker yet");
		}
		int index = Math.floorMod(queue.hashCode(), all.length());
		Publisher publisher = all.get(index);
		if (publisher != null && publisher.channel().isOpen()) {
			return publisher;
		}
		synchronized (all) {
			publisher = all.get(index);
			if (publisher == null || !publisher.channel().isOpen()) {
				if (!isOpen()) {
					throw new IOException("The broker connection is down");
				}
				Channel channel = this.connection.createChannel();
				if (channel == null) {
					throw new IOException("No AMQP channel available for publishing");
				}
				channel.addReturnListener((reply) -> this.returnedHandler.accept(reply.getRoutingKey()));
				publisher = new Publisher(channel, this.settings.publisherConfirms()
						? new ConfirmingPublisher(channel, this.settings.rpcTimeout()) : null);
				all.set(index, publisher);
			}
			return publisher;
		}
	}

	private record Publisher(Channel channel, ConfirmingPublisher confirming) {
	}

	@Override
	public synchronized void close() {
		if (this.consumers != null) {
			this.consumers.close();
		}
		if (this.reaper != null) {
			this.reaper.close();
		}
		if (this.admin != null) {
			this.admin.close();
		}
		Connection current = this.connection;
		if (current != null && current.isOpen()) {
			try {
				current.close(5000);
			}
			catch (IOException | RuntimeException ex) {
				logger.debug("Error closing the broker connection", ex);
			}
		}
	}

	/**
	 * Flush the queues waiting for deletion.
	 * @param timeout how long to wait
	 */
	public void flushDeletions(Duration timeout) {
		QueueReaper current = this.reaper;
		if (current != null) {
			current.flush(timeout);
		}
	}

	private final class LiveTopology implements TopologyRecoveryFilter {

		@Override
		public boolean filterQueue(RecordedQueue queue) {
			return ProxyBroker.this.liveQueues.test(queue.getName());
		}

		@Override
		public boolean filterConsumer(RecordedConsumer consumer) {
			return ProxyBroker.this.liveQueues.test(consumer.getQueue());
		}

	}

}
