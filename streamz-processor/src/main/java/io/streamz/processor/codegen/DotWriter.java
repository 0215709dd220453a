package io.streamz.processor.codegen;

import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pipeline's graph in Graphviz DOT: the text of the {@code .dot} file written next to the
 * generated class and of its {@code topologyDot()}. It follows the runtime's {@code
 * Stream.toDot()} convention line for line (docs/observability.md, "Topology"): nodes {@code n0},
 * {@code n1}, ... numbered breadth-first along downstreams from the sources in declaration order,
 * the same labels, shapes and attributes, edges numbered at a branch point; the pipeline's name
 * and {@code rankdir=LR} as graph attributes. What only a generated pipeline has: each fused
 * method is a cluster named after the method, listing its stages. An {@code @OnFailure} sink is
 * drawn as the twin builds it: a stream named after the sink, reached from each stage routing to
 * it by a dashed edge labelled {@code failures}, and the sink after it. {@code DotStyleTest} in
 * streamz-it checks the two against each other.
 */
public final class DotWriter {
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|-?[0-9]+(\\.[0-9]+)?");

    private final Fusion fusion;
    private final PipelineModel model;
    private final Names names;
    private final Map<Object, Integer> ids = new HashMap<>();

    private DotWriter(Fusion fusion, Names names) {
        this.fusion = fusion;
        this.model = fusion.model();
        this.names = names;
    }

    /** The DOT text of {@code fusion}'s pipeline. */
    public static String dot(Fusion fusion) {
        return new DotWriter(fusion, Names.of(fusion.model())).text();
    }

    /** The DOT text of the pipeline {@code g} generates. */
    static String dot(Generation g) {
        return new DotWriter(g.fusion(), g.names()).text();
    }

    private String text() {
        List<Object> order = numbered();
        StringBuilder dot = new StringBuilder("digraph {\n");
        dot.append("\tgraph [label=")
                .append(id(String.join(".", model.pipeline().simpleNames())))
                .append(" rankdir=LR]\n");
        for (Object node : order) {
            dot.append("\tn").append(ids.get(node)).append(" [label=").append(id(label(node)));
            StageKind kind = node instanceof Stage stage ? stage.kind() : StageKind.SINK;
            if (node instanceof ErrorStream) {
                dot.append(" shape=ellipse");
            } else {
                dot.append(" shape=").append(id(kind.shape()));
                if (kind.orientation() != 0) {
                    dot.append(" orientation=").append(kind.orientation());
                }
            }
            dot.append(" style=\"rounded,filled\" fillcolor=white]\n");
        }
        int cluster = 0;
        // a keyed pipeline runs on an engine, not in fused methods: no clusters
        for (Segment segment : model.isKeyed() ? List.<Segment>of() : fusion.segments()) {
            dot.append("\tsubgraph cluster_").append(cluster++).append(" {\n");
            dot.append("\t\tlabel=")
                    .append(id(names.segmentMethod(segment.first())))
                    .append('\n');
            for (Stage stage : segment.stages()) {
                dot.append("\t\tn").append(ids.get(stage)).append('\n');
            }
            dot.append("\t}\n");
        }
        for (Object node : order) {
            List<Object> next = downstreams(node);
            for (int i = 0; i < next.size(); i++) {
                dot.append("\tn").append(ids.get(node)).append(" -> n").append(ids.get(next.get(i)));
                if (next.size() > 1) {
                    dot.append(" [label=").append(i).append(']');
                }
                dot.append('\n');
            }
            ErrorStream route = route(node);
            if (route != null) {
                dot.append("\tn")
                        .append(ids.get(node))
                        .append(" -> n")
                        .append(ids.get(route))
                        .append(" [label=failures style=dashed]\n");
            }
        }
        return dot.append("}\n").toString();
    }

    /**
     * The runtime's numbering: breadth-first along downstreams, then error routes, from each
     * source, then the rest.
     */
    private List<Object> numbered() {
        List<Object> starts = new ArrayList<>(model.sources());
        starts.addAll(model.stages());
        List<Object> order = new ArrayList<>();
        Map<Object, Boolean> seen = new HashMap<>();
        for (Object start : starts) {
            ArrayDeque<Object> queue = new ArrayDeque<>();
            if (seen.put(start, Boolean.TRUE) == null) {
                queue.add(start);
            }
            while (!queue.isEmpty()) {
                Object node = queue.poll();
                ids.put(node, order.size());
                order.add(node);
                List<Object> next = downstreams(node);
                ErrorStream route = route(node);
                if (route != null) {
                    next.add(route);
                }
                for (Object downstream : next) {
                    if (seen.put(downstream, Boolean.TRUE) == null) {
                        queue.add(downstream);
                    }
                }
            }
        }
        return order;
    }

    /**
     * A node's downstreams in declaration order: a stage's, or an error route's sink after its
     * stream (as the twin builds them, {@code FailureRoutes.addTwinMembers}).
     */
    private List<Object> downstreams(Object node) {
        List<Object> next = new ArrayList<>();
        if (node instanceof Stage stage) {
            for (Edge edge : model.downstreams(stage)) {
                next.add(edge.to());
            }
        } else if (node instanceof ErrorStream errors) {
            next.add(errors.sink());
        }
        return next;
    }

    /** The error stream a stage routes its failures to, or {@code null}. */
    private ErrorStream route(Object node) {
        FailureSink sink = node instanceof Stage stage ? model.failureRoute(stage) : null;
        return sink == null ? null : new ErrorStream(sink);
    }

    private static String label(Object node) {
        if (node instanceof Stage stage) {
            return Generation.unit(stage).dotLabel(stage);
        }
        if (node instanceof ErrorStream errors) {
            return errors.sink().name() + "; Stream";
        }
        return ((FailureSink) node).label();
    }

    /** The twin's stream of an {@code @OnFailure} sink's failures, the node its routes point at. */
    private record ErrorStream(FailureSink sink) {}

    /** A DOT identifier: bare when it is a plain name or number, otherwise quoted and escaped. */
    static String id(String text) {
        if (PLAIN_ID.matcher(text).matches()) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
