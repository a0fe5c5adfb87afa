package io.ariqueue.proxy.dialogue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link StartupSettings}.
 *
 * @author ari-queue team
 */
class StartupSettingsTests {

	@Test
	void doublesTheWaitUpToTheMaximum() {
		StartupSettings settings = new StartupSettings(false, Duration.ofSeconds(1), Duration.ofSeconds(5));
		Duration wait = settings.nextInterval(null);
		assertThat(wait).isEqualTo(Duration.ofSeconds(1));
		wait = settings.nextInterval(wait);
		assertThat(wait).isEqualTo(Duration.ofSeconds(2));
		wait = settings.nextInterval(wait);
		assertThat(wait).isEqualTo(Duration.ofSeconds(4));
		wait = settings.nextInterval(wait);
		assertThat(wait).isEqualTo(Duration.ofSeconds(5));
		assertThat(settings.nextInterval(wait)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void retriesFromOneToThirtySecondsByDefault() {
		assertThat(StartupSettings.RETRY.failFast()).isFalse();
		assertThat(StartupSettings.RETRY.initialRetryInterval()).isEqualTo(Duration.ofSeconds(1));
		assertThat(StartupSettings.RETRY.maxRetryInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(StartupSettings.FAIL_FAST.failFast()).isTrue();
	}

	@Test
	void refusesIntervalsOutOfOrder() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StartupSettings(false, Duration.ZERO, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StartupSettings(false, Duration.ofSeconds(2), Duration.ofSeconds(1)));
	}

}
