package io.ariqueue.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.ariqueue.proxy.dialogue.NoApplicationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NoApplicationFailureAnalyzer}.
 *
 * @author ari-queue team
 */
class NoApplicationFailureAnalyzerTests {

	@Test
	void explainsAMissingApplicationFoundBehindABeanCreationFailure() {
		NoApplicationException cause = new NoApplicationException("none");
		FailureAnalysis analysis = new NoApplicationFailureAnalyzer()
			.analyze(new BeanCreationException("ariQueueRuntime", "Failed to instantiate", cause));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("no ARI application to serve")
			.contains("'ari.queue.application'");
		assertThat(analysis.getAction()).contains("Set 'ari.queue.application'")
			.contains("'ari.queue.applications'")
			.contains("'ari.queue.enabled' to false");
		assertThat(analysis.getCause()).isSameAs(cause);
	}

	@Test
	void leavesOtherFailuresToOtherAnalyzers() {
		assertThat(new NoApplicationFailureAnalyzer().analyze(new IllegalArgumentException("other"))).isNull();
	}

}
