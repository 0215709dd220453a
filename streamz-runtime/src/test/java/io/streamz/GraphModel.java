package io.streamz;

import static io.streamz.GraphFunctions.num;

import io.streamz.RandomGraph.Case;
import io.streamz.RandomGraph.Kind;
import io.streamz.RandomGraph.Node;
import io.streamz.RandomGraph.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reference model of streamz's synchronous semantics, written as plainly as possible: every
 * node a small record of state, {@code emit} a recursive walk over the downstreams in creation
 * order. A failure is a {@link Failed} carrying the node that failed; it unwinds every caller.
 * What {@link GraphRun} records from the real graph, this records from the model.
 */
final class GraphModel {
    /** A stage failure: the exception type a user would see and the node it names. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String type;
        final int node;

        Failed(Class<? extends Throwable> type, int node) {
            super(null, null, false, false);
            this.type = type.getSimpleName();
            this.node = node;
        }
    }

    private final List<Node> nodes;
    private final List<List<Integer>> downstreams = new ArrayList<>();
    private final Map<Integer, Object> state = new HashMap<>();
    private final List<String> transcript = new ArrayList<>();
    private int feedbackBudget;

    private GraphModel(List<Node> nodes) {
        this.nodes = nodes;
        for (int i = 0; i < nodes.size(); i++) {
            downstreams.add(new ArrayList<>());
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int input : new LinkedHashSet<>(nodes.get(i).inputs())) {
                downstreams.get(input).add(i);
            }
        }
    }

    /** What the model says the real graph records for {@code c}. */
    static List<String> transcript(Case c) {
        GraphModel model = new GraphModel(c.nodes());
        for (int i = 0; i < c.steps().size(); i++) {
            Step step = c.steps().get(i);
            model.feedbackBudget = GraphRun.FEEDBACK_BUDGET;
            try {
                if (c.nodes().get(step.node()).kind() == Kind.COLLECT) {
                    model.flush(step.node());
                } else {
                    model.emit(step.node(), step.value());
                }
            } catch (Failed f) {
                model.transcript.add("step " + i + " threw " + f.type + " at n" + f.node);
            }
        }
        return model.transcript;
    }

    private void emit(int from, Object x) {
        for (int d : downstreams.get(from)) {
            update(d, x, from);
        }
    }

    private void flush(int node) {
        List<Object> cache = cache(node);
        List<Object> batch = new ArrayList<>(cache);
        cache.clear();
        emit(node, batch);
    }

    @SuppressWarnings("unchecked")
    private List<Object> cache(int node) {
        return (List<Object>) state.computeIfAbsent(node, unused -> new ArrayList<>());
    }

    /** Runs user code of node {@code node}: its own failure names it. */
    private <T> T user(int node, java.util.function.Supplier<T> code) {
        try {
            return code.get();
        } catch (GraphFunctions.Boom e) {
            throw new Failed(GraphFunctions.Boom.class, node);
        }
    }

    private void update(int n, Object x, int from) {
        Node node = nodes.get(n);
        switch (node.kind()) {
            case MAP_ADD, MAP_PAIR, MAP_NULL_IF, MAP_BOOM, MAP_ARG ->
                emit(n, user(n, () -> GraphFunctions.map(node, x)));
            case FILTER_MOD, FILTER_ARG -> {
                if (user(n, () -> GraphFunctions.test(node, x))) {
                    emit(n, x);
                }
            }
            case REMOVE -> {
                if (!GraphFunctions.test(node, x)) {
                    emit(n, x);
                }
            }
            case FILTER_TRUTHY -> {
                if (x != null && !Boolean.FALSE.equals(x)) {
                    emit(n, x);
                }
            }
            case ACC_START, ACC_FIRST, ACC_STATE, ACC_STATE_FIRST -> accumulate(n, node, x);
            case FLATTEN -> flatten(n, x);
            case PARTITION, PARTITION_KEY -> partition(n, node, x);
            case SLIDING -> slide(n, node, x);
            case UNION -> emit(n, x);
            case UNIQUE, UNIQUE_KEY -> unique(n, node, x);
            case ZIP, ZIP_LITERAL -> zip(n, node, x, from);
            case COMBINE_LATEST, COMBINE_LATEST_ON -> combineLatest(n, node, x, from);
            case ZIP_LATEST -> zipLatest(n, node, x, from);
            case PLUCK -> emit(n, pluck(n, node.p() % 3, x));
            case STARMAP -> emit(n, starmap(n, x));
            case COLLECT -> cache(n).add(x);
            case SINK -> transcript.add("n" + n + " <- " + x);
            case FEEDBACK -> feedback(node, n, x);
            case SOURCE -> throw new AssertionError("a source has no input");
        }
    }

    private void feedback(Node node, int n, Object x) {
        transcript.add("n" + n + " <- " + x);
        if (GraphFunctions.feedsBack(x) && feedbackBudget-- > 0) {
            List<Integer> sources = RandomGraph.indicesOf(nodes, Kind.SOURCE);
            emit(sources.get(node.p() % sources.size()), num(x) + 1);
        }
    }

    /** State: {@code Object[] {started, state}}; stored before the value goes downstream, untouched when f throws. */
    private void accumulate(int n, Node node, Object x) {
        Object[] acc = (Object[]) state.computeIfAbsent(n, unused ->
                new Object[] {node.kind() == Kind.ACC_START || node.kind() == Kind.ACC_STATE, node.p()});
        if (!(Boolean) acc[0]) {
            acc[0] = true;
            acc[1] = x;
            emit(n, x);
            return;
        }
        if (node.kind() == Kind.ACC_START || node.kind() == Kind.ACC_FIRST) {
            acc[1] = user(n, () -> GraphFunctions.fold(acc[1], x));
            emit(n, acc[1]);
        } else {
            Accumulated<Object, Object> next = user(n, () -> GraphFunctions.foldReturningState(acc[1], x));
            acc[1] = next.state();
            emit(n, next.value());
        }
    }

    private void flatten(int n, Object x) {
        if (x == null) {
            throw new Failed(NullPointerException.class, n);
        }
        if (!(x instanceof List)) {
            throw new Failed(IllegalArgumentException.class, n);
        }
        for (Object item : (List<?>) x) {
            emit(n, item);
        }
    }

    @SuppressWarnings("unchecked")
    private void partition(int n, Node node, Object x) {
        Map<Object, List<Object>> buffers =
                (Map<Object, List<Object>>) state.computeIfAbsent(n, unused -> new HashMap<>());
        Object key = node.kind() == Kind.PARTITION_KEY ? GraphFunctions.key(node, x) : "";
        int size = node.kind() == Kind.PARTITION_KEY ? node.q() + 1 : node.p() + 1;
        List<Object> buffer = buffers.computeIfAbsent(key, unused -> new ArrayList<>());
        buffer.add(x);
        if (buffer.size() == size) {
            buffers.remove(key);
            emit(n, buffer);
        }
    }

    @SuppressWarnings("unchecked")
    private void slide(int n, Node node, Object x) {
        ArrayDeque<Object> window = (ArrayDeque<Object>) state.computeIfAbsent(n, unused -> new ArrayDeque<>());
        window.addLast(new Holder(x));
        if (window.size() > node.p() + 1) {
            window.removeFirst();
        }
        if (window.size() == node.p() + 1 || node.q() % 2 == 1) {
            List<Object> out = new ArrayList<>();
            window.forEach(held -> out.add(((Holder) held).value));
            emit(n, out);
        }
    }

    /** Lets {@code null} elements sit in deques. */
    private record Holder(Object value) {}

    @SuppressWarnings("unchecked")
    private void unique(int n, Node node, Object x) {
        int history = node.kind() == Kind.UNIQUE ? node.p() : node.q();
        Object key = node.kind() == Kind.UNIQUE_KEY ? GraphFunctions.key(node, x) : x;
        LinkedHashMap<Object, Boolean> seen = (LinkedHashMap<Object, Boolean>)
                state.computeIfAbsent(n, unused -> new LinkedHashMap<Object, Boolean>(16, 0.75f, true));
        boolean known = seen.containsKey(key);
        if (known) {
            seen.get(key); // a repeat refreshes recency
            return;
        }
        seen.put(key, true);
        if (history > 0 && seen.size() > history) {
            seen.remove(seen.keySet().iterator().next());
        }
        emit(n, x);
    }

    /** The distinct inputs of a join, in order of first mention. */
    private static List<Integer> distinct(Node node) {
        return new ArrayList<>(new LinkedHashSet<>(node.inputs()));
    }

    @SuppressWarnings("unchecked")
    private void zip(int n, Node node, Object x, int from) {
        List<Integer> inputs = distinct(node);
        Map<Integer, ArrayDeque<Holder>> fifos = (Map<Integer, ArrayDeque<Holder>>) state.computeIfAbsent(n, unused -> {
            Map<Integer, ArrayDeque<Holder>> created = new LinkedHashMap<>();
            inputs.forEach(input -> created.put(input, new ArrayDeque<>()));
            return created;
        });
        fifos.get(from).addLast(new Holder(x));
        while (fifos.values().stream().noneMatch(ArrayDeque::isEmpty)) {
            Map<Integer, Object> heads = new HashMap<>();
            fifos.forEach((input, fifo) -> heads.put(input, fifo.removeFirst().value()));
            List<Object> tuple = new ArrayList<>();
            for (int i = 0; i < node.inputs().size(); i++) {
                tuple.add(heads.get(node.inputs().get(i)));
                if (i == 0 && node.kind() == Kind.ZIP_LITERAL) {
                    tuple.add("lit" + node.p());
                }
            }
            emit(n, tuple);
        }
    }

    @SuppressWarnings("unchecked")
    private void combineLatest(int n, Node node, Object x, int from) {
        Map<Integer, Holder> latest = (Map<Integer, Holder>) state.computeIfAbsent(n, unused -> new HashMap<>());
        latest.put(from, new Holder(x));
        if (!emitOn(node).contains(from)) {
            return;
        }
        List<Object> tuple = new ArrayList<>();
        for (int input : node.inputs()) {
            Holder held = latest.get(input);
            if (held == null) {
                return;
            }
            tuple.add(held.value());
        }
        emit(n, tuple);
    }

    /** The inputs whose arrivals emit: all, or those picked by the bit mask {@code p + 1} over input positions. */
    static Set<Integer> emitOn(Node node) {
        Set<Integer> on = new LinkedHashSet<>();
        if (node.kind() == Kind.COMBINE_LATEST) {
            on.addAll(node.inputs());
            return on;
        }
        for (int i = 0; i < node.inputs().size(); i++) {
            if (((node.p() + 1) >> i & 1) == 1) {
                on.add(node.inputs().get(i));
            }
        }
        if (on.isEmpty()) {
            on.add(node.inputs().get(0));
        }
        return on;
    }

    @SuppressWarnings("unchecked")
    private void zipLatest(int n, Node node, Object x, int from) {
        Object[] s =
                (Object[]) state.computeIfAbsent(n, unused -> new Object[] {new ArrayDeque<Holder>(), new HashMap<>()});
        ArrayDeque<Holder> held = (ArrayDeque<Holder>) s[0];
        Map<Integer, Holder> latest = (Map<Integer, Holder>) s[1];
        int lossless = node.inputs().get(0);
        if (from == lossless) {
            held.addLast(new Holder(x));
        } else {
            latest.put(from, new Holder(x));
        }
        for (int input : node.inputs()) {
            if (input != lossless && !latest.containsKey(input)) {
                return;
            }
        }
        while (!held.isEmpty()) {
            Object element = held.removeFirst().value();
            List<Object> tuple = new ArrayList<>();
            for (int input : node.inputs()) {
                tuple.add(input == lossless ? element : latest.get(input).value());
            }
            emit(n, tuple);
        }
    }

    private static Object pluck(int n, int index, Object x) {
        if (x == null) {
            throw new Failed(NullPointerException.class, n);
        }
        if (!(x instanceof List)) {
            throw new Failed(IllegalArgumentException.class, n);
        }
        List<?> list = (List<?>) x;
        if (index >= list.size()) {
            throw new Failed(IndexOutOfBoundsException.class, n);
        }
        return list.get(index);
    }

    private static Object starmap(int n, Object x) {
        if (x == null) {
            throw new Failed(NullPointerException.class, n);
        }
        if (!(x instanceof List) || ((List<?>) x).size() != 2) {
            throw new Failed(IllegalArgumentException.class, n);
        }
        List<?> pair = (List<?>) x;
        return GraphFunctions.starmap(pair.get(0), pair.get(1));
    }

    @Override
    public String toString() {
        return Objects.toString(transcript);
    }
}
