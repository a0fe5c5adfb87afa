package io.ariqueue.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Delivery;
import io.ariqueue.test.simulator.TestApp.Dialogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.ariqueue.test.simulator.TestApp.ari;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * AsterNET-ARI-Proxy's own quirks.
 */
class AsterNetProxyWireTests extends SimulatorTestSupport {

	@Override
	Flavour flavour() {
		return Flavour.ASTERNET_ARI_PROXY;
	}

	@Test
	void declaresAutoDeleteQueuesWithAnIntegerTtlBeforeAnnouncing() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		JsonNode announcement = this.app.awaitAnnouncement(WAIT);
		String id = announcement.get("dialog_id").stringValue();
		assertThat(announcement.propertyNames()).containsExactly("Application", "dialog_id", "server_id");
		assertThat(announcement.get("server_id").stringValue()).isEmpty();
		assertThat(this.app.queueExists("events_" + id)).isTrue();
		Channel channel = this.app.connection().createChannel();
		channel.queueDeclare("events_" + id, false, false, true, Map.of("x-message-ttl", 30000));
		channel.queueDeclare("commands_" + id, false, false, true, null);
		Channel mismatch = this.app.connection().createChannel();
		assertThatExceptionOfType(java.io.IOException.class)
			.isThrownBy(() -> mismatch.queueDeclare("responses_" + id, true, false, false, null));
		Channel otherTtl = this.app.connection().createChannel();
		assertThatExceptionOfType(java.io.IOException.class)
			.isThrownBy(() -> otherTtl.queueDeclare("responses_" + id, false, false, true, Map.of("x-message-ttl", 60000)));
		assertThat(call.dialogue().id()).isEqualTo(id);
	}

	@Test
	void publishesWithoutPropertiesAndPascalCaseEvents() throws Exception {
		SimulatedCall call = this.sim.placeCall((c) -> c.args("a"));
		Delivery announcement = this.app.awaitAnnouncementDelivery(WAIT);
		assertThat(announcement.getProperties().getContentType()).isNull();
		assertThat(announcement.getProperties().getDeliveryMode()).isNull();
		Dialogue dialogue = this.app.join(call.dialogue().id(), WAIT);
		JsonNode envelope = dialogue.awaitEvent("StasisStart", WAIT);
		assertThat(envelope.propertyNames()).containsExactly("server_id", "timestamp", "type", "ari_body");
		assertThat(envelope.get("timestamp").stringValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,7})?Z");
		JsonNode body = ari(envelope);
		assertThat(body.propertyNames()).containsExactly("Args", "Channel", "Replace_channel", "Application",
				"Timestamp", "Type");
		assertThat(body.get("Timestamp").stringValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,7})?\\+00:00");
		assertThat(body.get("Channel").propertyNames()).contains("Id", "Name", "State", "Caller", "Dialplan",
				"Creationtime", "Language").doesNotContain("Protocol_id");
		assertThat(body.has("asterisk_id")).isFalse();
		assertThat(body.get("Replace_channel").isNull()).isTrue();
	}

	@Test
	void commandsAreReadAsAsciiAndMethodsAreCaseSensitive() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode set = dialogue.call("POST", "/channels/" + call.channelId() + "/variable",
				Map.of("variable", "GREETING", "value", "grüß"));
		assertThat(set.get("status_code").intValue()).isEqualTo(204);
		assertThat(call.variable("GREETING")).contains("gr????");
		String lower = dialogue.send("post", "/channels/" + call.channelId() + "/answer", "{}");
		assertThat(dialogue.noResponse(lower, Duration.ofMillis(500))).isTrue();
		JsonNode noSlash = dialogue.call("POST", "channels/" + call.channelId() + "/answer", "{}");
		assertThat(noSlash.get("status_code").intValue()).isEqualTo(204);
	}

	@Test
	void listAnswersAndUnreadableCommandsGetNoResponse() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		String list = dialogue.send("GET", "/channels", "{}");
		assertThat(dialogue.noResponse(list, Duration.ofMillis(500))).isTrue();
		dialogue.sendRaw("DUMMY");
		dialogue.sendRaw("{\"unique_id\":\"x1\",\"url\":\"/channels\",\"method\":\"GET\"}");
		assertThat(dialogue.noResponse("x1", Duration.ofMillis(300))).isTrue();
		assertThat(dialogue.noResponse("", Duration.ofMillis(100))).isTrue();
		JsonNode get = dialogue.call("GET", "/channels/" + call.channelId() + "/variable", "{\"variable\":\"NOPE\"}");
		assertThat(get.get("status_code").intValue()).isEqualTo(404);
		assertThat(new String(dialogue.eventDeliveries().isEmpty() ? new byte[0] : dialogue.eventDeliveries().get(0).getBody(),
				StandardCharsets.UTF_8)).doesNotContain("asterisk_id");
	}

	@Test
	void closesTheDialogueOnPrimaryStasisEndWhenConfigured() throws Exception {
		try (ProxySimulator closing = ProxySimulator.builder(this.connectionFactory)
			.application(this.application + "-close")
			.flavour(Flavour.ASTERNET_ARI_PROXY)
			.stopCommandsAfterStasisEnd(true)
			.build(); TestApp closingApp = new TestApp(this.connectionFactory, this.application + "-close")) {
			SimulatedCall call = closing.placeCall();
			Dialogue dialogue = closingApp.acceptNext(WAIT);
			call.hangUpFarEnd();
			dialogue.awaitEvent("StasisEnd", WAIT);
			assertThat(call.dialogue().commandsStopped()).isTrue();
			Thread.sleep(200);
			assertThat(closingApp.queueExists(call.dialogue().commandsQueue())).isFalse();
		}
	}

	@Test
	void defaultDialoguesOutliveStasisEnd() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		call.hangUpFarEnd();
		dialogue.awaitEvent("ChannelDestroyed", WAIT);
		assertThat(dialogue.call("GET", "/channels/" + call.channelId(), "{}").get("status_code").intValue())
			.isEqualTo(404);
	}

}
