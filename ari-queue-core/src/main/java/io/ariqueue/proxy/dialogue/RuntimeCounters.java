package io.ariqueue.proxy.dialogue;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics.MessageQueue;
import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics.RejectionCause;
import io.ariqueue.proxy.wire.MalformedMessageException;
import io.ariqueue.proxy.wire.OversizedMessageException;
import io.ariqueue.session.DialogueCloseReason;

/**
 * What the dialogue runtime counts as it runs: messages it rejected, redeliveries it skipped,
 * announcements it handed back, dialogues it adopted; each also told to the
 * {@link DialogueRuntimeMetrics}.
 *
 * @author ari-queue team
 */
final class RuntimeCounters {

	private final DialogueRuntimeMetrics metrics;

	private final AtomicLong malformed = new AtomicLong();

	private final AtomicLong duplicatesSkipped = new AtomicLong();

	private final AtomicLong unknownResponses = new AtomicLong();

	private final AtomicLong announcementsReturned = new AtomicLong();

	private final AtomicLong adopted = new AtomicLong();

	RuntimeCounters() {
		this(DialogueRuntimeMetrics.NONE);
	}

	RuntimeCounters(DialogueRuntimeMetrics metrics) {
		this.metrics = metrics;
	}

	/**
	 * A message that could not be read, or was too large, was rejected.
	 * @param queue where it came from
	 * @param failure why it could not be read
	 */
	void malformed(MessageQueue queue, MalformedMessageException failure) {
		this.malformed.incrementAndGet();
		this.metrics.messageRejected(queue,
				(failure instanceof OversizedMessageException) ? RejectionCause.OVERSIZED : RejectionCause.MALFORMED);
	}

	void duplicateSkipped() {
		this.duplicatesSkipped.incrementAndGet();
	}

	void unknownResponse() {
		this.unknownResponses.incrementAndGet();
		this.metrics.messageRejected(MessageQueue.RESPONSES, RejectionCause.UNKNOWN_RESPONSE);
	}

	void announcementReturned() {
		this.announcementsReturned.incrementAndGet();
		this.metrics.announcementReturned();
	}

	void started(boolean adopted) {
		if (adopted) {
			this.adopted.incrementAndGet();
		}
		this.metrics.dialogueStarted(adopted);
	}

	void ended(DialogueCloseReason reason) {
		this.metrics.dialogueEnded(reason);
	}

	void handlingEvent(String eventType, OffsetDateTime timestamp) {
		this.metrics.handlingEvent(eventType, timestamp);
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
