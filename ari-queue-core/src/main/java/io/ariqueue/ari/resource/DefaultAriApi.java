package io.ariqueue.ari.resource;

import java.util.Objects;

import io.ariqueue.ari.client.AriOperations;

/**
 * {@link AriApi} over {@link AriOperations}, holding one instance of each resource.
 */
final class DefaultAriApi implements AriApi {

	private final Asterisk asterisk;

	private final Endpoints endpoints;

	private final Channels channels;

	private final Bridges bridges;

	private final Recordings recordings;

	private final Sounds sounds;

	private final Playbacks playbacks;

	private final DeviceStates deviceStates;

	private final Mailboxes mailboxes;

	private final Events events;

	private final Applications applications;

	private final AsyncAriApi async;

	DefaultAriApi(AriOperations operations) {
		Objects.requireNonNull(operations, "operations must not be null");
		this.asterisk = new DefaultAsterisk(operations);
		this.endpoints = new DefaultEndpoints(operations);
		this.channels = new DefaultChannels(operations);
		this.bridges = new DefaultBridges(operations);
		this.recordings = new DefaultRecordings(operations);
		this.sounds = new DefaultSounds(operations);
		this.playbacks = new DefaultPlaybacks(operations);
		this.deviceStates = new DefaultDeviceStates(operations);
		this.mailboxes = new DefaultMailboxes(operations);
		this.events = new DefaultEvents(operations);
		this.applications = new DefaultApplications(operations);
		this.async = new DefaultAsyncAriApi(operations);
	}

	@Override
	public Asterisk asterisk() {
		return this.asterisk;
	}

	@Override
	public Endpoints endpoints() {
		return this.endpoints;
	}

	@Override
	public Channels channels() {
		return this.channels;
	}

	@Override
	public Bridges bridges() {
		return this.bridges;
	}

	@Override
	public Recordings recordings() {
		return this.recordings;
	}

	@Override
	public Sounds sounds() {
		return this.sounds;
	}

	@Override
	public Playbacks playbacks() {
		return this.playbacks;
	}

	@Override
	public DeviceStates deviceStates() {
		return this.deviceStates;
	}

	@Override
	public Mailboxes mailboxes() {
		return this.mailboxes;
	}

	@Override
	public Events events() {
		return this.events;
	}

	@Override
	public Applications applications() {
		return this.applications;
	}

	@Override
	public AsyncAriApi async() {
		return this.async;
	}

}
