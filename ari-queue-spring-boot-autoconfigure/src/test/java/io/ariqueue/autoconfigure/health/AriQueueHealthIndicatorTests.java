package io.ariqueue.autoconfigure.health;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.proxy.dialogue.RuntimeState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link AriQueueHealthIndicator}: how each state of the runtime maps to a health.
 *
 * @author ari-queue team
 */
class AriQueueHealthIndicatorTests {

	private static final Instant LOST = Instant.parse("2026-11-29T01:02:03Z");

	private final ProxyDialogueRuntime runtime = mock(ProxyDialogueRuntime.class);

	@Test
	void upWhileConsumingWithTheDialoguesAgainstTheLimit() {
		Health health = health(RuntimeState.Status.CONSUMING, null, null);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("state", "consuming")
			.containsEntry("applications", List.of("ivr", "queue"))
			.containsEntry("instanceId", "0a1b2c3d")
			.containsEntry("activeDialogues", 7)
			.containsEntry("maxActiveDialogues", 10)
			.doesNotContainKeys("paused", "connectionLostAt", "connectionLostReason");
	}

	@Test
	void upWhilePausedAtTheLimitAndSaysSo() {
		Health health = health(RuntimeState.Status.PAUSED_AT_LIMIT, null, null);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("state", "paused-at-limit");
		assertThat((String) health.getDetails().get("paused")).contains("max-active-dialogues");
	}

	@Test
	void downWhileDisconnectedWithWhenAndWhy() {
		Health health = health(RuntimeState.Status.DISCONNECTED, LOST, "consuming connection: EOFException: null");
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "disconnected")
			.containsEntry("connectionLostAt", "2026-11-29T01:02:03Z")
			.containsEntry("connectionLostReason", "consuming connection: EOFException: null");
	}

	@Test
	void downWhileStillConnectingAtStartUp() {
		Health health = health(RuntimeState.Status.STARTING, LOST, "ConnectException: Connection refused");
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "starting")
			.containsEntry("connectionLostReason", "ConnectException: Connection refused");
	}

	@Test
	void downWhileAnApplicationQueueIsNotConsumed() {
		assertThat(health(RuntimeState.Status.NOT_CONSUMING, null, null).getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void outOfServiceOnceStopped() {
		assertThat(health(RuntimeState.Status.STOPPED, null, null).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void downWhenTheRuntimeFailsToAnswer() {
		given(this.runtime.state()).willThrow(new IllegalStateException("boom"));
		Health health = new AriQueueHealthIndicator(this.runtime).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
	}

	private Health health(RuntimeState.Status status, Instant lostAt, String reason) {
		given(this.runtime.state())
			.willReturn(new RuntimeState(status, List.of("ivr", "queue"), "0a1b2c3d", 7, 10, lostAt, reason));
		return new AriQueueHealthIndicator(this.runtime).health();
	}

}
