package io.ariqueue.benchmarks.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the processor time of a step went: the whole machine, the broker and this JVM (the load
 * driver and the contender together). On a machine whose cores the broker shares with the
 * benchmark, a latency target at a given rate is out of reach once the cores are busy, whoever
 * the client is; these figures tell that case from a slow client.
 * <p>
 * The broker's share is read from {@code /proc} for the local {@code beam.smp} processes, so it is
 * there only on Linux with the broker on this machine.
 *
 * @author ari-queue team
 */
public final class CpuMeter {

	private static final Path PROC = Path.of("/proc");

	/**
	 * The kernel's clock ticks per second, as {@code /proc} counts them; 100 on every Linux
	 * platform the benchmark runs on.
	 */
	private static final long TICKS_PER_SECOND = 100;

	private final List<Path> brokerStats;

	private CpuMeter(List<Path> brokerStats) {
		this.brokerStats = brokerStats;
	}

	/**
	 * A meter for this machine.
	 * @param brokerIsLocal whether the broker under test runs here
	 * @return the meter
	 */
	public static CpuMeter forMachine(boolean brokerIsLocal) {
		return new CpuMeter(brokerIsLocal ? findBroker() : List.of());
	}

	/**
	 * A meter for this machine, which sees the broker if it runs here.
	 * @param brokerHost the broker's host
	 * @return the meter
	 */
	public static CpuMeter forBrokerAt(String brokerHost) {
		return forMachine("127.0.0.1".equals(brokerHost) || "localhost".equals(brokerHost) || "::1".equals(brokerHost));
	}

	/**
	 * Read the counters now.
	 * @return the reading
	 */
	public Reading read() {
		long[] machine = machineTicks();
		return new Reading(System.nanoTime(), machine[0], machine[1], brokerTicks(), processCpuNanos());
	}

	/**
	 * The processor time spent between two readings, per dialogue.
	 * @param from the earlier reading
	 * @param to the later reading
	 * @param dialogues the dialogues the time went on
	 * @return the use
	 */
	public static CpuUse between(Reading from, Reading to, int dialogues) {
		double busy = (from.machineTotal < 0 || to.machineTotal <= from.machineTotal) ? Double.NaN
				: 100.0 * (1 - (double) (to.machineIdle - from.machineIdle) / (to.machineTotal - from.machineTotal));
		double broker = (from.brokerTicks < 0 || to.brokerTicks < 0 || dialogues == 0) ? Double.NaN
				: (to.brokerTicks - from.brokerTicks) * (1000.0 / TICKS_PER_SECOND) / dialogues;
		double jvm = (from.processNanos < 0 || dialogues == 0) ? Double.NaN
				: (to.processNanos - from.processNanos) / 1e6 / dialogues;
		double seconds = (to.nanos - from.nanos) / 1e9;
		double brokerCores = (Double.isNaN(broker)) ? Double.NaN : broker * dialogues / 1000 / seconds;
		return new CpuUse(round(busy), round(brokerCores), round(broker), round(jvm));
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static List<Path> findBroker() {
		List<Path> stats = new ArrayList<>();
		try (Stream<Path> processes = Files.list(PROC)) {
			processes.filter((path) -> path.getFileName().toString().chars().allMatch(Character::isDigit))
				.filter((path) -> "beam.smp".equals(readQuietly(path.resolve("comm")).trim()))
				.forEach((path) -> stats.add(path.resolve("stat")));
		}
		catch (IOException | RuntimeException ex) {
			return List.of();
		}
		return stats;
	}

	private long brokerTicks() {
		if (this.brokerStats.isEmpty()) {
			return -1;
		}
		long ticks = 0;
		for (Path stat : this.brokerStats) {
			String line = readQuietly(stat);
			if (line.isEmpty()) {
				return -1;
			}
			// after the command name, which may hold spaces: state is field 3, utime 14, stime 15
			String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
			ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		return ticks;
	}

	private static long[] machineTicks() {
		String stat = readQuietly(PROC.resolve("stat"));
		if (!stat.startsWith("cpu ")) {
			return new long[] { -1, -1 };
		}
		String[] fields = stat.substring(0, stat.indexOf('\n')).trim().split("\\s+");
		long total = 0;
		for (int i = 1; i < fields.length; i++) {
			total += Long.parseLong(fields[i]);
		}
		// idle and iowait
		long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
		return new long[] { total, idle };
	}

	private static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	private static String readQuietly(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	/**
	 * The counters at one moment; negative where not available.
	 *
	 * @param nanos when, on the JVM's monotonic clock
	 * @param machineTotal all cores' ticks
	 * @param machineIdle all cores' idle ticks
	 * @param brokerTicks the broker's ticks
	 * @param processNanos this JVM's processor time
	 */
	public record Reading(long nanos, long machineTotal, long machineIdle, long brokerTicks, long processNanos) {
	}

	/**
	 * Processor time over a step; NaN where not available.
	 *
	 * @param machineBusyPercent how busy all cores were, in percent
	 * @param brokerCores how many cores the broker kept busy on average
	 * @param brokerMsPerDialogue the broker's processor time per dialogue, ms
	 * @param jvmMsPerDialogue this JVM's (driver and contender) processor time per dialogue, ms
	 */
	public record CpuUse(double machineBusyPercent, double brokerCores, double brokerMsPerDialogue,
			double jvmMsPerDialogue) {

		/**
		 * The median of each figure over several runs.
		 * @param runs the runs
		 * @return the medians
		 */
		public static CpuUse median(List<CpuUse> runs) {
			return new CpuUse(Medians.of(runs, CpuUse::machineBusyPercent), Medians.of(runs, CpuUse::brokerCores),
					Medians.of(runs, CpuUse::brokerMsPerDialogue), Medians.of(runs, CpuUse::jvmMsPerDialogue));
		}

	}

}
