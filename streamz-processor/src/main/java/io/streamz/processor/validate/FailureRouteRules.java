package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.FailureSinkDecl;
import io.streamz.processor.read.PipelineReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The error route: each {@code @OnFailure} method is {@code void name(FailedElement failure)},
 * not also a stage, and names stages that exist, that run user code the route covers (map,
 * filter, accumulate, sink, asynchronous too, mapAsync) and that no other {@code @OnFailure} names; one without
 * {@code from} takes every such stage no other names. Resolves which sink each stage routes to.
 */
final class FailureRouteRules {
    /** The element type of the error route, in the runtime. */
    static final String FAILED_ELEMENT = "io.streamz.FailedElement";

    private FailureRouteRules() {}

    /** The stage names routed, each to the name of its {@code @OnFailure} method, in stage order. */
    static Map<String, String> check(PipelineUnderCheck p, List<FailureSinkDecl> sinks) {
        Map<String, FailureSinkDecl> routedBy = new LinkedHashMap<>();
        FailureSinkDecl catchAll = null;
        for (FailureSinkDecl sink : sinks) {
            if (!PipelineReader.stageAnnotations(sink.method()).isEmpty()) {
                p.error(
                        sink.method(),
                        sink.annotation(),
                        ProblemCode.ON_FAILURE_ON_STAGE,
                        "method '" + sink.name() + "' is a stage and an @OnFailure sink; the error route is a"
                                + " method of its own. Declare another method for it:"
                                + " @OnFailure void failed(FailedElement failure);");
                continue;
            }
            checkSignature(p, sink);
            if (sink.from().isEmpty()) {
                if (catchAll != null) {
                    p.error(
                            sink.method(),
                            sink.annotation(),
                            ProblemCode.ON_FAILURE_ROUTED_TWICE,
                            "@OnFailure sinks '" + catchAll.name() + "' and '" + sink.name() + "' both take"
                                    + " every stage (no from); a stage routes to one sink. Name the stages"
                                    + " of one of them in from.");
                } else {
                    catchAll = sink;
                }
                continue;
            }
            List<AnnotationValue> values = fromValues(sink);
            for (int i = 0; i < sink.from().size(); i++) {
                claim(p, sink, sink.from().get(i), i < values.size() ? values.get(i) : null, routedBy);
            }
        }
        Map<String, String> routes = new LinkedHashMap<>();
        for (StageView stage : p.stages()) {
            FailureSinkDecl sink = routedBy.get(stage.name());
            if (sink == null && catchAll != null && canRoute(stage)) {
                sink = catchAll;
            }
            if (sink != null) {
                routes.put(stage.name(), sink.name());
            }
        }
        return routes;
    }

    private static void claim(
            PipelineUnderCheck p,
            FailureSinkDecl sink,
            String name,
            AnnotationValue value,
            Map<String, FailureSinkDecl> routedBy) {
        Optional<StageView> stage = p.stage(name);
        if (stage.isEmpty()) {
            p.error(
                    sink.method(),
                    sink.annotation(),
                    value,
                    ProblemCode.ON_FAILURE_UNKNOWN_STAGE,
                    "@OnFailure(from = \"" + name + "\") names no stage in " + p.simpleName() + "."
                            + Spelling.suggestion(name, p.stageNames(), "stages"));
            return;
        }
        if (!canRoute(stage.get())) {
            p.error(
                    sink.method(),
                    sink.annotation(),
                    value,
                    ProblemCode.ON_FAILURE_CANNOT_ROUTE,
                    stage.get().describe() + " cannot route its failures to '" + sink.name() + "': only"
                            + " stages running user code can (@Map, @Filter, @Accumulate, @MapAsync and @Sink)."
                            + " Route a stage before or after it, or leave it out of from.");
            return;
        }
        FailureSinkDecl earlier = routedBy.putIfAbsent(name, sink);
        if (earlier != null) {
            p.error(
                    sink.method(),
                    sink.annotation(),
                    value,
                    ProblemCode.ON_FAILURE_ROUTED_TWICE,
                    "stage '" + name + "' is routed "
                            + (earlier == sink
                                    ? "twice by '" + sink.name() + "'"
                                    : "by '" + earlier.name() + "' already")
                            + "; a stage routes its failures to one @OnFailure sink. Name it once.");
        }
    }

    /** Whether {@code stage}'s failures can be routed: map, filter, accumulate, mapAsync, sink (asynchronous too). */
    static boolean canRoute(StageView stage) {
        StageKind kind = stage.kind();
        return kind == StageKind.MAP
                || kind == StageKind.FILTER
                || kind == StageKind.ACCUMULATE
                || kind == StageKind.MAP_ASYNC
                || kind == StageKind.SINK;
    }

    private static void checkSignature(PipelineUnderCheck p, FailureSinkDecl sink) {
        ExecutableElement method = sink.method();
        List<String> wrong = new ArrayList<>();
        if (method.getModifiers().contains(Modifier.STATIC)
                || method.getModifiers().contains(Modifier.PRIVATE)) {
            wrong.add("is static or private");
        }
        if (!method.getTypeParameters().isEmpty()) {
            wrong.add("declares type parameters");
        }
        if (method.getParameters().size() != 1
                || !isFailedElement(method.getParameters().get(0).asType())) {
            wrong.add("does not take exactly one " + FAILED_ELEMENT);
        }
        if (method.getReturnType().getKind() != TypeKind.VOID) {
            wrong.add("returns " + TypeText.of(method.getReturnType()));
        }
        for (TypeMirror thrown : method.getThrownTypes()) {
            if (MethodRules.isChecked(p, thrown)) {
                wrong.add("throws checked " + TypeText.of(thrown));
            }
        }
        if (!wrong.isEmpty()) {
            p.error(
                    method,
                    sink.annotation(),
                    ProblemCode.ON_FAILURE_SIGNATURE,
                    "@OnFailure sink '" + sink.name() + "' " + String.join(", ", wrong) + "; an error route is"
                            + " void " + sink.name() + "(FailedElement failure), abstract (a"
                            + " Consumer<FailedElement> set on the builder) or default (its body).");
        }
    }

    private static boolean isFailedElement(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement())
                        .getQualifiedName()
                        .contentEquals(FAILED_ELEMENT);
    }

    private static List<AnnotationValue> fromValues(FailureSinkDecl sink) {
        List<AnnotationValue> values = new ArrayList<>();
        sink.annotation().getElementValues().forEach((key, value) -> {
            if (key.getSimpleName().contentEquals("from")) {
                if (value.getValue() instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof AnnotationValue v) {
                            values.add(v);
                        }
                    }
                } else {
                    values.add(value);
                }
            }
        });
        return values;
    }
}
