package io.ariqueue.queueproxy.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.queueproxy.command.OperationPolicy;

/**
 * Configuration of ari-queue-proxy ({@code ari.proxy.*}). The broker is configured with Spring
 * Boot's own {@code spring.rabbitmq.*} properties. Values are validated: a bad one stops the start
 * with the property named.
 *
 * @author ari-queue team
 */
@ConfigurationProperties("ari.proxy")
@Validated
public class AriProxyProperties {

	/**
	 * The Stasis applications whose calls the proxy carries; each is also the name of its
	 * announcement queue.
	 */
	@NotEmpty
	private List<@NotBlank String> applications = new ArrayList<>();

	/**
	 * The id of this proxy in every announcement and event; one per Asterisk.
	 */
	@NotBlank
	private String serverId = "ari-queue-proxy";

	/**
	 * Which proxy's wire to speak: go-ari-proxy (durable queues, deleted after the grace period;
	 * ari-queue-proxy is the same wire) or asternet-ari-proxy (auto-delete queues with a message
	 * TTL).
	 */
	@NotNull
	private ProxyPreset preset = ProxyPreset.GO_ARI_PROXY;

	/**
	 * How long an ended dialogue keeps its queues and still runs commands, so that a slow client
	 * gets its late events and answers.
	 */
	@NotNull
	@DurationMin(millis = 0)
	private Duration gracePeriod = Duration.ofSeconds(5);

	/**
	 * Whether to delete an ended dialogue's queues (go-ari-proxy preset; the AsterNET preset's
	 * queues delete themselves).
	 */
	private boolean deleteQueues = true;

	/**
	 * How long to wait, once a dialogue ended, for its client to stop consuming before its queues
	 * are deleted anyway.
	 */
	@NotNull
	@DurationMin(millis = 0)
	private Duration clientReleaseTimeout = Duration.ofSeconds(60);

	/**
	 * How often to look whether a dialogue's client still consumes its queues; a dialogue whose
	 * client left ends. A command from the client counts as a look, and the looks are spread
	 * over the interval. Zero turns the check off.
	 */
	@NotNull
	@DurationMin(millis = 0)
	private Duration clientCheckInterval = Duration.ofSeconds(10);

	/**
	 * Whether to destroy the bridges a dialogue created and left behind when it ends.
	 */
	private boolean destroyLeftoverBridges = true;

	/**
	 * The channel variable that records a channel's dialogue in Asterisk, read back after a
	 * restart of the proxy.
	 */
	@NotBlank
	@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*", message = "must be a channel variable name: letters, digits and _")
	private String dialogueVariable = "ARI_QUEUE_DIALOGUE";

	/**
	 * The largest command accepted; larger ones get a 413 response.
	 */
	@NotNull
	private DataSize maxMessageSize = DataSize.ofKilobytes(256);

	/**
	 * How many events may wait for the broker while it is away, across all dialogues; beyond
	 * that events are dropped, logged at WARN and counted in ari.proxy.events.dropped.
	 */
	@Min(0)
	private int maxBufferedEvents = 100_000;

	/**
	 * How many commands may run against Asterisk at once, across dialogues.
	 */
	@Min(1)
	@Max(1024)
	private int commandThreads = 32;

	/**
	 * How long running commands may take to finish at shutdown.
	 */
	@NotNull
	@DurationMin(millis = 0)
	private Duration shutdownTimeout = Duration.ofSeconds(10);

	@Valid
	private final Asterisk asterisk = new Asterisk();

	@Valid
	private final Amqp amqp = new Amqp();

	private final Commands commands = new Commands();

	public List<String> getApplications() {
		return this.applications;
	}

	public void setApplications(List<String> applications) {
		this.applications = applications;
	}

	public String getServerId() {
		return this.serverId;
	}

	public void setServerId(String serverId) {
		this.serverId = serverId;
	}

	public ProxyPreset getPreset() {
		return this.preset;
	}

	public void setPreset(ProxyPreset preset) {
		this.preset = preset;
	}

	public Duration getGracePeriod() {
		return this.gracePeriod;
	}

	public void setGracePeriod(Duration gracePeriod) {
		this.gracePeriod = gracePeriod;
	}

	public boolean isDeleteQueues() {
		return this.deleteQueues;
	}

	public void setDeleteQueues(boolean deleteQueues) {
		this.deleteQueues = deleteQueues;
	}

	public Duration getClientReleaseTimeout() {
		return this.clientReleaseTimeout;
	}

	public void setClientReleaseTimeout(Duration clientReleaseTimeout) {
		this.clientReleaseTimeout = clientReleaseTimeout;
	}

	public Duration getClientCheckInterval() {
		return this.clientCheckInterval;
	}

	public void setClientCheckInterval(Duration clientCheckInterval) {
		this.clientCheckInterval = clientCheckInterval;
	}

	public boolean isDestroyLeftoverBridges() {
		return this.destroyLeftoverBridges;
	}

	public void setDestroyLeftoverBridges(boolean destroyLeftoverBridges) {
		this.destroyLeftoverBridges = destroyLeftoverBridges;
	}

	public String getDialogueVariable() {
		return this.dialogueVariable;
	}

	public void setDialogueVariable(String dialogueVariable) {
		this.dialogueVariable = dialogueVariable;
	}

	public DataSize getMaxMessageSize() {
		return this.maxMessageSize;
	}

	public void setMaxMessageSize(DataSize maxMessageSize) {
		this.maxMessageSize = maxMessageSize;
	}

	public int getMaxBufferedEvents() {
		return this.maxBufferedEvents;
	}

	public void setMaxBufferedEvents(int maxBufferedEvents) {
		this.maxBufferedEvents = maxBufferedEvents;
	}

	public int getCommandThreads() {
		return this.commandThreads;
	}

	public void setCommandThreads(int commandThreads) {
		this.commandThreads = commandThreads;
	}

	public Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	public Asterisk getAsterisk() {
		return this.asterisk;
	}

	public Amqp getAmqp() {
		return this.amqp;
	}

	public Commands getCommands() {
		return this.commands;
	}

	@AssertTrue(message = "ari.proxy.max-message-size must be between 1B and 1GB")
	boolean isMaxMessageSizeInRange() {
		return this.maxMessageSize == null
				|| (this.maxMessageSize.toBytes() >= 1 && this.maxMessageSize.toBytes() <= DataSize.ofGigabytes(1).toBytes());
	}

	/**
	 * Which ARI operations a dialogue's commands may run, by operation name
	 * ({@code channels.answer}) or simple pattern ({@code asterisk.*}).
	 */
	public static class Commands {

		/**
		 * The operations commands may run.
		 */
		private List<String> allowed = new ArrayList<>(List.of("*"));

		/**
		 * The operations commands may not run, even when allowed; a refused command gets a 403
		 * response. By default those that administer Asterisk (modules, logging, dynamic
		 * configuration) or change the proxy's own applications' subscriptions.
		 */
		private List<String> denied = new ArrayList<>(OperationPolicy.DEFAULT_DENIED);

		public List<String> getAllowed() {
			return this.allowed;
		}

		public void setAllowed(List<String> allowed) {
			this.allowed = allowed;
		}

		public List<String> getDenied() {
			return this.denied;
		}

		public void setDenied(List<String> denied) {
			this.denied = denied;
		}

	}

	/**
	 * The Asterisk the proxy sits beside.
	 */
	public static class Asterisk {

		/**
		 * The root of Asterisk's REST Interface; the events WebSocket is at /events below it.
		 */
		@NotNull
		private URI url = URI.create("http://127.0.0.1:8088/ari");

		/**
		 * The ARI user (ari.conf).
		 */
		@NotBlank
		private String username = "asterisk";

		/**
		 * The ARI user's password.
		 */
		@NotNull
		private String password = "asterisk";

		/**
		 * How long to wait for a connection to Asterisk.
		 */
		@NotNull
		@DurationMin(millis = 1)
		private Duration connectTimeout = Duration.ofSeconds(5);

		/**
		 * How long a command may wait for Asterisk's answer; then the client gets a 504.
		 */
		@NotNull
		@DurationMin(millis = 1)
		private Duration requestTimeout = Duration.ofSeconds(10);

		/**
		 * The first wait before reconnecting the events WebSocket; it doubles up to the maximum.
		 */
		@NotNull
		@DurationMin(millis = 1)
		private Duration reconnectInitialDelay = Duration.ofMillis(200);

		/**
		 * The longest wait before reconnecting the events WebSocket.
		 */
		@NotNull
		@DurationMin(millis = 1)
		private Duration reconnectMaxDelay = Duration.ofSeconds(10);

		/**
		 * How long the events WebSocket may be silent before the proxy pings Asterisk; 0 turns
		 * pings off. Without them a connection whose far end vanished, or whose close the JDK
		 * client missed, is never noticed and events stop for good.
		 */
		@NotNull
		@DurationMin(millis = 0)
		private Duration pingInterval = Duration.ofSeconds(5);

		/**
		 * How long to wait for the pong (or any frame) after a ping before the events WebSocket
		 * is taken as lost and opened again.
		 */
		@NotNull
		@DurationMin(millis = 1)
		private Duration pongTimeout = Duration.ofSeconds(5);

		public URI getUrl() {
			return this.url;
		}

		public void setUrl(URI url) {
			this.url = url;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getRequestTimeout() {
			return this.requestTimeout;
		}

		public void setRequestTimeout(Duration requestTimeout) {
			this.requestTimeout = requestTimeout;
		}

		public Duration getReconnectInitialDelay() {
			return this.reconnectInitialDelay;
		}

		public void setReconnectInitialDelay(Duration reconnectInitialDelay) {
			this.reconnectInitialDelay = reconnectInitialDelay;
		}

		public Duration getReconnectMaxDelay() {
			return this.reconnectMaxDelay;
		}

		public void setReconnectMaxDelay(Duration reconnectMaxDelay) {
			this.reconnectMaxDelay = reconnectMaxDelay;
		}

		public Duration getPingInterval() {
			return this.pingInterval;
		}

		public void setPingInterval(Duration pingInterval) {
			this.pingInterval = pingInterval;
		}

		public Duration getPongTimeout() {
			return this.pongTimeout;
		}

		public void setPongTimeout(Duration pongTimeout) {
			this.pongTimeout = pongTimeout;
		}

		@AssertTrue(message = "ari.proxy.asterisk.url must be an absolute http or https URL, such as http://127.0.0.1:8088/ari")
		boolean isUrlHttp() {
			return this.url == null || (("http".equalsIgnoreCase(this.url.getScheme())
					|| "https".equalsIgnoreCase(this.url.getScheme())) && this.url.getHost() != null);
		}

	}

	/**
	 * How the proxy uses the broker.
	 */
	public static class Amqp {

		/**
		 * The channels that consume the dialogues' command queues.
		 */
		@Min(1)
		@Max(1000)
		private int consumerChannels = 4;

		/**
		 * The channels that publish.
		 */
		@Min(1)
		@Max(1000)
		private int publisherChannels = 4;

		/**
		 * The prefetch window of each command consumer.
		 */
		@Min(1)
		@Max(65535)
		private int prefetch = 16;

		/**
		 * Whether to wait for the broker's confirmation of every message published.
		 */
		private boolean publisherConfirms = false;

		/**
		 * How long to wait for the broker's answers.
		 */
		@NotNull
		@DurationMin(millis = 1)
		private Duration rpcTimeout = Duration.ofSeconds(10);

		/**
		 * The threads that publish the dialogues' messages and set new dialogues up.
		 */
		@Min(1)
		@Max(1024)
		private int publisherThreads = 16;

		/**
		 * The channels that declare queues; a new dialogue takes three of them at once.
		 */
		@Min(3)
		@Max(1000)
		private int adminChannels = 24;

		public int getPublisherThreads() {
			return this.publisherThreads;
		}

		public void setPublisherThreads(int publisherThreads) {
			this.publisherThreads = publisherThreads;
		}

		public int getAdminChannels() {
			return this.adminChannels;
		}

		public void setAdminChannels(int adminChannels) {
			this.adminChannels = adminChannels;
		}

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

		public boolean isPublisherConfirms() {
			return this.publisherConfirms;
		}

		public void setPublisherConfirms(boolean publisherConfirms) {
			this.publisherConfirms = publisherConfirms;
		}

		public Duration getRpcTimeout() {
			return this.rpcTimeout;
		}

		public void setRpcTimeout(Duration rpcTimeout) {
			this.rpcTimeout = rpcTimeout;
		}

	}

}
