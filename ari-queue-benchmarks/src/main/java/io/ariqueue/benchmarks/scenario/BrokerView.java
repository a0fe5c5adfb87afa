package io.ariqueue.benchmarks.scenario;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The broker's own count of a contender's connections and channels, from {@code rabbitmqctl},
 * to cross-check what the application says of itself. Connections are told apart by the client
 * property that carries the run tag.
 *
 * @author ari-queue team
 */
final class BrokerView {

	private BrokerView() {
	}

	/**
	 * Count the connections that carry a run tag, and their channels.
	 * @param runTag the tag
	 * @return the counts, or {@code null} where {@code rabbitmqctl} is not available here
	 */
	static Counts connectionsTagged(String runTag) {
		try {
			Process process = new ProcessBuilder("rabbitmqctl", "-q", "list_connections", "channels",
					"client_properties")
				.redirectErrorStream(true)
				.start();
			int connections = 0;
			int channels = 0;
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.contains(runTag)) {
						connections++;
						channels += Integer.parseInt(line.substring(0, line.indexOf('\t')).trim());
					}
				}
			}
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				return null;
			}
			return new Counts(connections, channels);
		}
		catch (Exception ex) {
			return null;
		}
	}

	/**
	 * What the broker counted.
	 *
	 * @param connections the connections
	 * @param channels their channels
	 */
	record Counts(int connections, int channels) {
	}

}
