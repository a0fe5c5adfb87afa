package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.rabbitmq.client.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.ariqueue.ari.client.AriRequest;
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
import io.ariqueue.proxy.amqp.QueueInUseException;
import io.ariqueue.proxy.amqp.Subscription;
import io.ariqueue.proxy.wire.ProxyWireCodec;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * A dialogue against mocked consumers and publisher, with its handlers run on the calling thread: what
 * it starts, what it settles and when it ends, whatever its handlers throw.
 *
 * @author ari-queue team
 */
class DialogueTests {

	private final ConsumerChannelPool consumers = mock(ConsumerChannelPool.class);

	private final MessagePublisher publisher = mock(MessagePublisher.class);

	private final Channel channel = mock(Channel.class);

	private final RecordingDispatcher dispatcher = new RecordingDispatcher();

	private final Map<String, DeliveryListener> listeners = new ConcurrentHashMap<>();

	private final List<DialogueCloseReason> ended = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

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
	void aDialogueLostToAnotherInstanceNeverCallsDialogueStarted() throws Exception {
		given(this.consumers.subscribe(eq("responses_d1"), any(), eq(true))).willReturn(mock(Subscription.class));
		given(this.consumers.subscribeExclusivelyWithoutClaim(eq("events_d1"), any()))
			.willThrow(new QueueInUseException("events_d1", new IOException("403 ACCESS_REFUSED")));
		Dialogue dialogue = dialogue(ProxyPreset.GO_ARI_PROXY);
		assertThatExceptionOfType(QueueInUseException.class).isThrownBy(() -> dialogue.start(true));
		assertThat(this.dispatcher.calls).isEmpty();
		assertThat(dialogue.isRunning()).isFalse();
	}

	@Test
	void aDialogueNoOtherInstanceCanBeClaimingIsNotTriedOnTheClaimChannel() throws Exception {
		// a first delivery of its announcement: the trial's two round trips would buy nothing
		given(this.consumers.subscribeExclusivelyWithoutClaim(anyString(), any())).willReturn(mock(Subscription.class));
		Dialogue dialogue = dialogue(ProxyPreset.GO_ARI_PROXY);
		dialogue.start(false);
		verify(this.consumers).subscribeExclusivelyWithoutClaim(eq("responses_d1"), any());
		verify(this.consumers).subscribeExclusivelyWithoutClaim(eq("events_d1"), any());
		verify(this.consumers, never()).subscribe(anyString(), any(), eq(true));
		assertThat(dialogue.isRunning()).isTrue();
	}

	@Test
	void autoDeleteQueuesAreNeverTriedOnTheClaimChannel() throws Exception {
		// taking a trial consumer of an auto-delete queue back would delete the queue
		given(this.consumers.subscribeExclusivelyWithoutClaim(anyString(), any())).willReturn(mock(Subscription.class));
		Dialogue dialogue = dialogue(ProxyPreset.ASTERNET_ARI_PROXY);
		dialogue.start(true);
		verify(this.consumers).subscribeExclusivelyWithoutClaim(eq("responses_d1"), any());
		verify(this.consumers).subscribeExclusivelyWithoutClaim(eq("events_d1"), any());
		verify(this.consumers, never()).subscribe(anyString(), any(), eq(true));
		assertThat(dialogue.isRunning()).isTrue();
	}

	@Test
	void anEventDeliveredBeforeTheClaimIsCompleteIsHandledAfterDialogueStarted() throws Exception {
		given(this.consumers.subscribe(eq("responses_d1"), any(), eq(true))).willReturn(mock(Subscription.class));
		willAnswer((invocation) -> {
			DeliveryListener listener = invocation.getArgument(1);
			// the broker delivers as soon as the consumer exists, before subscribe returns
			listener.onDelivery(event(stasisStart("c1")));
			this.listeners.put("events_d1", listener);
			return mock(Subscription.class);
		}).given(this.consumers).subscribeExclusivelyWithoutClaim(eq("events_d1"), any());
		Dialogue dialogue = dialogue(ProxyPreset.GO_ARI_PROXY);
		dialogue.start(true);
		assertThat(this.dispatcher.calls).containsExactly("started", "StasisStart");
		assertThat(dialogue.isRunning()).isTrue();
	}

	@Test
	void anErrorFromAHandlerStillSettlesTheEventAndEndsTheCall() throws Exception {
		Dialogue dialogue = started(ProxyPreset.GO_ARI_PROXY);
		deliver(stasisStart("c1"));
		this.dispatcher.failWith = new StackOverflowError("simulated");
		deliver(stasisEnd("c1"));
		verify(this.channel).basicAck(2, false);
		assertThat(this.ended).containsExactly(DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
		assertThat(dialogue.isOpen()).isFalse();
	}

	@Test
	void anErrorFromADialogueClosedMethodStillEndsTheDialogue() throws Exception {
		Dialogue dialogue = started(ProxyPreset.GO_ARI_PROXY);
		deliver(stasisStart("c1"));
		this.dispatcher.failWith = new NoClassDefFoundError("simulated");
		dialogue.requestClose(DialogueCloseReason.CLOSED_BY_APPLICATION);
		assertThat(this.ended).containsExactly(DialogueCloseReason.CLOSED_BY_APPLICATION);
	}

	@Test
	void aSecondLegsStasisEndUnderGoAriProxyEndsTheDialogueAndFailsLaterCallsAtOnce() throws Exception {
		Dialogue dialogue = started(ProxyPreset.GO_ARI_PROXY);
		deliver(stasisStart("c1"));
		deliver(stasisStart("leg"));
		deliver(stasisEnd("leg"));
		assertThat(this.ended).containsExactly(DialogueCloseReason.PROXY_ENDED);
		assertThat(dialogue.send(AriRequest.of("GET", "/channels/c1").build()))
			.failsWithin(Duration.ZERO)
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(DialogueClosedException.class);
		verifyNoInteractions(this.publisher);
	}

	@Test
	void aSecondLegsStasisEndUnderAProxyThatKeepsDialoguesWholeEndsNothing() throws Exception {
		Dialogue dialogue = started(ProxyPreset.ARI_QUEUE_PROXY);
		deliver(stasisStart("c1"));
		deliver(stasisStart("leg"));
		deliver(stasisEnd("leg"));
		assertThat(this.ended).isEmpty();
		assertThat(dialogue.isOpen()).isTrue();
		dialogue.send(AriRequest.of("GET", "/channels/c1").build());
		verify(this.publisher).publish(eq("commands_d1"), any());
		deliver(stasisEnd("c1"));
		assertThat(this.ended).containsExactly(DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
	}

	@Test
	void aPlainOriginateIsPublishedWithAChannelIdInItsUrl() throws Exception {
		Dialogue dialogue = started(ProxyPreset.ASTERNET_ARI_PROXY);
		dialogue.send(AriRequest.of("POST", "/channels").parameter("endpoint", "PJSIP/1").build());
		ArgumentCaptor<byte[]> command = ArgumentCaptor.forClass(byte[].class);
		verify(this.publisher).publish(eq("commands_d1"), command.capture());
		assertThat(new String(command.getValue(), StandardCharsets.UTF_8))
			.containsPattern("\"url\":\"/channels/[0-9a-f-]{36}\"");
	}

	@Test
	void doesNotCallDialogueStartedBeforeItHoldsBothQueues() throws Exception {
		given(this.consumers.subscribe(eq("responses_d1"), any(), eq(true)))
			.willThrow(new QueueInUseException("responses_d1", new IOException("403 ACCESS_REFUSED")));
		Dialogue dialogue = dialogue(ProxyPreset.GO_ARI_PROXY);
		assertThatExceptionOfType(QueueInUseException.class).isThrownBy(() -> dialogue.start(true));
		verify(this.consumers, never()).subscribeExclusivelyWithoutClaim(eq("events_d1"), any());
		assertThat(this.dispatcher.calls).isEmpty();
	}

	@Test
	void anAnnouncedDialogueWithoutEventsIsOverdueOnlyOnceTheFirstEventTimeoutPassed() throws Exception {
		long before = System.nanoTime();
		Dialogue dialogue = started(ProxyPreset.GO_ARI_PROXY);
		long after = System.nanoTime();
		long timeout = Duration.ofSeconds(10).toNanos();
		long longAgo = before - Duration.ofHours(1).toNanos();
		assertThat(dialogue.isFirstEventOverdue(longAgo, timeout, before + timeout)).isFalse();
		assertThat(dialogue.isFirstEventOverdue(longAgo, timeout, after + timeout + 1)).isTrue();
	}

	@Test
	void aDialogueThatGotAnEventIsNeverOverdue() throws Exception {
		Dialogue dialogue = started(ProxyPreset.GO_ARI_PROXY);
		deliver(stasisStart("c1"));
		long now = System.nanoTime();
		assertThat(dialogue.isFirstEventOverdue(now, 0, now + Duration.ofHours(1).toNanos())).isFalse();
	}

	@Test
	void anAdoptedDialogueIsNeverOverdue() throws Exception {
		given(this.consumers.subscribe(anyString(), any(), eq(true))).willReturn(mock(Subscription.class));
		given(this.consumers.subscribeExclusivelyWithoutClaim(anyString(), any())).willReturn(mock(Subscription.class));
		Dialogue dialogue = dialogue(ProxyPreset.GO_ARI_PROXY, true);
		dialogue.start(true);
		long now = System.nanoTime();
		assertThat(dialogue.isFirstEventOverdue(now, 0, now + Duration.ofHours(1).toNanos())).isFalse();
	}

	@Test
	void aDialogueNotStartedOrEndedIsNeverOverdue() throws Exception {
		given(this.consumers.subscribe(anyString(), any(), eq(true))).willReturn(mock(Subscription.class));
		given(this.consumers.subscribeExclusivelyWithoutClaim(anyString(), any())).willReturn(mock(Subscription.class));
		Dialogue dialogue = dialogue(ProxyPreset.GO_ARI_PROXY);
		long now = System.nanoTime();
		long muchLater = now + Duration.ofHours(1).toNanos();
		assertThat(dialogue.isFirstEventOverdue(now, 0, muchLater)).isFalse();
		dialogue.start(true);
		dialogue.requestClose(DialogueCloseReason.CLOSED_BY_APPLICATION);
		assertThat(dialogue.isFirstEventOverdue(now, 0, muchLater)).isFalse();
	}

	@Test
	void theWaitForAFirstEventStartsAgainWhenTheConnectionComesBack() throws Exception {
		Dialogue dialogue = started(ProxyPreset.GO_ARI_PROXY);
		long timeout = Duration.ofSeconds(10).toNanos();
		long recovered = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		assertThat(dialogue.isFirstEventOverdue(recovered, timeout, recovered + timeout)).isFalse();
		assertThat(dialogue.isFirstEventOverdue(recovered, timeout, recovered + timeout + 1)).isTrue();
	}

	private Dialogue started(ProxyPreset proxy) throws IOException {
		willAnswer((invocation) -> {
			this.listeners.put(invocation.getArgument(0), invocation.getArgument(1));
			return mock(Subscription.class);
		}).given(this.consumers).subscribe(anyString(), any(), eq(true));
		willAnswer((invocation) -> {
			this.listeners.put(invocation.getArgument(0), invocation.getArgument(1));
			return mock(Subscription.class);
		}).given(this.consumers).subscribeExclusivelyWithoutClaim(anyString(), any());
		Dialogue dialogue = dialogue(proxy);
		dialogue.start(true);
		return dialogue;
	}

	private Dialogue dialogue(ProxyPreset proxy) {
		return dialogue(proxy, false);
	}

	private Dialogue dialogue(ProxyPreset proxy, boolean adopted) {
		ProxyRuntimeSettings settings = new ProxyRuntimeSettings(List.of("ivr"), proxy, proxy.applicationQueue(), true,
				proxy.dialogueQueues(), proxy.commandQueue(), Duration.ofSeconds(5), 10, null, true, 1, 1, 8, 8,
				1024 * 1024, Duration.ofSeconds(1));
		DialogueServices services = new DialogueServices(settings, this.dispatcher, Runnable::run,
				new ProxyWireCodec(1024 * 1024), new AriEventReader(AriJson.mapper()), new CommandIds(), this.timer,
				this.consumers, this.publisher, () -> true, new RuntimeCounters(), RuntimeInstrumentation.NONE,
				(dialogue, reason) -> this.ended.add(reason));
		return new Dialogue("d1", "asterisk-1", "ivr", adopted, null, services);
	}

	private void deliver(String ariEvent) {
		this.listeners.get("events_d1").onDelivery(event(ariEvent));
	}

	private InboundMessage event(String ariEvent) {
		String type = AriJson.mapper().readTree(ariEvent).get("type").stringValue();
		String envelope = "{\"server_id\":\"asterisk-1\",\"timestamp\":\"2026-11-28T10:00:00Z\",\"type\":\"" + type
				+ "\",\"ari_body\":" + AriJson.mapper().writeValueAsString(ariEvent) + "}";
		return new InboundMessage("events_d1", envelope.getBytes(StandardCharsets.UTF_8), this.channel,
				++this.deliveryTag, false);
	}

	private static String stasisStart(String channel) {
		return "{\"type\":\"StasisStart\",\"timestamp\":\"2026-11-28T10:00:00.000+0000\",\"args\":[],"
				+ "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"PJSIP/" + channel + "\",\"state\":\"Ring\"},"
				+ "\"application\":\"ivr\"}";
	}

	private static String stasisEnd(String channel) {
		return "{\"type\":\"StasisEnd\",\"timestamp\":\"2026-11-28T10:00:01.000+0000\","
				+ "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"PJSIP/" + channel + "\",\"state\":\"Up\"},"
				+ "\"application\":\"ivr\"}";
	}

	private static final class RecordingDispatcher implements AriEventDispatcher {

		final List<String> calls = new CopyOnWriteArrayList<>();

		volatile Error failWith;

		@Override
		public void dialogueStarted(AriSession session) {
			this.calls.add("started");
		}

		@Override
		public void dispatch(AriEvent event, AriSession session) {
			this.calls.add(event.type());
			fail();
		}

		@Override
		public void dialogueClosed(AriSession session, DialogueCloseReason reason) {
			this.calls.add("closed " + reason);
			fail();
		}

		private void fail() {
			Error error = this.failWith;
			if (error != null) {
				throw error;
			}
		}

	}

}
