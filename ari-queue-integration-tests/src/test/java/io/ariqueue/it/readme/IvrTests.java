package io.ariqueue.it.readme;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;
import io.ariqueue.test.spring.AriHandlerTestHarness;
import io.ariqueue.test.spring.AriQueueTest;
import io.ariqueue.test.spring.HandlerInvocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

/**
 * The README's example test ("Testing your call flows"), word for word, so that it keeps working.
 *
 * @author ari-queue team
 */
@AriQueueTest(spy = Ivr.class)
class IvrTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	ProxySimulator proxy;

	@Autowired
	AriHandlerTestHarness harness;

	@Test
	void greetsAndHangsUpOnADigit() {
		SimulatedCall call = proxy.placeCall((c) -> c.callerNumber("100"));
		String channel = "/channels/" + call.channelId();

		HandlerInvocation start = harness.awaitInvocation(StasisStartEvent.class, WAIT);
		assertThat(start.event(StasisStartEvent.class).channel().id()).isEqualTo(call.channelId());
		call.awaitCommand("POST", channel + "/answer", WAIT);
		call.awaitCommand("POST", channel + "/play", WAIT);

		call.pressDtmf("1");
		HandlerInvocation digit = harness.awaitInvocation(Ivr.class, "digit", WAIT);
		assertThat(digit.event(ChannelDtmfReceivedEvent.class).digit()).isEqualTo("1");
		assertThat(digit.failed()).isFalse();
		call.awaitCommand("DELETE", channel, WAIT);
		call.awaitHungUp(WAIT);

		harness.awaitInvocation(Ivr.class, "end", WAIT);
		verify(harness.spy(Ivr.class)).end(any(), any());
	}

}
