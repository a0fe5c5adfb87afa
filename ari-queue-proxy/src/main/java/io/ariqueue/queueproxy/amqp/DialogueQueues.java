package io.ariqueue.queueproxy.amqp;

import java.util.List;

/**
 * The names of a dialogue's queues, as every proxy of the protocol derives them.
 *
 * @author ari-queue team
 */
public final class DialogueQueues {

	private DialogueQueues() {
	}

	/**
	 * The queue the proxy publishes a dialogue's events to.
	 * @param dialogueId the dialogue
	 * @return the queue name
	 */
	public static String events(String dialogueId) {
		return "events_" + dialogueId;
	}

	/**
	 * The queue the proxy publishes a dialogue's responses to.
	 * @param dialogueId the dialogue
	 * @return the queue name
	 */
	public static String responses(String dialogueId) {
		return "responses_" + dialogueId;
	}

	/**
	 * The queue the proxy reads a dialogue's commands from.
	 * @param dialogueId the dialogue
	 * @return the queue name
	 */
	public static String commands(String dialogueId) {
		return "commands_" + dialogueId;
	}

	/**
	 * All three queues of a dialogue.
	 * @param dialogueId the dialogue
	 * @return the queue names
	 */
	public static List<String> all(String dialogueId) {
		return List.of(events(dialogueId), responses(dialogueId), commands(dialogueId));
	}

	/**
	 * The dialogue a queue belongs to.
	 * @param queue the queue name
	 * @return the dialogue id, or {@code null} for a queue of no dialogue
	 */
	public static String dialogueOf(String queue) {
		for (String prefix : List.of("events_", "responses_", "commands_")) {
			if (queue.startsWith(prefix)) {
				return queue.substring(prefix.length());
			}
		}
		return null;
	}

}
