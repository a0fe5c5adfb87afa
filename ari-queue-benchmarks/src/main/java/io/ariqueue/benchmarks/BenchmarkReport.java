package io.ariqueue.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import io.ariqueue.benchmarks.contender.ContenderKind;
import io.ariqueue.benchmarks.metrics.Percentiles;
import io.ariqueue.benchmarks.scenario.CallStormScenario.StormResult;
import io.ariqueue.benchmarks.scenario.CallStormScenario.StormStep;
import io.ariqueue.benchmarks.scenario.EventFloodScenario.FloodResult;
import io.ariqueue.benchmarks.scenario.HoldScenario.HoldResult;

/**
 * The figures of one run: a Markdown table of every contender side by side with the ratio to
 * the baseline, the targets of issue 5 checked against them, and the same as JSON.
 *
 * @author ari-queue team
 */
final class BenchmarkReport {

	/**
	 * The storm rate at which announcement latency is judged.
	 */
	static final int TARGET_RATE = 200;

	private final MachineInfo machine;

	private final BenchmarkOptions options;

	private final Map<String, StormResult> storm = new LinkedHashMap<>();

	private final Map<String, FloodResult> flood = new LinkedHashMap<>();

	private final Map<String, HoldResult> hold = new LinkedHashMap<>();

	private final Map<String, List<HoldResult>> holdRounds = new LinkedHashMap<>();

	BenchmarkReport(MachineInfo machine, BenchmarkOptions options) {
		this.machine = machine;
		this.options = options;
	}

	void add(StormResult result) {
		this.storm.put(result.contender(), result);
	}

	void add(FloodResult result) {
		this.flood.put(result.contender(), result);
	}

	/**
	 * Add a contender's hold rounds: the median of each figure is reported with the others, the
	 * rounds themselves for the set-up time's scatter.
	 */
	void addHoldRounds(List<HoldResult> rounds) {
		HoldResult median = HoldResult.median(rounds);
		this.hold.put(median.contender(), median);
		this.holdRounds.put(median.contender(), List.copyOf(rounds));
	}

	String table() {
		List<String> contenders = this.options.contenders().stream().map((kind) -> kind.label()).toList();
		StringBuilder out = new StringBuilder();
		out.append("Machine: ").append(this.machine).append('\n').append('\n');
		out.append("| scenario | figure | ").append(String.join(" | ", contenders));
		for (String contender : contenders.subList(1, contenders.size())) {
			out.append(" | ").append(contender).append(" vs ").append(contenders.get(0));
		}
		out.append(" |\n|---|---|").append("---|".repeat(2 * contenders.size() - 1)).append('\n');
		if (!this.storm.isEmpty()) {
			row(out, contenders, "storm", "sustained dialogues/s (highest step kept up)", this.storm,
					(r) -> (double) r.sustainedRate(), true);
			row(out, contenders, "storm", "peak completed dialogues/s", this.storm, StormResult::peakCompletedPerSecond,
					true);
			String at = " @" + TARGET_RATE + "/s, else highest kept-up rate";
			row(out, contenders, "storm", "announcement->handler p50 ms" + at, this.storm,
					(r) -> at(r, (s) -> s.announcementToHandler().p50()), false);
			row(out, contenders, "storm", "announcement->handler p99 ms" + at, this.storm,
					(r) -> at(r, (s) -> s.announcementToHandler().p99()), false);
			row(out, contenders, "storm", "command round trip p50 ms" + at, this.storm,
					(r) -> at(r, (s) -> s.commandRoundTrip().p50()), false);
			row(out, contenders, "storm", "command round trip p99 ms" + at, this.storm,
					(r) -> at(r, (s) -> s.commandRoundTrip().p99()), false);
			row(out, contenders, "storm", "command round trip p99.9 ms" + at, this.storm,
					(r) -> at(r, (s) -> s.commandRoundTrip().p999()), false);
			row(out, contenders, "storm", "failed calls", this.storm, (r) -> (double) r.failures(), false);
		}
		if (!this.flood.isEmpty()) {
			row(out, contenders, "flood", "events/s dispatched to handlers", this.flood,
					(r) -> (double) r.eventsPerSecond(), true);
			row(out, contenders, "flood", "events handled / sent", this.flood,
					(r) -> (r.sent() == 0) ? 0 : (double) r.handled() / r.sent(), false);
			row(out, contenders, "flood", "order violations + overlaps", this.flood,
					(r) -> (double) (r.orderViolations() + r.overlaps()), false);
		}
		if (!this.hold.isEmpty()) {
			row(out, contenders, "hold", "dialogues held (fewest in a round)", this.hold, (r) -> (double) r.held(),
					false);
			row(out, contenders, "hold", "set-up time s", this.hold, HoldResult::setUpSeconds, false);
			if (this.options.holdRounds() > 1) {
				out.append(holdRounds().scatterRow());
			}
			row(out, contenders, "hold", "heap growth after GC MiB", this.hold, (r) -> (double) r.heapGrowthMb(), false);
			row(out, contenders, "hold", "live threads added", this.hold, (r) -> (double) r.applicationThreads(), false);
			row(out, contenders, "hold", "AMQP channels (own count)", this.hold, (r) -> (double) r.ownChannels(), false);
			row(out, contenders, "hold", "AMQP connections (broker)", this.hold, (r) -> (double) r.brokerConnections(),
					false);
			row(out, contenders, "hold", "AMQP channels (broker)", this.hold, (r) -> (double) r.brokerChannels(), false);
		}
		out.append('\n');
		for (StormResult result : this.storm.values()) {
			out.append(stormSteps(result, this.options.stormRounds())).append('\n');
		}
		if (!this.holdRounds.isEmpty() && this.options.holdRounds() > 1) {
			out.append(holdRounds().table()).append('\n');
		}
		out.append("| target (issue 5) | measured | met |\n|---|---|---|\n");
		for (TargetCheck check : targets()) {
			out.append("| ").append(check.target()).append(" | ").append(check.measured()).append(" | ")
				.append(check.met() ? "yes" : "NO").append(" |\n");
		}
		return out.toString();
	}

	/**
	 * The targets of issue 5, for the first ari-queue contender against the baseline.
	 */
	List<TargetCheck> targets() {
		List<TargetCheck> checks = new ArrayList<>();
		String baseline = this.options.contenders().get(0).label();
		String candidate = (this.options.contenders().size() > 1) ? this.options.contenders().get(1).label() : null;
		if (candidate == null) {
			return checks;
		}
		StormResult stormBase = this.storm.get(baseline);
		StormResult stormCandidate = this.storm.get(candidate);
		if (stormBase != null && stormCandidate != null) {
			double ratio = stormCandidate.peakCompletedPerSecond() / stormBase.peakCompletedPerSecond();
			checks.add(new TargetCheck("call-storm throughput >= 0.8 x baseline", format(ratio) + " x", ratio >= 0.8));
			double base99 = at(stormBase, (s) -> s.commandRoundTrip().p99());
			double cand99 = at(stormCandidate, (s) -> s.commandRoundTrip().p99());
			checks.add(new TargetCheck("command round trip p99 within 1 ms of baseline",
					format(cand99) + " ms " + rateOf(stormCandidate) + " vs " + format(base99) + " ms "
							+ rateOf(stormBase) + " (" + signed(cand99 - base99) + " ms)",
					cand99 - base99 <= 1.0));
			double start99 = at(stormCandidate, (s) -> s.announcementToHandler().p99());
			boolean reached = stormCandidate.at(TARGET_RATE) != null;
			// a latency target is out of anyone's reach on a saturated machine: say how busy it was
			double busy = at(stormCandidate, (s) -> s.cpu().machineBusyPercent());
			double brokerCores = at(stormCandidate, (s) -> s.cpu().brokerCores());
			checks.add(new TargetCheck("announcement->handler p99 < 20 ms @" + TARGET_RATE + "/s",
					format(start99) + " ms " + rateOf(stormCandidate)
							+ (reached ? "" : " (" + TARGET_RATE + "/s not reached)") + "; machine " + format(busy)
							+ "% busy, broker using " + format(brokerCores) + " cores",
					reached && start99 < 20));
		}
		FloodResult floodBase = this.flood.get(baseline);
		FloodResult floodCandidate = this.flood.get(candidate);
		if (floodBase != null && floodCandidate != null) {
			double ratio = (double) floodCandidate.eventsPerSecond() / floodBase.eventsPerSecond();
			checks.add(new TargetCheck("event-flood throughput >= 0.8 x baseline", format(ratio) + " x", ratio >= 0.8));
			checks.add(new TargetCheck("ordering never violated", floodCandidate.orderViolations() + " violations, "
					+ floodCandidate.overlaps() + " overlaps, " + floodCandidate.handled() + "/" + floodCandidate.sent()
					+ " events", floodCandidate.orderKept()));
		}
		checks.addAll(observedTargets());
		HoldResult holdCandidate = this.hold.get(candidate);
		if (holdCandidate != null) {
			checks.add(new TargetCheck(holdCandidate.dialogues() + " concurrent dialogues held",
					holdCandidate.held() + " held, " + holdCandidate.active() + " active",
					holdCandidate.held() == holdCandidate.dialogues() && holdCandidate.failures() == 0));
			checks.add(new TargetCheck("heap growth < 256 MiB", holdCandidate.heapGrowthMb() + " MiB",
					holdCandidate.heapGrowthMb() < 256));
			checks.add(new TargetCheck("<= 64 live threads", holdCandidate.applicationThreads() + " added by the app ("
					+ holdCandidate.threadsHeld() + " in the JVM with the driver)", holdCandidate.applicationThreads() <= 64));
			int channels = Math.max(holdCandidate.ownChannels(), holdCandidate.brokerChannels());
			checks.add(new TargetCheck("<= 1 AMQP channel per 100 dialogues",
					channels + " channels for " + holdCandidate.held() + " dialogues",
					channels * 100 <= Math.max(holdCandidate.held(), 1)));
		}
		return checks;
	}

	/**
	 * The target of issue 13: ari-queue with Spring Boot's metrics and observations within 10% of
	 * ari-queue without them, both measured in this run.
	 */
	private List<TargetCheck> observedTargets() {
		List<TargetCheck> checks = new ArrayList<>();
		String plain = ContenderKind.ARI_QUEUE.label();
		String observed = ContenderKind.ARI_QUEUE_OBSERVED.label();
		StormResult stormPlain = this.storm.get(plain);
		StormResult stormObserved = this.storm.get(observed);
		if (stormPlain != null && stormObserved != null) {
			double ratio = stormObserved.peakCompletedPerSecond() / stormPlain.peakCompletedPerSecond();
			checks.add(new TargetCheck("call-storm throughput with metrics and observations >= 0.9 x without (issue 13)",
					format(ratio) + " x", ratio >= 0.9));
			// where both keep up with every step, throughput cannot tell them apart: the processor time can
			double msPlain = at(stormPlain, (s) -> s.cpu().jvmMsPerDialogue());
			double msObserved = at(stormObserved, (s) -> s.cpu().jvmMsPerDialogue());
			double cpuRatio = msObserved / msPlain;
			checks.add(new TargetCheck(
					"JVM processor time per storm dialogue with metrics and observations <= 1.1 x without (issue 13)",
					format(msObserved) + " vs " + format(msPlain) + " ms " + rateOf(stormObserved)
							+ " (benchmark JVM, load driver included): " + format(cpuRatio) + " x",
					cpuRatio <= 1.1));
			double p99Plain = at(stormPlain, (s) -> s.commandRoundTrip().p99());
			double p99Observed = at(stormObserved, (s) -> s.commandRoundTrip().p99());
			checks.add(new TargetCheck("command round trip p99 with metrics and observations <= 1.1 x without (issue 13)",
					format(p99Observed) + " vs " + format(p99Plain) + " ms " + rateOf(stormObserved) + ": "
							+ format(p99Observed / p99Plain) + " x",
					p99Observed <= 1.1 * p99Plain));
		}
		FloodResult floodPlain = this.flood.get(plain);
		FloodResult floodObserved = this.flood.get(observed);
		if (floodPlain != null && floodObserved != null) {
			double ratio = (double) floodObserved.eventsPerSecond() / floodPlain.eventsPerSecond();
			checks.add(new TargetCheck("event-flood throughput with metrics and observations >= 0.9 x without (issue 13)",
					format(ratio) + " x", ratio >= 0.9));
		}
		return checks;
	}

	void write(Path path) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("machine", this.machine);
		json.put("options", this.options);
		json.put("storm", this.storm);
		json.put("flood", this.flood);
		json.put("hold", this.hold);
		json.put("holdRounds", this.holdRounds);
		json.put("targets", targets());
		json.put("table", table());
		if (path.getParent() != null) {
			Files.createDirectories(path.getParent());
		}
		JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(path.toFile(), json);
	}

	private HoldRounds holdRounds() {
		return new HoldRounds(this.options.contenders(), this.holdRounds);
	}

	private static String stormSteps(StormResult result, int rounds) {
		StringBuilder out = new StringBuilder();
		out.append("Storm steps, ").append(result.contender())
			.append(" (each figure the median of ")
			.append(rounds)
			.append((rounds == 1) ? " round" : " rounds")
			.append("; latencies in ms: p50 / p99 / p99.9)\n\n")
			.append("| rate/s | launched | completed | completed/s | kept up | announcement->handler | command round trip | call "
					+ "| machine busy % | broker cores | broker ms/dialogue | JVM ms/dialogue |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (StormStep step : result.steps()) {
			out.append("| ").append(step.rate()).append(" | ").append(step.launched()).append(" | ")
				.append(step.completed()).append(" | ").append(format(step.completedPerSecond())).append(" | ")
				.append(step.keptUp() ? "yes" : "no").append(" | ").append(latency(step.announcementToHandler()))
				.append(" | ").append(latency(step.commandRoundTrip())).append(" | ")
				.append(latency(step.callDuration())).append(" | ").append(format(step.cpu().machineBusyPercent()))
				.append(" | ").append(format(step.cpu().brokerCores())).append(" | ")
				.append(format(step.cpu().brokerMsPerDialogue())).append(" | ")
				.append(format(step.cpu().jvmMsPerDialogue())).append(" |\n");
		}
		return out.toString();
	}

	private static <R> void row(StringBuilder out, List<String> contenders, String scenario, String figure,
			Map<String, R> results, Function<R, Double> value, boolean ratio) {
		out.append("| ").append(scenario).append(" | ").append(figure);
		List<Double> values = new ArrayList<>();
		for (String contender : contenders) {
			R result = results.get(contender);
			Double figureValue = (result != null) ? value.apply(result) : null;
			values.add(figureValue);
			out.append(" | ").append((figureValue != null) ? format(figureValue) : "-");
		}
		Double base = values.get(0);
		for (Double other : values.subList(1, values.size())) {
			out.append(" | ");
			if (base == null || other == null || base.isNaN() || other.isNaN()) {
				out.append("-");
			}
			else if (ratio) {
				out.append((base == 0) ? "-" : format(other / base) + " x");
			}
			else {
				out.append(signed(other - base));
			}
		}
		out.append(" |\n");
	}

	private static double at(StormResult result, Function<StormStep, Double> value) {
		StormStep step = judged(result);
		return (step != null) ? value.apply(step) : Double.NaN;
	}

	/**
	 * The step latencies are judged at: the target rate, or where the storm never reached it,
	 * the highest rate kept up with (the latencies of an overloaded step measure its backlog).
	 */
	private static StormStep judged(StormResult result) {
		StormStep step = result.at(TARGET_RATE);
		if (step != null) {
			return step;
		}
		return result.steps().stream().filter(StormStep::keptUp).reduce((first, second) -> second).orElse(null);
	}

	private static String rateOf(StormResult result) {
		StormStep step = judged(result);
		return (step != null) ? "@" + step.rate() + "/s" : "@-";
	}

	private static String latency(Percentiles percentiles) {
		return format(percentiles.p50()) + " / " + format(percentiles.p99()) + " / " + format(percentiles.p999());
	}

	static String format(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		if (value == Math.rint(value) && Math.abs(value) >= 10) {
			return String.format(Locale.ROOT, "%.0f", value);
		}
		return String.format(Locale.ROOT, (Math.abs(value) < 10) ? "%.2f" : "%.1f", value);
	}

	static String signed(double value) {
		return (value >= 0 ? "+" : "") + format(value);
	}

	/**
	 * One target checked.
	 *
	 * @param target what issue 5 asks
	 * @param measured what this run measured
	 * @param met whether it is met
	 */
	record TargetCheck(String target, String measured, boolean met) {
	}

}
