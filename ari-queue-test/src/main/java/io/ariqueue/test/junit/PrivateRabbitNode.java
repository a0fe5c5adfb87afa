package io.ariqueue.test.junit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * A RabbitMQ node of a test's own, started on this machine from the installed {@code rabbitmq-server}, for
 * tests that stop, restart or kill their broker: the broker that other work shares on {@code 127.0.0.1:5672}
 * is never touched.
 * <p>
 * The node has its own name ({@code ariq-test-<random>@localhost}), its own AMQP and Erlang distribution
 * ports on the loopback interface, and its own directory under {@code java.io.tmpdir} holding its
 * configuration, Erlang cookie, data and logs. It reads none of the machine's RabbitMQ settings (not
 * {@code /etc/rabbitmq/rabbitmq.conf}, which pins the shared broker's listener to 5672, not
 * {@code rabbitmq-env.conf}, not the {@code RABBITMQ_*} variables of the test's environment), enables no
 * plugin and has the default user, {@code guest}/{@code guest}, from loopback only. It runs as the user
 * running the tests: the {@code /usr/sbin/rabbitmq-server} wrapper, which switches to the {@code rabbitmq}
 * user and writes the shared broker's startup log, is bypassed.
 * <p>
 * {@link #stop()} stops the node gracefully and keeps its data, so that durable queues and persistent
 * messages are there again after {@link #start()}, on the same ports. {@link #close()} halts it and deletes
 * its directory. A node never outlives the JVM that launched it: the node's Erlang console reads from the
 * JVM, and the end of that input, whether the JVM closes it or dies, even killed, halts the node at once.
 * A shutdown hook closes the nodes left open, and {@link #launch()} deletes the directories left by nodes
 * whose JVM was killed.
 *
 * <pre class="code">
 * try (PrivateRabbitNode node = PrivateRabbitNode.launch()) {
 *     ConnectionFactory connectionFactory = node.broker().connectionFactory();
 *     ...
 *     node.restart();
 *     ...
 * }
 * </pre>
 *
 * @author ari-queue
 */
public final class PrivateRabbitNode implements AutoCloseable {

	private static final String PREFIX = "ariq-test-";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private static final String LOOPBACK = "127.0.0.1";

	// below the ephemeral ranges of Linux (32768+) and macOS (49152+), so that no client socket of the
	// test takes the port while the node is stopped
	private static final int FIRST_PORT = 20000;

	private static final int PORT_RANGE = 12000;

	// typed on the node's Erlang console: stops every application in order, then the VM
	private static final byte[] GRACEFUL_STOP = "init:stop().\n".getBytes(StandardCharsets.US_ASCII);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final InstalledRabbitServer installation;

	private final String nodeName;

	private final Path directory;

	private final int amqpPort;

	private final int distributionPort;

	private final Thread shutdownHook;

	private Process process;

	private boolean closed;

	private PrivateRabbitNode(InstalledRabbitServer installation, String name, Path directory, int amqpPort,
			int distributionPort) {
		this.installation = installation;
		this.nodeName = name + "@localhost";
		this.directory = directory;
		this.amqpPort = amqpPort;
		this.distributionPort = distributionPort;
		this.shutdownHook = new Thread(this::close, "ari-queue private rabbitmq node close");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/**
	 * Start a new node and wait until it accepts AMQP connections.
	 * @return the running node, to {@link #close()} when done
	 * @throws IllegalStateException with a one-line explanation when {@code rabbitmq-server} is not installed,
	 * or with the node's output when it does not start
	 */
	public static PrivateRabbitNode launch() {
		return launch(InstalledRabbitServer.find());
	}

	static PrivateRabbitNode launch(InstalledRabbitServer installation) {
		Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
		deleteAbandoned(temporary);
		String name = PREFIX + HexFormat.of().formatHex(randomBytes(4));
		int amqpPort = freePort(-1);
		int distributionPort = freePort(amqpPort);
		Path directory;
		try {
			directory = Files.createDirectory(temporary.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the directory of RabbitMQ node " + name, ex);
		}
		PrivateRabbitNode node = new PrivateRabbitNode(installation, name, directory, amqpPort, distributionPort);
		try {
			node.writeConfiguration();
			node.start();
			return node;
		}
		catch (RuntimeException | Error ex) {
			try {
				node.close();
			}
			catch (RuntimeException closeFailure) {
				ex.addSuppressed(closeFailure);
			}
			throw ex;
		}
	}

	/**
	 * Start the stopped node again, on the same ports and data, and wait until it accepts AMQP connections.
	 * @throws IllegalStateException when it is running or closed, or with its output when it does not start
	 */
	public synchronized void start() {
		if (this.closed) {
			throw new IllegalStateException("RabbitMQ node " + this.nodeName + " is closed");
		}
		if (this.process != null) {
			throw new IllegalStateException("RabbitMQ node " + this.nodeName + " is already running");
		}
		ProcessBuilder builder = new ProcessBuilder(this.installation.server().toString())
			.directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(output().toFile()));
		environment(builder.environment());
		// With input allowed, the script execs the Erlang VM instead of running it behind a shell that
		// forwards signals (and misses those sent while it starts): the process held here is the node
		// itself, and its Erlang console reads the pipe from this JVM.
		builder.environment().put("RABBITMQ_ALLOW_INPUT", "true");
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start RabbitMQ node " + this.nodeName, ex);
		}
		awaitAmqp();
	}

	/**
	 * Stop the node gracefully and keep its data; nothing happens when it is not running.
	 * @throws IllegalStateException when it does not stop in time (it is then killed)
	 */
	public synchronized void stop() {
		if (this.process == null) {
			return;
		}
		Process node = this.process;
		this.process = null;
		try {
			OutputStream console = node.getOutputStream();
			console.write(GRACEFUL_STOP);
			console.flush();
			// the console stays open until the node has gone: its end would halt the node at once
			if (!node.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				kill(node);
				throw new IllegalStateException("RabbitMQ node " + this.nodeName + " did not stop within "
						+ STOP_TIMEOUT.toSeconds() + " s and was killed");
			}
		}
		catch (IOException ex) {
			// the node had gone already: its console is closed
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill(node);
			throw new IllegalStateException("Interrupted while stopping RabbitMQ node " + this.nodeName, ex);
		}
		finally {
			closeConsole(node);
		}
	}

	/**
	 * Stop the node gracefully, keeping its data, and start it again on the same ports.
	 */
	public synchronized void restart() {
		stop();
		start();
	}

	/**
	 * Halt the node, if it runs, and delete its directory. Safe to call more than once.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (this.process != null) {
				halt(this.process);
				this.process = null;
			}
		}
		finally {
			delete(this.directory);
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down: this may be the hook itself
			}
		}
	}

	/**
	 * The node as a broker for the test, with the {@code guest} user. Its address stays the same across
	 * restarts.
	 * @return the broker
	 */
	public RabbitBroker broker() {
		return new RabbitBroker(LOOPBACK, this.amqpPort, "guest", "guest", "/", RabbitBroker.Source.PRIVATE_NODE);
	}

	/**
	 * The Erlang node name, as {@code rabbitmqctl -n} takes it.
	 * @return the node name
	 */
	public String nodeName() {
		return this.nodeName;
	}

	/**
	 * The directory of the node's configuration, data and logs; deleted by {@link #close()}.
	 * @return the directory
	 */
	public Path directory() {
		return this.directory;
	}

	/**
	 * Whether the node was started and has not been stopped since.
	 * @return whether it runs
	 */
	public synchronized boolean isRunning() {
		return this.process != null;
	}

	/**
	 * Run {@code rabbitmqctl -n <node> <arguments>} against this node, with its Erlang cookie.
	 * @param arguments the command and its arguments, such as {@code list_queues name messages}
	 * @return what the command printed
	 * @throws IllegalStateException when the command fails or takes longer than a minute
	 */
	public String rabbitmqctl(String... arguments) {
		List<String> command = new ArrayList<>(List.of(this.installation.rabbitmqctl().toString(), "-n", this.nodeName));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile()).redirectErrorStream(true);
		environment(builder.environment());
		String description = "rabbitmqctl " + String.join(" ", arguments) + " on " + this.nodeName;
		try {
			Process ctl = builder.start();
			ctl.getOutputStream().close();
			// read before waiting: the tool blocks once the pipe is full
			String output = new String(ctl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!ctl.waitFor(60, TimeUnit.SECONDS)) {
				ctl.destroyForcibly();
				throw new IllegalStateException(description + " did not finish within 60 s");
			}
			if (ctl.exitValue() != 0) {
				throw new IllegalStateException(description + " failed with status " + ctl.exitValue() + ": "
						+ output.strip());
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(description + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(description + " was interrupted", ex);
		}
	}

	@Override
	public String toString() {
		return this.nodeName + " on " + LOOPBACK + ":" + this.amqpPort + " in " + this.directory;
	}

	private void writeConfiguration() {
		try {
			Files.writeString(this.directory.resolve(Owner.FILE), Owner.current().toString());
			Files.createDirectories(this.directory.resolve("mnesia"));
			Files.createDirectories(this.directory.resolve("log"));
			Files.writeString(configFile(), """
					# The configuration of %s alone: the machine's /etc/rabbitmq is not read.
					listeners.tcp.default = %s:%d
					# guest/guest, from loopback only
					loopback_users.guest = true
					""".formatted(this.nodeName, LOOPBACK, this.amqpPort));
			Files.writeString(this.directory.resolve("enabled_plugins"), "[].\n");
			Files.writeString(this.directory.resolve("rabbitmq-env.conf"),
					"# Read instead of /etc/rabbitmq/rabbitmq-env.conf: the node's settings come from its environment.\n");
			Path cookie = this.directory.resolve(".erlang.cookie");
			Files.writeString(cookie, HexFormat.of().withUpperCase().formatHex(randomBytes(16)));
			// Erlang refuses a cookie that others may read
			Files.setPosixFilePermissions(cookie, PosixFilePermissions.fromString("r--------"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the configuration of RabbitMQ node " + this.nodeName, ex);
		}
	}

	/**
	 * The environment of the node and of {@code rabbitmqctl}: of the test's own, only the search path and
	 * locale, so that no {@code RABBITMQ_*}, {@code NODENAME} or {@code ERL_FLAGS} meant for another broker
	 * applies.
	 */
	private void environment(Map<String, String> environment) {
		Map<String, String> inherited = Map.copyOf(environment);
		environment.clear();
		inherited.forEach((name, value) -> {
			if (name.equals("PATH") || name.equals("LANG") || name.startsWith("LC_")) {
				environment.put(name, value);
			}
		});
		// the server and rabbitmqctl both read the Erlang cookie from $HOME/.erlang.cookie
		environment.put("HOME", this.directory.toString());
		environment.put("RABBITMQ_NODENAME", this.nodeName);
		environment.put("RABBITMQ_DIST_PORT", Integer.toString(this.distributionPort));
		environment.put("RABBITMQ_CONFIG_FILE", configFile().toString());
		// matches nothing: not /etc/rabbitmq/conf.d/*.conf
		environment.put("RABBITMQ_CONFIG_FILES", this.directory.resolve("conf.d").resolve("*.conf").toString());
		// absent: not /etc/rabbitmq/advanced.config
		environment.put("RABBITMQ_ADVANCED_CONFIG_FILE", this.directory.resolve("advanced.config").toString());
		environment.put("RABBITMQ_CONF_ENV_FILE", this.directory.resolve("rabbitmq-env.conf").toString());
		environment.put("RABBITMQ_ENABLED_PLUGINS_FILE", this.directory.resolve("enabled_plugins").toString());
		environment.put("RABBITMQ_MNESIA_BASE", this.directory.resolve("mnesia").toString());
		environment.put("RABBITMQ_LOG_BASE", this.directory.resolve("log").toString());
		// +B i: a Ctrl-C on the build reaches the node too; it stops through the JVM's shutdown hook instead.
		// Erlang distribution on loopback only, like the AMQP listener.
		environment.put("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "+B i -kernel inet_dist_use_interface {127,0,0,1}");
		environment.put("ERL_EPMD_ADDRESS", LOOPBACK);
		environment.put("ERL_CRASH_DUMP", this.directory.resolve("erl_crash.dump").toString());
	}

	private void awaitAmqp() {
		ConnectionFactory connectionFactory = broker().connectionFactory();
		connectionFactory.setConnectionTimeout(2000);
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (true) {
			if (!this.process.isAlive()) {
				int status = this.process.exitValue();
				closeConsole(this.process);
				this.process = null;
				throw new IllegalStateException("RabbitMQ node " + this + " exited with status " + status
						+ " while starting; its output ends with:\n" + outputTail());
			}
			try (Connection connection = connectionFactory.newConnection("ari-queue private node probe")) {
				return;
			}
			catch (IOException | TimeoutException ex) {
				// not listening yet
			}
			if (System.nanoTime() - deadline > 0) {
				kill(this.process);
				this.process = null;
				throw new IllegalStateException("RabbitMQ node " + this + " did not accept AMQP connections within "
						+ START_TIMEOUT.toSeconds() + " s and was killed; its output ends with:\n" + outputTail());
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				kill(this.process);
				this.process = null;
				throw new IllegalStateException("Interrupted while starting RabbitMQ node " + this.nodeName, ex);
			}
		}
	}

	/** Halt the node at once by ending its console, as the JVM's death would; kill it if that does not do. */
	private static void halt(Process node) {
		closeConsole(node);
		try {
			if (node.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		kill(node);
	}

	private static void kill(Process node) {
		closeConsole(node);
		node.descendants().forEach(ProcessHandle::destroyForcibly);
		node.destroyForcibly();
		try {
			node.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void closeConsole(Process node) {
		try {
			node.getOutputStream().close();
		}
		catch (IOException ex) {
			// the node has gone: nothing reads its console any more
		}
	}

	private String outputTail() {
		try (Stream<String> lines = Files.lines(output(), StandardCharsets.UTF_8)) {
			List<String> all = lines.filter((line) -> !line.isBlank()).toList();
			return String.join("\n", all.subList(Math.max(0, all.size() - 20), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	private Path configFile() {
		return this.directory.resolve("rabbitmq.conf");
	}

	private Path output() {
		return this.directory.resolve("output.log");
	}

	/**
	 * Delete the directories of nodes whose JVM is gone without closing them: killed, the JVM could not, but
	 * its nodes halted with it.
	 */
	private static void deleteAbandoned(Path temporary) {
		try (DirectoryStream<Path> directories = Files.newDirectoryStream(temporary, PREFIX + "*")) {
			for (Path directory : directories) {
				Optional<Owner> owner = Owner.read(directory.resolve(Owner.FILE));
				if (owner.isPresent() && !owner.get().isAlive()) {
					delete(directory);
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// another JVM's directory, or one it is deleting: not ours to clean
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + directory, ex);
		}
	}

	private static int freePort(int taken) {
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = FIRST_PORT + RANDOM.nextInt(PORT_RANGE);
			if (port == taken) {
				continue;
			}
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
				return port;
			}
			catch (IOException ex) {
				// in use: try another
			}
		}
		throw new IllegalStateException("No free port between " + FIRST_PORT + " and " + (FIRST_PORT + PORT_RANGE)
				+ " on " + LOOPBACK + " for a RabbitMQ node");
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/**
	 * The JVM that launched a node, by process id and start time (a process id alone may have been reused).
	 */
	private record Owner(long pid, Instant started) {

		static final String FILE = "owner";

		static Owner current() {
			ProcessHandle current = ProcessHandle.current();
			return new Owner(current.pid(), current.info().startInstant().orElse(Instant.EPOCH));
		}

		static Optional<Owner> read(Path file) {
			try {
				String[] fields = Files.readString(file).trim().split(" ");
				return Optional.of(new Owner(Long.parseLong(fields[0]), Instant.parse(fields[1])));
			}
			catch (IOException | RuntimeException ex) {
				// not written yet, or not by us
				return Optional.empty();
			}
		}

		boolean isAlive() {
			return ProcessHandle.of(this.pid)
				.filter(ProcessHandle::isAlive)
				.map((process) -> process.info().startInstant().map(this.started::equals).orElse(true))
				.orElse(false);
		}

		@Override
		public String toString() {
			return this.pid + " " + this.started;
		}

	}

}
