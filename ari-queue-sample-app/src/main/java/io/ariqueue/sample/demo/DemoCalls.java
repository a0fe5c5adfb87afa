package io.ariqueue.sample.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.test.simulator.ProxySimulator;
import io.ariqueue.test.simulator.SimulatedCall;
import io.ariqueue.test.simulator.asterisk.AriEvent;

/**
 * Places the demo's calls one after the other, as callers on a simulated Asterisk behind a simulated proxy,
 * and logs the path each took. Every caller but the last presses a key after the greeting; the last hangs
 * up instead, to show the other ending.
 *
 * @author ari-queue team
 */
public class DemoCalls implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger logger = LoggerFactory.getLogger(DemoCalls.class);

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ProxySimulator proxy;

	private final Supplier<ProxyDialogueRuntime> runtime;

	private final int calls;

	private volatile int exitCode;

	DemoCalls(ProxySimulator proxy, Supplier<ProxyDialogueRuntime> runtime, int calls) {
		this.proxy = proxy;
		this.runtime = runtime;
		this.calls = calls;
	}

	@Override
	public void run(ApplicationArguments args) {
		logger.info("Demo: {} calls through a simulated {} on queue '{}'", this.calls, this.proxy.flavour(),
				this.proxy.applicationQueue());
		for (int number = 1; number <= this.calls; number++) {
			try {
				logger.info(place(number));
			}
			catch (AssertionError | RuntimeException ex) {
				logger.error("Call {} went wrong: {}", number, ex.getMessage());
				this.exitCode = 1;
				return;
			}
		}
		logger.info("Demo done: {} calls handled. To serve a real proxy on queue 'sample-ivr' instead, run with "
				+ "--sample.demo.enabled=false", this.calls);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private String place(int number) {
		String caller = String.valueOf(200 + number);
		boolean hangsUp = number == this.calls && this.calls > 1;
		logger.info("Call {}: {} dials in", number, caller);
		SimulatedCall call = this.proxy.placeCall((spec) -> spec.callerNumber(caller));
		String channel = "/channels/" + call.channelId();
		call.awaitCommand("POST", channel + "/play", WAIT);
		await(() -> call.dialogue().eventTypes().contains("PlaybackFinished"), "the end of the greeting");
		if (hangsUp) {
			logger.info("Call {}: the caller hangs up without choosing", number);
			call.hangUpFarEnd();
		}
		else {
			String digit = String.valueOf(number % 10);
			logger.info("Call {}: the caller presses {}", number, digit);
			call.pressDtmf(digit);
			call.awaitCommand("DELETE", channel, WAIT);
		}
		call.awaitHungUp(WAIT);
		// the IVR has logged its side of the call once its dialogue is closed
		await(() -> this.runtime.get().activeDialogues() == 0, "the IVR to close the dialogue");
		return "Call " + number + " path: " + path(call);
	}

	/** The call as the simulated Asterisk saw it. */
	private static String path(SimulatedCall call) {
		List<String> steps = new ArrayList<>();
		steps.add("announced (dialogue " + call.dialogue().id().substring(0, 8) + ")");
		if (call.commands().stream().anyMatch((command) -> command.url().endsWith("/answer"))) {
			steps.add("answered");
		}
		for (AriEvent event : call.dialogue().events()) {
			if (event.type().equals("PlaybackFinished")) {
				steps.add("greeting played");
			}
			else if (event.type().equals("ChannelDtmfReceived")) {
				steps.add("DTMF " + event.body().path("digit").stringValue());
			}
		}
		boolean hungUpByIvr = call.commands().stream().anyMatch((command) -> command.method().equals("DELETE"));
		steps.add(hungUpByIvr ? "hung up by the IVR" : "hung up by the caller");
		return String.join(" -> ", steps);
	}

	private static void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("gave up waiting for " + what + " after " + WAIT);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for " + what, ex);
			}
		}
	}

}
