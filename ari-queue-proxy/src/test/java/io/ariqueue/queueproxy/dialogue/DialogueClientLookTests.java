package io.ariqueue.queueproxy.dialogue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.ariqueue.queueproxy.amqp.Outboxes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a {@link Dialogue}'s client is due for a look at its events queue, and what a look
 * concludes.
 *
 * @author ari-queue team
 */
class DialogueClientLookTests {

	/** Long enough that no pause of a loaded machine makes it pass by itself. */
	private static final long LONG = TimeUnit.MINUTES.toNanos(1);

	private static final long SHORT = TimeUnit.MILLISECONDS.toNanos(10);

	private final Dialogue dialogue = new Dialogue("d-1", "ivr",
			new Outboxes(null, Runnable::run, null, 10, false).open("d-1"), new SerialLane(Runnable::run));

	@Test
	void aNewDialogueIsDueOnlyAfterAWholeInterval() throws Exception {
		assertThat(this.dialogue.clientLookDue(LONG)).isFalse();
		Thread.sleep(20);
		assertThat(this.dialogue.clientLookDue(SHORT)).isTrue();
		// a look due every time it is asked: after a broker recovery, every client is looked at
		assertThat(this.dialogue.clientLookDue(0)).isTrue();
	}

	@Test
	void aCommandCountsAsALook() throws Exception {
		Thread.sleep(20);
		assertThat(this.dialogue.clientLookDue(SHORT)).isTrue();
		this.dialogue.clientHeard();
		assertThat(this.dialogue.clientLookDue(LONG)).isFalse();
		assertThat(this.dialogue.isClientSeen()).isTrue();
	}

	@Test
	void aClientIsGoneAfterTwoLooksWithoutConsumersOnceItWasSeen() {
		// no consumer before the client came is not a client that left
		assertThat(this.dialogue.clientLooked(0)).isFalse();
		assertThat(this.dialogue.clientLooked(0)).isFalse();
		assertThat(this.dialogue.clientLooked(1)).isFalse();
		assertThat(this.dialogue.clientLooked(0)).isFalse();
		assertThat(this.dialogue.clientLooked(0)).isTrue();
	}

	@Test
	void aCommandBetweenTwoEmptyLooksKeepsTheClient() {
		this.dialogue.clientLooked(1);
		assertThat(this.dialogue.clientLooked(0)).isFalse();
		this.dialogue.clientHeard();
		assertThat(this.dialogue.clientLooked(0)).isFalse();
		assertThat(this.dialogue.clientLooked(0)).isTrue();
	}

	@Test
	void aLookRestartsTheInterval() throws Exception {
		Thread.sleep(20);
		assertThat(this.dialogue.clientLookDue(SHORT)).isTrue();
		this.dialogue.clientLooked(1);
		assertThat(this.dialogue.clientLookDue(LONG)).isFalse();
	}

}
