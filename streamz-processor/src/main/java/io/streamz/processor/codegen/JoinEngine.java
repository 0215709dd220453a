package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The engine body of a join, per key: a zip keeps a FIFO per input ({@code QueueState}) and
 * emits when every input has a head; a combineLatest keeps the latest element per input
 * ({@code ValueState}) and emits, once every input has one, on an arrival of an emitting input;
 * a zipLatest keeps its lossless input's elements in a FIFO and the latest element of each other
 * input, and emits each lossless element once, with the latest of the others, once every other
 * input has one.
 * The tuple goes to the join's segment as the runtime's helpers hand it: an unmodifiable list in
 * {@code from} order.
 */
final class JoinEngine {
    private JoinEngine() {}

    /** The state of input {@code input} of {@code join}: {@code pairsIn0}. */
    static String stateName(Stage join, int input) {
        return join.name() + "In" + input;
    }

    /** Whether input {@code input} of {@code join} is a FIFO: every input of a zip, the lossless one of a zipLatest. */
    private static boolean queued(Stage join, boolean zip, int input) {
        return zip || (join.kind() == StageKind.ZIP_LATEST && input == 0);
    }

    static List<EngineState> states(EngineBody e, Stage join, boolean zipJoin) {
        List<EngineState> states = new ArrayList<>();
        for (int i = 0; i < join.upstreams().size(); i++) {
            boolean zip = queued(join, zipJoin, i);
            TypeName type =
                    e.generation().model().stage(join.upstreams().get(i)).outputType();
            CodeBlock codec = e.facts().codec(type);
            CodeBlock codecOrNull = codec == null ? CodeBlock.of("null") : codec;
            String name = stateName(join, i);
            states.add(new EngineState(
                    name,
                    e.generation().names().field(join) + "In" + i,
                    ParameterizedTypeName.get(
                            zip ? RuntimeTypes.QUEUE_STATE : RuntimeTypes.VALUE_STATE, ClassName.OBJECT),
                    zip ? "queue" : "value",
                    CodeBlock.of(
                            "$T.$N($S, $S, $L, $L)",
                            RuntimeTypes.STATE_SPEC,
                            zip ? "queue" : "value",
                            name,
                            join.name(),
                            e.scope(join),
                            codecOrNull)));
        }
        return states;
    }

    /** {@code offerPairs(int port, Object value)}. */
    static MethodSpec offer(EngineBody e, Stage join, boolean zip, List<String> emitOn) {
        List<EngineState> states = states(e, join, zip);
        int n = states.size();
        CodeBlock.Builder body = CodeBlock.builder();
        String segment = e.generation().names().segmentMethod(join);
        if (join.kind() == StageKind.ZIP_LATEST) {
            zipLatest(states, segment, body);
        } else if (zip) {
            body.beginControlFlow("switch (port)");
            for (int i = 0; i < n; i++) {
                body.addStatement(
                        "case $L -> this.$N.add(value)", i, states.get(i).field());
            }
            body.addStatement("default -> throw new $T($S + port)", IllegalArgumentException.class, "no input ")
                    .endControlFlow();
            CodeBlock.Builder ready = CodeBlock.builder();
            CodeBlock.Builder tuple = CodeBlock.builder();
            for (int i = 0; i < n; i++) {
                ready.add(i == 0 ? "" : " && ")
                        .add("!this.$N.isEmpty()", states.get(i).field());
                tuple.add(i == 0 ? "" : ", ")
                        .add("this.$N.poll()", states.get(i).field());
            }
            body.beginControlFlow("while ($L)", ready.build())
                    .addStatement(
                            "$N($T.unmodifiableList($T.asList($L)))",
                            segment,
                            RuntimeTypes.COLLECTIONS,
                            RuntimeTypes.ARRAYS,
                            tuple.build())
                    .endControlFlow();
        } else {
            body.beginControlFlow("switch (port)");
            for (int i = 0; i < n; i++) {
                body.addStatement(
                        "case $L -> this.$N.set(value)", i, states.get(i).field());
            }
            body.addStatement("default -> throw new $T($S + port)", IllegalArgumentException.class, "no input ")
                    .endControlFlow();
            CodeBlock.Builder ready = CodeBlock.builder();
            CodeBlock.Builder tuple = CodeBlock.builder();
            for (int i = 0; i < n; i++) {
                ready.add(i == 0 ? "" : " && ")
                        .add("this.$N.isSet()", states.get(i).field());
                tuple.add(i == 0 ? "" : ", ").add("this.$N.get()", states.get(i).field());
            }
            CodeBlock emitting = CodeBlock.of("true");
            if (!emitOn.isEmpty()) {
                CodeBlock.Builder ports = CodeBlock.builder();
                for (String emitter : emitOn) {
                    ports.add(ports.isEmpty() ? "" : " || ")
                            .add("port == $L", join.upstreams().indexOf(emitter));
                }
                emitting = ports.build();
            }
            body.beginControlFlow("if ($L && ($L))", ready.build(), emitting)
                    .addStatement(
                            "$N($T.unmodifiableList($T.asList($L)))",
                            segment,
                            RuntimeTypes.COLLECTIONS,
                            RuntimeTypes.ARRAYS,
                            tuple.build())
                    .endControlFlow();
        }
        return MethodSpec.methodBuilder(e.generation().names().member("engine:offer", join))
                .addJavadoc("An element of input {@code port} of {@code $N}, for the current key.\n", join.name())
                .addModifiers(Modifier.PRIVATE)
                .addParameter(int.class, "port")
                .addParameter(Object.class, "value")
                .addCode(body.build())
                .build();
    }

    /**
     * zipLatest: the lossless element is queued, another input's replaces its latest; once every
     * other input has one, each queued element goes on (taken off the queue first, so a feedback
     * loop re-entering sees it gone) with the latest of the others.
     */
    private static void zipLatest(List<EngineState> states, String segment, CodeBlock.Builder body) {
        body.beginControlFlow("switch (port)");
        body.addStatement("case 0 -> this.$N.add(value)", states.get(0).field());
        for (int i = 1; i < states.size(); i++) {
            body.addStatement("case $L -> this.$N.set(value)", i, states.get(i).field());
        }
        body.addStatement("default -> throw new $T($S + port)", IllegalArgumentException.class, "no input ")
                .endControlFlow();
        CodeBlock.Builder ready =
                CodeBlock.builder().add("!this.$N.isEmpty()", states.get(0).field());
        CodeBlock.Builder tuple =
                CodeBlock.builder().add("this.$N.poll()", states.get(0).field());
        for (int i = 1; i < states.size(); i++) {
            ready.add(" && this.$N.isSet()", states.get(i).field());
            tuple.add(", this.$N.get()", states.get(i).field());
        }
        body.beginControlFlow("while ($L)", ready.build())
                .addStatement(
                        "$N($T.unmodifiableList($T.asList($L)))",
                        segment,
                        RuntimeTypes.COLLECTIONS,
                        RuntimeTypes.ARRAYS,
                        tuple.build())
                .endControlFlow();
    }

    /** A default join method applied to the tuple's members, in {@code from} order. */
    static Value fuse(EngineBody e, Stage join, Value in, MethodScope scope) {
        if (!join.userBody()) {
            return in;
        }
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < join.parameterTypes().size(); i++) {
            arguments
                    .add(i == 0 ? "" : ", ")
                    .add(RuntimeTypes.tupleMember(join.parameterTypes().get(i).box(), in.name(), i));
        }
        return scope.guardedLocal(join, CodeBlock.of("$L($L)", e.user(join.name()), arguments.build()));
    }

    static List<String> emitOn(Stage join) {
        return join.options() instanceof StageOptions.CombineLatest combine ? combine.emitOn() : List.of();
    }
}
