package io.streamz;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Renders a stream graph as Graphviz DOT (streamz's {@code visualize}). The output is
 * deterministic and the same whichever node of the graph asks: the connected component is
 * numbered breadth-first along downstreams (in attach order) from its sources (nodes with no
 * upstream) in creation order, then from the oldest node a cycle left unnumbered. A stage's
 * error route ({@link Stream#routeFailuresTo}) is a dashed edge labelled {@code failures} after
 * its downstream edges, followed like one: the error stream and what hangs off it are part of the
 * graph (an error stream does not know who routes to it, so drawn from its own side they are
 * not), and an error stream reached only by routes is not a source.
 */
final class DotWriter {
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|-?[0-9]+(\\.[0-9]+)?");
    private static final Set<String> IMAGE_FORMATS = Set.of("png", "svg", "pdf", "jpg", "jpeg");

    private DotWriter() {}

    static String toDot(Stream<?> start, Map<String, String> graphAttributes) {
        List<Stream<?>> order = number(component(start));
        Map<Stream<?>, Integer> ids = new IdentityHashMap<>();
        for (Stream<?> node : order) {
            ids.put(node, ids.size());
        }
        StringBuilder dot = new StringBuilder("digraph {\n");
        if (!graphAttributes.isEmpty()) {
            dot.append("\tgraph [")
                    .append(attributes(new TreeMap<>(graphAttributes)))
                    .append("]\n");
        }
        for (Stream<?> node : order) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("label", node.label());
            attributes.put("shape", node.graphvizShape());
            if (node.graphvizOrientation() != 0) {
                attributes.put("orientation", String.valueOf(node.graphvizOrientation()));
            }
            attributes.put("style", "rounded,filled");
            attributes.put("fillcolor", "white");
            dot.append("\tn")
                    .append(ids.get(node))
                    .append(" [")
                    .append(attributes(attributes))
                    .append("]\n");
        }
        for (Stream<?> node : order) {
            List<Stream<?>> downstreams = node.downstreams();
            for (int i = 0; i < downstreams.size(); i++) {
                dot.append("\tn").append(ids.get(node)).append(" -> n").append(ids.get(downstreams.get(i)));
                if (downstreams.size() > 1) {
                    dot.append(" [label=").append(i).append(']');
                }
                dot.append('\n');
            }
            Stream<?> route = node.failureRouteTarget();
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

    /** Every node connected to {@code start}, upstream, downstream or by an error route. */
    private static List<Stream<?>> component(Stream<?> start) {
        Map<Stream<?>, Boolean> seen = new IdentityHashMap<>();
        List<Stream<?>> found = new ArrayList<>();
        ArrayDeque<Stream<?>> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            Stream<?> node = todo.pop();
            if (seen.put(node, Boolean.TRUE) != null) {
                continue;
            }
            found.add(node);
            List<Stream<?>> neighbours = next(node);
            neighbours.addAll(0, node.upstreams());
            for (int i = neighbours.size() - 1; i >= 0; i--) {
                todo.push(neighbours.get(i));
            }
        }
        return found;
    }

    /** A node's downstreams in attach order, then its error route. */
    private static List<Stream<?>> next(Stream<?> node) {
        List<Stream<?>> next = new ArrayList<>(node.downstreams());
        Stream<?> route = node.failureRouteTarget();
        if (route != null) {
            next.add(route);
        }
        return next;
    }

    /**
     * Breadth-first along downstreams and error routes from the sources, then from nodes only a
     * cycle reaches.
     */
    private static List<Stream<?>> number(List<Stream<?>> component) {
        component.sort(Comparator.comparingLong(Stream::serial));
        Map<Stream<?>, Boolean> routedTo = new IdentityHashMap<>();
        for (Stream<?> node : component) {
            Stream<?> route = node.failureRouteTarget();
            if (route != null) {
                routedTo.put(route, Boolean.TRUE);
            }
        }
        Map<Stream<?>, Boolean> numbered = new IdentityHashMap<>();
        List<Stream<?>> order = new ArrayList<>();
        List<Stream<?>> starts = new ArrayList<>();
        for (Stream<?> node : component) {
            if (node.upstreams().isEmpty() && !routedTo.containsKey(node)) {
                starts.add(node);
            }
        }
        starts.addAll(component);
        for (Stream<?> start : starts) {
            ArrayDeque<Stream<?>> queue = new ArrayDeque<>();
            if (numbered.put(start, Boolean.TRUE) == null) {
                queue.add(start);
            }
            while (!queue.isEmpty()) {
                Stream<?> node = queue.poll();
                order.add(node);
                for (Stream<?> downstream : next(node)) {
                    if (numbered.put(downstream, Boolean.TRUE) == null) {
                        queue.add(downstream);
                    }
                }
            }
        }
        return order;
    }

    private static String attributes(Map<String, String> attributes) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(id(attribute.getKey())).append('=').append(id(attribute.getValue()));
        }
        return text.toString();
    }

    /** A DOT identifier: bare when it is a plain name or number, otherwise quoted and escaped. */
    static String id(String text) {
        if (PLAIN_ID.matcher(text).matches()) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /**
     * Writes {@code dot} to {@code file}, as is for {@code .dot}, or rendered by the {@code dot}
     * binary found on {@code searchPath} for an image format.
     */
    static Path write(String dot, Path file, String searchPath) throws IOException {
        String name = file.getFileName().toString();
        int dotAt = name.lastIndexOf('.');
        String format = dotAt < 0 ? "" : name.substring(dotAt + 1).toLowerCase(Locale.ROOT);
        if (format.equals("dot") || format.equals("gv")) {
            Files.writeString(file, dot, StandardCharsets.UTF_8);
            return file;
        }
        if (!IMAGE_FORMATS.contains(format)) {
            throw new IllegalArgumentException(
                    "cannot tell the format of " + file + ": use .dot, .gv, .png, .svg, .pdf, .jpg or .jpeg");
        }
        Path graphviz = findOnPath("dot", searchPath);
        if (graphviz == null) {
            throw new IllegalStateException("Graphviz 'dot' not found on PATH; install graphviz or write a .dot file");
        }
        render(graphviz, format, dot, file);
        return file;
    }

    private static void render(Path graphviz, String format, String dot, Path file) throws IOException {
        Process process = new ProcessBuilder(graphviz.toString(), "-T" + format, "-o", file.toString())
                .redirectErrorStream(true)
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Graphviz 'dot' did not finish within 60 s rendering " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while Graphviz rendered " + file, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("Graphviz 'dot' failed with exit code " + process.exitValue() + " rendering " + file
                    + ": " + output.strip());
        }
    }

    /** The executable {@code program} in one of the {@code searchPath} directories, or {@code null}. */
    static Path findOnPath(String program, String searchPath) {
        if (searchPath == null || searchPath.isEmpty()) {
            return null;
        }
        for (String directory : searchPath.split(Pattern.quote(File.pathSeparator))) {
            if (directory.isEmpty()) {
                continue;
            }
            for (String candidate : List.of(program, program + ".exe")) {
                Path path = Path.of(directory, candidate);
                if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                    return path;
                }
            }
        }
        return null;
    }
}
