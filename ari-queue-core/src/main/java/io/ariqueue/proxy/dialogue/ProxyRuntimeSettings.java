package io.ariqueue.proxy.dialogue;

import java.time.Duration;
import java.util.List;

import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.QueueSettings;

/**
 * How the proxy dialogue runtime talks to the broker and bounds its work.
 *
 * @param applications the ARI applications, each consumed from the queue of the same name
 * @param proxy the proxy in front of Asterisk, whose way of ending dialogues ari-queue follows
 * @param applicationQueue the declaration of the applications' queues
 * @param declareApplicationQueue whether to declare the applications' queues, or only consume
 * them
 * @param eventQueues the declaration of {@code events_} and {@code responses_} queues
 * @param commandQueue the declaration of {@code commands_} queues
 * @param commandTimeout how long an ARI call waits for its answer
 * @param maxActiveDialogues how many dialogues this instance runs at once
 * @param idleTimeout how long a dialogue may go without events before it ends; {@code null} or
 * zero for never
 * @param firstEventTimeout how long a dialogue set up from an announcement may wait for its first
 * event before it ends; {@code null} or zero for never
 * @param deleteQueuesOnClose whether a dialogue's queues are deleted when it ends
 * @param queueDeletionDelay how long the queues of ended dialogues may wait to be deleted while
 * new dialogues are being set up; {@code null} or zero to delete them at once
 * @param consumerChannels how many AMQP channels carry the dialogues' consumers
 * @param publisherChannels how many AMQP channels publish commands
 * @param prefetch the prefetch window of each dialogue queue consumer
 * @param announcementPrefetch the prefetch window of each application queue consumer
 * @param maxMessageBytes the largest message accepted
 * @param shutdownTimeout how long a graceful shutdown waits for running handlers
 * @param handlerWarningTimeout how long a handler may run before it is reported; {@code null} or
 * zero for never
 * @param highAvailability how instances watch each other and adopt the dialogues of one that died
 * @author ari-queue team
 */
public record ProxyRuntimeSettings(List<String> applications, ProxyPreset proxy, QueueSettings applicationQueue,
		boolean declareApplicationQueue, QueueSettings eventQueues, QueueSettings commandQueue,
		Duration commandTimeout, int maxActiveDialogues, Duration idleTimeout, Duration firstEventTimeout,
		boolean deleteQueuesOnClose, Duration queueDeletionDelay, int consumerChannels, int publisherChannels, int prefetch,
		int announcementPrefetch, int maxMessageBytes, Duration shutdownTimeout, Duration handlerWarningTimeout,
		HighAvailabilitySettings highAvailability) {

	/**
	 * Settings that delete queues at once, without a first-event timeout, without a handler
	 * watchdog and without high availability.
	 */
	public ProxyRuntimeSettings(List<String> applications, ProxyPreset proxy, QueueSettings applicationQueue,
			boolean declareApplicationQueue, QueueSettings eventQueues, QueueSettings commandQueue,
			Duration commandTimeout, int maxActiveDialogues, Duration idleTimeout, boolean deleteQueuesOnClose,
			int consumerChannels, int publisherChannels, int prefetch, int announcementPrefetch, int maxMessageBytes,
			Duration shutdownTimeout) {
		this(applications, proxy, applicationQueue, declareApplicationQueue, eventQueues, commandQueue, commandTimeout,
				maxActiveDialogues, idleTimeout, null, deleteQueuesOnClose, null, consumerChannels, publisherChannels, prefetch,
				announcementPrefetch, maxMessageBytes, shutdownTimeout, null, HighAvailabilitySettings.DISABLED);
	}

	public ProxyRuntimeSettings {
		if (queueDeletionDelay == null || queueDeletionDelay.isNegative()) {
			queueDeletionDelay = Duration.ZERO;
		}
		if (proxy == null) {
			throw new IllegalArgumentException("The proxy preset is required");
		}
		if (highAvailability == null) {
			highAvailability = HighAvailabilitySettings.DISABLED;
		}
		if (applications == null || applications.isEmpty()) {
			throw new IllegalArgumentException("At least one ARI application is required");
		}
		for (String application : applications) {
			if (application == null || application.isBlank()) {
				throw new IllegalArgumentException("ARI application names must not be blank");
			}
		}
		applications = List.copyOf(applications);
		if (maxActiveDialogues < 1) {
			throw new IllegalArgumentException("maxActiveDialogues must be at least 1");
		}
	}

	boolean hasIdleTimeout() {
		return isPositive(this.idleTimeout);
	}

	boolean hasFirstEventTimeout() {
		return isPositive(this.firstEventTimeout);
	}

	boolean hasHandlerWarningTimeout() {
		return isPositive(this.handlerWarningTimeout);
	}

	private static boolean isPositive(Duration duration) {
		return duration != null && !duration.isZero() && !duration.isNegative();
	}

}
