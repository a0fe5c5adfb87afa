package io.ariqueue.proxy.dialogue;

/**
 * The names of a dialogue's queues, which the proxies derive by plain concatenation.
 *
 * @author ari-queue team
 */
final class ProxyQueueNames {

	static final String EVENTS_PREFIX = "events_";

	static final String COMMANDS_PREFIX = "commands_";

	static final String RESPONSES_PREFIX = "responses_";

	private ProxyQueueNames() {
	}

	static String events(String dialogueId) {
		return EVENTS_PREFIX + dialogueId;
	}

	static String commands(String dialogueId) {
		return COMMANDS_PREFIX + dialogueId;
	}

	static String responses(String dialogueId) {
		return RESPONSES_PREFIX + dialogueId;
	}

	static String dialogueIdOfCommands(String queue) {
		return queue.startsWith(COMMANDS_PREFIX) ? queue.substring(COMMANDS_PREFIX.length()) : null;
	}

}
