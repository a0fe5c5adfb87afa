package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proxy in AsterNET-ARI-Proxy's flavour, with publisher confirms on, in front of an ari-queue
 * application set to that preset: queue flags and arguments match (no 406), the call runs, and
 * the dialogue's queues are left to auto-delete.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class AsterNetPresetTests {

	static final Duration WAIT = Duration.ofSeconds(20);

	private final RabbitBroker broker = BrokerLocator.shared();

	@Test
	void carriesACallForAnAsterNetClientAndLeavesTheQueuesToAutoDelete(CapturedOutput output) {
		String application = "proxy-asternet-" + UUID.randomUUID().toString().substring(0, 8);
		try (AriServerDouble asterisk = AriServerDouble.builder().applications(application).build();
				RunningProxy proxy = RunningProxy.start(asterisk, application, "ari.proxy.preset=asternet-ari-proxy",
						"ari.proxy.amqp.publisher-confirms=true")) {
			await().atMost(WAIT).until(() -> asterisk.serves(application));
			try (RunningClient client = RunningClient.start(application, new Class<?>[] { ChainFaultTests.Keypad.class },
					"ari.queue.proxy=asternet-ari-proxy", "ari.queue.delete-queues-on-close=false")) {
				ChainFaultTests.Keypad keypad = client.bean(ChainFaultTests.Keypad.class);
				String channel = asterisk.placeCall(application, (call) -> call.args("keypad"));
				await().atMost(WAIT).until(() -> keypad.log.contains("answered " + channel));
				String dialogue = keypad.dialogueOf(channel);
				asterisk.asterisk().pressDtmf(channel, "8#", 10);
				await().atMost(WAIT).until(() -> keypad.log.contains("closed " + channel + " PRIMARY_CHANNEL_ENDED"));
				assertThat(keypad.log).contains("digits " + channel + " 8");
				await().atMost(WAIT).until(() -> proxy.proxy().dialogues().activeDialogues() == 0);
				await().atMost(WAIT).until(() -> !this.broker.queueExists("commands_" + dialogue)
						&& !this.broker.queueExists("events_" + dialogue) && !this.broker.queueExists("responses_" + dialogue));
			}
			assertThat(output).doesNotContain("PRECONDITION_FAILED").doesNotContain("other settings");
		}
		finally {
			this.broker.deleteQueues(application);
		}
	}

}
