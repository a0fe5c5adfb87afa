package io.ariqueue.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.QueueSettings;

/**
 * Finds the settings that would break the proxy a user runs: queue declarations other than the
 * ones the proxy makes, which RabbitMQ refuses to the second of the two to declare.
 *
 * @author ari-queue team
 */
final class ProxyCompatibility {

	private ProxyCompatibility() {
	}

	/**
	 * What in these properties would break the proxy they name, one sentence per setting.
	 * @param properties the properties
	 * @return the problems, empty when there are none
	 */
	static List<String> problems(AriQueueProperties properties) {
		ProxyPreset proxy = properties.getProxy();
		AriQueueProperties.Queues queues = properties.getQueues();
		List<String> problems = new ArrayList<>();
		check("ari.queue.queues.application", queues.getApplication(), proxy.applicationQueue(), proxy,
				"the application queue", problems);
		check("ari.queue.queues.dialogue", queues.getDialogue(), proxy.dialogueQueues(), proxy,
				"the dialogue queues (events_, responses_, commands_)", problems);
		return problems;
	}

	private static void check(String prefix, AriQueueProperties.Declaration declaration, QueueSettings preset,
			ProxyPreset proxy, String queues, List<String> problems) {
		QueueSettings effective = declaration.applyTo(preset);
		if (effective.exclusive()) {
			problems.add(prefix + ".exclusive=true: an exclusive queue belongs to one connection of ari-queue's, so "
					+ "the proxy can neither declare nor consume " + queues + " and no other instance can take them");
		}
		if (!fixedByProxy(proxy)) {
			// AsterNET-ARI-Proxy's declarations are configurable: these overrides exist to match them
			return;
		}
		List<String> differ = new ArrayList<>();
		if (effective.durable() != preset.durable()) {
			differ.add(prefix + ".durable=" + effective.durable());
		}
		if (effective.autoDelete() != preset.autoDelete()) {
			differ.add(prefix + ".auto-delete=" + effective.autoDelete());
		}
		if (!Objects.equals(effective.messageTtl(), preset.messageTtl())) {
			differ.add(prefix + ".message-ttl=" + effective.messageTtl() + "ms");
		}
		if (!differ.isEmpty()) {
			problems.add(String.join(", ", differ) + ": " + name(proxy) + " declares " + queues
					+ " durable, not auto-delete and without arguments, and RabbitMQ refuses a declaration with other "
					+ "flags (406 PRECONDITION_FAILED) and closes the channel that made it; when the proxy declares "
					+ "second, it cannot serve the dialogue (go-ari-proxy drops it after 10 s). Remove the override");
		}
	}

	private static boolean fixedByProxy(ProxyPreset proxy) {
		return proxy != ProxyPreset.ASTERNET_ARI_PROXY;
	}

	private static String name(ProxyPreset proxy) {
		return (proxy == ProxyPreset.GO_ARI_PROXY) ? "go-ari-proxy" : "ari-queue-proxy";
	}

}
