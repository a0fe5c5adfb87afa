package io.ariqueue.test.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.ariqueue.test.simulator.asterisk.ChannelSnapshot;
import io.ariqueue.test.simulator.asterisk.FakeAsterisk;

/**
 * One channel of the simulated Asterisk seen from the test: the caller's side (press keys, hang up,
 * answer an outgoing call) and what the application did to it (commands, channel state).
 *
 * @author ari-queue
 */
public final class SimulatedCall {

	private final FakeAsterisk asterisk;

	private final SimulatedDialogue dialogue;

	private final String channelId;

	private int commandCursor;

	SimulatedCall(FakeAsterisk asterisk, SimulatedDialogue dialogue, String channelId) {
		this.asterisk = asterisk;
		this.dialogue = dialogue;
		this.channelId = channelId;
	}

	/**
	 * The channel id.
	 * @return the id
	 */
	public String channelId() {
		return this.channelId;
	}

	/**
	 * The dialogue the channel belongs to.
	 * @return the dialogue
	 */
	public SimulatedDialogue dialogue() {
		return this.dialogue;
	}

	/**
	 * The channel as the fake Asterisk sees it now.
	 * @return a snapshot
	 */
	public ChannelSnapshot channel() {
		return this.asterisk.channel(this.channelId).orElseThrow();
	}

	/**
	 * A channel variable.
	 * @param name the variable
	 * @return its value, if set
	 */
	public Optional<String> variable(String name) {
		return Optional.ofNullable(channel().variables().get(name));
	}

	/**
	 * Every command the proxy read in this call's dialogue.
	 * @return a snapshot
	 */
	public List<Command> commands() {
		return this.dialogue.commands();
	}

	/**
	 * Every response the proxy published in this call's dialogue.
	 * @return a snapshot
	 */
	public List<Response> responses() {
		return this.dialogue.responses();
	}

	/**
	 * Wait for the next command of the dialogue, after those already returned by this method.
	 * @param timeout how long to wait
	 * @return the command
	 * @throws AssertionError if none arrives in time
	 */
	public Command awaitCommand(Duration timeout) {
		return awaitCommand((command) -> true, timeout);
	}

	/**
	 * Wait for the next command with this method and URL, skipping others.
	 * @param method the method, e.g. {@code POST}
	 * @param url the URL, e.g. {@code /channels/<id>/answer}
	 * @param timeout how long to wait
	 * @return the command
	 * @throws AssertionError if none arrives in time
	 */
	public Command awaitCommand(String method, String url, Duration timeout) {
		return awaitCommand((command) -> command.method().equals(method) && command.url().equals(url), timeout);
	}

	/**
	 * Wait for the next command that matches, skipping others.
	 * @param condition the condition
	 * @param timeout how long to wait
	 * @return the command
	 * @throws AssertionError if none arrives in time
	 */
	public Command awaitCommand(Predicate<Command> condition, Duration timeout) {
		int index = this.dialogue.awaitCommand(this.commandCursor, condition, timeout);
		this.commandCursor = index + 1;
		return this.dialogue.commandAt(index);
	}

	/**
	 * The caller presses keys: one {@code ChannelDtmfReceived} per digit.
	 * @param digits the digits, e.g. {@code "1#"}
	 * @return this call
	 */
	public SimulatedCall pressDtmf(String digits) {
		this.asterisk.pressDtmf(this.channelId, digits, 100);
		return this;
	}

	/**
	 * The far end answers an outgoing call (a channel originated by the application).
	 * @return this call
	 */
	public SimulatedCall answerFarEnd() {
		this.asterisk.answerFarEnd(this.channelId);
		return this;
	}

	/**
	 * The far end hangs up: {@code ChannelHangupRequest}, {@code StasisEnd}, {@code ChannelDestroyed}.
	 * @return this call
	 */
	public SimulatedCall hangUpFarEnd() {
		this.asterisk.hangUpFarEnd(this.channelId);
		return this;
	}

	/**
	 * Wait until the channel is destroyed.
	 * @param timeout how long to wait
	 * @return this call
	 * @throws AssertionError if it is still up
	 */
	public SimulatedCall awaitHungUp(Duration timeout) {
		return awaitChannel((channel) -> channel.hungUp(), "hung up", timeout);
	}

	/**
	 * Wait until the channel is in a state.
	 * @param state the state, e.g. {@code Up}
	 * @param timeout how long to wait
	 * @return this call
	 * @throws AssertionError if it is not
	 */
	public SimulatedCall awaitState(String state, Duration timeout) {
		return awaitChannel((channel) -> channel.state().equals(state), "in state " + state, timeout);
	}

	/**
	 * Wait until the channel has left the Stasis application (hung up or continued in the dialplan).
	 * @param timeout how long to wait
	 * @return this call
	 * @throws AssertionError if it is still in Stasis
	 */
	public SimulatedCall awaitLeftStasis(Duration timeout) {
		return awaitChannel((channel) -> !channel.inStasis(), "out of Stasis", timeout);
	}

	/**
	 * Wait until a condition on the channel holds.
	 * @param condition the condition
	 * @param description what is awaited, for the failure message
	 * @param timeout how long to wait
	 * @return this call
	 * @throws AssertionError if it does not hold in time
	 */
	public SimulatedCall awaitChannel(Predicate<ChannelSnapshot> condition, String description, Duration timeout) {
		boolean reached;
		try {
			reached = this.asterisk.await(
					() -> this.asterisk.channel(this.channelId).map(condition::test).orElse(false), timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", ex);
		}
		if (!reached) {
			throw new AssertionError("Channel " + this.channelId + " not " + description + " within " + timeout
					+ ": " + channel());
		}
		return this;
	}

	@Override
	public String toString() {
		return "SimulatedCall " + this.channelId + " in dialogue " + this.dialogue.id();
	}

}
