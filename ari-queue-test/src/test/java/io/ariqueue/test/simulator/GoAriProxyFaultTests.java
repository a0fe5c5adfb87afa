package io.ariqueue.test.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import io.ariqueue.test.simulator.TestApp.Dialogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.ariqueue.test.simulator.TestApp.ari;
import static io.ariqueue.test.simulator.TestApp.body;
import static io.ariqueue.test.simulator.TestApp.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The faults of the real go-ari-proxy that the simulator reproduces by default, each against a raw AMQP
 * client, and each switch that turns one off.
 */
class GoAriProxyFaultTests extends SimulatorTestSupport {

	private static final Duration SILENCE = Duration.ofMillis(800);

	@Override
	Flavour flavour() {
		return Flavour.GO_ARI_PROXY;
	}

	@Test
	void deletingACommandsQueueItConsumesKillsTheCommandConsumerOfEveryDialogue() throws Exception {
		SimulatedCall first = this.sim.placeCall();
		this.app.acceptNext(WAIT);
		SimulatedCall second = this.sim.placeCall();
		Dialogue secondDialogue = this.app.acceptNext(WAIT);
		assertThat(secondDialogue.call("POST", "/channels/" + second.channelId() + "/answer", "")
			.get("status_code")
			.intValue()).isEqualTo(204);

		deleteQueue(first.dialogue().commandsQueue());

		await().atMost(WAIT).until(() -> !this.sim.isConsumingCommands());
		assertThat(this.sim.failures()).singleElement().asString().contains("basic.cancel-ok");
		String unanswered = secondDialogue.send("GET", "/channels/" + second.channelId(), "{}");
		assertThat(secondDialogue.noResponse(unanswered, SILENCE)).isTrue();
		await().atMost(WAIT).until(() -> consumers(second.dialogue().commandsQueue()) == 0);
		// events and announcements still flow over the other connection
		second.pressDtmf("5");
		secondDialogue.awaitEvent("ChannelDtmfReceived", WAIT);
		SimulatedCall third = this.sim.placeCall();
		Dialogue thirdDialogue = this.app.acceptNext(WAIT);
		assertThat(thirdDialogue.noResponse(thirdDialogue.send("GET", "/channels/" + third.channelId(), "{}"), SILENCE))
			.isTrue();
	}

	@Test
	void withTheSwitchOffADeletedCommandsQueueStopsOnlyItsOwnDialogue() throws Exception {
		try (ProxySimulator lenient = ProxySimulator.builder(this.connectionFactory)
			.application(this.application + "-lenient")
			.commandConsumerDiesOnCancel(false)
			.build(); TestApp lenientApp = new TestApp(this.connectionFactory, this.application + "-lenient")) {
			SimulatedCall first = lenient.placeCall();
			lenientApp.acceptNext(WAIT);
			SimulatedCall second = lenient.placeCall();
			Dialogue secondDialogue = lenientApp.acceptNext(WAIT);
			deleteQueue(first.dialogue().commandsQueue());
			await().atMost(WAIT).until(() -> first.dialogue().commandsStopped());
			assertThat(lenient.isConsumingCommands()).isTrue();
			assertThat(secondDialogue.call("GET", "/channels/" + second.channelId(), "{}").get("status_code").intValue())
				.isEqualTo(200);
		}
	}

	@Test
	void theFirstStasisEndOfAnyChannelEndsTheDialogue() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		String leg = "leg-" + UUID.randomUUID();
		originateWithId(dialogue, leg);
		this.sim.call(leg).hangUpFarEnd();
		await().atMost(WAIT).until(() -> call.dialogue().commandsStopped());
		assertThat(call.dialogue().objects()).isEmpty();
		String unanswered = dialogue.send("GET", "/channels/" + call.channelId(), "{}");
		assertThat(dialogue.noResponse(unanswered, SILENCE)).isTrue();
		assertThat(call.dialogue().ignoredCommands()).isNotEmpty();
		// the first channel's own events are no longer routed
		call.pressDtmf("1");
		await().atMost(WAIT)
			.until(() -> this.sim.unroutedEvents().stream().anyMatch((e) -> e.type().equals("ChannelDtmfReceived")));
	}

	@Test
	void losesSomeStasisEndsAndRepeatsTheLossesOfItsSeed() throws Exception {
		List<Boolean> losses = stasisEndLosses(7);
		assertThat(losses).contains(true, false);
		assertThat(stasisEndLosses(7)).isEqualTo(losses);
	}

	private List<Boolean> stasisEndLosses(long seed) throws Exception {
		String application = this.application + "-seed-" + UUID.randomUUID().toString().substring(0, 4);
		List<Boolean> losses = new ArrayList<>();
		try (ProxySimulator lossy = ProxySimulator.builder(this.connectionFactory)
			.application(application)
			.stasisEndLoss(0.5)
			.seed(seed)
			.build()) {
			for (int i = 0; i < 12; i++) {
				SimulatedCall call = lossy.placeCall();
				// the fake Asterisk hands its events to the proxy before it returns
				call.hangUpFarEnd();
				losses.add(!call.dialogue().droppedEvents().isEmpty());
			}
		}
		return losses;
	}

	@Test
	void eventsOfAnObjectACommandCreatedCanOvertakeTheAnswerAndAreLost() throws Exception {
		try (ProxySimulator lossy = ProxySimulator.builder(this.connectionFactory)
			.application(this.application + "-new")
			.newObjectEventLoss(1)
			.build(); TestApp lossyApp = new TestApp(this.connectionFactory, this.application + "-new")) {
			SimulatedCall call = lossy.placeCall();
			Dialogue dialogue = lossyApp.acceptNext(WAIT);
			JsonNode played = dialogue.call("POST", "/channels/" + call.channelId() + "/play",
					Map.of("media", "sound:hello"));
			String playbackId = body(played).get("id").stringValue();
			JsonNode finished = ari(dialogue.awaitEvent("PlaybackFinished", WAIT));
			assertThat(field(field(finished, "playback"), "id").stringValue()).isEqualTo(playbackId);
			assertThat(dialogue.eventTypes()).doesNotContain("PlaybackStarted");
			assertThat(lossy.unroutedEvents()).anySatisfy((lost) -> {
				assertThat(lost.type()).isEqualTo("PlaybackStarted");
				assertThat(lost.playbackId()).isEqualTo(playbackId);
			});

			// without an id in the URL, the new channel's StasisStart opens a dialogue of its own
			JsonNode originated = dialogue.call("POST", "/channels",
					Map.of("endpoint", "PJSIP/300", "app", this.application + "-new"));
			String strayId = body(originated).get("id").stringValue();
			Dialogue stray = lossyApp.acceptNext(WAIT);
			JsonNode strayStart = ari(stray.awaitEvent("StasisStart", WAIT));
			assertThat(field(field(strayStart, "channel"), "id").stringValue()).isEqualTo(strayId);

			// an id in the URL is bound before the call and never lost
			String leg = "leg-" + UUID.randomUUID();
			originateWithId(dialogue, leg, this.application + "-new");
			assertThat(lossy.dialogues()).hasSize(2);
		}
	}

	@Test
	void crashesWhenTheSecondLegOfABridgedCallHangsUp() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		String leg = "leg-" + UUID.randomUUID();
		originateWithId(dialogue, leg);
		String bridgeId = body(dialogue.call("POST", "/bridges", Map.of("type", "mixing"))).get("id").stringValue();
		assertThat(dialogue.call("POST", "/bridges/" + bridgeId + "/addChannel",
				Map.of("channel", List.of(call.channelId(), leg))).get("status_code").intValue()).isEqualTo(204);

		this.sim.call(leg).hangUpFarEnd();

		await().atMost(WAIT).until(this.sim::hasCrashed);
		assertThat(this.sim.failures()).last().asString().contains("panic").contains(leg);
		await().atMost(WAIT).until(() -> consumers(call.dialogue().commandsQueue()) == 0);
		call.pressDtmf("1");
		assertThat(dialogue.drainEventTypes(SILENCE)).doesNotContain("ChannelDtmfReceived");
	}

	@Test
	void withTheSwitchOffTheSecondLegHangsUpWithoutACrash() throws Exception {
		try (ProxySimulator sturdy = ProxySimulator.builder(this.connectionFactory)
			.application(this.application + "-sturdy")
			.crashOnObjectRemoval(false)
			.build(); TestApp sturdyApp = new TestApp(this.connectionFactory, this.application + "-sturdy")) {
			SimulatedCall call = sturdy.placeCall();
			Dialogue dialogue = sturdyApp.acceptNext(WAIT);
			String leg = "leg-" + UUID.randomUUID();
			JsonNode response = dialogue.call("POST", "/channels/" + leg,
					Map.of("endpoint", "PJSIP/200", "app", this.application + "-sturdy"));
			assertThat(response.get("status_code").intValue()).isEqualTo(200);
			dialogue.call("POST", "/bridges", Map.of("type", "mixing"));
			sturdy.call(leg).hangUpFarEnd();
			sturdy.call(leg).awaitHungUp(WAIT);
			assertThat(sturdy.hasCrashed()).isFalse();
			assertThat(call.dialogue().commandsStopped()).isTrue();
		}
	}

	@Test
	void givesADialogueUpWhenItCannotConsumeItsCommandsQueueInTime() throws Exception {
		String application = this.application + "-wait";
		String dialogueId = UUID.randomUUID().toString();
		try (Channel channel = this.app.connection().createChannel()) {
			// a client that declared the queue with other flags: the proxy's own declaration is refused
			channel.queueDeclare("commands_" + dialogueId, false, false, false, null);
		}
		try (ProxySimulator waiting = ProxySimulator.builder(this.connectionFactory)
			.application(application)
			.commandsQueueWait(Duration.ofMillis(500))
			.build(); TestApp waitingApp = new TestApp(this.connectionFactory, application)) {
			SimulatedCall call = waiting.placeCall((c) -> c.dialogueId(dialogueId));
			Dialogue dialogue = waitingApp.acceptNext(WAIT);
			dialogue.awaitEvent("StasisStart", WAIT);
			await().atMost(WAIT).until(() -> !waiting.failures().isEmpty());
			assertThat(waiting.failures()).singleElement().asString().contains("dropped dialogue " + dialogueId);
			call.pressDtmf("1");
			await().atMost(WAIT)
				.until(() -> waiting.unroutedEvents().stream().anyMatch((e) -> e.type().equals("ChannelDtmfReceived")));
			assertThat(consumers("commands_" + dialogueId)).isZero();
		}
		finally {
			deleteQueue("commands_" + dialogueId);
		}
	}

	@Test
	void aCrashClosesEverythingAndNothingReconnects() throws Exception {
		SimulatedCall call = this.sim.placeCall();
		Dialogue dialogue = this.app.acceptNext(WAIT);
		this.sim.crash();
		assertThat(this.sim.hasCrashed()).isTrue();
		await().atMost(WAIT).until(() -> consumers(call.dialogue().commandsQueue()) == 0);
		assertThat(dialogue.noResponse(dialogue.send("GET", "/channels/" + call.channelId(), "{}"), SILENCE)).isTrue();
		call.pressDtmf("1");
		assertThat(dialogue.drainEventTypes(SILENCE)).doesNotContain("ChannelDtmfReceived");
		assertThat(this.sim.isConsumingCommands()).isFalse();
	}

	@Test
	void wellBehavedTurnsEveryFaultOff() throws Exception {
		try (ProxySimulator tame = ProxySimulator.builder(this.connectionFactory)
			.application(this.application + "-tame")
			.wellBehaved()
			.build(); TestApp tameApp = new TestApp(this.connectionFactory, this.application + "-tame")) {
			SimulatedCall call = tame.placeCall();
			Dialogue dialogue = tameApp.acceptNext(WAIT);
			dialogue.call("POST", "/channels/" + call.channelId() + "/answer", "");
			call.hangUpFarEnd();
			dialogue.awaitEvent("StasisEnd", WAIT);
			assertThat(dialogue.eventTypes()).containsExactly("StasisStart", "ChannelStateChange",
					"ChannelHangupRequest", "StasisEnd");
			SimulatedCall other = tame.placeCall();
			Dialogue otherDialogue = tameApp.acceptNext(WAIT);
			deleteQueue(call.dialogue().commandsQueue());
			assertThat(otherDialogue.call("GET", "/channels/" + other.channelId(), "{}").get("status_code").intValue())
				.isEqualTo(200);
			assertThat(tame.failures()).isEmpty();
		}
	}

	private void originateWithId(Dialogue dialogue, String leg) throws Exception {
		originateWithId(dialogue, leg, this.application);
	}

	private void originateWithId(Dialogue dialogue, String leg, String application) throws Exception {
		JsonNode response = dialogue.call("POST", "/channels/" + leg, Map.of("endpoint", "PJSIP/200", "app", application));
		assertThat(response.get("status_code").intValue()).isEqualTo(200);
		while (true) {
			JsonNode start = ari(dialogue.awaitEvent("StasisStart", WAIT));
			if (field(field(start, "channel"), "id").stringValue().equals(leg)) {
				return;
			}
		}
	}

	private int consumers(String queue) throws Exception {
		try (Channel channel = this.app.connection().createChannel()) {
			return channel.queueDeclarePassive(queue).getConsumerCount();
		}
	}

	private void deleteQueue(String queue) throws Exception {
		try (Channel channel = this.app.connection().createChannel()) {
			channel.queueDelete(queue);
		}
	}

}
