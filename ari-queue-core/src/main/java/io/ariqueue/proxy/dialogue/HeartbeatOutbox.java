package io.ariqueue.proxy.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ariqueue.proxy.dialogue.Membership.OwnedDialogue;

/**
 * The heartbeats one instance sends for one application: a full list first, then the changes since
 * the previous message, and a full list again every {@code fullListEvery} beats, after a publish
 * failed, when a peer is new, or when a peer asks for it.
 * <p>
 * Every message takes the next number, even one that then fails to go out: receivers see the gap
 * and wait for the full list that follows a failure.
 *
 * @author ari-queue team
 */
final class HeartbeatOutbox {

	/** The most dialogues in one message, about 240 KB. */
	static final int DIALOGUES_PER_MESSAGE = 4000;

	private final String instance;

	private final String application;

	private final HeartbeatCodec codec;

	private final int fullListEvery;

	/** What a receiver that missed nothing believes this instance runs. */
	private Map<String, OwnedDialogue> sent = new HashMap<>();

	private long n;

	private long fullListSeq;

	private int beatsSinceFullList;

	private boolean fullListDue = true;

	HeartbeatOutbox(String instance, String application, HeartbeatCodec codec, int fullListEvery) {
		this.instance = instance;
		this.application = application;
		this.codec = codec;
		this.fullListEvery = fullListEvery;
	}

	String application() {
		return this.application;
	}

	/**
	 * The messages of the next beat.
	 * @param owned the dialogues this instance runs now, of every application
	 * @param wanted the instances whose full list this instance asks for
	 * @return the message bodies to publish, in order
	 */
	synchronized List<byte[]> nextBeat(Collection<OwnedDialogue> owned, Collection<String> wanted) {
		Map<String, OwnedDialogue> current = mine(owned);
		List<OwnedDialogue> added = new ArrayList<>();
		for (OwnedDialogue dialogue : current.values()) {
			if (!dialogue.equals(this.sent.get(dialogue.id()))) {
				added.add(dialogue);
			}
		}
		List<String> removed = new ArrayList<>();
		for (String id : this.sent.keySet()) {
			if (!current.containsKey(id)) {
				removed.add(id);
			}
		}
		this.beatsSinceFullList++;
		if (this.fullListDue || this.beatsSinceFullList >= this.fullListEvery
				|| added.size() + removed.size() > DIALOGUES_PER_MESSAGE) {
			return fullList(current, false, wanted);
		}
		this.sent = current;
		return List.of(this.codec.delta(this.instance, this.application, ++this.n, this.fullListSeq, added, removed,
				wanted));
	}

	/**
	 * The messages that say this instance leaves.
	 * @param owned the dialogues it hands back, of every application
	 * @return the message bodies to publish, in order
	 */
	synchronized List<byte[]> leaving(Collection<OwnedDialogue> owned) {
		return fullList(mine(owned), true, List.of());
	}

	private List<byte[]> fullList(Map<String, OwnedDialogue> current, boolean leaving, Collection<String> wanted) {
		List<OwnedDialogue> all = new ArrayList<>(current.values());
		int parts = Math.max(1, (all.size() + DIALOGUES_PER_MESSAGE - 1) / DIALOGUES_PER_MESSAGE);
		long seq = this.n + 1;
		List<byte[]> bodies = new ArrayList<>(parts);
		for (int part = 0; part < parts; part++) {
			List<OwnedDialogue> slice = all.subList(part * DIALOGUES_PER_MESSAGE,
					Math.min(all.size(), (part + 1) * DIALOGUES_PER_MESSAGE));
			bodies.add(this.codec.full(this.instance, this.application, ++this.n, seq, part, parts,
					leaving && part == parts - 1, slice, wanted));
		}
		this.sent = current;
		this.fullListSeq = seq;
		this.beatsSinceFullList = 0;
		this.fullListDue = false;
		return bodies;
	}

	/**
	 * A message of the last beat may not have gone out: send the full list next.
	 */
	synchronized void failed() {
		this.fullListDue = true;
	}

	/**
	 * A peer asked for the full list. Unless one went out in the previous beat (which the peer may
	 * not have received when it asked), the next beat sends it.
	 */
	synchronized void requested() {
		if (this.beatsSinceFullList >= 2) {
			this.fullListDue = true;
		}
	}

	/**
	 * A peer was heard for the first time: its queue may have been bound after the last full
	 * list went out.
	 */
	synchronized void peerJoined() {
		this.fullListDue = true;
	}

	private Map<String, OwnedDialogue> mine(Collection<OwnedDialogue> owned) {
		Map<String, OwnedDialogue> current = new LinkedHashMap<>();
		for (OwnedDialogue dialogue : owned) {
			if (this.application.equals(dialogue.application())) {
				current.put(dialogue.id(), dialogue);
			}
		}
		return current;
	}

}
