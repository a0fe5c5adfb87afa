package io.ariqueue.it;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A handler that runs past the handler warning timeout is reported once, with its dialogue,
 * event and method, while other dialogues go on at full speed.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class SlowHandlerIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final RabbitBroker broker = BrokerLocator.shared();

	private final String application = "it-slow-" + UUID.randomUUID();

	@Test
	void reportsAHandlerThatRunsTooLongAndOtherDialoguesGoOn(CapturedOutput output) {
		try (ProxySimulator proxy = ProxySimulator.builder(this.broker.connectionFactory())
			.application(this.application)
			.build();
				RunningApplication app = RunningApplication.start(this.application, new Class<?>[] { Slow.class },
						"ari.queue.handler-warning-timeout=300ms", "ari.queue.concurrency=2")) {
			Slow slow = app.bean(Slow.class);
			SimulatedCall stuck = proxy.placeCall();
			SimulatedCall other = proxy.placeCall();
			stuck.awaitState("Up", WAIT);
			other.awaitState("Up", WAIT);
			stuck.pressDtmf("s");
			await().atMost(WAIT).until(() -> app.runtime().slowHandlers() == 1);
			other.pressDtmf("123");
			await().atMost(WAIT).until(() -> "123".equals(slow.digits.get(other.channelId())));
			assertThat(slow.release.getCount()).as("the slow handler is still running").isOne();
			String warning = "Dialogue " + stuck.dialogue().id()
					+ ": handling ChannelDtmfReceived has taken longer than 300 ms, in SlowHandlerIntegrationTests$Slow.digit";
			assertThat(output.getOut().split(Pattern.quote(warning), -1)).as("reported once").hasSize(2);
			slow.release.countDown();
			await().atMost(WAIT).until(() -> "s".equals(slow.digits.get(stuck.channelId())));
			assertThat(app.runtime().slowHandlers()).isOne();
		}
	}

	@Component
	static class Slow {

		final CountDownLatch release = new CountDownLatch(1);

		final Map<String, String> digits = new ConcurrentHashMap<>();

		@StasisStart
		void start(StasisStartEvent event, AriSession session) {
			session.channels().answer(event.channel().id());
		}

		@AriEventListener
		void digit(ChannelDtmfReceivedEvent event) throws InterruptedException {
			if ("s".equals(event.digit())) {
				this.release.await(30, TimeUnit.SECONDS);
			}
			this.digits.merge(event.channel().id(), event.digit(), String::concat);
		}

	}

}
