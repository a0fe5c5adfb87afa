package io.ariqueue.test.spring;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.simulator.Flavour;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AriQueueTest @AriQueueTest} with an AsterNET-ARI-Proxy simulator and an application named by the
 * test's properties.
 *
 * @author ari-queue team
 */
@AriQueueTest(proxy = Flavour.ASTERNET_ARI_PROXY,
		properties = "ari.queue.application=ari-test-named-${random.uuid}")
@Import(AriQueueTestAsterNetTests.Answering.class)
class AriQueueTestAsterNetTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	private ProxySimulator proxy;

	@Autowired
	private AriHandlerTestHarness harness;

	@Autowired
	private Environment environment;

	@Test
	void simulatesTheFlavourAndTheApplicationTheTestNames() {
		String application = this.environment.getProperty("ari.queue.application");
		assertThat(application).startsWith("ari-test-named-").isEqualTo(this.proxy.applicationQueue());
		assertThat(this.environment.getProperty("ari.queue.proxy")).isEqualTo("asternet-ari-proxy");
		assertThat(this.proxy.flavour()).isEqualTo(Flavour.ASTERNET_ARI_PROXY);

		SimulatedCall call = this.proxy.placeCall();
		HandlerInvocation start = this.harness.awaitInvocation(Answering.class, "start", WAIT);
		assertThat(start.event(StasisStartEvent.class).channel().id()).isEqualTo(call.channelId());
		call.awaitState("Up", WAIT);
		call.hangUpFarEnd();
	}

	@Component
	static class Answering {

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
		}

	}

}
