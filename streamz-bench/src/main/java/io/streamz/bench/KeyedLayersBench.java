package io.streamz.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where {@link KeyedTotalsBench}'s time goes: the same keyed totals with one layer of the engine
 * added at a time, so a change to {@code LocalEngine} or the generated body can be placed. {@code
 * l0Map} is the hand-written map; {@code l1Table} an open-addressing table of rows with a field;
 * {@code l2Handles} adds the current key and row kept in fields and the state read through a
 * handle object; {@code l3Dispatch} puts that behind a task and a context interface with the
 * exchange as a call back into the task, like an engine; {@code l4Row} hands the segment its row
 * instead of a handle; {@code l5GeneratedBody} is the generated {@code Engine} body on {@code
 * LocalEngine}, without the pipeline class in front ({@code KeyedTotalsBench.generated} has it).
 * Forks differ by up to 1.5x on 2 shared vCPUs (which of the nested calls C2 compiles first):
 * compare medians over many forks ({@code -f 8}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class KeyedLayersBench {
    /** L1: an open-addressing table of String to a row object with a long field. */
    static final class Row {
        long total;
        boolean set;
    }

    static final class Table {
        Object[] keys = new Object[256];
        Row[] rows = new Row[256];

        Row get(Object key) {
            Object[] ks = keys;
            int mask = ks.length - 1;
            for (int i = home(key, mask); ; i = (i + 1) & mask) {
                Object at = ks[i];
                if (at == key) {
                    return rows[i];
                }
                if (at == null) {
                    return null;
                }
                if (at.equals(key)) {
                    return rows[i];
                }
            }
        }

        Row getOrAdd(Object key) {
            Row r = get(key);
            if (r == null) {
                r = new Row();
                int mask = keys.length - 1;
                int i = home(key, mask);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                rows[i] = r;
            }
            return r;
        }

        static int home(Object key, int mask) {
            int h = key.hashCode();
            return ((h ^ (h >>> 16)) * 0x9E3779B9 >>> 8) & mask;
        }
    }

    @State(Scope.Thread)
    public static class L1Table extends BenchState {
        private final KeyedTotalsBench.Order[] input = KeyedTotalsBench.orders();
        private final Table table = new Table();

        @Override
        public long run() {
            for (KeyedTotalsBench.Order order : input) {
                Row r = table.getOrAdd(order.customer());
                r.total += order.amount();
                out.accept(r.total);
            }
            return out.value();
        }
    }

    /** L2: the current key and row stored in fields, the state read through a handle object. */
    static final class Scope1 {
        final Table table = new Table();
        Object currentKey;
        Object rowKey;
        Row row;

        void enter(Object key) {
            if (key != rowKey) {
                rowKey = key;
                row = table.getOrAdd(key);
            }
            currentKey = key;
        }

        Row row() {
            return row;
        }
    }

    static final class Cell {
        private final Scope1 scope;

        Cell(Scope1 scope) {
            this.scope = scope;
        }

        long get() {
            return scope.row().total;
        }

        boolean isSet() {
            return scope.row().set;
        }

        void set(long v) {
            Row r = scope.row();
            r.total = v;
            r.set = true;
        }
    }

    @State(Scope.Thread)
    public static class L2Handles extends BenchState {
        private final KeyedTotalsBench.Order[] input = KeyedTotalsBench.orders();
        private final Scope1 scope = new Scope1();
        private final Cell cell = new Cell(scope);

        @Override
        public long run() {
            for (KeyedTotalsBench.Order order : input) {
                Object outer = scope.currentKey;
                scope.enter(order.customer());
                try {
                    long s = cell.get();
                    if (s == 0 && !cell.isSet()) {
                        s = 0;
                    }
                    long t = s + order.amount();
                    cell.set(t);
                    out.accept(t);
                } finally {
                    scope.currentKey = outer;
                }
            }
            return out.value();
        }
    }

    /** L3: L2 behind a task interface, an exchange through a context interface, a sink through an output. */
    interface Task {
        void accept(int port, Object key, Object value);
    }

    interface Context {
        void exchange(int port, Object key, Object value);

        void emitLong(int port, long value);
    }

    static final class MiniEngine implements Context {
        final Scope1 scope = new Scope1();
        final LongConsumer[] outs;
        Task task;

        MiniEngine(LongConsumer out) {
            this.outs = new LongConsumer[] {out};
        }

        void accept(int port, Object key, Object value) {
            task.accept(port, key, value);
        }

        @Override
        public void exchange(int port, Object key, Object value) {
            Object outer = scope.currentKey;
            scope.enter(key);
            try {
                task.accept(port, key, value);
            } finally {
                scope.currentKey = outer;
            }
        }

        @Override
        public void emitLong(int port, long value) {
            outs[port].accept(value);
        }
    }

    static final class HandTask implements Task {
        private final Context context;
        private final Cell cell;

        HandTask(MiniEngine engine) {
            this.context = engine;
            this.cell = new Cell(engine.scope);
        }

        @Override
        public void accept(int port, Object key, Object value) {
            switch (port) {
                case 0 -> runKey((KeyedTotalsBench.Order) value);
                case 1 -> runTotal((KeyedTotalsBench.Order) value);
                default -> throw new IllegalArgumentException("port " + port);
            }
        }

        private void runKey(KeyedTotalsBench.Order order) {
            context.exchange(1, order.customer(), order);
        }

        private void runTotal(KeyedTotalsBench.Order order) {
            long s = cell.get();
            if (s == 0 && !cell.isSet()) {
                s = 0;
            }
            long t = s + order.amount();
            cell.set(t);
            context.emitLong(0, t);
        }
    }

    @State(Scope.Thread)
    public static class L3Dispatch extends BenchState {
        private final KeyedTotalsBench.Order[] input = KeyedTotalsBench.orders();
        private final MiniEngine engine = new MiniEngine(out);

        {
            engine.task = new HandTask(engine);
        }

        @Override
        public long run() {
            for (KeyedTotalsBench.Order order : input) {
                engine.accept(0, null, order);
            }
            return out.value();
        }
    }

    /** L4: L3 with the row fetched once and handed to the segment (no handle, no current-row read). */
    static final class RowTask implements Task {
        private final MiniEngine engine;

        RowTask(MiniEngine engine) {
            this.engine = engine;
        }

        @Override
        public void accept(int port, Object key, Object value) {
            switch (port) {
                case 0 -> runKey((KeyedTotalsBench.Order) value);
                case 1 -> runTotal((KeyedTotalsBench.Order) value);
                default -> throw new IllegalArgumentException("port " + port);
            }
        }

        private void runKey(KeyedTotalsBench.Order order) {
            engine.exchange(1, order.customer(), order);
        }

        private void runTotal(KeyedTotalsBench.Order order) {
            Row r = engine.scope.row();
            long t = r.total + order.amount();
            r.total = t;
            r.set = true;
            engine.emitLong(0, t);
        }
    }

    @State(Scope.Thread)
    public static class L4Row extends BenchState {
        private final KeyedTotalsBench.Order[] input = KeyedTotalsBench.orders();
        private final MiniEngine engine = new MiniEngine(out);

        {
            engine.task = new RowTask(engine);
        }

        @Override
        public long run() {
            for (KeyedTotalsBench.Order order : input) {
                engine.accept(0, null, order);
            }
            return out.value();
        }
    }

    /** L0: the hand-written map, as in KeyedTotalsBench. */
    @State(Scope.Thread)
    public static class L0Map extends BenchState {
        private final KeyedTotalsBench.Order[] input = KeyedTotalsBench.orders();
        private final Map<String, long[]> totals = new HashMap<>();

        @Override
        public long run() {
            for (KeyedTotalsBench.Order order : input) {
                long[] total = totals.computeIfAbsent(order.customer(), c -> new long[1]);
                total[0] += order.amount();
                out.accept(total[0]);
            }
            return out.value();
        }
    }

    @Benchmark
    public long l0Map(L0Map s) {
        return s.run();
    }

    @Benchmark
    public long l1Table(L1Table s) {
        return s.run();
    }

    @Benchmark
    public long l2Handles(L2Handles s) {
        return s.run();
    }

    @Benchmark
    public long l3Dispatch(L3Dispatch s) {
        return s.run();
    }

    @Benchmark
    public long l4Row(L4Row s) {
        return s.run();
    }

    /** L5: the generated Engine body on LocalEngine, called without the pipeline class in front. */
    @State(Scope.Thread)
    public static class L5GeneratedBody extends BenchState {
        private final KeyedTotalsBench.Order[] input = KeyedTotalsBench.orders();
        private final io.streamz.engine.LocalEngine engine = io.streamz.engine.LocalEngine.builder(
                        Streamz_KeyedTotalsPipeline.spec())
                .sinkLong("totals", out)
                .build();

        @Override
        public long run() {
            for (KeyedTotalsBench.Order order : input) {
                engine.accept(0, null, order);
            }
            return out.value();
        }
    }

    @Benchmark
    public long l5GeneratedBody(L5GeneratedBody s) {
        return s.run();
    }
}
