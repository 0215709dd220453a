package io.streamz;

import io.streamz.check.Gen;
import io.streamz.check.Shrinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random interpreted graph over every synchronous operator, with the steps to drive it: emits
 * into its sources and flushes of its {@code collect} nodes. Nodes are listed in creation order,
 * so a node's inputs come before it and downstreams are attached in list order.
 */
final class RandomGraph {
    /** Every synchronous operator shape the generator draws; the user functions are in {@link GraphFunctions}. */
    enum Kind {
        SOURCE,
        MAP_ADD,
        MAP_PAIR,
        MAP_NULL_IF,
        MAP_BOOM,
        MAP_ARG,
        FILTER_MOD,
        FILTER_TRUTHY,
        FILTER_ARG,
        REMOVE,
        ACC_START,
        ACC_FIRST,
        ACC_STATE,
        ACC_STATE_FIRST,
        FLATTEN,
        PARTITION,
        PARTITION_KEY,
        SLIDING,
        UNION,
        UNIQUE,
        UNIQUE_KEY,
        ZIP,
        ZIP_LITERAL,
        COMBINE_LATEST,
        COMBINE_LATEST_ON,
        ZIP_LATEST,
        PLUCK,
        STARMAP,
        COLLECT,
        SINK,
        FEEDBACK;

        boolean joins() {
            return this == UNION
                    || this == ZIP
                    || this == ZIP_LITERAL
                    || this == COMBINE_LATEST
                    || this == COMBINE_LATEST_ON
                    || this == ZIP_LATEST;
        }

        boolean terminal() {
            return this == SINK || this == FEEDBACK;
        }

        boolean emitsLists() {
            return this == MAP_PAIR
                    || this == PARTITION
                    || this == PARTITION_KEY
                    || this == SLIDING
                    || this == ZIP
                    || this == ZIP_LITERAL
                    || this == COMBINE_LATEST
                    || this == COMBINE_LATEST_ON
                    || this == ZIP_LATEST
                    || this == COLLECT
                    || this == ACC_STATE;
        }
    }

    /** One node: its operator, its inputs (earlier nodes), and two small parameters whose meaning depends on the kind. */
    record Node(Kind kind, List<Integer> inputs, int p, int q) {}

    /** Emit {@code value} into source {@code node}, or flush {@code node} if it is a collect. */
    record Step(int node, int value) {}

    /** A graph and the steps that drive it. */
    record Case(List<Node> nodes, List<Step> steps) {}

    private static final Kind[] OPERATORS = {
        Kind.MAP_ADD,
        Kind.MAP_ADD,
        Kind.MAP_PAIR,
        Kind.MAP_NULL_IF,
        Kind.MAP_BOOM,
        Kind.MAP_ARG,
        Kind.FILTER_MOD,
        Kind.FILTER_TRUTHY,
        Kind.FILTER_ARG,
        Kind.REMOVE,
        Kind.ACC_START,
        Kind.ACC_FIRST,
        Kind.ACC_STATE,
        Kind.ACC_STATE_FIRST,
        Kind.FLATTEN,
        Kind.FLATTEN,
        Kind.PARTITION,
        Kind.PARTITION_KEY,
        Kind.SLIDING,
        Kind.UNION,
        Kind.UNIQUE,
        Kind.UNIQUE_KEY,
        Kind.ZIP,
        Kind.ZIP,
        Kind.ZIP_LITERAL,
        Kind.COMBINE_LATEST,
        Kind.COMBINE_LATEST_ON,
        Kind.ZIP_LATEST,
        Kind.PLUCK,
        Kind.STARMAP,
        Kind.COLLECT,
        Kind.SINK,
        Kind.FEEDBACK
    };

    private RandomGraph() {}

    /** The generator of cases: 1-2 sources, up to {@code maxNodes} operators, every leaf observed by a sink. */
    static Gen<Case> cases(int maxNodes, int maxSteps) {
        return new Gen<>() {
            @Override
            public Case next(Random random) {
                return draw(random, maxNodes, maxSteps);
            }

            @Override
            public List<Case> shrink(Case value) {
                return shrinkCase(value);
            }
        };
    }

    private static Case draw(Random random, int maxNodes, int maxSteps) {
        List<Node> nodes = new ArrayList<>();
        int sources = 1 + random.nextInt(2);
        for (int i = 0; i < sources; i++) {
            nodes.add(new Node(Kind.SOURCE, List.of(), 0, 0));
        }
        int operators = 1 + random.nextInt(maxNodes);
        for (int i = 0; i < operators; i++) {
            Kind kind = OPERATORS[random.nextInt(OPERATORS.length)];
            nodes.add(new Node(kind, inputsFor(kind, nodes, random), random.nextInt(4), random.nextInt(4)));
        }
        observeLeaves(nodes);
        List<Step> steps = new ArrayList<>();
        int count = random.nextInt(maxSteps + 1);
        for (int i = 0; i < count; i++) {
            steps.add(drawStep(nodes, random));
        }
        return new Case(List.copyOf(nodes), List.copyOf(steps));
    }

    private static List<Integer> inputsFor(Kind kind, List<Node> nodes, Random random) {
        List<Integer> candidates = new ArrayList<>();
        List<Integer> lists = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).kind().terminal()) {
                candidates.add(i);
                if (nodes.get(i).kind().emitsLists()) {
                    lists.add(i);
                }
            }
        }
        boolean wantsList = kind == Kind.FLATTEN || kind == Kind.PLUCK || kind == Kind.STARMAP;
        if (wantsList && !lists.isEmpty() && random.nextInt(8) != 0) {
            candidates = lists;
        }
        int arity = kind.joins() ? 2 + random.nextInt(2) : 1;
        List<Integer> inputs = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            // mostly recent nodes, so that chains get long; now and then a repeated input
            int pick = candidates.size() - 1 - Math.min(candidates.size() - 1, random.nextInt(3) * random.nextInt(4));
            inputs.add(random.nextInt(10) == 0 ? candidates.get(0) : candidates.get(pick));
        }
        return List.copyOf(inputs);
    }

    /** Adds a sink below every node nobody consumes, so that nothing the graph does goes unobserved. */
    private static void observeLeaves(List<Node> nodes) {
        int size = nodes.size();
        for (int i = 0; i < size; i++) {
            if (nodes.get(i).kind().terminal()) {
                continue;
            }
            boolean consumed = false;
            for (Node node : nodes) {
                consumed |= node.inputs().contains(i);
            }
            if (!consumed) {
                nodes.add(new Node(Kind.SINK, List.of(i), 0, 0));
            }
        }
    }

    private static Step drawStep(List<Node> nodes, Random random) {
        List<Integer> collects = indicesOf(nodes, Kind.COLLECT);
        if (!collects.isEmpty() && random.nextInt(6) == 0) {
            return new Step(collects.get(random.nextInt(collects.size())), 0);
        }
        List<Integer> sources = indicesOf(nodes, Kind.SOURCE);
        return new Step(sources.get(random.nextInt(sources.size())), random.nextInt(24) - 4);
    }

    static List<Integer> indicesOf(List<Node> nodes, Kind kind) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).kind() == kind) {
                found.add(i);
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- shrinking

    private static List<Case> shrinkCase(Case c) {
        List<Case> candidates = new ArrayList<>();
        for (int k = c.nodes().size() - 1; k >= 0; k--) {
            Case without = withoutNode(c, k);
            if (without != null) {
                candidates.add(without);
            }
        }
        for (List<Step> steps : Shrinks.list(c.steps(), RandomGraph::smallerSteps)) {
            candidates.add(new Case(c.nodes(), steps));
        }
        for (int k = 0; k < c.nodes().size(); k++) {
            Node node = c.nodes().get(k);
            for (int p : Shrinks.integer(node.p())) {
                candidates.add(replaced(c, k, new Node(node.kind(), node.inputs(), p, node.q())));
            }
            for (int q : Shrinks.integer(node.q())) {
                candidates.add(replaced(c, k, new Node(node.kind(), node.inputs(), node.p(), q)));
            }
            if (node.inputs().size() > 2) {
                for (int drop = 0; drop < node.inputs().size(); drop++) {
                    List<Integer> fewer = new ArrayList<>(node.inputs());
                    fewer.remove(drop);
                    candidates.add(replaced(c, k, new Node(node.kind(), fewer, node.p(), node.q())));
                }
            }
        }
        return candidates;
    }

    private static List<Step> smallerSteps(Step step) {
        List<Step> smaller = new ArrayList<>();
        for (int value : Shrinks.integer(step.value())) {
            smaller.add(new Step(step.node(), value));
        }
        return smaller;
    }

    private static Case replaced(Case c, int k, Node node) {
        List<Node> nodes = new ArrayList<>(c.nodes());
        nodes.set(k, node);
        return new Case(List.copyOf(nodes), c.steps());
    }

    /**
     * The case without node {@code k}: its consumers take its first input instead (or another
     * source, if it was a source), later indices move down; null if {@code k} is the only source.
     */
    private static Case withoutNode(Case c, int k) {
        List<Node> nodes = c.nodes();
        Node removed = nodes.get(k);
        int replacement;
        if (removed.kind() == Kind.SOURCE) {
            List<Integer> sources = indicesOf(nodes, Kind.SOURCE);
            if (sources.size() < 2) {
                return null;
            }
            replacement = sources.get(0) == k ? sources.get(1) : sources.get(0);
        } else {
            replacement = removed.inputs().get(0);
        }
        List<Node> kept = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (i == k) {
                continue;
            }
            Node node = nodes.get(i);
            List<Integer> inputs = new ArrayList<>();
            for (int input : node.inputs()) {
                int rewired = input == k ? replacement : input;
                inputs.add(rewired > k ? rewired - 1 : rewired);
            }
            kept.add(new Node(node.kind(), List.copyOf(inputs), node.p(), node.q()));
        }
        List<Step> steps = new ArrayList<>();
        for (Step step : c.steps()) {
            if (step.node() != k || removed.kind() == Kind.SOURCE) {
                int target = step.node() == k ? replacement : step.node();
                steps.add(new Step(target > k ? target - 1 : target, step.value()));
            }
        }
        return new Case(List.copyOf(kept), List.copyOf(steps));
    }

    // ---------------------------------------------------------------- printing

    /** The case as Java-like code: one line per node, then the steps. */
    static String show(Case c) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < c.nodes().size(); i++) {
            out.append("  ")
                    .append(GraphFunctions.describe(i, c.nodes().get(i)))
                    .append('\n');
        }
        out.append("  steps:");
        for (Step step : c.steps()) {
            out.append(' ')
                    .append(
                            c.nodes().get(step.node()).kind() == Kind.COLLECT
                                    ? "n" + step.node() + ".flush()"
                                    : "n" + step.node() + ".emit(" + step.value() + ")")
                    .append(';');
        }
        return out.toString();
    }
}
