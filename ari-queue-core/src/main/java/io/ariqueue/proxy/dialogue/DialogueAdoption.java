package io.ariqueue.proxy.dialogue;

import java.io.IOException;
import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.proxy.amqp.QueueAdmin;
import io.ariqueue.proxy.amqp.QueueInUseException;
import io.ariqueue.proxy.dialogue.Membership.AdoptionResult;
import io.ariqueue.proxy.dialogue.Membership.OwnedDialogue;

/**
 * Takes over the dialogues of an instance that died or left, as {@link Membership} asks: within
 * the active-dialogue limit, only if nobody consumes them, and claimed in the registry before
 * anything is set up, so that an announcement of the same dialogue cannot set it up twice.
 *
 * @author ari-queue team
 */
final class DialogueAdoption implements Membership.Adopter {

	private static final Logger logger = LoggerFactory.getLogger(DialogueAdoption.class);

	private final DialogueRegistry registry;

	private final CapacityGate gate;

	private final AnnouncementIntake intake;

	private final QueueAdmin admin;

	private final RuntimeCounters counters;

	private final DialogueFactory dialogues;

	private final Runnable releaseSlot;

	DialogueAdoption(DialogueRegistry registry, CapacityGate gate, AnnouncementIntake intake, QueueAdmin admin,
			RuntimeCounters counters, DialogueFactory dialogues, Runnable releaseSlot) {
		this.registry = registry;
		this.gate = gate;
		this.intake = intake;
		this.admin = admin;
		this.counters = counters;
		this.dialogues = dialogues;
		this.releaseSlot = releaseSlot;
	}

	@Override
	public Collection<OwnedDialogue> ownedDialogues() {
		return this.registry.running();
	}

	@Override
	public boolean runs(String dialogueId) {
		return this.registry.contains(dialogueId);
	}

	@Override
	public AdoptionResult adopt(OwnedDialogue orphan) {
		String id = orphan.id();
		if (!this.intake.isAccepting()) {
			return AdoptionResult.NO_ROOM;
		}
		if (this.registry.contains(id)) {
			return AdoptionResult.ADOPTED;
		}
		try {
			int consumers = this.admin.consumerCount(ProxyQueueNames.events(id));
			if (consumers < 0) {
				return AdoptionResult.GONE;
			}
			if (consumers > 0) {
				return AdoptionResult.OWNED_ELSEWHERE;
			}
		}
		catch (RuntimeException ex) {
			return AdoptionResult.FAILED;
		}
		if (!this.gate.tryReserve()) {
			return AdoptionResult.NO_ROOM;
		}
		if (this.gate.isFull()) {
			this.intake.pauseIfFull();
		}
		Dialogue dialogue = this.dialogues.create(id, orphan.serverId(), orphan.application(), true,
				orphan.primaryChannelId());
		if (this.registry.claim(dialogue) != null) {
			this.releaseSlot.run();
			return AdoptionResult.ADOPTED;
		}
		try {
			dialogue.start(true);
			this.counters.started(true);
			logger.info("Adopted dialogue {} (primary channel {})", id, orphan.primaryChannelId());
			return AdoptionResult.ADOPTED;
		}
		catch (QueueInUseException ex) {
			forget(dialogue);
			return AdoptionResult.OWNED_ELSEWHERE;
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not adopt dialogue {}: {}", id, ex.getMessage());
			forget(dialogue);
			return AdoptionResult.FAILED;
		}
	}

	private void forget(Dialogue dialogue) {
		this.registry.remove(dialogue);
		this.releaseSlot.run();
	}

	/**
	 * Makes the dialogues of a runtime.
	 */
	@FunctionalInterface
	interface DialogueFactory {

		Dialogue create(String id, String serverId, String application, boolean adopted, String primaryChannelId);

	}

}
