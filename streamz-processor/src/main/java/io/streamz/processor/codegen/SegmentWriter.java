package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the fused code: one private method per {@link Segment}, each stage a few statements on
 * locals named after the stages, a filter an early {@code return}, state in fields named after
 * the stages. A value leaving a segment is handed to the next segments' methods, or offered to
 * a join, in branch order.
 */
final class SegmentWriter {
    private final Fusion fusion;
    private final Names names;

    SegmentWriter(Fusion fusion, Names names) {
        this.fusion = fusion;
        this.names = names;
    }

    /** A named value in the generated method: a local or a parameter, and its type. */
    private record Value(String name, TypeName type) {}

    MethodSpec segmentMethod(Segment segment) {
        NameAllocator locals = Names.locals();
        Stage first = segment.first();
        String parameter = locals.newName(parameterName(first), "input");
        CodeBlock.Builder body = CodeBlock.builder();
        Value value = new Value(parameter, segment.inputType());
        for (Stage stage : segment.stages()) {
            value = writeStage(stage, value, body, locals);
        }
        if (value != null) {
            writeExits(segment.last(), value, body, locals);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.segmentMethod(first))
                .addJavadoc("Fused: $L.\n", segment.describe())
                .addModifiers(Modifier.PRIVATE)
                .addParameter(segment.inputType(), parameter)
                .addCode(body.build());
        return method.build();
    }

    /** The body of a {@code @Source} method: hands its parameter to every downstream. */
    CodeBlock sourceBody(Stage source) {
        CodeBlock.Builder body = CodeBlock.builder();
        NameAllocator locals = Names.locals();
        String parameter = locals.newName(source.parameterNames().get(0), "input");
        writeExits(source, new Value(parameter, source.outputType()), body, locals);
        return body.build();
    }

    private String parameterName(Stage first) {
        if (first.kind() == StageKind.UNION || (first.kind().isJoin() && !first.userBody())) {
            return first.name();
        }
        if (first.kind().isJoin()) {
            return "tuple";
        }
        Stage upstream = fusion.model().upstream(first);
        return upstream.kind() == StageKind.SOURCE ? upstream.parameterNames().get(0) : upstream.name();
    }

    /** Writes one stage; returns the value it passes on, or {@code null} for a sink. */
    private Value writeStage(Stage stage, Value in, CodeBlock.Builder body, NameAllocator locals) {
        switch (stage.kind()) {
            case MAP:
                return local(stage, locals, body, CodeBlock.of("$N($N)", stage.name(), in.name()));
            case FILTER:
                returnUnless(body, CodeBlock.of("$N($N)", stage.name(), in.name()));
                return in;
            case ACCUMULATE:
                return new Value(new AccumulateWriter(names).write(stage, in.name(), body, locals), stage.outputType());
            case SINK:
                if (stage.userBody()) {
                    body.addStatement("$N($N)", stage.name(), in.name());
                } else {
                    body.addStatement("this.$N.accept($N)", names.field(stage), in.name());
                }
                return null;
            case UNIQUE:
                returnUnless(body, CodeBlock.of("this.$N.firstSeen($L)", names.field(stage), keyOf(stage, in)));
                return in;
            case SLIDING_WINDOW:
                return window(stage, CodeBlock.of("this.$N.add($N)", names.field(stage), in.name()), body, locals);
            case PARTITION:
                CodeBlock add = stage.options().key() == null
                        ? CodeBlock.of("this.$N.add($N)", names.field(stage), in.name())
                        : CodeBlock.of("this.$N.add($L, $N)", names.field(stage), keyOf(stage, in), in.name());
                return window(stage, add, body, locals);
            case ZIP:
            case COMBINE_LATEST:
            case ZIP_LATEST:
                if (!stage.userBody()) {
                    return in;
                }
                return local(stage, locals, body, CodeBlock.of("$N($N)", names.tupleReader(stage), in.name()));
            case FLATTEN:
            case UNION:
                return in;
            default:
                throw new IllegalArgumentException("a segment cannot hold " + stage.kind());
        }
    }

    private Value local(Stage stage, NameAllocator locals, CodeBlock.Builder body, CodeBlock init) {
        String local = locals.newName(stage.name(), stage);
        body.addStatement("$T $N = $L", stage.outputType(), local, init);
        return new Value(local, stage.outputType());
    }

    private Value window(Stage stage, CodeBlock add, CodeBlock.Builder body, NameAllocator locals) {
        Value window = local(stage, locals, body, add);
        body.beginControlFlow("if ($N == null)", window.name())
                .addStatement("return")
                .endControlFlow();
        return window;
    }

    private static void returnUnless(CodeBlock.Builder body, CodeBlock condition) {
        body.beginControlFlow("if (!$L)", condition)
                .addStatement("return")
                .endControlFlow();
    }

    private static CodeBlock keyOf(Stage stage, Value in) {
        String key = stage.options().key();
        return key == null ? CodeBlock.of("$N", in.name()) : CodeBlock.of("$N($N)", key, in.name());
    }

    private void writeExits(Stage stage, Value value, CodeBlock.Builder body, NameAllocator locals) {
        List<Edge> exits = fusion.exits(stage);
        if (stage.kind() == StageKind.FLATTEN) {
            String element = locals.newName(stage.name(), "element");
            body.beginControlFlow("for ($T $N : $N)", stage.outputType(), element, value.name());
            handOver(exits, element, body);
            body.endControlFlow();
        } else {
            handOver(exits, value.name(), body);
        }
    }

    private void handOver(List<Edge> exits, String value, CodeBlock.Builder body) {
        for (Edge exit : exits) {
            Stage target = exit.to();
            if (target.kind().isJoin()) {
                body.addStatement("this.$N.offer($L, $N)", names.field(target), exit.port(), value);
            } else {
                body.addStatement("$N($N)", names.segmentMethod(target), value);
            }
        }
    }

    /**
     * The method applying a default join method to a tuple: {@code pairs((String) tuple.get(0), ...)}.
     * Shared by the fused class and the twin.
     */
    static MethodSpec tupleReader(Stage join, Names names) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        boolean unchecked = false;
        for (int i = 0; i < join.parameterTypes().size(); i++) {
            TypeName type = join.parameterTypes().get(i);
            unchecked |= RuntimeTypes.uncheckedCast(type);
            arguments.add(i == 0 ? "" : ", ").add("($T) tuple.get($L)", type, i);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.tupleReader(join))
                .addJavadoc("Calls {@code $N} with the members of a tuple, in {@code from} order.\n", join.name())
                .addModifiers(Modifier.PRIVATE)
                .returns(join.outputType())
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.OBJECT), "tuple")
                .addStatement("return $N($L)", join.name(), arguments.build());
        if (unchecked) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        return method.build();
    }
}
