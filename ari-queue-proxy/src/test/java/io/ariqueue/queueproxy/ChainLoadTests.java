package io.ariqueue.queueproxy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many calls through the chain: 500 at once, and 40 in a row with the application deleting each
 * dialogue's queues at its end, which go-ari-proxy does not survive (PROTOCOL.md §4.8).
 *
 * @author ari-queue team
 */
class ChainLoadTests extends ProxyTestSupport<RunningClient> {

	@Override
	protected RunningClient openClient() {
		return RunningClient.start(this.application, new Class<?>[] { ChainFaultTests.Keypad.class },
				"ari.queue.delete-queues-on-close=true", "ari.queue.queue-deletion-delay=100ms",
				// five hundred calls arrive at once on two cores: the claim is that all are carried,
				// not how fast (the benchmark measures that)
				"ari.queue.command-timeout=30s");
	}

	@Override
	protected void beforeStop() {
		deleteAfterwards(this.client.bean(ChainFaultTests.Keypad.class).queues());
	}

	@Test
	void fiveHundredConcurrentDialogues() {
		ChainFaultTests.Keypad keypad = this.client.bean(ChainFaultTests.Keypad.class);
		List<String> channels = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			channels.add(this.asterisk.placeCall(this.application, (call) -> call.args("keypad")));
		}
		await().atMost(Duration.ofSeconds(90))
			.until(() -> channels.stream().allMatch((channel) -> keypad.log.contains("answered " + channel)));
		assertThat(this.proxy.proxy().dialogues().activeDialogues()).isEqualTo(500);
		assertThat(channels.stream().map(keypad::dialogueOf).distinct()).hasSize(500);
		for (String channel : channels) {
			this.asterisk.asterisk().pressDtmf(channel, "#", 10);
		}
		await().atMost(Duration.ofSeconds(90)).until(() -> channels.stream()
			.allMatch((channel) -> keypad.log.contains("closed " + channel + " PRIMARY_CHANNEL_ENDED")));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(this.proxy.proxy().dialogues().activeDialogues()).isZero();
			assertThat(this.proxy.proxy().dialogues().registry().boundObjects()).isZero();
		});
		await().atMost(Duration.ofSeconds(60)).until(() -> channels.stream()
			.noneMatch((channel) -> this.broker.queueExists("commands_" + keypad.dialogueOf(channel))));
	}

	@Test
	void fortyCallsInARowWithQueueDeletionOn() {
		ChainFaultTests.Keypad keypad = this.client.bean(ChainFaultTests.Keypad.class);
		for (int i = 0; i < 40; i++) {
			String channel = this.asterisk.placeCall(this.application, (call) -> call.args("keypad"));
			await().atMost(Duration.ofSeconds(10)).until(() -> keypad.log.contains("answered " + channel));
			this.asterisk.asterisk().pressDtmf(channel, "1#", 10);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> keypad.log.contains("closed " + channel + " PRIMARY_CHANNEL_ENDED"));
			String dialogue = keypad.dialogueOf(channel);
			// the application deletes the queues, the proxy's consumer included, and the proxy takes it
			await().atMost(Duration.ofSeconds(10)).until(() -> !this.broker.queueExists("commands_" + dialogue)
					&& !this.broker.queueExists("events_" + dialogue));
		}
		assertThat(keypad.log.stream().filter((line) -> line.startsWith("digits ") && line.endsWith(" 1"))).hasSize(80);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.proxy.proxy().dialogues().activeDialogues()).isZero();
			assertThat(this.proxy.proxy().dialogues().registry().boundObjects()).isZero();
		});
	}

}
