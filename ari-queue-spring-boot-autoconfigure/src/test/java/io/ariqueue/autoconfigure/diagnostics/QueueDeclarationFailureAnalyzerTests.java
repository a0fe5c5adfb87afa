package io.ariqueue.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import io.ariqueue.proxy.amqp.QueueDeclarationException;
import io.ariqueue.proxy.amqp.QueueSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link QueueDeclarationFailureAnalyzer}, with the reasons RabbitMQ 4 gives.
 *
 * @author ari-queue team
 */
class QueueDeclarationFailureAnalyzerTests {

	private static final QueueSettings DURABLE = new QueueSettings(true, false, false, null);

	private final QueueDeclarationFailureAnalyzer analyzer = new QueueDeclarationFailureAnalyzer();

	@Test
	void namesTheFlagThatDiffersOnTheApplicationQueueAndThePropertyThatSetsIt() {
		FailureAnalysis analysis = analyze("ivr", "durable", "'true'", "'false'");
		assertThat(analysis.getDescription()).contains("queue 'ivr'")
			.contains("406 PRECONDITION_FAILED")
			.contains("Flag 'durable' differs: ari-queue declared 'true', the queue has 'false'");
		assertThat(analysis.getAction()).contains("'ari.queue.proxy'")
			.contains("'ari.queue.queues.application.durable'")
			.contains("'ari.queue.queues.declare-application-queue' to false");
	}

	@Test
	void mapsRabbitNamesOfFlagsToPropertyNames() {
		assertThat(analyze("ivr", "auto_delete", "'false'", "'true'").getAction())
			.contains("'ari.queue.queues.application.auto-delete'");
	}

	@Test
	void pointsDialogueQueuesAtTheDialogueOverrides() {
		FailureAnalysis analysis = analyze("events_0a1b", "x-message-ttl", "none",
				"the value '30000' of type 'signedint'");
		assertThat(analysis.getDescription()).contains(
				"Flag 'x-message-ttl' differs: ari-queue declared none, the queue has the value '30000' of type 'signedint'");
		assertThat(analysis.getAction()).contains("'ari.queue.queues.dialogue.message-ttl'")
			.doesNotContain("declare-application-queue");
	}

	@Test
	void saysWhenTheDifferenceIsNoFlagAriQueueSets() {
		FailureAnalysis analysis = analyze("ivr", "x-queue-type", "none", "the value 'quorum' of type 'longstr'");
		assertThat(analysis.getAction()).contains("ari-queue never sets 'x-queue-type'");
	}

	@Test
	void keepsTheBrokerReasonItCannotParse() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new QueueDeclarationException("ivr", DURABLE, 406, "PRECONDITION_FAILED - something new"));
		assertThat(analysis.getDescription()).contains("queue 'ivr'").contains("PRECONDITION_FAILED - something new");
		assertThat(analysis.getAction()).contains("'ari.queue.queues.application.*'");
	}

	@Test
	void leavesOtherRefusalsToOtherAnalyzers() {
		assertThat(this.analyzer.analyze(new QueueDeclarationException("ivr", DURABLE, 404, "NOT_FOUND"))).isNull();
	}

	private FailureAnalysis analyze(String queue, String flag, String received, String current) {
		String reason = "channel error; protocol method: #method<channel.close>(reply-code=406, "
				+ "reply-text=PRECONDITION_FAILED - inequivalent arg '" + flag + "' for queue '" + queue
				+ "' in vhost '/': received " + received + " but current is " + current
				+ ", class-id=50, method-id=10)";
		FailureAnalysis analysis = this.analyzer.analyze(
				new IllegalStateException("Could not start", new QueueDeclarationException(queue, DURABLE, 406, reason)));
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
