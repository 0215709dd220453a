package io.streamz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** {@link Stream#start()} and {@link Stream#stop()}: walk upstream, start or stop each node once. */
final class Lifecycles {
    private Lifecycles() {}

    /** Starts every node upstream of {@code from}; if one fails, stops those this call started, then throws. */
    static void start(Stream<?> from) {
        List<Stream<?>> started = new ArrayList<>();
        for (Stream<?> node : upstreamClosure(from)) {
            try {
                if (node.startNode()) {
                    started.add(node);
                }
            } catch (RuntimeException | Error e) {
                for (Stream<?> undo : started) {
                    undo.stopNode();
                }
                throw e;
            }
        }
    }

    static void stop(Stream<?> from) {
        for (Stream<?> node : upstreamClosure(from)) {
            node.stopNode();
        }
    }

    /**
     * {@code from} and every node upstream of it, each once, upstreams before their downstreams
     * and in the order they were connected (a depth-first post-order; a cyclic graph, built with
     * {@code connect}, is walked once).
     */
    static List<Stream<?>> upstreamClosure(Stream<?> from) {
        Map<Stream<?>, Boolean> seen = new IdentityHashMap<>();
        List<Stream<?>> order = new ArrayList<>();
        ArrayDeque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(from));
        seen.put(from, Boolean.TRUE);
        while (!todo.isEmpty()) {
            Visit visit = todo.peek();
            if (visit.next < visit.upstreams.size()) {
                Stream<?> up = visit.upstreams.get(visit.next++);
                if (seen.put(up, Boolean.TRUE) == null) {
                    todo.push(new Visit(up));
                }
            } else {
                order.add(todo.pop().node);
            }
        }
        return order;
    }

    private static final class Visit {
        final Stream<?> node;
        final List<Stream<?>> upstreams;
        int next;

        Visit(Stream<?> node) {
            this.node = node;
            this.upstreams = node.upstreams();
        }
    }
}
