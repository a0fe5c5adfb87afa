package io.ariqueue.ari.resource;

import java.util.Objects;

import io.ariqueue.ari.client.AriOperations;

/**
 * {@link AsyncAriApi} over {@link AriOperations}, holding one instance of each resource.
 */
final class DefaultAsyncAriApi implements AsyncAriApi {

	private final AsyncAsterisk asterisk;

	private final AsyncEndpoints endpoints;

	private final AsyncChannels channels;

	private final AsyncBridges bridges;

	private final AsyncRecordings recordings;

	private final AsyncSounds sounds;

	private final AsyncPlaybacks playbacks;

	private final AsyncDeviceStates deviceStates;

	private final AsyncMailboxes mailboxes;

	private final AsyncEvents events;

	private final AsyncApplications applications;

	DefaultAsyncAriApi(AriOperations operations) {
		Objects.requireNonNull(operations, "operations must not be null");
		this.asterisk = new DefaultAsyncAsterisk(operations);
		this.endpoints = new DefaultAsyncEndpoints(operations);
		this.channels = new DefaultAsyncChannels(operations);
		this.bridges = new DefaultAsyncBridges(operations);
		this.recordings = new DefaultAsyncRecordings(operations);
		this.sounds = new DefaultAsyncSounds(operations);
		this.playbacks = new DefaultAsyncPlaybacks(operations);
		this.deviceStates = new DefaultAsyncDeviceStates(operations);
		this.mailboxes = new DefaultAsyncMailboxes(operations);
		this.events = new DefaultAsyncEvents(operations);
		this.applications = new DefaultAsyncApplications(operations);
	}

	@Override
	public AsyncAsterisk asterisk() {
		return this.asterisk;
	}

	@Override
	public AsyncEndpoints endpoints() {
		return this.endpoints;
	}

	@Override
	public AsyncChannels channels() {
		return this.channels;
	}

	@Override
	public AsyncBridges bridges() {
		return this.bridges;
	}

	@Override
	public AsyncRecordings recordings() {
		return this.recordings;
	}

	@Override
	public AsyncSounds sounds() {
		return this.sounds;
	}

	@Override
	public AsyncPlaybacks playbacks() {
		return this.playbacks;
	}

	@Override
	public AsyncDeviceStates deviceStates() {
		return this.deviceStates;
	}

	@Override
	public AsyncMailboxes mailboxes() {
		return this.mailboxes;
	}

	@Override
	public AsyncEvents events() {
		return this.events;
	}

	@Override
	public AsyncApplications applications() {
		return this.applications;
	}

}
