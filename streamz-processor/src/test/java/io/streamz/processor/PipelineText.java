package io.streamz.processor;

import io.streamz.processor.RandomPipeline.Call;
import io.streamz.processor.RandomPipeline.Case;
import io.streamz.processor.RandomPipeline.Kind;
import io.streamz.processor.RandomPipeline.Stage;
import io.streamz.processor.RandomPipeline.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link RandomPipeline} as the Java source of a {@code @Pipeline} interface: sources are
 * {@code src0, src1}, every other stage {@code s<index>}; user functions throw for some values,
 * and {@code MAP_REENTER} stages call a source of the pipeline again (re-entrant emits).
 */
final class PipelineText {
    static final String PACKAGE = "rnd";
    static final String NAME = "Random";

    private PipelineText() {}

    static String source(Case c) {
        Type[] types = RandomPipeline.types(c.stages());
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n");
        out.append("import io.streamz.Accumulated;\nimport io.streamz.annotations.*;\n");
        out.append("import java.util.List;\nimport java.util.concurrent.CompletableFuture;\n");
        out.append("import java.util.concurrent.CompletionStage;\n\n");
        out.append("@Pipeline\npublic interface ").append(NAME).append(" {\n");
        List<String> names = names(c.stages());
        for (int i = 0; i < c.stages().size(); i++) {
            Stage stage = c.stages().get(i);
            List<Type> in = new ArrayList<>();
            stage.from().forEach(from -> in.add(types[from]));
            out.append(stage(i, stage, in, names, c.futures())).append('\n');
        }
        return out.append("}\n").toString();
    }

    static String show(Case c) {
        StringBuilder calls = new StringBuilder();
        for (Call call : c.calls()) {
            calls.append("src")
                    .append(call.source())
                    .append('(')
                    .append(call.value())
                    .append(')')
                    .append(call.advanceMs() == 0 ? "" : " +" + call.advanceMs() + "ms")
                    .append("; ");
        }
        return source(c) + "calls: " + calls;
    }

    private static List<String> names(List<Stage> stages) {
        List<String> names = new ArrayList<>();
        int sources = 0;
        for (int i = 0; i < stages.size(); i++) {
            names.add(stages.get(i).kind() == Kind.SOURCE ? "src" + sources++ : "s" + i);
        }
        return names;
    }

    private static String from(Stage stage, List<String> names, int index) {
        if (stage.from().size() == 1) {
            int from = stage.from().get(0);
            // the default upstream is the stage declared just before: leave it out now and then
            return from == index - 1 && stage.p() % 2 == 0 ? "" : "from = \"" + names.get(from) + "\"";
        }
        List<String> quoted = new ArrayList<>();
        stage.from().forEach(from -> quoted.add('"' + names.get(from) + '"'));
        return "from = {" + String.join(", ", quoted) + "}";
    }

    private static String annotation(String name, String... arguments) {
        List<String> present = new ArrayList<>();
        for (String argument : arguments) {
            if (!argument.isEmpty()) {
                present.add(argument);
            }
        }
        return "    @" + name + (present.isEmpty() ? "" : "(" + String.join(", ", present) + ")") + " ";
    }

    private static String stage(int index, Stage stage, List<Type> in, List<String> names, boolean futures) {
        String n = names.get(index);
        String from = from(stage, names, index);
        String t = in.isEmpty() ? "" : in.get(0).java;
        int k = stage.p();
        return switch (stage.kind()) {
            case SOURCE -> "    @Source " + (futures ? "CompletionStage<Void>" : "void") + " " + n + "(int x);";
            case MAP_ADD -> annotation("Map", from) + "default int " + n + "(int x) { return x + " + (k + 1) + "; }";
            case MAP_BOOM ->
                annotation("Map", from) + "default int " + n + "(int x) {\n        if (Math.floorMod(x, "
                        + (k + 3) + ") == 1) { throw new IllegalStateException(\"" + n + " refuses \" + x); }\n"
                        + "        return x * 2;\n    }";
            case MAP_REENTER ->
                annotation("Map", from) + "default int " + n + "(int x) {\n"
                        + "        if (Math.floorMod(x, 7) == 3 && x < 40) { " + reentered(names, k) + "(x + 10); }\n"
                        + "        return x - 1;\n    }";
            case MAP_PAIR ->
                annotation("Map", from) + "default List<Integer> " + n + "(int x) { return List.of(x, x + " + k
                        + "); }";
            case MAP_SIZE ->
                annotation("Map", from) + "default int " + n + "(" + t
                        + " x) { return x.size() * 100 + String.valueOf(x).length(); }";
            case MAP_OBJ ->
                annotation("Map", from) + "default int " + n + "(Object x) { return String.valueOf(x)" + ".length(); }";
            case FILTER ->
                annotation("Filter", from) + "default boolean " + n + "(int x) { return Math.floorMod(x, " + (k + 2)
                        + ") != 0; }";
            case ACC ->
                annotation("Accumulate", from) + "default int " + n + "(int acc, int x) {\n" + refuse13(n)
                        + "        return acc + x;\n    }";
            case ACC_START ->
                annotation("Accumulate", from, "start = \"" + n + "Start\"") + "default int " + n
                        + "(int acc, int x) {\n" + refuse13(n) + "        return acc * 2 - x;\n    }\n\n    static int "
                        + n + "Start() { return " + k + "; }";
            case ACC_STATE ->
                annotation("Accumulate", from, "returnsState = true")
                        + "default Accumulated<Integer, Integer> " + n + "(Integer acc, Integer x) {\n" + refuse13(n)
                        + "        return Accumulated.of(acc + 1, acc * 10 + x);\n    }";
            case FLATTEN -> annotation("Flatten", from) + "int " + n + "(List<Integer> x);";
            case FLATTEN_TUPLE -> annotation("Flatten", from) + "Object " + n + "(List<Object> x);";
            case PARTITION -> annotation("Partition", from, "value = " + (k + 1)) + "List<Integer> " + n + "(int x);";
            case PARTITION_KEY ->
                annotation("Partition", from, "value = " + (k + 1), "key = \"" + n + "Key\"")
                        + "List<Integer> " + n + "(int x);\n\n    default int " + n
                        + "Key(int x) { return Math.floorMod(x, "
                        + (stage.q() + 2) + "); }";
            case SLIDING ->
                annotation("SlidingWindow", from, "value = " + (k + 1), "returnPartial = " + (stage.q() % 2 == 1))
                        + "List<Integer> " + n + "(int x);";
            case UNION -> annotation("Union", from) + t + " " + n + "(" + t + " x);";
            case UNIQUE -> annotation("Unique", from, "history = " + k) + t + " " + n + "(" + t + " x);";
            case UNIQUE_KEY ->
                annotation("Unique", from, "history = " + k, "key = \"" + n + "Key\"") + "int " + n
                        + "(int x);\n\n    default int " + n + "Key(int x) { return Math.floorMod(x, " + (stage.q() + 2)
                        + "); }";
            case ZIP -> annotation("Zip", from) + "List<Object> " + n + "(" + parameters(in) + ");";
            case ZIP_FN ->
                annotation("Zip", from) + "default int " + n + "(" + parameters(in) + ") { return "
                        + "java.util.Objects.hash(" + arguments(in) + ") % 1000; }";
            case COMBINE -> annotation("CombineLatest", from) + "List<Object> " + n + "(" + parameters(in) + ");";
            case COMBINE_ON ->
                annotation(
                                "CombineLatest",
                                from,
                                "emitOn = \"" + names.get(stage.from().get(k % in.size())) + "\"")
                        + "List<Object> " + n + "(" + parameters(in) + ");";
            case ZIP_LATEST -> annotation("ZipLatest", from) + "List<Object> " + n + "(" + parameters(in) + ");";
            case BUFFER -> annotation("Buffer", from, "value = " + (k + 1)) + t + " " + n + "(" + t + " x);";
            case LATEST -> annotation("Latest", from) + t + " " + n + "(" + t + " x);";
            case KEY_BY ->
                annotation("KeyBy", from, "key = \"" + n + "Key\"") + "int " + n + "(int x);\n\n    default int " + n
                        + "Key(int x) { return Math.floorMod(x, " + (k + 2) + "); }";
            case DELAY -> annotation("Delay", from, "value = " + (k + 1) * 100) + t + " " + n + "(" + t + " x);";
            case RATE_LIMIT ->
                annotation("RateLimit", from, "value = " + (k + 1) * 100) + t + " " + n + "(" + t + " x);";
            case TIMED_WINDOW ->
                annotation("TimedWindow", from, "value = " + (k + 1) * 250) + "List<Integer> " + n + "(int x);";
            case MAP_ASYNC ->
                annotation("MapAsync", from, "value = " + (k + 1)) + "default CompletionStage<Integer> "
                        + n + "(int x) {\n" + refuse13(n) + "        return Math.floorMod(x, 5) == 4\n"
                        + "                ? CompletableFuture.failedFuture(new IllegalArgumentException(\"" + n
                        + " fails \" + x))\n                : CompletableFuture.completedFuture(x + 1);\n    }";
            case SINK -> annotation("Sink", from) + "void " + n + "(" + t + " x);";
            case ASYNC_SINK -> annotation("Sink", from) + "CompletionStage<Void> " + n + "(" + t + " x);";
        };
    }

    private static String reentered(List<String> names, int k) {
        long sources = names.stream().filter(name -> name.startsWith("src")).count();
        return "src" + (k % sources);
    }

    private static String refuse13(String n) {
        return "        if (x == 13) { throw new IllegalStateException(\"" + n + " refuses 13\"); }\n";
    }

    private static String parameters(List<Type> in) {
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            parameters.add(in.get(i).java + " a" + i);
        }
        return String.join(", ", parameters);
    }

    private static String arguments(List<Type> in) {
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            arguments.add("a" + i);
        }
        return String.join(", ", arguments);
    }
}
