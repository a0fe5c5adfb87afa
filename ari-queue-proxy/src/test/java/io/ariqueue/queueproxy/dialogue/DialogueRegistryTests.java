package io.ariqueue.queueproxy.dialogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.ariqueue.queueproxy.amqp.Outboxes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DialogueRegistry}.
 *
 * @author ari-queue team
 */
class DialogueRegistryTests {

	private final DialogueRegistry registry = new DialogueRegistry(List.of("ivr"));

	private final Outboxes outboxes = new Outboxes(null, Runnable::run, null, 10, false);

	@Test
	void aDialogueRemovedAlreadyTakesNoObject() {
		// a command delivered just before the consumer's cancellation runs after the dialogue ended
		Dialogue dialogue = dialogue("d-1");
		this.registry.add(dialogue);
		this.registry.bind(dialogue, ObjectRef.channel("c-1"));
		this.registry.remove(dialogue);
		assertThat(this.registry.bind(dialogue, ObjectRef.bridge("b-1"))).isFalse();
		assertThat(this.registry.boundObjects()).isZero();
		assertThat(this.registry.owners(ObjectRef.bridge("b-1"))).isEmpty();
		assertThat(this.registry.objectsOf(dialogue)).isEmpty();
	}

	@Test
	void aBridgeSharedByTwoDialoguesReachesBothUntilEachLetsGo() {
		Dialogue first = dialogue("d-1");
		Dialogue second = dialogue("d-2");
		this.registry.add(first);
		this.registry.add(second);
		ObjectRef bridge = ObjectRef.bridge("b-1");
		assertThat(this.registry.bind(first, bridge)).isTrue();
		assertThat(this.registry.bind(second, bridge)).isTrue();
		assertThat(this.registry.bind(second, bridge)).isFalse();
		assertThat(this.registry.owners(bridge)).containsExactly(first, second);
		this.registry.remove(first);
		assertThat(this.registry.owners(bridge)).containsExactly(second);
		this.registry.unbind(second, bridge);
		assertThat(this.registry.boundObjects()).isZero();
	}

	private Dialogue dialogue(String id) {
		return new Dialogue(id, "ivr", this.outboxes.open(id), new SerialLane(Runnable::run));
	}

}
