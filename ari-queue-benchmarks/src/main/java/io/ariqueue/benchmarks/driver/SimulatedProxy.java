package io.ariqueue.benchmarks.driver;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import io.ariqueue.benchmarks.driver.GoProxyMessages.ProxyCommand;

/**
 * One go-ari-proxy in front of one Asterisk, reduced to its wire behaviour: it announces
 * dialogues, declares their queues (durable, no arguments, without waiting, as go-ari-proxy
 * does), publishes their events, and answers each command as soon as it arrives, with the events
 * Asterisk would raise after it.
 * <p>
 * A proxy has one publishing and one consuming channel and a single thread for setting up
 * dialogues, so the dialogues it sets up see their messages in the order it published them.
 *
 * @author ari-queue team
 */
final class SimulatedProxy implements AutoCloseable {

	private final String serverId;

	private final String application;

	private final Channel producer;

	private final Channel consumer;

	private final ExecutorService setUp;

	private final GoProxyMessages messages = new GoProxyMessages();

	SimulatedProxy(String serverId, String application, Connection producerConnection,
			Connection consumerConnection) throws IOException {
		this.serverId = serverId;
		this.application = application;
		this.producer = producerConnection.createChannel();
		this.consumer = consumerConnection.createChannel();
		this.setUp = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "driver-" + serverId);
			thread.setDaemon(true);
			return thread;
		});
	}

	String serverId() {
		return this.serverId;
	}

	/**
	 * What go-ari-proxy does on a new channel's StasisStart: announce, declare the dialogue's
	 * queues, consume its commands, publish the StasisStart.
	 */
	CompletableFuture<Void> launch(DriverDialogue dialogue, Runnable beforeAnnouncing) {
		return CompletableFuture.runAsync(() -> {
			beforeAnnouncing.run();
			publish(this.application, this.messages.announcement(this.application, dialogue.id(), this.serverId));
			declareQueues(dialogue);
			consumeCommands(dialogue);
			publishEvent(dialogue, "StasisStart",
					GoProxyMessages.stasisStart(dialogue.channel(), this.application, dialogue.mode()));
		}, this.setUp);
	}

	/**
	 * Make a dialogue ready ahead of its announcement, as AsterNET-ARI-Proxy does: its queues,
	 * optionally its command consumer, and its first events already queued.
	 */
	CompletableFuture<Void> prepare(DriverDialogue dialogue, boolean answerCommands, List<String[]> events) {
		return CompletableFuture.runAsync(() -> {
			declareQueues(dialogue);
			if (answerCommands) {
				consumeCommands(dialogue);
			}
			for (String[] event : events) {
				publishEvent(dialogue, event[0], event[1]);
			}
		}, this.setUp);
	}

	CompletableFuture<Void> announce(DriverDialogue dialogue, Runnable beforeAnnouncing) {
		return CompletableFuture.runAsync(() -> {
			beforeAnnouncing.run();
			publish(this.application, this.messages.announcement(this.application, dialogue.id(), this.serverId));
		}, this.setUp);
	}

	/**
	 * Wait until the broker has handled everything this proxy sent so far: a synchronous method
	 * is answered only after the methods sent before it on the same channel.
	 */
	CompletableFuture<Void> sync() {
		return CompletableFuture.runAsync(() -> {
			try {
				this.producer.basicQos(0);
				this.consumer.basicQos(0);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Proxy " + this.serverId + " lost its channels", ex);
			}
		}, this.setUp);
	}

	/**
	 * Delete queues without waiting for each answer; {@link #close()} waits for them all.
	 */
	void deleteQueues(List<String> queues) {
		try {
			for (String queue : queues) {
				this.producer.queueDeleteNoWait(queue, false, false);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not delete the driver's queues", ex);
		}
	}

	private void declareQueues(DriverDialogue dialogue) {
		try {
			this.producer.queueDeclareNoWait(dialogue.events(), true, false, false, null);
			this.producer.queueDeclareNoWait(dialogue.responses(), true, false, false, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not declare the queues of " + dialogue.id(), ex);
		}
	}

	private void consumeCommands(DriverDialogue dialogue) {
		try {
			// declared on the consuming channel so that the declaration is there before the consume
			this.consumer.queueDeclareNoWait(dialogue.commands(), true, false, false, null);
			this.consumer.basicConsume(dialogue.commands(), true, new CommandConsumer(dialogue));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not consume " + dialogue.commands(), ex);
		}
	}

	private void answer(DriverDialogue dialogue, ProxyCommand command) {
		String url = command.url();
		if ("DELETE".equals(command.method()) && url.equals("/channels/" + dialogue.channelId())) {
			respond(dialogue, command, 204, "");
			publishEvent(dialogue, "StasisEnd", GoProxyMessages.stasisEnd(dialogue.channel(), this.application));
		}
		else if (url.endsWith("/answer")) {
			respond(dialogue, command, 204, "");
		}
		else if (url.endsWith("/play")) {
			String playbackId = command.uniqueId();
			respond(dialogue, command, 201, GoProxyMessages.playback(playbackId, dialogue.channelId(), "queued"));
			publishEvent(dialogue, "PlaybackStarted", GoProxyMessages.playbackEvent("PlaybackStarted",
					GoProxyMessages.playback(playbackId, dialogue.channelId(), "playing"), this.application));
			publishEvent(dialogue, "PlaybackFinished", GoProxyMessages.playbackEvent("PlaybackFinished",
					GoProxyMessages.playback(playbackId, dialogue.channelId(), "done"), this.application));
		}
		else {
			respond(dialogue, command, 404, "{\"message\":\"Resource not found\"}");
		}
	}

	private void respond(DriverDialogue dialogue, ProxyCommand command, int status, String body) {
		publish(dialogue.responses(), this.messages.response(command.uniqueId(), status, body));
	}

	private void publishEvent(DriverDialogue dialogue, String type, String ariBody) {
		publish(dialogue.events(), this.messages.event(this.serverId, type, ariBody));
	}

	private void publish(String queue, byte[] body) {
		try {
			this.producer.basicPublish("", queue, false, GoProxyMessages.PROPERTIES, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not publish to " + queue, ex);
		}
	}

	@Override
	public void close() {
		this.setUp.shutdownNow();
		for (Channel channel : List.of(this.consumer, this.producer)) {
			try {
				if (channel.isOpen()) {
					// close-ok comes after the broker has handled everything sent before on the channel
					channel.close();
				}
			}
			catch (IOException | java.util.concurrent.TimeoutException | RuntimeException ex) {
				// the connection is closing anyway
			}
		}
	}

	private final class CommandConsumer extends DefaultConsumer {

		private final DriverDialogue dialogue;

		CommandConsumer(DriverDialogue dialogue) {
			super(SimulatedProxy.this.consumer);
			this.dialogue = dialogue;
		}

		@Override
		public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
				byte[] body) {
			ProxyCommand command = SimulatedProxy.this.messages.readCommand(body);
			if (command != null) {
				answer(this.dialogue, command);
			}
		}

	}

}
