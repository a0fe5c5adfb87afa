package io.ariqueue.ari.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A blocking ARI call never waits without a bound, even when its transport never answers (a timer
 * that does not fire, a publish that blocks).
 *
 * @author ari-queue team
 */
class AriOperationsTimeoutTests {

	private final AriRequest request = AriRequest.of("GET", "/channels").operation("channels.list").build();

	@Test
	void aCallWhoseTransportNeverAnswersFailsAfterItsBound() {
		CompletableFuture<AriResponse> never = new CompletableFuture<>();
		AriOperations operations = new AriOperations((request) -> never, Runnable::run, Duration.ofMillis(200));
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatExceptionOfType(AriTimeoutException.class)
			.isThrownBy(() -> operations.exchange(this.request))
			.withMessageContaining("channels.list"));
		assertThat(never).as("the abandoned call is cancelled").isCancelled();
	}

	@Test
	void theDefaultBoundIsAMinute() {
		AriOperations operations = new AriOperations((request) -> CompletableFuture
			.completedFuture(new AriResponse(200, "[]")), Runnable::run);
		assertThat(operations.exchange(this.request).statusCode()).isEqualTo(200);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new AriOperations((request) -> null, Runnable::run, Duration.ZERO));
	}

}
