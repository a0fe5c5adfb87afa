package io.ariqueue.queueproxy.amqp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Tests for {@link Outboxes}, with a mocked broker and an executor the test runs by hand.
 *
 * @author ari-queue team
 */
class OutboxesTests {

	private final ProxyBroker broker = mock(ProxyBroker.class);

	private final ConcurrentLinkedQueue<Runnable> executor = new ConcurrentLinkedQueue<>();

	private final List<String> published = new ArrayList<>();

	@Test
	void aResponseToAnIdleDialogueIsPublishedOnTheCallersThread() throws Exception {
		record();
		Outboxes outboxes = new Outboxes(this.broker, this.executor::add, null, 10, true);
		List<String> after = new ArrayList<>();
		outboxes.open("d").message("responses_d", body("r1"), () -> after.add("acked"));
		assertThat(this.published).containsExactly("responses_d r1");
		assertThat(after).containsExactly("acked");
		assertThat(this.executor).as("no hand-off").isEmpty();
		assertThat(outboxes.pending()).isZero();
	}

	@Test
	void aResponseWaitsBehindWhatIsOnItsWayAlready() throws Exception {
		record();
		Outboxes outboxes = new Outboxes(this.broker, this.executor::add, null, 10, true);
		Outboxes.Outbox outbox = outboxes.open("d");
		outbox.event("events_d", body("e1"));
		outbox.message("responses_d", body("r1"), () -> {
		});
		verify(this.broker, never()).publish(eq("responses_d"), any());
		this.executor.poll().run();
		assertThat(this.published).containsExactly("events_d e1", "responses_d r1");
	}

	@Test
	void withoutInlinePublishingEveryMessageGoesThroughTheExecutor() throws Exception {
		record();
		Outboxes outboxes = new Outboxes(this.broker, this.executor::add, null, 10, false);
		outboxes.open("d").message("responses_d", body("r1"), () -> {
		});
		assertThat(this.published).isEmpty();
		this.executor.poll().run();
		assertThat(this.published).containsExactly("responses_d r1");
	}

	private void record() throws IOException {
		willAnswer((invocation) -> {
			this.published.add(invocation.getArgument(0) + " "
					+ new String(invocation.<byte[]>getArgument(1), StandardCharsets.UTF_8));
			return null;
		}).given(this.broker).publish(any(), any());
	}

	private static byte[] body(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
