package io.ariqueue.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics.MessageQueue;
import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics.RejectionCause;
import io.ariqueue.session.DialogueCloseReason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MicrometerDialogueRuntimeMetrics}: the meters, their tags and what they count.
 *
 * @author ari-queue team
 */
class MicrometerDialogueRuntimeMetricsTests {

	private final MockClock clock = new MockClock();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, this.clock);

	private final MicrometerDialogueRuntimeMetrics metrics = new MicrometerDialogueRuntimeMetrics(this.registry);

	@Test
	void countsDialoguesStartedByOriginAndAdoptions() {
		this.metrics.dialogueStarted(false);
		this.metrics.dialogueStarted(false);
		this.metrics.dialogueStarted(true);
		assertThat(this.registry.get("ari.queue.dialogues.started").tag("origin", "announced").counter().count())
			.isEqualTo(2);
		assertThat(this.registry.get("ari.queue.dialogues.started").tag("origin", "adopted").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("ari.queue.adoptions").counter().count()).isEqualTo(1);
	}

	@Test
	void countsDialoguesEndedByEveryReasonInLowerCase() {
		this.metrics.dialogueEnded(DialogueCloseReason.IDLE_TIMEOUT);
		assertThat(this.registry.get("ari.queue.dialogues.ended").tag("reason", "idle_timeout").counter().count())
			.isEqualTo(1);
		// every reason has its series from the start, so that a rate of zero shows as zero
		assertThat(this.registry.get("ari.queue.dialogues.ended").counters()).hasSize(DialogueCloseReason.values().length);
	}

	@Test
	void countsRejectedMessagesByQueueAndCause() {
		this.metrics.messageRejected(MessageQueue.EVENTS, RejectionCause.OVERSIZED);
		this.metrics.messageRejected(MessageQueue.EVENTS, RejectionCause.OVERSIZED);
		this.metrics.messageRejected(MessageQueue.RESPONSES, RejectionCause.UNKNOWN_RESPONSE);
		assertThat(this.registry.get("ari.queue.messages.rejected")
			.tags("queue", "events", "cause", "oversized")
			.counter()
			.count()).isEqualTo(2);
		assertThat(this.registry.get("ari.queue.messages.rejected")
			.tags("queue", "responses", "cause", "unknown_response")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("ari.queue.messages.rejected").counters()).hasSize(2);
	}

	@Test
	void countsReturnedAnnouncements() {
		this.metrics.announcementReturned();
		assertThat(this.registry.get("ari.queue.announcements.returned").counter().count()).isEqualTo(1);
	}

	@Test
	void timesTheDelayFromAsterisksTimestampByEventType() {
		this.clock.add(Duration.ofSeconds(1000));
		Instant now = Instant.ofEpochMilli(this.clock.wallTime());
		this.metrics.handlingEvent("StasisStart", OffsetDateTime.ofInstant(now.minusMillis(40), ZoneOffset.ofHours(2)));
		this.metrics.handlingEvent("StasisStart", null);
		// a clock behind Asterisk's: no delay can be told
		this.metrics.handlingEvent("StasisStart", OffsetDateTime.ofInstant(now.plusMillis(5), ZoneOffset.UTC));
		Timer delay = this.registry.get("ari.queue.events.delay").tag("event.type", "StasisStart").timer();
		assertThat(delay.count()).isEqualTo(1);
		assertThat(delay.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40);
	}

}
