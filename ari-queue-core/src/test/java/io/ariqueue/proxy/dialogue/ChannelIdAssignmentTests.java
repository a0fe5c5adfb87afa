package io.ariqueue.proxy.dialogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ariqueue.ari.client.AriRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ari-queue sends for the ARI calls that create channels, so that the proxy binds a new channel
 * to its dialogue before Asterisk answers.
 *
 * @author ari-queue team
 */
class ChannelIdAssignmentTests {

	@Test
	void aPlainOriginateIsSentWithAnIdOfItsOwnInThePath() {
		AriRequest originate = AriRequest.of("POST", "/channels")
			.operation("channels.originate")
			.parameter("endpoint", "PJSIP/200")
			.parameter("app", "ivr")
			.parameter("appArgs", "dialed")
			.parameter("timeout", 30)
			.build();
		AriRequest sent = ChannelIdAssignment.assign(originate);
		assertThat(sent.method()).isEqualTo("POST");
		assertThat(sent.path()).matches("/channels/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(sent.parameters()).containsExactly(Map.entry("endpoint", "PJSIP/200"), Map.entry("app", "ivr"),
				Map.entry("appArgs", "dialed"), Map.entry("timeout", 30));
		assertThat(sent.operation()).isEqualTo("channels.originate");
		assertThat(ChannelIdAssignment.assign(originate).path()).as("a new id each time").isNotEqualTo(sent.path());
	}

	@Test
	void anOriginateThatNamesItsChannelIdKeepsItInThePath() {
		AriRequest originate = AriRequest.of("POST", "/channels")
			.parameter("endpoint", "PJSIP/200")
			.parameter("channelId", "my leg")
			.parameter("otherChannelId", "other")
			.build();
		AriRequest sent = ChannelIdAssignment.assign(originate);
		assertThat(sent.path()).isEqualTo("/channels/my%20leg");
		assertThat(sent.parameters()).containsOnlyKeys("endpoint", "otherChannelId");
	}

	@Test
	void aCreateGetsAChannelIdParameter() {
		AriRequest create = AriRequest.of("POST", "/channels/create")
			.parameter("endpoint", "PJSIP/200")
			.parameter("app", "ivr")
			.build();
		AriRequest sent = ChannelIdAssignment.assign(create);
		assertThat(sent.path()).isEqualTo("/channels/create");
		assertThat(sent.parameters()).containsKeys("endpoint", "app", "channelId");
		assertThat((String) sent.parameters().get("channelId")).hasSize(36);
		AriRequest named = AriRequest.of("POST", "/channels/create").parameter("channelId", "mine").build();
		assertThat(ChannelIdAssignment.assign(named)).isSameAs(named);
	}

	@Test
	void leavesEveryOtherRequestAlone() {
		List<AriRequest> others = List.of(AriRequest.of("GET", "/channels").build(),
				AriRequest.of("POST", "/channels/{channelId}").pathParameter("channelId", "given").build(),
				AriRequest.of("POST", "/channels/{channelId}/answer").pathParameter("channelId", "c1").build(),
				AriRequest.of("POST", "/bridges").build());
		for (AriRequest request : others) {
			assertThat(ChannelIdAssignment.assign(request)).isSameAs(request);
		}
	}

}
