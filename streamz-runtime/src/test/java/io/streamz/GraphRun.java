package io.streamz;

import static io.streamz.GraphFunctions.num;

import io.streamz.RandomGraph.Case;
import io.streamz.RandomGraph.Kind;
import io.streamz.RandomGraph.Node;
import io.streamz.RandomGraph.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link RandomGraph} out of real {@link Stream} nodes, drives it with the case's steps and
 * records what its sinks receive and what each step throws (the exception's type and the node
 * its {@link StageFailure} names), in the same words as {@link GraphModel}.
 */
final class GraphRun {
    /** How many re-entrant emits the feedback sinks may make per step, in the model and here alike. */
    static final int FEEDBACK_BUDGET = 3;

    private final List<Stream<?>> streams = new ArrayList<>();
    private final List<Sink<?>> sinks = new ArrayList<>();
    private final List<String> transcript = new ArrayList<>();
    private final List<Stream<Object>> sources = new ArrayList<>();
    private int feedbackBudget;

    private GraphRun() {}

    /** What the real graph records for {@code c}; every sink it made is destroyed afterwards. */
    static List<String> transcript(Case c) {
        GraphRun run = new GraphRun();
        try {
            for (int i = 0; i < c.nodes().size(); i++) {
                run.streams.add(run.build(i, c.nodes().get(i)).named("n" + i));
            }
            for (int i = 0; i < c.steps().size(); i++) {
                run.step(i, c.steps().get(i), c.nodes());
            }
            return run.transcript;
        } finally {
            run.sinks.forEach(Sink::destroy);
        }
    }

    @SuppressWarnings("unchecked")
    private void step(int i, Step step, List<Node> nodes) {
        feedbackBudget = FEEDBACK_BUDGET;
        Stream<?> target = streams.get(step.node());
        try {
            if (nodes.get(step.node()).kind() == Kind.COLLECT) {
                ((CollectStream<?>) target).flush();
            } else {
                ((Stream<Object>) target).emit(step.value());
            }
        } catch (RuntimeException e) {
            String stage = StageFailure.stageOf(e);
            String node = stage == null ? "no stage" : stage.substring(0, stage.indexOf(';'));
            transcript.add("step " + i + " threw " + e.getClass().getSimpleName() + " at " + node);
        }
    }

    @SuppressWarnings("unchecked")
    private Stream<Object> in(Node node, int position) {
        return (Stream<Object>) streams.get(node.inputs().get(position));
    }

    private Stream<?>[] others(Node node) {
        Stream<?>[] others = new Stream<?>[node.inputs().size() - 1];
        for (int i = 1; i < node.inputs().size(); i++) {
            others[i - 1] = streams.get(node.inputs().get(i));
        }
        return others;
    }

    private Stream<?> build(int index, Node node) {
        return switch (node.kind()) {
            case SOURCE -> source();
            case MAP_ADD, MAP_PAIR, MAP_NULL_IF, MAP_BOOM -> in(node, 0).map(x -> GraphFunctions.map(node, x));
            case MAP_ARG -> in(node, 0).map((Object x, Integer a) -> num(x) - a, node.p());
            case FILTER_MOD -> in(node, 0).filter(x -> GraphFunctions.test(node, x));
            case FILTER_ARG -> in(node, 0).filter((Object x, Integer unused) -> GraphFunctions.test(node, x), node.p());
            case FILTER_TRUTHY -> in(node, 0).filter();
            case REMOVE -> in(node, 0).remove(x -> GraphFunctions.test(node, x));
            case ACC_START -> in(node, 0).accumulate(GraphFunctions::fold, (Object) node.p());
            case ACC_FIRST -> in(node, 0).accumulate(GraphFunctions::fold);
            case ACC_STATE ->
                in(node, 0).accumulateReturningState(GraphFunctions::foldReturningState, (Object) node.p());
            case ACC_STATE_FIRST -> in(node, 0).accumulateReturningState(GraphFunctions::foldReturningState);
            case FLATTEN -> in(node, 0).flatten();
            case PARTITION -> in(node, 0).partition(node.p() + 1);
            case PARTITION_KEY -> in(node, 0).partition(node.q() + 1, x -> GraphFunctions.key(node, x));
            case SLIDING -> in(node, 0).slidingWindow(node.p() + 1, node.q() % 2 == 1);
            case UNION -> in(node, 0).union((Stream<Object>[]) others(node));
            case UNIQUE -> in(node, 0).unique(node.p());
            case UNIQUE_KEY -> in(node, 0).unique(node.q(), x -> GraphFunctions.key(node, x));
            case ZIP -> in(node, 0).zip((Object[]) others(node));
            case ZIP_LITERAL -> zipWithLiteral(node);
            case COMBINE_LATEST -> in(node, 0).combineLatest(others(node));
            case COMBINE_LATEST_ON -> combineLatestOn(node);
            case ZIP_LATEST -> in(node, 0).zipLatest(others(node));
            case PLUCK -> in(node, 0).pluck(node.p() % 3);
            case STARMAP -> in(node, 0).starmap(GraphFunctions::starmap);
            case COLLECT -> in(node, 0).collect();
            case SINK -> registered(in(node, 0).sink(x -> transcript.add("n" + index + " <- " + x)));
            case FEEDBACK -> registered(in(node, 0).sink(x -> feedback(node, index, x)));
        };
    }

    private Stream<Object> source() {
        Stream<Object> source = new Stream<>();
        sources.add(source);
        return source;
    }

    private void feedback(Node node, int index, Object x) {
        transcript.add("n" + index + " <- " + x);
        if (GraphFunctions.feedsBack(x) && feedbackBudget-- > 0) {
            sources.get(node.p() % sources.size()).emit(num(x) + 1);
        }
    }

    private Stream<?> zipWithLiteral(Node node) {
        Stream<?>[] others = others(node);
        Object[] arguments = new Object[others.length + 1];
        arguments[0] = "lit" + node.p();
        System.arraycopy(others, 0, arguments, 1, others.length);
        return in(node, 0).zip(arguments);
    }

    private Stream<?> combineLatestOn(Node node) {
        List<Stream<?>> emitOn = new ArrayList<>();
        for (int input : GraphModel.emitOn(node)) {
            emitOn.add(streams.get(input));
        }
        return in(node, 0).combineLatest(List.of(others(node)), emitOn);
    }

    private Sink<?> registered(Sink<?> sink) {
        sinks.add(sink);
        return sink;
    }
}
