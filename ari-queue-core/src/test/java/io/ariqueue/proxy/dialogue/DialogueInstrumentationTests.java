package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.rabbitmq.client.Channel;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.client.AriTimeoutException;
import io.ariqueue.ari.client.DialogueClosedException;
import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.AriEventReader;
import io.ariqueue.ari.json.AriJson;
import io.ariqueue.handler.AriEventDispatcher;
import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.ConsumerChannelPool;
import io.ariqueue.proxy.amqp.DeliveryListener;
import io.ariqueue.proxy.amqp.InboundMessage;
import io.ariqueue.proxy.amqp.MessagePublisher;
import io.ariqueue.proxy.amqp.Subscription;
import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics.MessageQueue;
import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics.RejectionCause;
import io.ariqueue.proxy.wire.ProxyWireCodec;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * A dialogue against mocked consumers and publisher, observed: the observation of each ARI call
 * from its sending to its answer, and what it tells its {@link DialogueRuntimeMetrics}.
 *
 * @author ari-queue team
 */
class DialogueInstrumentationTests {

	private final ConsumerChannelPool consumers = mock(ConsumerChannelPool.class);

	private final MessagePublisher publisher = mock(MessagePublisher.class);

	private final Channel channel = mock(Channel.class);

	private final Map<String, DeliveryListener> listeners = new ConcurrentHashMap<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

	private final TestObservationRegistry observations = TestObservationRegistry.create();

	private final RecordingMetrics metrics = new RecordingMetrics();

	private long deliveryTag;

	@BeforeEach
	void openChannel() {
		given(this.channel.isOpen()).willReturn(true);
	}

	@AfterEach
	void stopTimer() {
		this.timer.shutdownNow();
	}

	@Test
	void observesACallFromItsSendingToItsAnswer() throws Exception {
		Dialogue dialogue = started(Duration.ofSeconds(5));
		CompletableFuture<AriResponse> answer = dialogue.send(answer("c1"));
		assertThat(this.observations).hasObservationWithNameEqualTo("ari.queue.command")
			.that()
			.hasBeenStarted()
			.isNotStopped();
		respond(uniqueIdOfLastCommand(), 204);
		assertThat(answer).isCompletedWithValueMatching((response) -> response.statusCode() == 204);
		assertThat(this.observations).hasObservationWithNameEqualTo("ari.queue.command")
			.that()
			.hasBeenStopped()
			.hasContextualNameEqualTo("channels.answer")
			.hasLowCardinalityKeyValue("operation", "channels.answer")
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasHighCardinalityKeyValue("dialogue.id", "d1")
			.hasHighCardinalityKeyValue("channel.id", "c1")
			.doesNotHaveError();
	}

	@Test
	void anErrorAnswerIsAClientOrServerErrorWithoutAnException() throws Exception {
		Dialogue dialogue = started(Duration.ofSeconds(5));
		dialogue.send(answer("c1"));
		respond(uniqueIdOfLastCommand(), 404);
		dialogue.send(answer("c2"));
		respond(uniqueIdOfLastCommand(), 500);
		assertThat(this.observations).hasNumberOfObservationsWithNameEqualTo("ari.queue.command", 2)
			.hasAnObservation((observation) -> observation.hasHighCardinalityKeyValue("channel.id", "c1")
				.hasLowCardinalityKeyValue("outcome", "client_error")
				.doesNotHaveError())
			.hasAnObservation((observation) -> observation.hasHighCardinalityKeyValue("channel.id", "c2")
				.hasLowCardinalityKeyValue("outcome", "server_error"));
	}

	@Test
	void aCallWithoutAnAnswerIsATimeout() throws Exception {
		Dialogue dialogue = started(Duration.ofMillis(50));
		CompletableFuture<AriResponse> answer = dialogue.send(answer("c1"));
		await().atMost(Duration.ofSeconds(5)).until(answer::isDone);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.observations).hasObservationWithNameEqualTo("ari.queue.command")
				.that()
				.hasBeenStopped()
				.hasLowCardinalityKeyValue("outcome", "timeout")
				.assertThatError()
				.isInstanceOf(AriTimeoutException.class));
	}

	@Test
	void aCallInAnEndedDialogueIsAConnectionFailure() throws Exception {
		Dialogue dialogue = started(Duration.ofSeconds(5));
		dialogue.requestClose(DialogueCloseReason.CLOSED_BY_APPLICATION);
		dialogue.send(answer("c1"));
		assertThat(this.observations).hasObservationWithNameEqualTo("ari.queue.command")
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("outcome", "connection")
			.assertThatError()
			.isInstanceOf(DialogueClosedException.class);
	}

	@Test
	void aCallerThatStopsWaitingEndsTheObservationAsATimeout() throws Exception {
		Dialogue dialogue = started(Duration.ofSeconds(5));
		dialogue.send(answer("c1")).cancel(false);
		assertThat(this.observations).hasObservationWithNameEqualTo("ari.queue.command")
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("outcome", "timeout");
	}

	@Test
	void tellsTheMetricsOfEachEventBeforeItsHandlersRun() throws Exception {
		started(Duration.ofSeconds(5));
		deliverEvent("{\"type\":\"StasisStart\",\"timestamp\":\"2026-11-28T10:00:00.000+0000\",\"args\":[],"
				+ "\"channel\":{\"id\":\"c1\",\"name\":\"PJSIP/c1\",\"state\":\"Ring\"},\"application\":\"ivr\"}");
		deliverEvent("{\"type\":\"SomethingNew\",\"application\":\"ivr\"}");
		assertThat(this.metrics.events).containsExactly("StasisStart at " + OffsetDateTime.parse("2026-11-28T10:00Z"),
				"Unknown at null");
	}

	@Test
	void tellsTheMetricsOfRejectedEventsAndResponsesWithTheirCause() throws Exception {
		started(Duration.ofSeconds(5));
		this.listeners.get("events_d1").onDelivery(message("events_d1", "not json"));
		this.listeners.get("events_d1").onDelivery(message("events_d1", "x".repeat(2048)));
		this.listeners.get("responses_d1").onDelivery(message("responses_d1", "{\"unique_id\":"));
		this.listeners.get("responses_d1")
			.onDelivery(message("responses_d1", "{\"unique_id\":\"never-sent\",\"status_code\":200}"));
		assertThat(this.metrics.rejected).containsExactly("events malformed", "events oversized", "responses malformed",
				"responses unknown_response");
	}

	private Dialogue started(Duration commandTimeout) throws IOException {
		willAnswer((invocation) -> {
			this.listeners.put(invocation.getArgument(0), invocation.getArgument(1));
			return mock(Subscription.class);
		}).given(this.consumers).subscribe(anyString(), any(), eq(true));
		willAnswer((invocation) -> {
			this.listeners.put(invocation.getArgument(0), invocation.getArgument(1));
			return mock(Subscription.class);
		}).given(this.consumers).subscribeExclusivelyWithoutClaim(anyString(), any());
		ProxyPreset proxy = ProxyPreset.ARI_QUEUE_PROXY;
		ProxyRuntimeSettings settings = new ProxyRuntimeSettings(List.of("ivr"), proxy, proxy.applicationQueue(), true,
				proxy.dialogueQueues(), proxy.commandQueue(), commandTimeout, 10, null, true, 1, 1, 8, 8, 1024,
				Duration.ofSeconds(1));
		DialogueServices services = new DialogueServices(settings, new NoHandlers(), Runnable::run,
				new ProxyWireCodec(1024), new AriEventReader(AriJson.mapper()), new CommandIds(), this.timer,
				this.consumers, this.publisher, () -> true, new RuntimeCounters(this.metrics),
				new RuntimeInstrumentation(this.observations, null, this.metrics), (dialogue, reason) -> {
				});
		Dialogue dialogue = new Dialogue("d1", "asterisk-1", "ivr", false, null, services);
		dialogue.start(true);
		return dialogue;
	}

	private static AriRequest answer(String channelId) {
		return AriRequest.of("POST", "/channels/{channelId}/answer")
			.operation("channels.answer")
			.pathParameter("channelId", channelId)
			.build();
	}

	private String uniqueIdOfLastCommand() throws IOException {
		ArgumentCaptor<byte[]> command = ArgumentCaptor.forClass(byte[].class);
		verify(this.publisher, atLeastOnce()).publish(eq("commands_d1"), command.capture());
		return AriJson.mapper().readTree(command.getValue()).get("unique_id").stringValue();
	}

	private void respond(String uniqueId, int status) {
		this.listeners.get("responses_d1")
			.onDelivery(message("responses_d1", "{\"unique_id\":\"" + uniqueId + "\",\"status_code\":" + status
					+ ",\"response_body\":\"\"}"));
	}

	private void deliverEvent(String ariEvent) {
		String type = AriJson.mapper().readTree(ariEvent).get("type").stringValue();
		this.listeners.get("events_d1")
			.onDelivery(message("events_d1", "{\"server_id\":\"asterisk-1\",\"type\":\"" + type + "\",\"ari_body\":"
					+ AriJson.mapper().writeValueAsString(ariEvent) + "}"));
	}

	private InboundMessage message(String queue, String body) {
		return new InboundMessage(queue, body.getBytes(StandardCharsets.UTF_8), this.channel, ++this.deliveryTag, false);
	}

	private static final class RecordingMetrics implements DialogueRuntimeMetrics {

		final List<String> events = new CopyOnWriteArrayList<>();

		final List<String> rejected = new CopyOnWriteArrayList<>();

		@Override
		public void handlingEvent(String eventType, OffsetDateTime timestamp) {
			this.events.add(eventType + " at " + timestamp);
		}

		@Override
		public void messageRejected(MessageQueue queue, RejectionCause cause) {
			this.rejected.add(queue.value() + " " + cause.value());
		}

	}

	private static final class NoHandlers implements AriEventDispatcher {

		@Override
		public void dialogueStarted(AriSession session) {
		}

		@Override
		public void dispatch(AriEvent event, AriSession session) {
		}

		@Override
		public void dialogueClosed(AriSession session, DialogueCloseReason reason) {
		}

	}

}
