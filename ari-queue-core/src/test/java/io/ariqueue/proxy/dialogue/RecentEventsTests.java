package io.ariqueue.proxy.dialogue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remembering handled events by fingerprint, to skip their redelivery.
 *
 * @author ari-queue team
 */
class RecentEventsTests {

	private static final String EVENT = "{\"type\":\"ChannelDtmfReceived\",\"digit\":\"%d\",\"duration_ms\":100,"
			+ "\"timestamp\":\"2026-11-26T07:00:00.000+0000\",\"channel\":{\"id\":\"1764140400.%d\"}}";

	@Test
	void theSameBodyHasTheSameFingerprint() {
		byte[] body = event(7);
		assertThat(RecentEvents.fingerprint(body)).isEqualTo(RecentEvents.fingerprint(body.clone()));
	}

	@Test
	void bodiesThatDifferInOneByteAnywhereHaveDifferentFingerprints() {
		byte[] body = event(1);
		Set<Long> fingerprints = new HashSet<>();
		fingerprints.add(RecentEvents.fingerprint(body));
		for (int i = 0; i < body.length; i++) {
			byte[] changed = body.clone();
			changed[i] ^= 0x01;
			fingerprints.add(RecentEvents.fingerprint(changed));
		}
		assertThat(fingerprints).hasSize(body.length + 1);
	}

	@Test
	void numberedEventsAndShortBodiesDoNotCollide() {
		Set<Long> fingerprints = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			fingerprints.add(RecentEvents.fingerprint(event(i)));
		}
		for (int length = 0; length < 16; length++) {
			fingerprints.add(RecentEvents.fingerprint(new byte[length]));
		}
		assertThat(fingerprints).hasSize(100_000 + 16);
	}

	@Test
	void remembersTheLastEventsUpToItsSize() {
		RecentEvents recent = new RecentEvents(2);
		byte[] first = event(1);
		byte[] second = event(2);
		byte[] third = event(3);
		assertThat(recent.contains(RecentEvents.fingerprint(first), first.length)).isFalse();
		recent.add(RecentEvents.fingerprint(first), first.length);
		recent.add(RecentEvents.fingerprint(second), second.length);
		assertThat(recent.contains(RecentEvents.fingerprint(first), first.length)).isTrue();
		// the same fingerprint with another length is another event
		assertThat(recent.contains(RecentEvents.fingerprint(first), first.length + 1)).isFalse();
		recent.add(RecentEvents.fingerprint(third), third.length);
		assertThat(recent.contains(RecentEvents.fingerprint(first), first.length)).isFalse();
		assertThat(recent.contains(RecentEvents.fingerprint(second), second.length)).isTrue();
		assertThat(recent.contains(RecentEvents.fingerprint(third), third.length)).isTrue();
	}

	private static byte[] event(int number) {
		return EVENT.formatted(number % 10, number).getBytes(StandardCharsets.UTF_8);
	}

}
