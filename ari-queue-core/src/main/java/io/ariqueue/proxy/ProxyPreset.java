package io.ariqueue.proxy;

import io.ariqueue.proxy.amqp.QueueSettings;

/**
 * The queue declarations of each ARI proxy family, which ari-queue's own declarations must equal
 * (RabbitMQ refuses a declaration with other flags or arguments).
 *
 * @author ari-queue team
 */
public enum ProxyPreset {

	/**
	 * nvisibleinc/go-ari-proxy: every queue durable, not exclusive, not auto-delete, no arguments.
	 * It announces a dialogue before declaring the dialogue's queues.
	 */
	GO_ARI_PROXY(new QueueSettings(true, false, false, null), new QueueSettings(true, false, false, null)),

	/**
	 * skrusty/AsterNET-ARI-Proxy with its sample configuration: the application queue neither
	 * durable nor auto-delete; dialogue queues auto-delete, with a 30 s {@code x-message-ttl} on
	 * {@code events_} and {@code responses_} (not on {@code commands_}).
	 */
	ASTERNET_ARI_PROXY(new QueueSettings(false, false, false, null), new QueueSettings(false, false, true, 30000));

	private final QueueSettings applicationQueue;

	private final QueueSettings dialogueQueues;

	ProxyPreset(QueueSettings applicationQueue, QueueSettings dialogueQueues) {
		this.applicationQueue = applicationQueue;
		this.dialogueQueues = dialogueQueues;
	}

	/**
	 * How the proxy declares an application's queue.
	 * @return the settings
	 */
	public QueueSettings applicationQueue() {
		return this.applicationQueue;
	}

	/**
	 * How the proxy declares {@code events_} and {@code responses_} queues.
	 * @return the settings
	 */
	public QueueSettings dialogueQueues() {
		return this.dialogueQueues;
	}

	/**
	 * How the proxy declares {@code commands_} queues: as the other dialogue queues, without a TTL.
	 * @return the settings
	 */
	public QueueSettings commandQueue() {
		return this.dialogueQueues.withoutTtl();
	}

}
