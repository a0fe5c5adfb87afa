package io.ariqueue.proxy.dialogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.ariqueue.proxy.dialogue.HeartbeatCodec.Heartbeat;
import io.ariqueue.proxy.dialogue.Membership.OwnedDialogue;

/**
 * What one receiver knows of the dialogues one other instance runs for one application, rebuilt
 * from that instance's heartbeats.
 * <p>
 * The view is <em>complete</em> once a whole full list arrived and every message since, none
 * missing: then it holds exactly the dialogues the sender listed in its latest message. A missing
 * message number, a delta before any full list, a full list whose parts do not follow each other,
 * a kind this version cannot read, or a stretch during which the receiver could not hear (see
 * {@link #lostTrack()}) make it incomplete, and it stays so until the next whole full list: later
 * deltas are still applied, so that it holds every dialogue the receiver positively knows of, but
 * nobody takes it for the whole. A version 1 sender's view is the union of its last two full
 * lists, as version 1 itself kept it.
 *
 * @author ari-queue team
 */
final class HeartbeatView {

	private Map<String, Listed> dialogues = new HashMap<>();

	private boolean complete;

	private boolean legacy;

	private boolean leaving;

	/** The number of the last message applied, or 0 before the first. */
	private long last;

	/** The newest version 1 {@code seq}. */
	private long legacySeq;

	private Map<String, Listed> assembling;

	private long assemblingFrom;

	void apply(Heartbeat heartbeat) {
		this.leaving |= heartbeat.leaving();
		switch (heartbeat.kind()) {
			case LEGACY -> applyLegacy(heartbeat);
			case FULL -> applyFull(heartbeat);
			case DELTA -> applyDelta(heartbeat);
			case UNKNOWN -> {
				this.assembling = null;
				this.complete = false;
				this.last = heartbeat.n();
			}
		}
	}

	private void applyLegacy(Heartbeat heartbeat) {
		this.legacy = true;
		this.complete = true;
		this.legacySeq = Math.max(this.legacySeq, heartbeat.seq());
		for (OwnedDialogue dialogue : heartbeat.dialogues()) {
			this.dialogues.put(dialogue.id(), new Listed(dialogue, heartbeat.seq()));
		}
	}

	private void applyFull(Heartbeat heartbeat) {
		this.legacy = false;
		if (heartbeat.part() == 0) {
			this.assembling = new HashMap<>();
			this.assemblingFrom = heartbeat.seq();
		}
		else if (this.assembling == null || heartbeat.n() != this.last + 1 || heartbeat.seq() != this.assemblingFrom) {
			// a part went missing: this list can never be whole
			this.assembling = null;
			this.complete = false;
			this.last = heartbeat.n();
			return;
		}
		this.last = heartbeat.n();
		for (OwnedDialogue dialogue : heartbeat.dialogues()) {
			this.assembling.put(dialogue.id(), new Listed(dialogue, 0));
		}
		if (heartbeat.lastPart()) {
			this.dialogues = this.assembling;
			this.assembling = null;
			this.complete = true;
		}
	}

	private void applyDelta(Heartbeat heartbeat) {
		if (this.legacy || this.last == 0 || heartbeat.n() != this.last + 1 || this.assembling != null) {
			this.complete = false;
		}
		this.legacy = false;
		this.assembling = null;
		this.last = heartbeat.n();
		for (OwnedDialogue dialogue : heartbeat.dialogues()) {
			this.dialogues.put(dialogue.id(), new Listed(dialogue, 0));
		}
		for (String id : heartbeat.removed()) {
			this.dialogues.remove(id);
		}
	}

	/**
	 * The receiver may have missed messages, for example while its connection was down: nothing
	 * it holds can be taken for the whole any more.
	 */
	void lostTrack() {
		this.complete = false;
		this.assembling = null;
	}

	/**
	 * Forget what a version 1 sender stopped listing: a dialogue missing from its last two
	 * heartbeats has ended there.
	 */
	void prune() {
		if (this.legacy) {
			this.dialogues.values().removeIf((dialogue) -> dialogue.seq() < this.legacySeq - 1);
		}
	}

	boolean complete() {
		return this.complete;
	}

	/**
	 * Whether the sender should be asked for its full list: version 1 senders cannot be asked.
	 * @return whether to ask
	 */
	boolean wantsFullList() {
		return !this.complete && !this.legacy;
	}

	boolean leaving() {
		return this.leaving;
	}

	/**
	 * The dialogues known, with those of a full list whose parts are still arriving: each was
	 * running when its sender listed it.
	 * @return the dialogues
	 */
	Collection<OwnedDialogue> dialogues() {
		Map<String, OwnedDialogue> known = new HashMap<>();
		this.dialogues.values().forEach((listed) -> known.put(listed.dialogue().id(), listed.dialogue()));
		if (this.assembling != null) {
			this.assembling.values().forEach((listed) -> known.put(listed.dialogue().id(), listed.dialogue()));
		}
		return known.values();
	}

	boolean lists(String dialogueId) {
		return this.dialogues.containsKey(dialogueId)
				|| (this.assembling != null && this.assembling.containsKey(dialogueId));
	}

	int size() {
		return this.dialogues.size();
	}

	private record Listed(OwnedDialogue dialogue, long seq) {
	}

}
