package io.streamz.processor.fuse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hand-built pipeline models for tests that run without javac. */
public final class Models {
    private final ClassName pipeline;
    private final List<Stage> stages = new ArrayList<>();
    private final Set<String> members = new LinkedHashSet<>();

    private Models(ClassName pipeline) {
        this.pipeline = pipeline;
    }

    public static Models pipeline(String packageName, String... simpleNames) {
        return new Models(ClassName.get(
                packageName, simpleNames[0], java.util.Arrays.copyOfRange(simpleNames, 1, simpleNames.length)));
    }

    public Models source(String name, TypeName type, String parameter) {
        return add(new Stage(
                name,
                StageKind.SOURCE,
                List.of(),
                List.of(type),
                List.of(parameter),
                TypeName.VOID,
                type,
                false,
                StageOptions.NONE));
    }

    public Models map(String name, String from, TypeName in, TypeName out) {
        return add(new Stage(
                name, StageKind.MAP, List.of(from), List.of(in), List.of("x"), out, out, true, StageOptions.NONE));
    }

    public Models filter(String name, String from, TypeName in) {
        return add(new Stage(
                name,
                StageKind.FILTER,
                List.of(from),
                List.of(in),
                List.of("x"),
                TypeName.BOOLEAN,
                output(from),
                true,
                StageOptions.NONE));
    }

    public Models accumulate(String name, String from, TypeName state, TypeName in, String start) {
        return add(new Stage(
                name,
                StageKind.ACCUMULATE,
                List.of(from),
                List.of(state, in),
                List.of("state", "x"),
                state,
                state,
                true,
                new StageOptions.Accumulate(start, false, false, state)));
    }

    public Models sink(String name, String from, TypeName in, boolean userBody) {
        return add(new Stage(
                name,
                StageKind.SINK,
                List.of(from),
                List.of(in),
                List.of("x"),
                TypeName.VOID,
                TypeName.VOID,
                userBody,
                StageOptions.NONE));
    }

    /** A sink returning {@code CompletionStage<Void>}: asynchronous. */
    public Models asyncSink(String name, String from, TypeName in, boolean userBody) {
        TypeName stage = ParameterizedTypeName.get(
                ClassName.get("java.util.concurrent", "CompletionStage"), ClassName.get(Void.class));
        return add(new Stage(
                name,
                StageKind.SINK,
                List.of(from),
                List.of(in),
                List.of("x"),
                stage,
                TypeName.VOID,
                userBody,
                StageOptions.NONE));
    }

    /** A {@code @MapAsync(parallelism)} default method returning {@code CompletionStage<out>}. */
    public Models mapAsync(String name, String from, TypeName in, TypeName out, int parallelism) {
        TypeName stage = ParameterizedTypeName.get(ClassName.get("java.util.concurrent", "CompletionStage"), out);
        return add(new Stage(
                name,
                StageKind.MAP_ASYNC,
                List.of(from),
                List.of(in),
                List.of("x"),
                stage,
                out,
                true,
                new StageOptions.MapAsync(parallelism)));
    }

    public Models flatten(String name, String from, TypeName iterable, TypeName element) {
        return add(new Stage(
                name,
                StageKind.FLATTEN,
                List.of(from),
                List.of(iterable),
                List.of("xs"),
                element,
                element,
                false,
                StageOptions.NONE));
    }

    public Models join(StageKind kind, String name, TypeName out, List<String> from, List<TypeName> in) {
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            parameters.add("x" + i);
        }
        return add(new Stage(name, kind, from, in, parameters, out, out, false, StageOptions.NONE));
    }

    /** A {@code @Zip} default method combining its inputs into {@code out}. */
    public Models zipWithBody(String name, TypeName out, List<String> from, List<TypeName> in) {
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            parameters.add("x" + i);
        }
        return add(new Stage(name, StageKind.ZIP, from, in, parameters, out, out, true, StageOptions.NONE));
    }

    public Models union(String name, TypeName type, String... from) {
        return add(new Stage(
                name,
                StageKind.UNION,
                List.of(from),
                List.of(type),
                List.of("x"),
                type,
                type,
                false,
                StageOptions.NONE));
    }

    /** A buffer ({@code size}) or a delay, rateLimit or timedWindow ({@code millis}); a timed window emits {@code out}. */
    public Models loopStage(StageKind kind, String name, String from, TypeName in, TypeName out, long value) {
        StageOptions options =
                kind == StageKind.BUFFER ? new StageOptions.Buffer((int) value) : new StageOptions.Interval(value);
        TypeName emitted = kind == StageKind.TIMED_WINDOW ? out : output(from);
        return add(new Stage(name, kind, List.of(from), List.of(in), List.of("x"), out, emitted, false, options));
    }

    public Models member(String name) {
        members.add(name);
        return this;
    }

    public PipelineModel build() {
        return new PipelineModel(pipeline, stages, members);
    }

    private TypeName output(String stage) {
        for (Stage s : stages) {
            if (s.name().equals(stage)) {
                return s.outputType();
            }
        }
        throw new IllegalArgumentException(stage);
    }

    private Models add(Stage stage) {
        stages.add(stage);
        members.add(stage.name());
        return this;
    }
}
