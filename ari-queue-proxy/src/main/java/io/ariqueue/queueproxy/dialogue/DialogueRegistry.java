package io.ariqueue.queueproxy.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.ariqueue.queueproxy.amqp.DialogueQueues;

/**
 * Which dialogue owns which Asterisk object. An object usually has one owner; a bridge shared by
 * calls may have several, and its events reach each of them.
 *
 * @author ari-queue team
 */
public final class DialogueRegistry {

	private final Map<String, Dialogue> dialogues = new ConcurrentHashMap<>();

	private final Map<ObjectRef, List<Dialogue>> owners = new HashMap<>();

	private final Map<Dialogue, Set<ObjectRef>> objects = new HashMap<>();

	private final Set<String> applications;

	/**
	 * Create a registry.
	 * @param applications the Stasis applications, whose queues are always live
	 */
	public DialogueRegistry(Collection<String> applications) {
		this.applications = Set.copyOf(applications);
	}

	/**
	 * The Stasis applications.
	 * @return the applications
	 */
	public Set<String> applications() {
		return this.applications;
	}

	void add(Dialogue dialogue) {
		this.dialogues.put(dialogue.id(), dialogue);
	}

	/**
	 * A dialogue by id.
	 * @param id the id
	 * @return the dialogue, or {@code null}
	 */
	public Dialogue get(String id) {
		return this.dialogues.get(id);
	}

	/**
	 * All dialogues not yet ended.
	 * @return a snapshot
	 */
	public List<Dialogue> all() {
		return new ArrayList<>(this.dialogues.values());
	}

	/**
	 * How many dialogues exist, ending ones included.
	 * @return the count
	 */
	public int size() {
		return this.dialogues.size();
	}

	/**
	 * Make a dialogue an owner of an object.
	 * @param dialogue the dialogue
	 * @param object the object
	 * @return whether it was not an owner before; {@code false} too for a dialogue already removed,
	 * which owns nothing more
	 */
	public synchronized boolean bind(Dialogue dialogue, ObjectRef object) {
		if (this.dialogues.get(dialogue.id()) != dialogue) {
			// a late command of an ended dialogue: an entry now would never be removed
			return false;
		}
		List<Dialogue> current = this.owners.computeIfAbsent(object, (key) -> new ArrayList<>(1));
		if (current.contains(dialogue)) {
			return false;
		}
		current.add(dialogue);
		this.objects.computeIfAbsent(dialogue, (key) -> new HashSet<>()).add(object);
		return true;
	}

	/**
	 * Stop a dialogue owning an object.
	 * @param dialogue the dialogue
	 * @param object the object
	 */
	public synchronized void unbind(Dialogue dialogue, ObjectRef object) {
		List<Dialogue> current = this.owners.get(object);
		if (current != null) {
			current.remove(dialogue);
			if (current.isEmpty()) {
				this.owners.remove(object);
			}
		}
		Set<ObjectRef> owned = this.objects.get(dialogue);
		if (owned != null) {
			owned.remove(object);
		}
	}

	/**
	 * The dialogues that own an object.
	 * @param object the object
	 * @return the owners, possibly none
	 */
	public synchronized List<Dialogue> owners(ObjectRef object) {
		List<Dialogue> current = this.owners.get(object);
		return (current != null) ? List.copyOf(current) : List.of();
	}

	/**
	 * The objects a dialogue owns.
	 * @param dialogue the dialogue
	 * @return a snapshot
	 */
	public synchronized Set<ObjectRef> objectsOf(Dialogue dialogue) {
		Set<ObjectRef> owned = this.objects.get(dialogue);
		return (owned != null) ? Set.copyOf(owned) : Set.of();
	}

	/**
	 * How many objects are bound to any dialogue.
	 * @return the count
	 */
	public synchronized int boundObjects() {
		return this.owners.size();
	}

	/**
	 * Forget a dialogue and everything it owned.
	 * @param dialogue the dialogue
	 */
	public synchronized void remove(Dialogue dialogue) {
		this.dialogues.remove(dialogue.id(), dialogue);
		Set<ObjectRef> owned = this.objects.remove(dialogue);
		if (owned != null) {
			for (ObjectRef object : owned) {
				List<Dialogue> current = this.owners.get(object);
				if (current != null) {
					current.remove(dialogue);
					if (current.isEmpty()) {
						this.owners.remove(object);
					}
				}
			}
		}
	}

	/**
	 * Whether a queue is still wanted: an application's queue or one of a dialogue not ended.
	 * @param queue the queue name
	 * @return whether it is live
	 */
	public boolean isLiveQueue(String queue) {
		if (this.applications.contains(queue)) {
			return true;
		}
		String dialogueId = DialogueQueues.dialogueOf(queue);
		return dialogueId != null && this.dialogues.containsKey(dialogueId);
	}

}
