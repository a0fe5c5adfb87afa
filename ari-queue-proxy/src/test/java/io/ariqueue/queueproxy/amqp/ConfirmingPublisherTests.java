package io.ariqueue.queueproxy.amqp;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * Tests for {@link ConfirmingPublisher}, over a mocked channel whose confirmations the test
 * sends.
 *
 * @author ari-queue team
 */
class ConfirmingPublisherTests {

	private final Channel channel = mock(Channel.class);

	private final AtomicLong sequence = new AtomicLong(1);

	private ConfirmingPublisher publisher;

	@Test
	void aPublisherDoesNotWaitForTheConfirmationOfAnotherOnTheSameChannel() throws Exception {
		ConfirmListener broker = publisher(Duration.ofSeconds(5));
		ConfirmingPublisher publisher = this.publisher;
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> publish(publisher, "events_a"));
		verify(this.channel, timeout(2000)).basicPublish(eq(""), eq("events_a"), anyBoolean(), any(), any());
		// the first message is not confirmed yet: the second goes out and is confirmed all the same
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> publish(publisher, "events_b"));
		verify(this.channel, timeout(2000)).basicPublish(eq(""), eq("events_b"), anyBoolean(), any(), any());
		broker.handleAck(2, false);
		second.get(2, TimeUnit.SECONDS);
		assertThat(first).isNotDone();
		broker.handleAck(1, false);
		first.get(2, TimeUnit.SECONDS);
	}

	@Test
	void aMultipleAckConfirmsEveryMessageUpToItsTag() throws Exception {
		ConfirmListener broker = publisher(Duration.ofSeconds(5));
		ConfirmingPublisher publisher = this.publisher;
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> publish(publisher, "q1"));
		verify(this.channel, timeout(2000)).basicPublish(eq(""), eq("q1"), anyBoolean(), any(), any());
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> publish(publisher, "q2"));
		verify(this.channel, timeout(2000)).basicPublish(eq(""), eq("q2"), anyBoolean(), any(), any());
		broker.handleAck(2, true);
		CompletableFuture.allOf(first, second).get(2, TimeUnit.SECONDS);
	}

	@Test
	void aNackOrNoConfirmationInTimeIsAnError() throws Exception {
		ConfirmListener broker = publisher(Duration.ofMillis(300));
		ConfirmingPublisher publisher = this.publisher;
		CompletableFuture<Void> nacked = CompletableFuture.runAsync(() -> publish(publisher, "q1"));
		verify(this.channel, timeout(2000)).basicPublish(eq(""), eq("q1"), anyBoolean(), any(), any());
		broker.handleNack(1, false);
		assertThat(nacked).failsWithin(Duration.ofSeconds(2)).withThrowableThat().withMessageContaining("nacked");
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> publisher.publish("", "q2", true, null, new byte[0]))
			.withMessageContaining("did not confirm a message to q2 in time");
	}

	private ConfirmListener publisher(Duration timeout) throws IOException {
		given(this.channel.getNextPublishSeqNo()).willAnswer((invocation) -> this.sequence.get());
		willAnswer((invocation) -> {
			this.sequence.incrementAndGet();
			return null;
		}).given(this.channel).basicPublish(anyString(), anyString(), anyBoolean(), any(), any());
		this.publisher = new ConfirmingPublisher(this.channel, timeout);
		ArgumentCaptor<ConfirmListener> listener = ArgumentCaptor.forClass(ConfirmListener.class);
		verify(this.channel).addConfirmListener(listener.capture());
		verify(this.channel).confirmSelect();
		return listener.getValue();
	}

	private static void publish(ConfirmingPublisher publisher, String queue) {
		try {
			publisher.publish("", queue, true, null, new byte[0]);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
