package io.ariqueue.queueproxy.command;

import java.util.List;

import org.springframework.util.PatternMatchUtils;

/**
 * Which ARI operations a dialogue's commands may run, by operation name ({@code channels.answer})
 * or simple pattern ({@code asterisk.*}). An operation runs when it matches an allowed pattern and
 * no denied one. By default the operations that administer Asterisk itself, or change what the
 * proxy's own applications receive, are denied: one dialogue must not unload a module, rotate the
 * logs or unsubscribe the application every other call depends on.
 *
 * @param allowed the patterns of operations that may run
 * @param denied the patterns of operations that may not, even when allowed
 * @author ari-queue team
 */
public record OperationPolicy(List<String> allowed, List<String> denied) {

	/**
	 * The operations denied unless configured otherwise.
	 */
	public static final List<String> DEFAULT_DENIED = List.of("asterisk.loadModule", "asterisk.unloadModule",
			"asterisk.reloadModule", "asterisk.addLog", "asterisk.deleteLog", "asterisk.rotateLog",
			"asterisk.updateObject", "asterisk.deleteObject", "applications.subscribe", "applications.unsubscribe",
			"applications.filter");

	/**
	 * Everything allowed but the defaults denied.
	 */
	public static final OperationPolicy DEFAULT = new OperationPolicy(List.of("*"), DEFAULT_DENIED);

	public OperationPolicy {
		allowed = List.copyOf(allowed);
		denied = List.copyOf(denied);
	}

	/**
	 * Whether an operation may run.
	 * @param operation the operation's name, for example {@code channels.answer}
	 * @return whether it may
	 */
	public boolean permits(String operation) {
		return matches(this.allowed, operation) && !matches(this.denied, operation);
	}

	private static boolean matches(List<String> patterns, String operation) {
		for (String pattern : patterns) {
			if (PatternMatchUtils.simpleMatch(pattern.trim(), operation)) {
				return true;
			}
		}
		return false;
	}

}
