package io.streamz.internal;

import io.streamz.StageFailure;
import io.streamz.metrics.StageMetrics;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The counters of one measured stage. Written by one thread at a time (the pipeline's), each
 * counter with a plain read and an opaque write, so that the writer pays no atomic instruction
 * and readers on other threads see whole, growing values. Generated code counts only what it
 * cannot derive: a stage that is its upstream's only downstream reads its {@code in} from the
 * upstream's {@code out} ({@link #inAsOutOf}), and a stage passing on every element it does not
 * fail on (a source, map, accumulate) reads its {@code out} as {@code in - failed}
 * ({@link #outAsInLessFailed}). Called by the runtime and generated code, not API: read it as a
 * {@link StageMetrics}.
 */
public final class StageMeter implements StageMetrics {
    private static final VarHandle IN = handle("in");
    private static final VarHandle OUT = handle("out");
    private static final VarHandle FAILED = handle("failed");
    private static final VarHandle LATENCY_COUNT = handle("latencyCount");
    private static final VarHandle LATENCY_TOTAL = handle("latencyTotal");
    private static final VarHandle LATENCY_MAX = handle("latencyMax");
    private static final VarHandle OUT_SEEN = handle("outSeen");

    private final MeterGroup group;
    private final Supplier<String> naming;
    private final Supplier<String> operatorOf;
    private final boolean sink;
    /** What the stage holds, or {@code null} for a stage that holds nothing. */
    private volatile LongSupplier depth;

    private volatile String name;
    private volatile String operator;
    /** Whether the group lists this stage yet: set once, on the first event. */
    private boolean announced;

    /** The stage whose {@code out} is this one's {@code in}, or {@code null}: {@code in} is counted. */
    private volatile StageMeter inFrom;

    /** Whether {@code out} is {@code in - failed} rather than counted. */
    private volatile boolean outDerived;

    /** The greatest derived {@code out} a reader was given, so that none is given less later. */
    private volatile long outSeen;

    private long in;
    private long out;
    private long failed;
    private long latencyCount;
    private long latencyTotal;
    private long latencyMax;

    StageMeter(MeterGroup group, Supplier<String> naming, Supplier<String> operator, boolean sink, LongSupplier depth) {
        this.group = group;
        this.naming = naming;
        this.operatorOf = operator;
        this.sink = sink;
        this.depth = depth;
    }

    private static VarHandle handle(String field) {
        try {
            return MethodHandles.lookup().findVarHandle(StageMeter.class, field, long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The group this stage belongs to. */
    public MeterGroup group() {
        return group;
    }

    /**
     * Where {@link #depth()} reads what the stage holds, set once generated code has created the
     * stage's runtime helper.
     */
    public void depthFrom(LongSupplier held) {
        this.depth = Objects.requireNonNull(held, "held");
    }

    /**
     * {@code next}, counting each element out of this stage and starting its latency clock: the
     * downstream a loop stage's runtime helper hands its elements to, in generated code.
     */
    public <T> Downstream<T> handingTo(Downstream<T> next) {
        Objects.requireNonNull(next, "next");
        return x -> {
            boolean entered = group.enter();
            try {
                countOut();
                return next.push(x);
            } finally {
                group.exit(entered);
            }
        };
    }

    /**
     * This stage's {@code in} is {@code upstream}'s {@code out}: generated code, for a stage that
     * is its upstream's only downstream and receives in the same step every element the upstream
     * counts out, no longer counts it in.
     *
     * @return this meter
     */
    public StageMeter inAsOutOf(StageMeter upstream) {
        this.inFrom = Objects.requireNonNull(upstream, "upstream");
        return this;
    }

    /**
     * This stage's {@code out} is its {@code in} less its {@code failed}: generated code, for a
     * stage that passes on every element it does not fail on, no longer counts it out.
     *
     * @return this meter
     */
    public StageMeter outAsInLessFailed() {
        this.outDerived = true;
        return this;
    }

    /**
     * {@code x}, counted in: an element generated code offers to a join, or the start an
     * accumulate goes back to when another stage's element resets it.
     *
     * @param <T> the type of {@code x}
     * @param x the element
     * @return {@code x}
     */
    public <T> T countedIn(T x) {
        countIn();
        return x;
    }

    /** One element received. */
    public void countIn() {
        announce();
        IN.setOpaque(this, in + 1);
    }

    /** One element passed on. */
    public void countOut() {
        announce();
        OUT.setOpaque(this, out + 1);
    }

    /**
     * In generated code's failure guard: {@code failure} reached this stage's {@code catch}; it
     * counts unless a stage downstream failed first and already named it (its own guard counted it).
     */
    public void countFailed(Throwable failure) {
        if (StageFailure.stageOf(failure) == null) {
            recordFailure(failure);
        }
    }

    /** The stage's own code failed on an element; a Flight Recorder event if one is recording. */
    public void recordFailure(Throwable failure) {
        announce();
        FAILED.setOpaque(this, failed + 1);
        FlightEvents.stageFailed(this, failure);
    }

    /** An element reached this sink {@code nanos} after it entered the graph. */
    public void recordLatency(long nanos) {
        long n = Math.max(0, nanos);
        LATENCY_TOTAL.setOpaque(this, latencyTotal + n);
        if (n > latencyMax) {
            LATENCY_MAX.setOpaque(this, n);
        }
        LATENCY_COUNT.setOpaque(this, latencyCount + 1);
    }

    private void announce() {
        if (!announced) {
            announceNow();
        }
    }

    /** Lists this stage in its group now (generated code's stages, whose names are known at once). */
    void announceNow() {
        announced = true;
        group.announce(this);
    }

    /** The name this stage asks for (the group makes it unique when it lists the stage). */
    String candidateName() {
        String named = naming.get();
        return named == null || named.isBlank() ? operator() : named;
    }

    /** Called once by the group, under its lock, when it lists this stage. */
    void nameAs(String unique) {
        this.operator = operatorOf.get();
        this.name = unique;
    }

    @Override
    public String pipeline() {
        return group.pipeline();
    }

    @Override
    public String stage() {
        String n = name;
        return n != null ? n : group.nameOf(this);
    }

    @Override
    public String operator() {
        String op = operator;
        return op != null ? op : operatorOf.get();
    }

    @Override
    public long in() {
        StageMeter from = inFrom;
        return from != null ? from.out() : (long) IN.getOpaque(this);
    }

    @Override
    public long out() {
        if (!outDerived) {
            return (long) OUT.getOpaque(this);
        }
        long failures = failed(); // before in: a failure counted between the two reads cannot make out shrink
        long derived = in() - failures;
        while (true) { // never less than a reader was given before (an element in flight may fail later)
            long seen = outSeen;
            if (derived <= seen) {
                return seen;
            }
            if (OUT_SEEN.compareAndSet(this, seen, derived)) {
                return derived;
            }
        }
    }

    @Override
    public long failed() {
        return (long) FAILED.getOpaque(this);
    }

    @Override
    public boolean hasDepth() {
        return depth != null;
    }

    @Override
    public long depth() {
        LongSupplier held = depth;
        return held == null ? 0 : Math.max(0, held.getAsLong());
    }

    @Override
    public boolean isSink() {
        return sink;
    }

    @Override
    public long latencyCount() {
        return (long) LATENCY_COUNT.getOpaque(this);
    }

    @Override
    public long latencyTotalNanos() {
        return (long) LATENCY_TOTAL.getOpaque(this);
    }

    @Override
    public long latencyMaxNanos() {
        return (long) LATENCY_MAX.getOpaque(this);
    }

    @Override
    public String toString() {
        return pipeline() + "/" + stage() + " (" + operator() + "): in=" + in() + " out=" + out() + " failed="
                + failed() + (hasDepth() ? " depth=" + depth() : "")
                + (sink ? " latency=" + latencyCount() + "/" + latencyTotalNanos() + "ns" : "");
    }
}
