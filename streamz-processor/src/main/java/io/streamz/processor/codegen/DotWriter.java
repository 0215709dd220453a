package io.streamz.processor.codegen;

import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * method is a cluster named after the method, listing its stages. {@code DotStyleTest} in
 * streamz-it checks the two against each other.
 */
public final class DotWriter {
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|-?[0-9]+(\\.[0-9]+)?");

    private final Fusion fusion;
    private final PipelineModel model;
    private final Names names;
    private final Map<Stage, Integer> ids = new HashMap<>();

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
        List<Stage> order = numbered();
        StringBuilder dot = new StringBuilder("digraph {\n");
        dot.append("\tgraph [label=")
                .append(id(String.join(".", model.pipeline().simpleNames())))
                .append(" rankdir=LR]\n");
        for (Stage stage : order) {
            dot.append("\tn")
                    .append(ids.get(stage))
                    .append(" [label=")
                    .append(id(Generation.unit(stage).dotLabel(stage)));
            dot.append(" shape=").append(id(stage.kind().shape()));
            if (stage.kind().orientation() != 0) {
                dot.append(" orientation=").append(stage.kind().orientation());
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
        for (Stage stage : order) {
            List<Edge> edges = model.downstreams(stage);
            for (int i = 0; i < edges.size(); i++) {
                dot.append("\tn")
                        .append(ids.get(stage))
                        .append(" -> n")
                        .append(ids.get(edges.get(i).to()));
                if (edges.size() > 1) {
                    dot.append(" [label=").append(i).append(']');
                }
                dot.append('\n');
            }
        }
        return dot.append("}\n").toString();
    }

    /** The runtime's numbering: breadth-first along downstreams from each source, then the rest. */
    private List<Stage> numbered() {
        List<Stage> starts = new ArrayList<>(model.sources());
        starts.addAll(model.stages());
        List<Stage> order = new ArrayList<>();
        Map<Stage, Boolean> seen = new LinkedHashMap<>();
        for (Stage start : starts) {
            ArrayDeque<Stage> queue = new ArrayDeque<>();
            if (seen.put(start, Boolean.TRUE) == null) {
                queue.add(start);
            }
            while (!queue.isEmpty()) {
                Stage stage = queue.poll();
                ids.put(stage, order.size());
                order.add(stage);
                for (Edge edge : model.downstreams(stage)) {
                    if (seen.put(edge.to(), Boolean.TRUE) == null) {
                        queue.add(edge.to());
                    }
                }
            }
        }
        return order;
    }

    /** A DOT identifier: bare when it is a plain name or number, otherwise quoted and escaped. */
    static String id(String text) {
        if (PLAIN_ID.matcher(text).matches()) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
