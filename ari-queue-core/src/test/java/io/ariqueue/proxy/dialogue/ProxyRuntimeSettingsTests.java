package io.ariqueue.proxy.dialogue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.QueueSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ProxyRuntimeSettings} and its builder.
 *
 * @author ari-queue team
 */
class ProxyRuntimeSettingsTests {

	@Test
	void buildsWithTheDefaultsOfTheSpringBootProperties() {
		ProxyRuntimeSettings settings = ProxyRuntimeSettings.builder("ivr").build();
		assertThat(settings.applications()).containsExactly("ivr");
		assertThat(settings.proxy()).isEqualTo(ProxyPreset.GO_ARI_PROXY);
		assertThat(settings.applicationQueue()).isEqualTo(ProxyPreset.GO_ARI_PROXY.applicationQueue());
		assertThat(settings.eventQueues()).isEqualTo(ProxyPreset.GO_ARI_PROXY.dialogueQueues());
		assertThat(settings.commandQueue()).isEqualTo(ProxyPreset.GO_ARI_PROXY.commandQueue());
		assertThat(settings.declareApplicationQueue()).isTrue();
		assertThat(settings.commandTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.maxActiveDialogues()).isEqualTo(1000);
		assertThat(settings.idleTimeout()).isEqualTo(Duration.ofHours(1));
		assertThat(settings.deleteQueuesOnClose()).isTrue();
		assertThat(settings.queueDeletionDelay()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.consumerChannels()).isEqualTo(16);
		assertThat(settings.publisherChannels()).isEqualTo(4);
		assertThat(settings.prefetch()).isEqualTo(32);
		assertThat(settings.announcementPrefetch()).isEqualTo(8);
		assertThat(settings.maxMessageBytes()).isEqualTo(1024 * 1024);
		assertThat(settings.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.handlerWarningTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.highAvailability())
			.isEqualTo(new HighAvailabilitySettings(true, Duration.ofSeconds(1), Duration.ofSeconds(3)));
		assertThat(settings.startup()).isEqualTo(StartupSettings.RETRY);
	}

	@Test
	void takesTheQueueDeclarationsNotSetFromThePreset() {
		QueueSettings events = new QueueSettings(false, false, true, 5000);
		ProxyRuntimeSettings settings = ProxyRuntimeSettings.builder(List.of("ivr", "sales"))
			.proxy(ProxyPreset.ASTERNET_ARI_PROXY)
			.eventQueues(events)
			.build();
		assertThat(settings.applications()).containsExactly("ivr", "sales");
		assertThat(settings.applicationQueue()).isEqualTo(ProxyPreset.ASTERNET_ARI_PROXY.applicationQueue());
		assertThat(settings.eventQueues()).isEqualTo(events);
		assertThat(settings.commandQueue()).isEqualTo(ProxyPreset.ASTERNET_ARI_PROXY.commandQueue());
	}

	@Test
	void refusesNoApplicationWithADedicatedException() {
		assertThatExceptionOfType(NoApplicationException.class).isThrownBy(() -> ProxyRuntimeSettings.builder().build());
	}

	@Test
	void refusesZeroPublisherChannelsRatherThanDividingByZeroLater() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxyRuntimeSettings.builder("ivr").publisherChannels(0).build())
			.withMessage("publisherChannels must be at least 1, not 0");
	}

	@Test
	void refusesOtherCountsAndTimesOutOfRange() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxyRuntimeSettings.builder("ivr").consumerChannels(0).build())
			.withMessageContaining("consumerChannels");
		assertThatIllegalArgumentException().isThrownBy(() -> ProxyRuntimeSettings.builder("ivr").prefetch(0).build())
			.withMessageContaining("prefetch");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxyRuntimeSettings.builder("ivr").announcementPrefetch(0).build())
			.withMessageContaining("announcementPrefetch");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxyRuntimeSettings.builder("ivr").maxMessageBytes(0).build())
			.withMessageContaining("maxMessageBytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxyRuntimeSettings.builder("ivr").commandTimeout(Duration.ZERO).build())
			.withMessageContaining("commandTimeout");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxyRuntimeSettings.builder("ivr").shutdownTimeout(Duration.ofSeconds(-1)).build())
			.withMessageContaining("shutdownTimeout");
	}

	@Test
	void theOlderConstructorsFailFastAsBefore() {
		ProxyPreset proxy = ProxyPreset.GO_ARI_PROXY;
		ProxyRuntimeSettings settings = new ProxyRuntimeSettings(List.of("ivr"), proxy, proxy.applicationQueue(), true,
				proxy.dialogueQueues(), proxy.commandQueue(), Duration.ofSeconds(5), 10, null, true, 1, 1, 8, 8,
				1024 * 1024, Duration.ofSeconds(1));
		assertThat(settings.startup()).isEqualTo(StartupSettings.FAIL_FAST);
	}

}
