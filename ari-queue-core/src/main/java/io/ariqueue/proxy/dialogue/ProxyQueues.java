package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rabbitmq.client.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.proxy.amqp.AmqpClientInternals;
import io.ariqueue.proxy.amqp.QueueAdmin;
import io.ariqueue.proxy.amqp.QueueDeclarationException;
import io.ariqueue.proxy.amqp.QueueReaper;
import io.ariqueue.proxy.amqp.QueueSettings;

/**
 * The life of the queues the proxies share with ari-queue: declared with the proxy's exact flags
 * before they are consumed, consumed anyway where the proxy made them otherwise (saying which
 * setting to change), and, when their dialogue ends, deleted where only ari-queue consumes them
 * or forgotten.
 *
 * @author ari-queue team
 */
final class ProxyQueues {

	private static final Logger logger = LoggerFactory.getLogger(ProxyQueues.class);

	private final QueueAdmin admin;

	private final QueueReaper reaper;

	private final Connection connection;

	private final ProxyRuntimeSettings settings;

	/**
	 * Create an instance.
	 * @param admin declares
	 * @param reaper deletes
	 * @param connection the connection whose recovery re-declares what it declared
	 * @param settings the queue settings
	 */
	ProxyQueues(QueueAdmin admin, QueueReaper reaper, Connection connection, ProxyRuntimeSettings settings) {
		this.admin = admin;
		this.reaper = reaper;
		this.connection = connection;
		this.settings = settings;
	}

	/**
	 * Declare an application's queue.
	 * @param application the application
	 */
	void declareApplication(String application) {
		declare(application, this.settings.applicationQueue());
	}

	/**
	 * Declare an application's queue, refusing a queue that exists with other settings: at start,
	 * that means the settings do not match the proxy's, and every dialogue whose queues ari-queue
	 * declares before the proxy would be broken for the proxy.
	 * @param application the application
	 * @throws QueueDeclarationException if the broker refused the declaration
	 */
	void declareApplicationStrictly(String application) {
		this.admin.declare(application, this.settings.applicationQueue());
	}

	/**
	 * Declare a dialogue's queues, in one round trip where they match the settings.
	 * @param id the dialogue id
	 * @return how many consumers its events queue has
	 */
	int declareDialogue(String id) {
		String events = ProxyQueueNames.events(id);
		String responses = ProxyQueueNames.responses(id);
		String commands = ProxyQueueNames.commands(id);
		try {
			return this.admin.declareAll(List.of(events, responses, commands), List.of(this.settings.eventQueues(),
					this.settings.eventQueues(), this.settings.commandQueue()))[0];
		}
		catch (QueueDeclarationException ex) {
			// one of them differs (or the broker failed): one at a time, to say which and go on
			logger.debug("Dialogue {}: declaring its queues together failed ({}); declaring them one by one", id,
					ex.getMessage());
			int consumers = declare(events, this.settings.eventQueues());
			declare(responses, this.settings.eventQueues());
			declare(commands, this.settings.commandQueue());
			return consumers;
		}
	}

	/**
	 * Delete, in the background, the queues of an ended dialogue that only ari-queue consumes:
	 * {@code events_} and {@code responses_}, unless they are auto-delete and so went with their
	 * consumers. {@code commands_} is never deleted: the proxy consumes it, and deleting a queue
	 * cancels its consumer, which go-ari-proxy answers in a way that makes RabbitMQ close its
	 * connection, and with it the command consumers of every dialogue. A queue that is gone
	 * already is fine.
	 * @param id the dialogue id
	 */
	void deleteDialogue(String id) {
		if (!this.settings.eventQueues().autoDelete()) {
			this.reaper.delete(List.of(ProxyQueueNames.events(id), ProxyQueueNames.responses(id)));
		}
		forget(List.of(ProxyQueueNames.commands(id)));
	}

	/**
	 * Which of some dialogues have lost their {@code events_} queue: the proxy deletes a
	 * dialogue's queues once it has ended it.
	 * @param ids the dialogue ids
	 * @return the ids of those whose queue is gone
	 * @throws IOException if the broker could not tell
	 */
	Set<String> deletedDialogues(Collection<String> ids) throws IOException {
		Map<String, String> byQueue = new HashMap<>();
		for (String id : ids) {
			byQueue.put(ProxyQueueNames.events(id), id);
		}
		Set<String> deleted = new HashSet<>();
		for (String queue : this.admin.absent(byQueue.keySet())) {
			deleted.add(byQueue.get(queue));
		}
		return deleted;
	}

	/**
	 * Keep a dialogue's queues but stop recovering them: after the dialogue ended here, a
	 * connection recovery must not declare them again.
	 * @param id the dialogue id
	 */
	void forgetDialogue(String id) {
		forget(List.of(ProxyQueueNames.events(id), ProxyQueueNames.responses(id), ProxyQueueNames.commands(id)));
	}

	private void forget(List<String> queues) {
		for (String queue : queues) {
			AmqpClientInternals.excludeQueueFromRecovery(this.connection, queue);
		}
	}

	private int declare(String queue, QueueSettings settings) {
		try {
			return this.admin.declare(queue, settings);
		}
		catch (QueueDeclarationException ex) {
			if (!ex.isPreconditionFailed()) {
				throw ex;
			}
			int consumers = this.admin.consumerCount(queue);
			if (consumers < 0) {
				throw ex;
			}
			// the proxy made the queue with other settings; consuming it still works
			logger.warn("{}", ex.getMessage());
			return consumers;
		}
	}

}
