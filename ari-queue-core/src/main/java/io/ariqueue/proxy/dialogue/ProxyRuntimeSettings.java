package io.ariqueue.proxy.dialogue;

import java.time.Duration;
import java.util.Arrays;
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
 * @param startup what {@link ProxyDialogueRuntime#start()} does when the broker does not answer
 * @author ari-queue team
 */
public record ProxyRuntimeSettings(List<String> applications, ProxyPreset proxy, QueueSettings applicationQueue,
		boolean declareApplicationQueue, QueueSettings eventQueues, QueueSettings commandQueue,
		Duration commandTimeout, int maxActiveDialogues, Duration idleTimeout, Duration firstEventTimeout,
		boolean deleteQueuesOnClose, Duration queueDeletionDelay, int consumerChannels, int publisherChannels, int prefetch,
		int announcementPrefetch, int maxMessageBytes, Duration shutdownTimeout, Duration handlerWarningTimeout,
		HighAvailabilitySettings highAvailability, StartupSettings startup) {

	/**
	 * Settings whose runtime fails to start when the broker does not answer.
	 */
	public ProxyRuntimeSettings(List<String> applications, ProxyPreset proxy, QueueSettings applicationQueue,
			boolean declareApplicationQueue, QueueSettings eventQueues, QueueSettings commandQueue,
			Duration commandTimeout, int maxActiveDialogues, Duration idleTimeout, boolean deleteQueuesOnClose,
			Duration queueDeletionDelay, int consumerChannels, int publisherChannels, int prefetch,
			int announcementPrefetch, int maxMessageBytes, Duration shutdownTimeout, Duration handlerWarningTimeout,
			HighAvailabilitySettings highAvailability) {
		this(applications, proxy, applicationQueue, declareApplicationQueue, eventQueues, commandQueue, commandTimeout,
				maxActiveDialogues, idleTimeout, null, deleteQueuesOnClose, queueDeletionDelay, consumerChannels,
				publisherChannels, prefetch, announcementPrefetch, maxMessageBytes, shutdownTimeout,
				handlerWarningTimeout, highAvailability, StartupSettings.FAIL_FAST);
	}

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
				maxActiveDialogues, idleTimeout, null, deleteQueuesOnClose, null, consumerChannels, publisherChannels,
				prefetch, announcementPrefetch, maxMessageBytes, shutdownTimeout, null, HighAvailabilitySettings.DISABLED,
				StartupSettings.FAIL_FAST);
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
		if (startup == null) {
			startup = StartupSettings.FAIL_FAST;
		}
		if (applications == null || applications.isEmpty()) {
			throw new NoApplicationException("At least one ARI application is required");
		}
		for (String application : applications) {
			if (application == null || application.isBlank()) {
				throw new IllegalArgumentException("ARI application names must not be blank");
			}
		}
		applications = List.copyOf(applications);
		requireAtLeastOne("maxActiveDialogues", maxActiveDialogues);
		// each of these divides work between channels or bounds a window: zero would stall or divide by zero
		requireAtLeastOne("consumerChannels", consumerChannels);
		requireAtLeastOne("publisherChannels", publisherChannels);
		requireAtLeastOne("prefetch", prefetch);
		requireAtLeastOne("announcementPrefetch", announcementPrefetch);
		requireAtLeastOne("maxMessageBytes", maxMessageBytes);
		if (commandTimeout == null || commandTimeout.isZero() || commandTimeout.isNegative()) {
			throw new IllegalArgumentException("commandTimeout must be positive");
		}
		if (shutdownTimeout == null || shutdownTimeout.isNegative()) {
			throw new IllegalArgumentException("shutdownTimeout must not be negative");
		}
	}

	/**
	 * A builder of settings for these applications, with the defaults of the Spring Boot
	 * properties ({@code ari.queue.*}): the go-ari-proxy preset and a runtime that keeps trying to
	 * connect when the broker does not answer at start.
	 * @param applications the ARI applications, each consumed from the queue of the same name
	 * @return the builder
	 */
	public static Builder builder(String... applications) {
		return new Builder(Arrays.asList(applications));
	}

	/**
	 * A builder of settings for these applications, with the defaults of {@link #builder(String...)}.
	 * @param applications the ARI applications, each consumed from the queue of the same name
	 * @return the builder
	 */
	public static Builder builder(List<String> applications) {
		return new Builder(applications);
	}

	private static void requireAtLeastOne(String name, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be at least 1, not " + value);
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

	/**
	 * Builds {@link ProxyRuntimeSettings}: each value not set keeps its default, and the queue
	 * declarations not set follow the proxy preset.
	 */
	public static final class Builder {

		private List<String> applications;

		private ProxyPreset proxy = ProxyPreset.GO_ARI_PROXY;

		private QueueSettings applicationQueue;

		private boolean declareApplicationQueue = true;

		private QueueSettings eventQueues;

		private QueueSettings commandQueue;

		private Duration commandTimeout = Duration.ofSeconds(10);

		private int maxActiveDialogues = 1000;

		private Duration idleTimeout = Duration.ofHours(1);

		private Duration firstEventTimeout = Duration.ofSeconds(10);

		private boolean deleteQueuesOnClose = true;

		private Duration queueDeletionDelay = Duration.ofSeconds(10);

		private int consumerChannels = 16;

		private int publisherChannels = 4;

		private int prefetch = 32;

		private int announcementPrefetch = 8;

		private int maxMessageBytes = 1024 * 1024;

		private Duration shutdownTimeout = Duration.ofSeconds(30);

		private Duration handlerWarningTimeout = Duration.ofSeconds(10);

		private HighAvailabilitySettings highAvailability = new HighAvailabilitySettings(true, Duration.ofSeconds(1),
				Duration.ofSeconds(3));

		private StartupSettings startup = StartupSettings.RETRY;

		private Builder(List<String> applications) {
			this.applications = List.copyOf(applications);
		}

		/**
		 * The ARI applications, each consumed from the queue of the same name.
		 * @param applications the application names
		 * @return this builder
		 */
		public Builder applications(List<String> applications) {
			this.applications = List.copyOf(applications);
			return this;
		}

		/**
		 * The proxy in front of Asterisk; the queue declarations not set follow it.
		 * @param proxy the preset
		 * @return this builder
		 */
		public Builder proxy(ProxyPreset proxy) {
			this.proxy = proxy;
			return this;
		}

		/**
		 * The declaration of the applications' queues, instead of the preset's.
		 * @param applicationQueue the declaration
		 * @return this builder
		 */
		public Builder applicationQueue(QueueSettings applicationQueue) {
			this.applicationQueue = applicationQueue;
			return this;
		}

		/**
		 * Whether to declare the applications' queues, or only consume them.
		 * @param declareApplicationQueue whether to declare them
		 * @return this builder
		 */
		public Builder declareApplicationQueue(boolean declareApplicationQueue) {
			this.declareApplicationQueue = declareApplicationQueue;
			return this;
		}

		/**
		 * The declaration of {@code events_} and {@code responses_} queues, instead of the preset's.
		 * @param eventQueues the declaration
		 * @return this builder
		 */
		public Builder eventQueues(QueueSettings eventQueues) {
			this.eventQueues = eventQueues;
			return this;
		}

		/**
		 * The declaration of {@code commands_} queues, instead of the preset's.
		 * @param commandQueue the declaration
		 * @return this builder
		 */
		public Builder commandQueue(QueueSettings commandQueue) {
			this.commandQueue = commandQueue;
			return this;
		}

		/**
		 * How long an ARI call waits for its answer.
		 * @param commandTimeout the time-out
		 * @return this builder
		 */
		public Builder commandTimeout(Duration commandTimeout) {
			this.commandTimeout = commandTimeout;
			return this;
		}

		/**
		 * How many dialogues this instance runs at once.
		 * @param maxActiveDialogues the limit
		 * @return this builder
		 */
		public Builder maxActiveDialogues(int maxActiveDialogues) {
			this.maxActiveDialogues = maxActiveDialogues;
			return this;
		}

		/**
		 * How long a dialogue may go without events before it ends.
		 * @param idleTimeout the time-out; {@code null} or zero for never
		 * @return this builder
		 */
		public Builder idleTimeout(Duration idleTimeout) {
			this.idleTimeout = idleTimeout;
			return this;
		}

		/**
		 * How long a dialogue set up from an announcement may wait for its first event before it
		 * ends.
		 * @param firstEventTimeout the time-out; {@code null} or zero for never
		 * @return this builder
		 */
		public Builder firstEventTimeout(Duration firstEventTimeout) {
			this.firstEventTimeout = firstEventTimeout;
			return this;
		}

		/**
		 * Whether a dialogue's queues are deleted when it ends.
		 * @param deleteQueuesOnClose whether to delete them
		 * @return this builder
		 */
		public Builder deleteQueuesOnClose(boolean deleteQueuesOnClose) {
			this.deleteQueuesOnClose = deleteQueuesOnClose;
			return this;
		}

		/**
		 * How long the queues of ended dialogues may wait to be deleted while new dialogues are set up.
		 * @param queueDeletionDelay the delay; {@code null} or zero to delete them at once
		 * @return this builder
		 */
		public Builder queueDeletionDelay(Duration queueDeletionDelay) {
			this.queueDeletionDelay = queueDeletionDelay;
			return this;
		}

		/**
		 * How many AMQP channels carry the dialogues' consumers.
		 * @param consumerChannels the channel count
		 * @return this builder
		 */
		public Builder consumerChannels(int consumerChannels) {
			this.consumerChannels = consumerChannels;
			return this;
		}

		/**
		 * How many AMQP channels publish commands.
		 * @param publisherChannels the channel count
		 * @return this builder
		 */
		public Builder publisherChannels(int publisherChannels) {
			this.publisherChannels = publisherChannels;
			return this;
		}

		/**
		 * The prefetch window of each dialogue queue consumer.
		 * @param prefetch the window
		 * @return this builder
		 */
		public Builder prefetch(int prefetch) {
			this.prefetch = prefetch;
			return this;
		}

		/**
		 * The prefetch window of each application queue consumer.
		 * @param announcementPrefetch the window
		 * @return this builder
		 */
		public Builder announcementPrefetch(int announcementPrefetch) {
			this.announcementPrefetch = announcementPrefetch;
			return this;
		}

		/**
		 * The largest message accepted.
		 * @param maxMessageBytes the size in bytes
		 * @return this builder
		 */
		public Builder maxMessageBytes(int maxMessageBytes) {
			this.maxMessageBytes = maxMessageBytes;
			return this;
		}

		/**
		 * How long a graceful shutdown waits for running handlers.
		 * @param shutdownTimeout the time-out
		 * @return this builder
		 */
		public Builder shutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
			return this;
		}

		/**
		 * How long a handler may run before it is reported.
		 * @param handlerWarningTimeout the time-out; {@code null} or zero for never
		 * @return this builder
		 */
		public Builder handlerWarningTimeout(Duration handlerWarningTimeout) {
			this.handlerWarningTimeout = handlerWarningTimeout;
			return this;
		}

		/**
		 * How instances watch each other and adopt the dialogues of one that died.
		 * @param highAvailability the settings
		 * @return this builder
		 */
		public Builder highAvailability(HighAvailabilitySettings highAvailability) {
			this.highAvailability = highAvailability;
			return this;
		}

		/**
		 * What {@link ProxyDialogueRuntime#start()} does when the broker does not answer.
		 * @param startup the settings
		 * @return this builder
		 */
		public Builder startup(StartupSettings startup) {
			this.startup = startup;
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 * @throws IllegalArgumentException if a value is out of range
		 * @throws NoApplicationException if there is no application
		 */
		public ProxyRuntimeSettings build() {
			if (this.proxy == null) {
				throw new IllegalArgumentException("The proxy preset is required");
			}
			return new ProxyRuntimeSettings(this.applications, this.proxy,
					(this.applicationQueue != null) ? this.applicationQueue : this.proxy.applicationQueue(),
					this.declareApplicationQueue,
					(this.eventQueues != null) ? this.eventQueues : this.proxy.dialogueQueues(),
					(this.commandQueue != null) ? this.commandQueue : this.proxy.commandQueue(), this.commandTimeout,
					this.maxActiveDialogues, this.idleTimeout, this.firstEventTimeout, this.deleteQueuesOnClose, this.queueDeletionDelay,
					this.consumerChannels, this.publisherChannels, this.prefetch, this.announcementPrefetch,
					this.maxMessageBytes, this.shutdownTimeout, this.handlerWarningTimeout, this.highAvailability,
					this.startup);
		}

	}

}
