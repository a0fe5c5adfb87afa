package io.ariqueue.proxy;

import io.ariqueue.proxy.amqp.QueueSettings;

/**
 * The ARI proxy in front of Asterisk: how it declares its queues, which ari-queue's own
 * declarations must equal (RabbitMQ refuses a declaration with other flags or arguments), and
 * how it ends a dialogue.
 *
 * @author ari-queue team
 */
public enum ProxyPreset {

	/**
	 * nvisibleinc/go-ari-proxy: every queue durable, not exclusive, not auto-delete, no arguments.
	 * It announces a dialogue before declaring the dialogue's queues, and gives a dialogue up at
	 * the first {@code StasisEnd} of any of its channels: from then on it reads none of the
	 * dialogue's commands and routes none of its other objects' events.
	 */
	GO_ARI_PROXY(new QueueSettings(true, false, false, null), new QueueSettings(true, false, false, null), true),

	/**
	 * skrusty/AsterNET-ARI-Proxy with its sample configuration: the application queue neither
	 * durable nor auto-delete; dialogue queues auto-delete, with a 30 s {@code x-message-ttl} on
	 * {@code events_} and {@code responses_} (not on {@code commands_}).
	 */
	ASTERNET_ARI_PROXY(new QueueSettings(false, false, false, null), new QueueSettings(false, false, true, 30000), false),

	/**
	 * ari-queue-proxy, ari-queue's own proxy: go-ari-proxy's wire and queue flags, with whole
	 * dialogues that end only when their last channel is gone.
	 */
	ARI_QUEUE_PROXY(new QueueSettings(true, false, false, null), new QueueSettings(true, false, false, null), false);

	private final QueueSettings applicationQueue;

	private final QueueSettings dialogueQueues;

	private final boolean endsDialogueAtFirstStasisEnd;

	ProxyPreset(QueueSettings applicationQueue, QueueSettings dialogueQueues, boolean endsDialogueAtFirstStasisEnd) {
		this.applicationQueue = applicationQueue;
		this.dialogueQueues = dialogueQueues;
		this.endsDialogueAtFirstStasisEnd = endsDialogueAtFirstStasisEnd;
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

	/**
	 * Whether the proxy gives a dialogue up at the first {@code StasisEnd} of any of its channels,
	 * even while other channels of the dialogue are still up.
	 * @return whether a second leg's {@code StasisEnd} ends the proxy's side of the dialogue
	 */
	public boolean endsDialogueAtFirstStasisEnd() {
		return this.endsDialogueAtFirstStasisEnd;
	}

}
