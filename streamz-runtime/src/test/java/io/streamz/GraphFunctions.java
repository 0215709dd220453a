package io.streamz;

import io.streamz.RandomGraph.Kind;
import io.streamz.RandomGraph.Node;
import java.util.List;

/**
 * The user functions of a {@link RandomGraph}, shared by the real graph and the reference model:
 * the model checks operator semantics, not these. They accept any element (numbers, lists,
 * {@code null}) through {@link #num}, and some throw on purpose.
 */
final class GraphFunctions {
    private GraphFunctions() {}

    /** A number for any element: an Integer itself, a list the sum of its members, null 0. */
    static int num(Object x) {
        if (x instanceof Integer) {
            return (Integer) x;
        }
        if (x instanceof List) {
            int sum = 0;
            for (Object member : (List<?>) x) {
                sum += num(member);
            }
            return sum;
        }
        return x == null ? 0 : 1;
    }

    /** The failure user code throws here: a marker type, so that a failure from elsewhere is never taken for it. */
    static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom(String message) {
            super(message, null, true, false); // suppression on: the stage is recorded as a suppressed exception
        }
    }

    static Object map(Node node, Object x) {
        int n = num(x);
        switch (node.kind()) {
            case MAP_ADD:
                return n + node.p() + 1;
            case MAP_PAIR:
                return List.of(n, n + node.p());
            case MAP_NULL_IF:
                return Math.floorMod(n, node.p() + 2) == 0 ? null : n;
            case MAP_BOOM:
                if (Math.floorMod(n, node.p() + 3) == 1) {
                    throw new Boom("map refuses " + x);
                }
                return n * 2;
            case MAP_ARG:
                return n - node.p();
            default:
                throw new AssertionError(node);
        }
    }

    static boolean test(Node node, Object x) {
        int n = num(x);
        if (node.kind() == Kind.FILTER_ARG && n == 17) {
            throw new Boom("filter refuses " + x);
        }
        return Math.floorMod(n, node.p() + 2) != 0;
    }

    /** The accumulators' shared failure: state must stay as it was. */
    static void refuse(Object x) {
        if (num(x) == 13) {
            throw new Boom("accumulate refuses " + x);
        }
    }

    static Object fold(Object state, Object x) {
        refuse(x);
        return num(state) + num(x);
    }

    static Accumulated<Object, Object> foldReturningState(Object state, Object x) {
        refuse(x);
        return Accumulated.of(num(state) + 1, List.of(num(state), num(x)));
    }

    static Object key(Node node, Object x) {
        return Math.floorMod(num(x), node.p() + 2);
    }

    static Object starmap(Object a, Object b) {
        return num(a) - num(b);
    }

    /** Whether a feedback sink re-emits {@code x}, and then what. */
    static boolean feedsBack(Object x) {
        return Math.floorMod(num(x), 3) == 0;
    }

    static String describe(int index, Node node) {
        String in = node.inputs().isEmpty() ? "" : "n" + node.inputs().get(0);
        String others = "";
        for (int i = 1; i < node.inputs().size(); i++) {
            others += (others.isEmpty() ? "" : ", ") + "n" + node.inputs().get(i);
        }
        String call = switch (node.kind()) {
            case SOURCE -> "new Stream<>()";
            case MAP_ADD -> in + ".map(x -> num(x) + " + (node.p() + 1) + ")";
            case MAP_PAIR -> in + ".map(x -> List.of(num(x), num(x) + " + node.p() + "))";
            case MAP_NULL_IF -> in + ".map(x -> num(x) % " + (node.p() + 2) + " == 0 ? null : num(x))";
            case MAP_BOOM -> in + ".map(x -> num(x) % " + (node.p() + 3) + " == 1 ? throw Boom : num(x) * 2)";
            case MAP_ARG -> in + ".map((x, a) -> num(x) - a, " + node.p() + ")";
            case FILTER_MOD -> in + ".filter(x -> num(x) % " + (node.p() + 2) + " != 0)";
            case FILTER_TRUTHY -> in + ".filter()";
            case FILTER_ARG ->
                in + ".filter((x, m) -> num(x) == 17 ? throw Boom : num(x) % m != 0, " + (node.p() + 2) + ")";
            case REMOVE -> in + ".remove(x -> num(x) % " + (node.p() + 2) + " != 0)";
            case ACC_START -> in + ".accumulate(fold, " + node.p() + ")";
            case ACC_FIRST -> in + ".accumulate(fold)";
            case ACC_STATE -> in + ".accumulateReturningState(foldReturningState, " + node.p() + ")";
            case ACC_STATE_FIRST -> in + ".accumulateReturningState(foldReturningState)";
            case FLATTEN -> in + ".flatten()";
            case PARTITION -> in + ".partition(" + (node.p() + 1) + ")";
            case PARTITION_KEY -> in + ".partition(" + (node.q() + 1) + ", x -> num(x) % " + (node.p() + 2) + ")";
            case SLIDING -> in + ".slidingWindow(" + (node.p() + 1) + ", " + (node.q() % 2 == 1) + ")";
            case UNION -> in + ".union(" + others + ")";
            case UNIQUE -> in + ".unique(" + node.p() + ")";
            case UNIQUE_KEY -> in + ".unique(" + node.q() + ", x -> num(x) % " + (node.p() + 2) + ")";
            case ZIP -> in + ".zip(" + others + ")";
            case ZIP_LITERAL -> in + ".zip(\"lit" + node.p() + "\", " + others + ")";
            case COMBINE_LATEST -> in + ".combineLatest(" + others + ")";
            case COMBINE_LATEST_ON ->
                in + ".combineLatest(List.of(" + others + "), emitOn inputs by mask " + (node.p() + 1) + ")";
            case ZIP_LATEST -> in + ".zipLatest(" + others + ")";
            case PLUCK -> in + ".pluck(" + node.p() % 3 + ")";
            case STARMAP -> in + ".starmap((a, b) -> num(a) - num(b))";
            case COLLECT -> in + ".collect()";
            case SINK -> in + ".sink(record)";
            case FEEDBACK ->
                in + ".sink(x -> { record(x); if (num(x) % 3 == 0 && budget-- > 0) source" + node.p()
                        + ".emit(num(x) + 1); })";
        };
        return "n" + index + " = " + call;
    }
}
