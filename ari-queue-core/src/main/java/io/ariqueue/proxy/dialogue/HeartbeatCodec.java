package io.ariqueue.proxy.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.ariqueue.proxy.dialogue.Membership.OwnedDialogue;
import io.ariqueue.proxy.wire.MalformedMessageException;
import io.ariqueue.proxy.wire.ProxyWireCodec;

/**
 * Writes and reads membership heartbeats: JSON objects, read as plain trees, never bound to types
 * a message names.
 * <p>
 * Version 2 (this one) sends two kinds, each with a per-sender, per-application message number
 * {@code n} that goes up by one with every message, so that a receiver sees a lost message as a
 * gap: <pre>
 * {"v":2,"kind":"full","instance":"1a2b3c4d","application":"app","n":41,"seq":41,"part":0,"parts":3,
 *  "leaving":false,"dialogues":[["D1","asterisk-1","1764140400.1"],["D2","asterisk-1",""]],"want":[]}
 * {"v":2,"kind":"delta","instance":"1a2b3c4d","application":"app","n":44,"seq":41,"leaving":false,
 *  "added":[["D9","asterisk-1",""]],"removed":["D2"],"want":["5e6f7a8b"]}
 * </pre> A full list too large for one message is sent as consecutive parts, part {@code k} with
 * {@code n = seq + k}; {@code leaving} is true only on the last part of a leaving instance's list.
 * {@code want} names the instances whose full list the sender asks for.
 * <p>
 * Version 1, still read, had no {@code v}: a full list each time, in parts that share a
 * {@code seq}. Version 2 keeps what version 1 reads: a full list in {@code dialogues} and
 * {@code seq}, the number of the latest full list, which a version 1 instance takes as the
 * heartbeat's number; a delta has no {@code dialogues}, so it only keeps the sender alive there.
 * A message of a kind that a later version adds keeps its sender alive, and makes the receiver's
 * view of that sender incomplete until the next full list: it may have changed what it cannot read.
 *
 * @author ari-queue team
 */
final class HeartbeatCodec {

	static final int VERSION = 2;

	/** The most parts a full list may come in: 256 parts of 4,000 dialogues. */
	static final int MAX_PARTS = 256;

	/** The most instances one heartbeat may ask full lists from. */
	static final int MAX_WANTED = 256;

	private static final Pattern SAFE_INSTANCE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final JsonMapper json = JsonMapper.builder().build();

	private final int maxMessageBytes;

	HeartbeatCodec(int maxMessageBytes) {
		this.maxMessageBytes = maxMessageBytes;
	}

	byte[] full(String instance, String application, long n, long seq, int part, int parts, boolean leaving,
			Collection<OwnedDialogue> dialogues, Collection<String> wanted) {
		ObjectNode heartbeat = header(Kind.FULL, instance, application, n, seq, leaving);
		heartbeat.put("part", part);
		heartbeat.put("parts", parts);
		writeDialogues(heartbeat.putArray("dialogues"), dialogues);
		writeIds(heartbeat.putArray("want"), wanted);
		return this.json.writeValueAsBytes(heartbeat);
	}

	byte[] delta(String instance, String application, long n, long seq, Collection<OwnedDialogue> added,
			Collection<String> removed, Collection<String> wanted) {
		ObjectNode heartbeat = header(Kind.DELTA, instance, application, n, seq, false);
		writeDialogues(heartbeat.putArray("added"), added);
		writeIds(heartbeat.putArray("removed"), removed);
		writeIds(heartbeat.putArray("want"), wanted);
		return this.json.writeValueAsBytes(heartbeat);
	}

	private ObjectNode header(Kind kind, String instance, String application, long n, long seq, boolean leaving) {
		ObjectNode heartbeat = this.json.createObjectNode();
		heartbeat.put("v", VERSION);
		heartbeat.put("kind", kind.wireName);
		heartbeat.put("instance", instance);
		heartbeat.put("application", application);
		heartbeat.put("n", n);
		heartbeat.put("seq", seq);
		heartbeat.put("leaving", leaving);
		return heartbeat;
	}

	private static void writeDialogues(ArrayNode list, Collection<OwnedDialogue> dialogues) {
		for (OwnedDialogue dialogue : dialogues) {
			list.addArray()
				.add(dialogue.id())
				.add(dialogue.serverId())
				.add((dialogue.primaryChannelId() != null) ? dialogue.primaryChannelId() : "");
		}
	}

	private static void writeIds(ArrayNode list, Collection<String> ids) {
		ids.forEach(list::add);
	}

	/**
	 * Read a heartbeat.
	 * @param body the message body
	 * @return the heartbeat
	 * @throws MalformedMessageException if it is too large, not JSON, or breaks the format
	 */
	Heartbeat read(byte[] body) {
		if (body.length > this.maxMessageBytes) {
			throw new MalformedMessageException(body.length + " bytes, over the limit of " + this.maxMessageBytes);
		}
		JsonNode heartbeat;
		try {
			heartbeat = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new MalformedMessageException("not valid JSON");
		}
		if (heartbeat == null || !heartbeat.isObject()) {
			throw new MalformedMessageException("not a JSON object");
		}
		String instance = heartbeat.path("instance").asString("");
		if (!SAFE_INSTANCE_ID.matcher(instance).matches()) {
			throw new MalformedMessageException("no instance id, or an unsafe one");
		}
		String application = heartbeat.path("application").asString("");
		boolean leaving = heartbeat.path("leaving").asBoolean(false);
		Skipped skipped = new Skipped();
		if (heartbeat.path("v").isMissingNode()) {
			long seq = heartbeat.path("seq").asLong(0);
			List<OwnedDialogue> dialogues = readDialogues(heartbeat.path("dialogues"), application, skipped);
			return new Heartbeat(instance, application, Kind.LEGACY, 0, seq, 0, 1, leaving, dialogues, List.of(),
					List.of(), skipped.count);
		}
		int version = heartbeat.path("v").asInt(0);
		if (version < VERSION) {
			throw new MalformedMessageException("version " + heartbeat.path("v") + " is unknown");
		}
		long n = number(heartbeat, "n", 1, Long.MAX_VALUE);
		long seq = number(heartbeat, "seq", 1, n);
		List<String> wanted = readIds(heartbeat.path("want"), SAFE_INSTANCE_ID, MAX_WANTED, skipped);
		Kind kind = Kind.of(heartbeat.path("kind").asString(""));
		return switch (kind) {
			case FULL -> {
				int parts = (int) number(heartbeat, "parts", 1, MAX_PARTS);
				int part = (int) number(heartbeat, "part", 0, parts - 1);
				if (n - seq != part) {
					throw new MalformedMessageException("part " + part + " numbered " + n + " in a list from " + seq);
				}
				yield new Heartbeat(instance, application, kind, n, seq, part, parts, leaving,
						readDialogues(heartbeat.path("dialogues"), application, skipped), List.of(), wanted,
						skipped.count);
			}
			case DELTA -> new Heartbeat(instance, application, kind, n, seq, 0, 1, false,
					readDialogues(heartbeat.path("added"), application, skipped),
					readIds(heartbeat.path("removed"), ProxyWireCodec.SAFE_DIALOGUE_ID, Integer.MAX_VALUE, skipped),
					wanted, skipped.count);
			default -> new Heartbeat(instance, application, Kind.UNKNOWN, n, seq, 0, 1, leaving, List.of(), List.of(),
					wanted, skipped.count);
		};
	}

	private static long number(JsonNode heartbeat, String field, long min, long max) {
		JsonNode value = heartbeat.path(field);
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
			throw new MalformedMessageException("\"" + field + "\" is not a whole number from " + min + " to " + max);
		}
		return value.asLong();
	}

	private static List<OwnedDialogue> readDialogues(JsonNode list, String application, Skipped skipped) {
		if (!list.isMissingNode() && !list.isArray()) {
			throw new MalformedMessageException("a list of dialogues that is not an array");
		}
		List<OwnedDialogue> dialogues = new ArrayList<>(list.size());
		for (JsonNode entry : list) {
			String id = entry.path(0).asString("");
			if (entry.isArray() && ProxyWireCodec.SAFE_DIALOGUE_ID.matcher(id).matches()) {
				String channel = entry.path(2).asString("");
				dialogues.add(new OwnedDialogue(id, entry.path(1).asString(""), application,
						channel.isEmpty() ? null : channel));
			}
			else {
				skipped.count++;
			}
		}
		return dialogues;
	}

	private static List<String> readIds(JsonNode list, Pattern safe, int max, Skipped skipped) {
		if (!list.isMissingNode() && !list.isArray()) {
			throw new MalformedMessageException("a list of ids that is not an array");
		}
		List<String> ids = new ArrayList<>(Math.min(list.size(), max));
		for (JsonNode entry : list) {
			String id = entry.asString("");
			if (ids.size() < max && entry.isString() && safe.matcher(id).matches()) {
				ids.add(id);
			}
			else {
				skipped.count++;
			}
		}
		return ids;
	}

	enum Kind {

		/** A version 1 heartbeat: part of a full list, without a message number. */
		LEGACY(""),
		/** A part of a full list. */
		FULL("full"),
		/** The changes since the sender's previous message. */
		DELTA("delta"),
		/** A kind from a later version: whatever it changes, this receiver cannot know. */
		UNKNOWN("");

		private final String wireName;

		Kind(String wireName) {
			this.wireName = wireName;
		}

		static Kind of(String wireName) {
			return switch (wireName) {
				case "full" -> FULL;
				case "delta" -> DELTA;
				default -> UNKNOWN;
			};
		}

	}

	/**
	 * A heartbeat as read.
	 *
	 * @param instance the sender
	 * @param application the application whose exchange carried it
	 * @param kind what it says
	 * @param n its message number (version 2), or 0
	 * @param seq the number of the sender's latest full list (its first part)
	 * @param part which part of a full list it is
	 * @param parts how many parts the full list has
	 * @param leaving whether the sender says it leaves
	 * @param dialogues the dialogues listed (full) or added or changed (delta)
	 * @param removed the dialogues the sender no longer runs (delta)
	 * @param wanted the instances whose full list the sender asks for
	 * @param skipped how many entries were skipped as unsafe or of the wrong type
	 */
	record Heartbeat(String instance, String application, Kind kind, long n, long seq, int part, int parts,
			boolean leaving, List<OwnedDialogue> dialogues, List<String> removed, List<String> wanted, int skipped) {

		boolean lastPart() {
			return this.part == this.parts - 1;
		}

	}

	private static final class Skipped {

		int count;

	}

}
