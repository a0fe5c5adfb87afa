package io.ariqueue.proxy.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.ariqueue.ari.model.Channel;
import io.ariqueue.proxy.dialogue.Membership.OwnedDialogue;

/**
 * The dialogues of this instance, at most one per id. A dialogue is claimed before anything is set
 * up for it, so that two deliveries of one announcement, or an announcement and an adoption, can
 * never both set it up or replace one another.
 *
 * @author ari-queue team
 */
final class DialogueRegistry {

	/** How many ended dialogues are remembered, so that a late announcement cannot bring one back. */
	private static final int REMEMBERED = 10_000;

	private final Map<String, Dialogue> dialogues = new ConcurrentHashMap<>();

	private final Map<String, Boolean> ended = new LinkedHashMap<>(REMEMBERED, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED;
		}

	};

	/**
	 * Claim a dialogue's id.
	 * @param dialogue the dialogue
	 * @return the dialogue that holds the id already, or {@code null} if this one has it now
	 */
	Dialogue claim(Dialogue dialogue) {
		return this.dialogues.putIfAbsent(dialogue.id(), dialogue);
	}

	/**
	 * Give a dialogue's id up, if that dialogue holds it.
	 * @param dialogue the dialogue
	 * @return whether it held it
	 */
	boolean remove(Dialogue dialogue) {
		return this.dialogues.remove(dialogue.id(), dialogue);
	}

	/**
	 * Give the id of a dialogue that ended here up, and remember it.
	 * @param dialogue the dialogue
	 * @return whether it held the id
	 */
	boolean ended(Dialogue dialogue) {
		synchronized (this.ended) {
			this.ended.put(dialogue.id(), Boolean.TRUE);
		}
		return remove(dialogue);
	}

	/**
	 * Whether a dialogue of this id ended here lately: an announcement of it that comes now was
	 * delivered again after its acknowledgement was lost, and must not set it up again (which would
	 * declare its deleted queues anew and hold a slot until the idle timeout).
	 * @param id the dialogue id
	 * @return whether it ended here among the last ten thousand dialogues
	 */
	boolean hasEnded(String id) {
		synchronized (this.ended) {
			return this.ended.containsKey(id);
		}
	}

	Dialogue get(String id) {
		return this.dialogues.get(id);
	}

	boolean contains(String id) {
		return this.dialogues.containsKey(id);
	}

	Collection<Dialogue> all() {
		return this.dialogues.values();
	}

	int size() {
		return this.dialogues.size();
	}

	boolean isEmpty() {
		return this.dialogues.isEmpty();
	}

	/**
	 * The dialogues this instance runs now, as it tells the other instances.
	 * @return the dialogues that started and have not ended
	 */
	List<OwnedDialogue> running() {
		List<OwnedDialogue> owned = new ArrayList<>(this.dialogues.size());
		for (Dialogue dialogue : this.dialogues.values()) {
			if (dialogue.isRunning()) {
				Channel primary = dialogue.primaryChannel();
				owned.add(new OwnedDialogue(dialogue.id(), dialogue.serverId(), dialogue.application(),
						(primary != null) ? primary.id() : null));
			}
		}
		return owned;
	}

}
