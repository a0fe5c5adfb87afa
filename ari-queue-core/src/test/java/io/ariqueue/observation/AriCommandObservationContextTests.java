package io.ariqueue.observation;

import java.time.Duration;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import io.ariqueue.ari.client.AriConnectionException;
import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.client.AriTimeoutException;
import io.ariqueue.ari.client.DialogueClosedException;
import io.ariqueue.observation.AriCommandObservationContext.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AriCommandObservationContext} and {@link DefaultAriCommandObservationConvention}.
 *
 * @author ari-queue team
 */
class AriCommandObservationContextTests {

	@Test
	void mapsEachStatusToItsOutcome() {
		assertThat(Outcome.forStatus(200)).isEqualTo(Outcome.SUCCESS);
		assertThat(Outcome.forStatus(204)).isEqualTo(Outcome.SUCCESS);
		assertThat(Outcome.forStatus(400)).isEqualTo(Outcome.CLIENT_ERROR);
		assertThat(Outcome.forStatus(404)).isEqualTo(Outcome.CLIENT_ERROR);
		assertThat(Outcome.forStatus(422)).isEqualTo(Outcome.CLIENT_ERROR);
		assertThat(Outcome.forStatus(500)).isEqualTo(Outcome.SERVER_ERROR);
		assertThat(Outcome.forStatus(503)).isEqualTo(Outcome.SERVER_ERROR);
		// the proxy reached no Asterisk
		assertThat(Outcome.forStatus(0)).isEqualTo(Outcome.SERVER_ERROR);
	}

	@Test
	void mapsEachFailureToItsOutcome() {
		assertThat(Outcome.forFailure(new AriTimeoutException("channels.answer", Duration.ofSeconds(1))))
			.isEqualTo(Outcome.TIMEOUT);
		assertThat(Outcome.forFailure(new CancellationException())).isEqualTo(Outcome.TIMEOUT);
		assertThat(Outcome.forFailure(new AriConnectionException("channels.answer", true, null)))
			.isEqualTo(Outcome.CONNECTION);
		assertThat(Outcome.forFailure(new DialogueClosedException("channels.answer", "d1")))
			.isEqualTo(Outcome.CONNECTION);
	}

	@Test
	void outcomeValuesAreTheTagValues() {
		assertThat(Outcome.values()).extracting(Outcome::value)
			.containsExactly("success", "client_error", "server_error", "timeout", "connection");
	}

	@Test
	void readsTheChannelIdFromThePathDecoded() {
		AriRequest request = AriRequest.of("POST", "/channels/{channelId}/answer")
			.operation("channels.answer")
			.pathParameter("channelId", "a b/ü+1")
			.build();
		assertThat(new AriCommandObservationContext(request, "d1").getChannelId()).isEqualTo("a b/ü+1");
	}

	@Test
	void readsTheChannelIdOfANewChannelFromItsParameters() {
		AriRequest request = AriRequest.of("POST", "/channels/create")
			.operation("channels.create")
			.parameter("channelId", "new-1")
			.build();
		assertThat(new AriCommandObservationContext(request, "d1").getChannelId()).isEqualTo("new-1");
	}

	@Test
	void hasNoChannelIdWhereTheOperationNamesNone() {
		AriRequest request = AriRequest.of("POST", "/bridges/{bridgeId}/addChannel")
			.operation("bridges.addChannel")
			.pathParameter("bridgeId", "b1")
			.parameter("channel", "c1")
			.build();
		AriCommandObservationContext context = new AriCommandObservationContext(request, "d1");
		assertThat(context.getChannelId()).isNull();
		assertThat(DefaultAriCommandObservationConvention.INSTANCE.getHighCardinalityKeyValues(context))
			.extracting((keyValue) -> keyValue.getKey())
			.containsExactly("dialogue.id");
	}

	@Test
	void conventionGivesTheOutcomeOnlyOnceTheCallEnded() {
		AriRequest request = AriRequest.of("POST", "/channels/{channelId}/answer")
			.operation("channels.answer")
			.pathParameter("channelId", "c1")
			.build();
		AriCommandObservationContext context = new AriCommandObservationContext(request, "d1");
		DefaultAriCommandObservationConvention convention = DefaultAriCommandObservationConvention.INSTANCE;
		assertThat(convention.getName()).isEqualTo("ari.queue.command");
		assertThat(convention.getContextualName(context)).isEqualTo("channels.answer");
		assertThat(convention.getLowCardinalityKeyValues(context)).extracting((keyValue) -> keyValue.getKey())
			.containsExactly("operation");
		context.setResponse(new AriResponse(404, "{\"message\":\"Channel not found\"}"));
		assertThat(context.getStatusCode()).isEqualTo(404);
		assertThat(convention.getLowCardinalityKeyValues(context))
			.extracting((keyValue) -> keyValue.getKey() + "=" + keyValue.getValue())
			.containsExactly("operation=channels.answer", "outcome=client_error");
		assertThat(convention.getHighCardinalityKeyValues(context))
			.extracting((keyValue) -> keyValue.getKey() + "=" + keyValue.getValue())
			.containsExactly("channel.id=c1", "dialogue.id=d1");
	}

	@Test
	void anUnnamedOperationIsNamedByItsTemplateNotItsIds() {
		AriRequest request = AriRequest.of("DELETE", "/channels/{channelId}").pathParameter("channelId", "c1").build();
		assertThat(new AriCommandObservationContext(request, "d1").getOperation())
			.isEqualTo("DELETE /channels/{channelId}");
	}

}
