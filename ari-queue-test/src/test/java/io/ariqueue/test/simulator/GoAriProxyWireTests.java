package io.ariqueue.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Delivery;
import io.ariqueue.test.simulator.TestApp.Dialogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.ariqueue.test.simulator.TestApp.ari;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * go-ari-proxy's own quirks and the lossy end of its dialogues.
 */
class GoAriProxyWireTests extends SimulatorTestSupport {

	@Override
	Flavour flavour() {
		return Flavour.GO_ARI_PROXY;
	}

	@Override
	ProxySimulator.Builder configure(ProxySimulator.Builder builder) {
		return builder.announcementPause(Duration.ofMillis(300));
	}

	@Test
	void announcesBeforeTheDialogueQueuesExist() throws Exception {
		Thread caller = new Thread(() -> this.sim.placeCall());
		caller.start();
		JsonNode announcement = this.app.awaitAnnouncement(WAIT);
		String dialogueId = announcement.get("dialog_id").stringValue();
		assertThat(this.app.queueExists("events_" + dialogueId)).isFalse();
		caller.join(5000);
		assertThat(this.app.queueExists("events_" + dialogueId)).isTrue();
		assertThat(this.app.queueExists("commands_" + dialogueId)).isTrue();
	}

	@Test
	void publishesWithJsonPropertiesAndGoEncoding() throws Exception {
		SimulatedCall call = this.sim.placeCall((c) -> c.callerName("<A&B>"));
		Delivery announcement = this.app.awaitAnnouncementDelivery(WAIT);
		assertThat(new String(announcement.getBody(), StandardCharsets.UTF_8))
			.isEqualTo("{\"application\":\"" + this.application + "\",\"dialog_id\":\"" + call.dialogue().id()
					+ "\",\"server_id\":\"simulated-asterisk-1\"}");
		AMQP.BasicProperties properties = announcement.getProperties();
		assertThat(properties.getContentType()).isEqualTo("application/json");
		assertThat(properties.getDeliveryMode()).isEqualTo(1);
		assertThat(properties.getHeaders()).isNull();
		assertThat(properties.getCorrelationId()).isNull();
		Dialogue dialogue = this.app.join(call.dialogue().id(), WAIT);
		JsonNode envelope = dialogue.awaitEvent("StasisStart", WAIT);
		assertThat(envelope.propertyNames()).containsExactly("server_id", "timestamp", "type", "ari_body");
		assertThat(envelope.get("timestamp").stringValue())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");
		String raw = new String(dialogue.eventDeliveries().get(0).getBody(), StandardCharsets.UTF_8);
		assertThat(raw).contains("\\u003cA\\u0026B\\u003e");
		JsonNode body = ari(envelope);
		assertThat(body.propertyNames()).containsExactly("type", "timestamp", "args", "channel", "asterisk_id",
				"application");
		assertThat(body.get("timestamp").stringValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
		assertThat(body.get("channel").propertyNames()).containsExactly("id", "name", "state", "protocol_id", "caller",
				"connected", "accountcode", "dialplan", "creationtime", "language");
		assertThat(this.sim.wire().onQueue(this.application)).hasSize(1);
	}

	@Test
	void queryStringsAre401AndDummyIs405WithAnEmptyUniqueId() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode unauthorized = dialogue.call("POST", "/channels/" + call.channelId() + "/play?media=sound:x", "{}");
		assertThat(unauthorized.get("status_code").intValue()).isEqualTo(401);
		dialogue.sendRaw("DUMMY");
		JsonNode dummy = dialogue.awaitResponse("", WAIT);
		assertThat(dummy.toString())
			.isEqualTo("{\"unique_id\":\"\",\"status_code\":405,\"response_body\":\"{\\\"message\\\":\\\"Invalid method\\\"}\"}");
		JsonNode badJson = dialogue.call("POST", "/channels/" + call.channelId() + "/variable", "{not json");
		assertThat(badJson.get("status_code").intValue()).isEqualTo(400);
		JsonNode noSlash = dialogue.call("POST", "channels/" + call.channelId() + "/answer", "");
		assertThat(noSlash.get("status_code").intValue()).isEqualTo(404);
		assertThat(call.commands()).extracting(Command::raw).contains("DUMMY");
	}

	@Test
	void stopsProcessingCommandsAfterStasisEnd() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		JsonNode bridge = TestApp.body(dialogue.call("POST", "/bridges", "{}"));
		dialogue.call("DELETE", "/channels/" + call.channelId(), "");
		dialogue.awaitEvent("StasisEnd", WAIT);
		String late = dialogue.send("DELETE", "/bridges/" + bridge.get("id").stringValue(), "");
		assertThat(dialogue.noResponse(late, Duration.ofMillis(500))).isTrue();
		assertThat(call.dialogue().commandsStopped()).isTrue();
		assertThat(call.dialogue().ignoredCommands()).extracting(Command::method).containsExactly("DELETE");
		assertThat(dialogue.drainEventTypes(Duration.ofMillis(200))).doesNotContain("ChannelDestroyed");
	}

	@Test
	void onlyTheStasisStartOfANewChannelOpensADialogue() throws Exception {
		SimulatedCall first = this.sim.placeCall();
		SimulatedCall second = this.sim.placeCall();
		assertThat(first.dialogue().id()).isNotEqualTo(second.dialogue().id());
		assertThat(this.sim.dialogues()).hasSize(2);
	}

	@Test
	void refusedQueueDeclarationsAreReported() throws Exception {
		var channel = this.app.connection().createChannel();
		channel.queueDeclare("events_clash-" + this.application, false, false, true, null);
		assertThatExceptionOfType(ProxySimulatorException.class)
			.isThrownBy(() -> this.sim.placeCall((c) -> c.dialogueId("clash-" + this.application)))
			.withMessageContaining("406");
		channel.queueDelete("events_clash-" + this.application);
	}

	@Test
	void droppedStasisEndLeavesChannelDestroyed() throws Exception {
		try (ProxySimulator lossy = ProxySimulator.builder(this.connectionFactory)
			.application(this.application + "-drop")
			.dropStasisEnd(true)
			.build(); TestApp lossyApp = new TestApp(this.connectionFactory, this.application + "-drop")) {
			SimulatedCall call = lossy.placeCall();
			Dialogue dialogue = lossyApp.acceptNext(WAIT);
			call.hangUpFarEnd();
			dialogue.awaitEvent("ChannelDestroyed", WAIT);
			assertThat(dialogue.eventTypes()).containsExactly("StasisStart", "ChannelHangupRequest", "ChannelDestroyed");
			assertThat(call.dialogue().droppedEvents()).extracting((e) -> e.type()).containsExactly("StasisEnd");
		}
	}

	@Test
	void reorderedEndPublishesStasisEndBeforeTheHangupRequest() throws Exception {
		try (ProxySimulator lossy = ProxySimulator.builder(this.connectionFactory)
			.application(this.application + "-reorder")
			.reorderEndOfCall(true)
			.build(); TestApp lossyApp = new TestApp(this.connectionFactory, this.application + "-reorder")) {
			SimulatedCall call = lossy.placeCall();
			Dialogue dialogue = lossyApp.acceptNext(WAIT);
			dialogue.call("POST", "/channels/" + call.channelId() + "/answer", "");
			call.hangUpFarEnd();
			dialogue.awaitEvent("ChannelHangupRequest", WAIT);
			assertThat(dialogue.drainEventTypes(Duration.ofMillis(200))).containsExactly("StasisStart",
					"ChannelStateChange", "StasisEnd", "ChannelHangupRequest");
		}
	}

	@Test
	void keepsProcessingCommandsWhenToldTo() throws Exception {
		try (ProxySimulator lenient = ProxySimulator.builder(this.connectionFactory)
			.application(this.application + "-keep")
			.stopCommandsAfterStasisEnd(false)
			.strictParameterTypes(false)
			.build(); TestApp keepApp = new TestApp(this.connectionFactory, this.application + "-keep")) {
			SimulatedCall call = lenient.placeCall();
			Dialogue dialogue = keepApp.acceptNext(WAIT);
			call.hangUpFarEnd();
			dialogue.awaitEvent("ChannelDestroyed", WAIT);
			assertThat(dialogue.call("GET", "/channels/" + call.channelId(), "").get("status_code").intValue())
				.isEqualTo(404);
			JsonNode lenientTimeout = dialogue.call("POST", "/channels",
					Map.of("endpoint", "PJSIP/1", "extension", "100", "timeout", "30"));
			assertThat(lenientTimeout.get("status_code").intValue()).isEqualTo(200);
			assertThat(lenient.dialogues()).hasSize(1);
			assertThat(List.of(call.dialogue().commandsStopped())).containsExactly(false);
		}
	}

}
