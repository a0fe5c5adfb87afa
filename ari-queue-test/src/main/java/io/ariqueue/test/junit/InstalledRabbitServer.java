package io.ariqueue.test.junit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code rabbitmq-server} and {@code rabbitmqctl} scripts installed on this machine, found on the
 * {@code PATH} or where the Debian and RPM packages put them.
 *
 * @author ari-queue
 */
final class InstalledRabbitServer {

	private static final List<Path> PACKAGE_LOCATIONS = List.of(Path.of("/usr/lib/rabbitmq/bin"));

	// the packages link /usr/sbin/rabbitmq-server to this wrapper, which switches to the rabbitmq user
	// and writes the machine broker's startup log: the real script sits beside it
	private static final String PACKAGE_WRAPPER = "rabbitmq-script-wrapper";

	private final Path server;

	private final Path rabbitmqctl;

	private InstalledRabbitServer(Path server, Path rabbitmqctl) {
		this.server = server;
		this.rabbitmqctl = rabbitmqctl;
	}

	/**
	 * Find the installed scripts.
	 * @return the installation
	 * @throws IllegalStateException with a one-line explanation when there is none
	 */
	static InstalledRabbitServer find() {
		return find(System.getenv("PATH"), PACKAGE_LOCATIONS);
	}

	/**
	 * Find the scripts on a search path, then in the given directories.
	 * @param searchPath a {@code PATH}-style list of directories, or {@code null}
	 * @param packageLocations directories to try after the search path
	 * @return the installation
	 * @throws IllegalStateException with a one-line explanation when there is none
	 */
	static InstalledRabbitServer find(String searchPath, List<Path> packageLocations) {
		List<Path> candidates = new ArrayList<>();
		if (searchPath != null) {
			for (String directory : searchPath.split(File.pathSeparator)) {
				if (!directory.isEmpty()) {
					candidates.add(Path.of(directory, "rabbitmq-server"));
				}
			}
		}
		packageLocations.forEach((directory) -> candidates.add(directory.resolve("rabbitmq-server")));
		for (Path candidate : candidates) {
			InstalledRabbitServer installation = at(candidate);
			if (installation != null) {
				return installation;
			}
		}
		StringBuilder looked = new StringBuilder("on the PATH");
		packageLocations.forEach((directory) -> looked.append(" nor in ").append(directory));
		throw new IllegalStateException("No rabbitmq-server to start a test's own RabbitMQ node: none " + looked
				+ "; install it with 'apt-get install rabbitmq-server'");
	}

	private static InstalledRabbitServer at(Path candidate) {
		if (!Files.isExecutable(candidate)) {
			return null;
		}
		try {
			Path script = candidate.toRealPath();
			if (script.getFileName().toString().equals(PACKAGE_WRAPPER)) {
				script = script.resolveSibling("rabbitmq-server");
			}
			Path rabbitmqctl = script.resolveSibling("rabbitmqctl");
			return (Files.isExecutable(script) && Files.isExecutable(rabbitmqctl))
					? new InstalledRabbitServer(script, rabbitmqctl) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * The script that runs a node in the foreground.
	 * @return the {@code rabbitmq-server} script
	 */
	Path server() {
		return this.server;
	}

	/**
	 * The command line tool beside the server script.
	 * @return the {@code rabbitmqctl} script
	 */
	Path rabbitmqctl() {
		return this.rabbitmqctl;
	}

}
