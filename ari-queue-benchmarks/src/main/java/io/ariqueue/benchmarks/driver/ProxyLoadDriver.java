package io.ariqueue.benchmarks.driver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.ariqueue.benchmarks.metrics.Phase;
import io.ariqueue.benchmarks.metrics.Probe;

/**
 * Plays many go-ari-proxies on the real broker with plain amqp-client: two connections (one to
 * publish, one to consume, as go-ari-proxy has), one pair of channels per proxy. Every queue it
 * or the application declares for its dialogues is deleted on {@link #close()}.
 *
 * @author ari-queue team
 */
public final class ProxyLoadDriver implements AutoCloseable {

	private final String application;

	private final Probe probe;

	private final Connection producerConnection;

	private final Connection consumerConnection;

	private final List<SimulatedProxy> proxies = new ArrayList<>();

	private final Queue<DriverDialogue> dialogues = new ConcurrentLinkedQueue<>();

	private final AtomicInteger next = new AtomicInteger();

	/**
	 * Connect and declare the application queue, as a proxy does at start-up.
	 * @param factory the broker
	 * @param application the ARI application, which names the announcement queue
	 * @param proxyCount how many proxies to play
	 * @param probe where announcements are noted
	 * @throws IOException if the broker cannot be reached
	 */
	public ProxyLoadDriver(ConnectionFactory factory, String application, int proxyCount, Probe probe)
			throws IOException {
		this.application = application;
		this.probe = probe;
		try {
			this.producerConnection = factory.newConnection("ari-queue-benchmark-driver-producer");
			this.consumerConnection = factory.newConnection("ari-queue-benchmark-driver-consumer");
		}
		catch (TimeoutException ex) {
			throw new IOException("Could not connect to RabbitMQ", ex);
		}
		for (int i = 0; i < proxyCount; i++) {
			this.proxies.add(new SimulatedProxy("bench-asterisk-" + (i + 1), application, this.producerConnection,
					this.consumerConnection));
		}
		try (Channel channel = this.producerConnection.createChannel()) {
			channel.queueDeclare(application, true, false, false, null);
		}
		catch (TimeoutException ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * A new dialogue, on the next proxy in turn.
	 * @param mode the first Stasis argument, which tells the call logic what to do
	 * @return the dialogue
	 */
	public DriverDialogue newDialogue(String mode) {
		SimulatedProxy proxy = this.proxies.get(Math.floorMod(this.next.getAndIncrement(), this.proxies.size()));
		DriverDialogue dialogue = new DriverDialogue(proxy, this.application, mode);
		this.dialogues.add(dialogue);
		return dialogue;
	}

	/**
	 * Start a call the way go-ari-proxy does: announcement, queues, StasisStart.
	 * @param dialogue the dialogue
	 * @param phase the phase its figures belong to
	 * @return done when the proxy published it all
	 */
	public CompletableFuture<Void> launch(DriverDialogue dialogue, Phase phase) {
		return dialogue.proxy().launch(dialogue, () -> this.probe.announced(dialogue.id(), phase));
	}

	/**
	 * Queue a dialogue's StasisStart ahead of its announcement, so that a later
	 * {@link #announce} measures the application alone.
	 * @param dialogue the dialogue
	 * @param answerCommands whether the proxy answers the dialogue's commands
	 * @param numberedEvents how many numbered events follow the StasisStart (then a StasisEnd);
	 * none for a call that stays up
	 * @return done when the proxy published it all
	 */
	public CompletableFuture<Void> prepare(DriverDialogue dialogue, boolean answerCommands, int numberedEvents) {
		List<String[]> events = new ArrayList<>(numberedEvents + 2);
		events.add(new String[] { "StasisStart",
				GoProxyMessages.stasisStart(dialogue.channel(), this.application, dialogue.mode()) });
		for (int i = 0; i < numberedEvents; i++) {
			events.add(new String[] { "ChannelDtmfReceived",
					GoProxyMessages.numberedDtmf(dialogue.channel(), this.application, i) });
		}
		if (numberedEvents > 0) {
			events.add(new String[] { "StasisEnd", GoProxyMessages.stasisEnd(dialogue.channel(), this.application) });
		}
		return dialogue.proxy().prepare(dialogue, answerCommands, events);
	}

	/**
	 * Announce a prepared dialogue.
	 * @param dialogue the dialogue
	 * @param phase the phase its figures belong to
	 * @return done when the announcement is published
	 */
	public CompletableFuture<Void> announce(DriverDialogue dialogue, Phase phase) {
		return dialogue.proxy().announce(dialogue, () -> this.probe.announced(dialogue.id(), phase));
	}

	/**
	 * Wait until the broker has handled every declaration and message the proxies sent so far.
	 */
	public void sync() {
		CompletableFuture.allOf(this.proxies.stream().map(SimulatedProxy::sync).toArray(CompletableFuture[]::new))
			.join();
	}

	/**
	 * The dialogues created so far.
	 * @return their count
	 */
	public int dialogueCount() {
		return this.dialogues.size();
	}

	/**
	 * Delete every queue of every dialogue and the application queue, then disconnect.
	 */
	@Override
	public void close() {
		List<List<String>> byProxy = new ArrayList<>();
		for (int i = 0; i < this.proxies.size(); i++) {
			byProxy.add(new ArrayList<>());
		}
		for (DriverDialogue dialogue : this.dialogues) {
			List<String> queues = byProxy.get(this.proxies.indexOf(dialogue.proxy()));
			queues.add(dialogue.events());
			queues.add(dialogue.responses());
			queues.add(dialogue.commands());
		}
		byProxy.get(0).add(this.application);
		for (int i = 0; i < this.proxies.size(); i++) {
			this.proxies.get(i).deleteQueues(byProxy.get(i));
		}
		this.proxies.forEach(SimulatedProxy::close);
		closeQuietly(this.consumerConnection);
		closeQuietly(this.producerConnection);
	}

	private static void closeQuietly(Connection connection) {
		try {
			if (connection.isOpen()) {
				connection.close(30_000);
			}
		}
		catch (IOException | RuntimeException ex) {
			// already gone
		}
	}

}
