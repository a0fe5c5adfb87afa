package io.ariqueue.sample;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.session.DialogueCloseReason;
import io.ariqueue.test.simulator.Command;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;
import io.ariqueue.test.spring.AriHandlerTestHarness;
import io.ariqueue.test.spring.AriQueueTest;
import io.ariqueue.test.spring.HandlerInvocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

/**
 * The sample IVR against the proxy simulator on the real broker: it answers, greets, takes a
 * digit and hangs up.
 *
 * @author ari-queue team
 */
@AriQueueTest(spy = GreetingIvr.class)
class GreetingIvrTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	private ProxySimulator proxy;

	@Autowired
	private AriHandlerTestHarness harness;

	@Test
	void answersGreetsAndHangsUpAfterADigit() {
		SimulatedCall call = this.proxy.placeCall((c) -> c.callerNumber("100"));
		String channel = "/channels/" + call.channelId();
		call.awaitCommand("POST", channel + "/answer", WAIT);
		Command setStep = call.awaitCommand("POST", channel + "/variable", WAIT);
		assertThat(setStep.body()).contains("\"variable\":\"IVR_STEP\"").contains("\"value\":\"greeting\"");
		call.awaitCommand("POST", channel + "/play", WAIT);
		assertThat(call.variable("IVR_STEP")).hasValue("greeting");
		call.pressDtmf("1");
		call.awaitCommand("GET", channel + "/variable", WAIT);
		call.awaitCommand("DELETE", channel, WAIT);
		call.awaitHungUp(WAIT);
		assertThat(call.commands()).extracting(Command::method)
			.containsExactly("POST", "POST", "POST", "GET", "DELETE");

		HandlerInvocation digit = this.harness.awaitInvocation(GreetingIvr.class, "digit", WAIT);
		assertThat(digit.event(ChannelDtmfReceivedEvent.class).digit()).isEqualTo("1");
		assertThat(digit.failed()).isFalse();
		HandlerInvocation closed = this.harness.awaitInvocation(GreetingIvr.class, "dialogueClosed", WAIT);
		assertThat(closed.argument(DialogueCloseReason.class)).isEqualTo(DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
		verify(this.harness.spy(GreetingIvr.class)).end(any(), any());
	}

}
