package io.ariqueue.test.spring;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.Flavour;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * {@link AriQueueTest @AriQueueTest} with a go-ari-proxy simulator on the real broker: the context's
 * settings, the recorded handler calls and a spied handler bean.
 *
 * @author ari-queue team
 */
@AriQueueTest(spy = AriQueueTestTests.Audit.class, proxyFaults = false,
		properties = "spring.rabbitmq.addresses=127.0.0.1:1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AriQueueTestTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	private ProxySimulator proxy;

	@Autowired
	private AriHandlerTestHarness harness;

	@Autowired
	private RabbitBroker broker;

	@Autowired
	private Environment environment;

	@Autowired
	private ApplicationContext context;

	@Test
	@Order(1)
	void givesTheTestAnApplicationOfItsOwnOnTheTestBroker() {
		String application = this.environment.getProperty("ari.queue.application");
		assertThat(application).startsWith("ari-test-AriQueueTestTests-")
			.isNotEqualTo("configured-by-the-application");
		assertThat(this.proxy.applicationQueue()).isEqualTo(application);
		assertThat(this.proxy.flavour()).isEqualTo(Flavour.GO_ARI_PROXY);
		assertThat(this.environment.getProperty("ari.queue.proxy")).isEqualTo("go-ari-proxy");
		assertThat(this.environment.getProperty("spring.rabbitmq.host")).isEqualTo(this.broker.host());
		assertThat(this.environment.getProperty("spring.rabbitmq.port", Integer.class)).isEqualTo(this.broker.port());
		// the application consumes its queue although spring.rabbitmq.addresses names a dead port
		await().atMost(WAIT).until(() -> this.broker.consumerCount(application) == 1);
	}

	@Test
	@Order(2)
	void recordsEachHandlerCallWithItsArgumentsAndOutcome() {
		SimulatedCall call = this.proxy.placeCall((spec) -> spec.callerNumber("200"));

		HandlerInvocation start = this.harness.awaitInvocation(StasisStartEvent.class, WAIT);
		assertThat(start.beanType()).isEqualTo(Ivr.class);
		assertThat(start.methodName()).isEqualTo("start");
		assertThat(start.event(StasisStartEvent.class).channel().id()).isEqualTo(call.channelId());
		assertThat(start.session().dialogueId()).isEqualTo(call.dialogue().id());
		assertThat(start.session().serverId()).isEqualTo("harness-server");
		assertThat(start.failed()).isFalse();
		HandlerInvocation audit = this.harness.awaitInvocation(StasisStartEvent.class, WAIT);
		assertThat(audit.beanType()).isEqualTo(Audit.class);

		call.awaitState("Up", WAIT).pressDtmf("9");
		HandlerInvocation refused = this.harness.awaitInvocation(Ivr.class, "digit", WAIT);
		assertThat(refused.exception()).isInstanceOf(IllegalStateException.class).hasMessage("no 9");
		call.pressDtmf("1");
		HandlerInvocation pressed = this.harness.awaitInvocation(Ivr.class, "digit", WAIT);
		assertThat(pressed.result()).isEqualTo("pressed 1");
		assertThat(pressed.arguments()).hasSize(2).element(0).isInstanceOf(ChannelDtmfReceivedEvent.class);

		HandlerInvocation end = this.harness.awaitInvocation(StasisEndEvent.class, WAIT);
		assertThat(end.methodName()).isEqualTo("end");
		assertThat(end.event()).as("@StasisEnd without an event parameter").isNull();
		HandlerInvocation closed = this.harness.awaitInvocation(
				(invocation) -> invocation.methodName().equals("closed"), WAIT);
		assertThat(closed.argument(DialogueCloseReason.class)).isEqualTo(DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
		assertThat(this.harness.invocations(Ivr.class)).extracting(HandlerInvocation::methodName)
			.containsExactly("start", "digit", "digit", "end", "closed");
		// the queues only ari-queue consumes are deleted; go-ari-proxy consumes commands_ to the end
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(List.of(call.dialogue().eventsQueue(), call.dialogue().responsesQueue()))
				.noneMatch(this.broker::queueExists));
		assertThat(this.broker.queueExists(call.dialogue().commandsQueue())).isTrue();
	}

	@Test
	@Order(3)
	void startsEachTestMethodWithAnEmptyRecordAndLeavesTheBeansAlone() {
		assertThat(this.harness.invocations()).isEmpty();
		Ivr ivr = this.context.getBean(Ivr.class);
		assertThat(ivr.getClass()).as("the context keeps the bean itself").isEqualTo(Ivr.class);
		assertThat(ivr.started).as("state of the previous test's call").hasSize(1);
	}

	@Test
	@Order(4)
	void spiesOnTheBeansTheAnnotationNames() {
		Audit audit = this.harness.spy(Audit.class);
		assertThat(this.context.getBean(Audit.class)).isSameAs(audit);
		SimulatedCall call = this.proxy.placeCall();
		this.harness.awaitInvocation(Audit.class, "started", WAIT);
		verify(audit, times(1)).started(any(StasisStartEvent.class));
		call.hangUpFarEnd();
		this.harness.awaitInvocation(Ivr.class, "closed", WAIT);
	}

	@Test
	@Order(5)
	void failsAnAwaitWithWhatWasRecorded() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.harness.awaitInvocation(Ivr.class, "digit", Duration.ofMillis(200)))
			.withMessageStartingWith("No call of AriQueueTestTests.Ivr.digit within PT0.2S; recorded: []");
		assertThatIllegalArgumentException().isThrownBy(() -> this.harness.awaitInvocation(Ivr.class, "dgit", WAIT))
			.withMessageContaining("no handler method named 'dgit'");
		assertThat(this.harness.invocations(Audit.class)).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import({ Ivr.class, Audit.class })
	static class Handlers {

		@Bean
		ProxySimulatorBuilderCustomizer serverId() {
			return (builder) -> builder.serverId("harness-server");
		}

	}

	@Component
	static class Ivr {

		final List<String> started = new CopyOnWriteArrayList<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			this.started.add(event.channel().id());
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		String digit(ChannelDtmfReceivedEvent event, AriSession session) {
			if ("9".equals(event.digit())) {
				throw new IllegalStateException("no 9");
			}
			session.channels().hangup(event.channel().id());
			return "pressed " + event.digit();
		}

		@StasisEnd
		void end(AriSession session) {
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason) {
		}

	}

	@Component
	static class Audit {

		@StasisStart
		void started(StasisStartEvent event) {
		}

	}

}
