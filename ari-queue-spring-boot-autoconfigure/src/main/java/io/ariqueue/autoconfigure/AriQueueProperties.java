package io.ariqueue.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.QueueSettings;
import io.ariqueue.proxy.dialogue.NoApplicationException;

/**
 * Configuration of ari-queue. Connection settings stay Spring Boot's own
 * {@code spring.rabbitmq.*}. The constraints are enforced where a Bean Validation provider is on
 * the classpath, as the starter brings one.
 *
 * @author ari-queue team
 */
@ConfigurationProperties("ari.queue")
@Validated
public class AriQueueProperties {

	/**
	 * The largest accepted value of max-message-size: RabbitMQ's own ceiling on its
	 * max_message_size setting (512 MiB).
	 */
	static final long MAX_MESSAGE_SIZE_LIMIT = 512L * 1024 * 1024;

	/**
	 * Whether ari-queue takes dialogues.
	 */
	private boolean enabled = true;

	/**
	 * The ARI application to serve: its announcements are consumed from the queue of the same
	 * name.
	 */
	private String application;

	/**
	 * Further ARI applications to serve, beside 'application'.
	 */
	private List<String> applications = new ArrayList<>();

	/**
	 * The proxy in front of Asterisk, which sets the flags of the queues ari-queue declares.
	 */
	@NotNull
	private ProxyPreset proxy = ProxyPreset.GO_ARI_PROXY;

	/**
	 * How long an ARI call waits for the proxy's answer.
	 */
	@NotNull
	@DurationMin(millis = 1)
	private Duration commandTimeout = Duration.ofSeconds(10);

	/**
	 * How many dialogues this instance runs at once; further announcements wait on the queue
	 * for any instance with room.
	 */
	@Min(1)
	private int maxActiveDialogues = 1000;

	/**
	 * How long a dialogue may go without events or calls before it is ended. Zero for never.
	 */
	private Duration dialogueIdleTimeout = Duration.ofHours(1);

	/**
	 * How long a dialogue set up from an announcement may wait for its first event before it is
	 * ended: the proxy sends that event right after the announcement, so a dialogue that gets
	 * none had ended before its announcement came (a copy delivered again after a lost
	 * acknowledgement). Adopted dialogues are exempt. Zero for never.
	 */
	private Duration firstEventTimeout = Duration.ofSeconds(10);

	/**
	 * Whether a dialogue's three queues are deleted when it ends (go-ari-proxy never deletes
	 * them).
	 */
	private boolean deleteQueuesOnClose = true;

	/**
	 * How long the queues of ended dialogues may wait to be deleted while new dialogues are being
	 * set up: deleting queues costs the broker time that call set-up needs. Zero to delete at once.
	 */
	@NotNull
	private Duration queueDeletionDelay = Duration.ofSeconds(10);

	/**
	 * How many handler threads run dialogues' events at once. Ignored with virtual threads
	 * (spring.threads.virtual.enabled).
	 */
	@Min(1)
	private int concurrency = 32;

	/**
	 * How long a graceful shutdown waits for running handlers.
	 */
	@NotNull
	@DurationMin(millis = 0)
	private Duration shutdownTimeout = Duration.ofSeconds(30);

	/**
	 * The largest message accepted from a proxy; larger ones are rejected.
	 */
	@NotNull
	@DataSizeRange(min = 1, max = MAX_MESSAGE_SIZE_LIMIT)
	private DataSize maxMessageSize = DataSize.ofMegabytes(1);

	/**
	 * How long a handler may run before a warning names the dialogue, the event and where the
	 * handler is. Zero for never.
	 */
	private Duration handlerWarningTimeout = Duration.ofSeconds(10);

	@Valid
	private final Queues queues = new Queues();

	@Valid
	private final Amqp amqp = new Amqp();

	@Valid
	private final HighAvailability highAvailability = new HighAvailability();

	@Valid
	private final Startup startup = new Startup();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getApplication() {
		return this.application;
	}

	public void setApplication(String application) {
		this.application = application;
	}

	public List<String> getApplications() {
		return this.applications;
	}

	public void setApplications(List<String> applications) {
		this.applications = applications;
	}

	public ProxyPreset getProxy() {
		return this.proxy;
	}

	public void setProxy(ProxyPreset proxy) {
		this.proxy = proxy;
	}

	public Duration getCommandTimeout() {
		return this.commandTimeout;
	}

	public void setCommandTimeout(Duration commandTimeout) {
		this.commandTimeout = commandTimeout;
	}

	public int getMaxActiveDialogues() {
		return this.maxActiveDialogues;
	}

	public void setMaxActiveDialogues(int maxActiveDialogues) {
		this.maxActiveDialogues = maxActiveDialogues;
	}

	public Duration getDialogueIdleTimeout() {
		return this.dialogueIdleTimeout;
	}

	public void setDialogueIdleTimeout(Duration dialogueIdleTimeout) {
		this.dialogueIdleTimeout = dialogueIdleTimeout;
	}

	public Duration getFirstEventTimeout() {
		return this.firstEventTimeout;
	}

	public void setFirstEventTimeout(Duration firstEventTimeout) {
		this.firstEventTimeout = firstEventTimeout;
	}

	public boolean isDeleteQueuesOnClose() {
		return this.deleteQueuesOnClose;
	}

	public void setDeleteQueuesOnClose(boolean deleteQueuesOnClose) {
		this.deleteQueuesOnClose = deleteQueuesOnClose;
	}

	public Duration getQueueDeletionDelay() {
		return this.queueDeletionDelay;
	}

	public void setQueueDeletionDelay(Duration queueDeletionDelay) {
		this.queueDeletionDelay = queueDeletionDelay;
	}

	public int getConcurrency() {
		return this.concurrency;
	}

	public void setConcurrency(int concurrency) {
		this.concurrency = concurrency;
	}

	public Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	public DataSize getMaxMessageSize() {
		return this.maxMessageSize;
	}

	public void setMaxMessageSize(DataSize maxMessageSize) {
		this.maxMessageSize = maxMessageSize;
	}

	public Duration getHandlerWarningTimeout() {
		return this.handlerWarningTimeout;
	}

	public void setHandlerWarningTimeout(Duration handlerWarningTimeout) {
		this.handlerWarningTimeout = handlerWarningTimeout;
	}

	public Queues getQueues() {
		return this.queues;
	}

	public HighAvailability getHighAvailability() {
		return this.highAvailability;
	}

	public Amqp getAmqp() {
		return this.amqp;
	}

	public Startup getStartup() {
		return this.startup;
	}

	/**
	 * Every application to serve: 'application' first, then 'applications', without repeats.
	 * @return the application names
	 * @throws NoApplicationException if none is set
	 */
	public List<String> determineApplications() {
		Set<String> names = new LinkedHashSet<>();
		if (StringUtils.hasText(this.application)) {
			names.add(this.application.trim());
		}
		for (String name : this.applications) {
			if (StringUtils.hasText(name)) {
				names.add(name.trim());
			}
		}
		if (names.isEmpty()) {
			throw new NoApplicationException(
					"ari-queue needs the ARI application to serve: set 'ari.queue.application' (or set 'ari.queue.enabled' to false)");
		}
		return List.copyOf(names);
	}

	/**
	 * Overrides of the queue declarations that the proxy preset implies.
	 */
	public static class Queues {

		/**
		 * Whether to declare the applications' queues (with the settings below), rather than only
		 * consume them.
		 */
		private boolean declareApplicationQueue = true;

		private final Declaration application = new Declaration();

		private final Declaration dialogue = new Declaration();

		public boolean isDeclareApplicationQueue() {
			return this.declareApplicationQueue;
		}

		public void setDeclareApplicationQueue(boolean declareApplicationQueue) {
			this.declareApplicationQueue = declareApplicationQueue;
		}

		/**
		 * The declaration of the applications' queues.
		 * @return the overrides
		 */
		public Declaration getApplication() {
			return this.application;
		}

		/**
		 * The declaration of the dialogue queues (the message TTL applies to events_ and responses_
		 * only, as the proxies declare them).
		 * @return the overrides
		 */
		public Declaration getDialogue() {
			return this.dialogue;
		}

	}

	/**
	 * A queue declaration's flags; each left unset takes the proxy preset's value.
	 */
	public static class Declaration {

		/**
		 * Whether the queue is durable.
		 */
		private Boolean durable;

		/**
		 * Whether the queue is exclusive.
		 */
		private Boolean exclusive;

		/**
		 * Whether the queue is deleted when its last consumer goes.
		 */
		private Boolean autoDelete;

		/**
		 * The queue's x-message-ttl; a negative value removes the preset's TTL.
		 */
		private Duration messageTtl;

		public Boolean getDurable() {
			return this.durable;
		}

		public void setDurable(Boolean durable) {
			this.durable = durable;
		}

		public Boolean getExclusive() {
			return this.exclusive;
		}

		public void setExclusive(Boolean exclusive) {
			this.exclusive = exclusive;
		}

		public Boolean getAutoDelete() {
			return this.autoDelete;
		}

		public void setAutoDelete(Boolean autoDelete) {
			this.autoDelete = autoDelete;
		}

		public Duration getMessageTtl() {
			return this.messageTtl;
		}

		public void setMessageTtl(Duration messageTtl) {
			this.messageTtl = messageTtl;
		}

		/**
		 * Apply these overrides to a preset's settings.
		 * @param preset the preset's settings
		 * @return the settings to declare with
		 */
		public QueueSettings applyTo(QueueSettings preset) {
			Integer ttl = preset.messageTtl();
			if (this.messageTtl != null) {
				ttl = this.messageTtl.isNegative() ? null : Math.toIntExact(this.messageTtl.toMillis());
			}
			return new QueueSettings((this.durable != null) ? this.durable : preset.durable(),
					(this.exclusive != null) ? this.exclusive : preset.exclusive(),
					(this.autoDelete != null) ? this.autoDelete : preset.autoDelete(), ttl);
		}

	}

	/**
	 * How the dialogues share AMQP resources.
	 */
	public static class Amqp {

		/**
		 * How many AMQP channels carry all dialogues' consumers.
		 */
		@Min(1)
		private int consumerChannels = 16;

		/**
		 * How many AMQP channels publish commands.
		 */
		@Min(1)
		private int publisherChannels = 4;

		/**
		 * How many unacknowledged messages each dialogue queue consumer may hold.
		 */
		@Min(1)
		@Max(65535)
		private int prefetch = 32;

		/**
		 * How many unacknowledged announcements each application queue consumer may hold.
		 */
		@Min(1)
		@Max(65535)
		private int announcementPrefetch = 8;

		public int getConsumerChannels() {
			return this.consumerChannels;
		}

		public void setConsumerChannels(int consumerChannels) {
			this.consumerChannels = consumerChannels;
		}

		public int getPublisherChannels() {
			return this.publisherChannels;
		}

		public void setPublisherChannels(int publisherChannels) {
			this.publisherChannels = publisherChannels;
		}

		public int getPrefetch() {
			return this.prefetch;
		}

		public void setPrefetch(int prefetch) {
			this.prefetch = prefetch;
		}

		public int getAnnouncementPrefetch() {
			return this.announcementPrefetch;
		}

		public void setAnnouncementPrefetch(int announcementPrefetch) {
			this.announcementPrefetch = announcementPrefetch;
		}

	}

	/**
	 * How instances learn of each other through the broker and adopt the dialogues of one that
	 * died or shut down.
	 */
	public static class HighAvailability {

		/**
		 * Whether this instance sends heartbeats and adopts the dialogues of instances that went
		 * silent or left.
		 */
		private boolean enabled = true;

		/**
		 * How often this instance announces itself and the dialogues it runs.
		 */
		@NotNull
		@DurationMin(millis = 10)
		private Duration heartbeatInterval = Duration.ofSeconds(1);

		/**
		 * How long an instance may stay silent before its dialogues are adopted.
		 */
		@NotNull
		private Duration instanceTimeout = Duration.ofSeconds(3);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getHeartbeatInterval() {
			return this.heartbeatInterval;
		}

		public void setHeartbeatInterval(Duration heartbeatInterval) {
			this.heartbeatInterval = heartbeatInterval;
		}

		public Duration getInstanceTimeout() {
			return this.instanceTimeout;
		}

		public void setInstanceTimeout(Duration instanceTimeout) {
			this.instanceTimeout = instanceTimeout;
		}

		@AssertTrue(message = "must be true: the instance timeout must be longer than the heartbeat interval")
		private boolean isInstanceTimeoutLongerThanHeartbeatInterval() {
			return this.heartbeatInterval == null || this.instanceTimeout == null
					|| this.instanceTimeout.compareTo(this.heartbeatInterval) > 0;
		}

	}

	/**
	 * What happens when the broker does not answer, or refuses to let ari-queue consume the
	 * applications' queues, as the application starts.
	 */
	public static class Startup {

		/**
		 * Whether the application fails to start when ari-queue cannot connect to the broker or
		 * consume the applications' queues. If false, it starts anyway, reports DOWN and keeps trying
		 * with back-off. A broker that refuses the configuration (a queue with other flags, bad
		 * credentials) fails the start either way.
		 */
		private boolean failFast = false;

		/**
		 * How long to wait before trying to connect again after the first failure; the wait doubles
		 * after each further failure.
		 */
		@NotNull
		@DurationMin(millis = 1)
		private Duration initialRetryInterval = Duration.ofSeconds(1);

		/**
		 * The longest wait between two attempts to connect.
		 */
		@NotNull
		private Duration maxRetryInterval = Duration.ofSeconds(30);

		public boolean isFailFast() {
			return this.failFast;
		}

		public void setFailFast(boolean failFast) {
			this.failFast = failFast;
		}

		public Duration getInitialRetryInterval() {
			return this.initialRetryInterval;
		}

		public void setInitialRetryInterval(Duration initialRetryInterval) {
			this.initialRetryInterval = initialRetryInterval;
		}

		public Duration getMaxRetryInterval() {
			return this.maxRetryInterval;
		}

		public void setMaxRetryInterval(Duration maxRetryInterval) {
			this.maxRetryInterval = maxRetryInterval;
		}

		@AssertTrue(message = "must be true: the max retry interval must not be shorter than the initial one")
		private boolean isMaxRetryIntervalNotShorterThanInitial() {
			return this.initialRetryInterval == null || this.maxRetryInterval == null
					|| this.maxRetryInterval.compareTo(this.initialRetryInterval) >= 0;
		}

	}

}
