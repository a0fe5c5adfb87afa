package io.ariqueue.test.simulator.asterisk;

import java.util.Locale;

/**
 * The hangup reasons {@code DELETE /channels/{id}} accepts, with the Q.850 cause each one sets.
 *
 * @author ari-queue
 */
enum HangupCause {

	NORMAL(16, "Normal Clearing"),

	BUSY(17, "User busy"),

	CONGESTION(34, "Circuit/channel congestion"),

	NO_ANSWER(19, "User alerting, no answer"),

	TIMEOUT(18, "No user responding"),

	REJECTED(21, "Call Rejected"),

	UNALLOCATED(1, "Unallocated (unassigned) number"),

	NORMAL_UNSPECIFIED(31, "Normal, unspecified"),

	NUMBER_INCOMPLETE(28, "Invalid number format (addr incomplete)"),

	CODEC_MISMATCH(58, "Bearer capability not available"),

	INTERWORKING(127, "Interworking, unspecified"),

	FAILURE(38, "Network out of order"),

	ANSWERED_ELSEWHERE(26, "Answered elsewhere");

	private final int code;

	private final String text;

	HangupCause(int code, String text) {
		this.code = code;
		this.text = text;
	}

	int code() {
		return this.code;
	}

	String text() {
		return this.text;
	}

	static HangupCause fromReason(String reason) {
		try {
			return valueOf(reason.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new AriError(400, "Invalid reason for hangup provided");
		}
	}

	static HangupCause fromCode(long code) {
		for (HangupCause cause : values()) {
			if (cause.code == code) {
				return cause;
			}
		}
		return NORMAL;
	}

}
