package io.ariqueue.queueproxy.asterisk;

import org.springframework.core.NestedExceptionUtils;

/**
 * Says in a few words why talking to Asterisk failed, for logs, health and error responses.
 *
 * @author ari-queue team
 */
final class Failures {

	private Failures() {
	}

	/**
	 * The innermost cause's type and message, for example
	 * {@code ConnectException Connection refused}: the outer layers only repeat it.
	 * @param ex the failure
	 * @return the description
	 */
	static String describe(Throwable ex) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? " " + message : "");
	}

}
