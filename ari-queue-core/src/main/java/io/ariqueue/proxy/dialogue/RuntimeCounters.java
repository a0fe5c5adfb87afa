package io.ariqueue.proxy.dialogue;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the dialogue runtime counts as it runs: messages it rejected, redeliveries it skipped,
 * announcements it handed back, dialogues it adopted.
 *
 * @author ari-queue team
 */
final class RuntimeCounters {

	private final AtomicLong malformed = new AtomicLong();

	private final AtomicLong duplicatesSkipped = new AtomicLong();

	private final AtomicLong unknownResponses = new AtomicLong();

	private final AtomicLong announcementsReturned = new AtomicLong();

	private final AtomicLong adopted = new AtomicLong();

	void malformed() {
		this.malformed.incrementAndGet();
	}

	void duplicateSkipped() {
		this.duplicatesSkipped.incrementAndGet();
	}

	void unknownResponse() {
		this.unknownResponses.incrementAndGet();
	}

	void announcementReturned() {
		this.announcementsReturned.incrementAndGet();
	}

	void adopted() {
		this.adopted.incrementAndGet();
	}

	long malformedMessages() {
		return this.malformed.get();
	}

	long duplicatesSkipped() {
		return this.duplicatesSkipped.get();
	}

	long unknownResponses() {
		return this.unknownResponses.get();
	}

	long announcementsReturned() {
		return this.announcementsReturned.get();
	}

	long adoptedDialogues() {
		return this.adopted.get();
	}

}
