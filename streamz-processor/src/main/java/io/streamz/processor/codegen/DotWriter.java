package io.streamz.processor.codegen;

import io.streamz.processor.model.Edge;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import java.util.List;

/**
 * The pipeline's graph in Graphviz DOT, written next to the generated class so a build can show
 * the topology without running it. Nodes in declaration order, labelled {@code map: parse} with
 * streamz's shapes; a branch point numbers its out-edges in branch order, as streamz does.
 */
public final class DotWriter {
    private DotWriter() {}

    public static String dot(PipelineModel model) {
        StringBuilder dot = new StringBuilder();
        dot.append("digraph \"")
                .append(String.join(".", model.pipeline().simpleNames()))
                .append("\" {\n");
        dot.append("    graph [rankdir=LR]\n");
        for (Stage stage : model.stages()) {
            dot.append("    \"")
                    .append(stage.name())
                    .append("\" [label=\"")
                    .append(stage.label())
                    .append("\" shape=")
                    .append(stage.kind().shape())
                    .append("]\n");
        }
        for (Stage stage : model.stages()) {
            List<Edge> edges = model.downstreams(stage);
            for (int i = 0; i < edges.size(); i++) {
                Edge edge = edges.get(i);
                dot.append("    \"")
                        .append(stage.name())
                        .append("\" -> \"")
                        .append(edge.to().name())
                        .append('"');
                if (edges.size() > 1) {
                    dot.append(" [label=").append(i).append(']');
                }
                dot.append('\n');
            }
        }
        return dot.append("}\n").toString();
    }
}
