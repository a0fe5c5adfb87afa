package io.ariqueue.proxy.dialogue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.client.AriResponse;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.resource.Applications;
import io.ariqueue.ari.resource.AriApi;
import io.ariqueue.ari.resource.Asterisk;
import io.ariqueue.ari.resource.AsyncAriApi;
import io.ariqueue.ari.resource.Bridges;
import io.ariqueue.ari.resource.Channels;
import io.ariqueue.ari.resource.DeviceStates;
import io.ariqueue.ari.resource.Endpoints;
import io.ariqueue.ari.resource.Events;
import io.ariqueue.ari.resource.Mailboxes;
import io.ariqueue.ari.resource.Playbacks;
import io.ariqueue.ari.resource.Recordings;
import io.ariqueue.ari.resource.Sounds;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

/**
 * The {@link AriSession} of a proxy dialogue: the typed ARI over the dialogue's command queue.
 *
 * @author ari-queue team
 */
final class DialogueSession implements AriSession {

	private final Dialogue dialogue;

	private final AriOperations operations;

	private final AriApi api;

	private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

	DialogueSession(Dialogue dialogue, Executor callbackExecutor, Duration maxWait) {
		this.dialogue = dialogue;
		this.operations = new AriOperations(dialogue, callbackExecutor, maxWait);
		this.api = AriApi.of(this.operations);
	}

	@Override
	public String dialogueId() {
		return this.dialogue.id();
	}

	@Override
	public String serverId() {
		return this.dialogue.serverId();
	}

	@Override
	public String application() {
		return this.dialogue.application();
	}

	@Override
	public Channel primaryChannel() {
		return this.dialogue.primaryChannel();
	}

	@Override
	public ConcurrentMap<String, Object> attributes() {
		return this.attributes;
	}

	@Override
	public AriResponse request(AriRequest request) {
		return this.operations.exchange(request);
	}

	@Override
	public CompletableFuture<AriResponse> requestAsync(AriRequest request) {
		return this.operations.exchangeAsync(request);
	}

	@Override
	public boolean isAdopted() {
		return this.dialogue.isAdopted();
	}

	@Override
	public boolean isOpen() {
		return this.dialogue.isOpen();
	}

	@Override
	public void close() {
		this.dialogue.requestClose(DialogueCloseReason.CLOSED_BY_APPLICATION);
	}

	@Override
	public Asterisk asterisk() {
		return this.api.asterisk();
	}

	@Override
	public Endpoints endpoints() {
		return this.api.endpoints();
	}

	@Override
	public Channels channels() {
		return this.api.channels();
	}

	@Override
	public Bridges bridges() {
		return this.api.bridges();
	}

	@Override
	public Recordings recordings() {
		return this.api.recordings();
	}

	@Override
	public Sounds sounds() {
		return this.api.sounds();
	}

	@Override
	public Playbacks playbacks() {
		return this.api.playbacks();
	}

	@Override
	public DeviceStates deviceStates() {
		return this.api.deviceStates();
	}

	@Override
	public Mailboxes mailboxes() {
		return this.api.mailboxes();
	}

	@Override
	public Events events() {
		return this.api.events();
	}

	@Override
	public Applications applications() {
		return this.api.applications();
	}

	@Override
	public AsyncAriApi async() {
		return this.api.async();
	}

	@Override
	public String toString() {
		return "AriSession[dialogue=" + dialogueId() + ", server=" + serverId() + ", application=" + application()
				+ (isAdopted() ? ", adopted" : "") + "]";
	}

}
