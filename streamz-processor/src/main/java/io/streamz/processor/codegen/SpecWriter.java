package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.EngineFacts;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code spec()}: the static {@code PipelineSpec} of a pipeline with keys or
 * {@code distributed = true}, built without reflection: ports, scopes with key codecs, stages,
 * state specs, the reasons it is not distributable, and {@code Engine::new} as the task factory.
 */
final class SpecWriter {
    private final EngineBody e;
    private final PipelineModel model;
    private final EngineFacts facts;

    SpecWriter(EngineBody e) {
        this.e = e;
        this.model = e.generation().model();
        this.facts = model.engine();
    }

    /** The static field holding the spec, built once when the class initialises. */
    FieldSpec field() {
        CodeBlock.Builder spec = CodeBlock.builder()
                .add(
                        "$T.builder($S)",
                        RuntimeTypes.PIPELINE_SPEC,
                        model.pipeline().canonicalName())
                .indent();
        List<TypeName> keys = facts.scopeKeys();
        for (int scope = 0; scope < keys.size(); scope++) {
            TypeName key = keys.get(scope);
            if (key == null) {
                spec.add("\n.unkeyedScope($L)", scope);
            } else {
                spec.add("\n.keyedScope($L, $S, $L)", scope, key.toString(), codec(key));
            }
        }
        for (Stage source : model.sources()) {
            TypeName type = source.inputType();
            spec.add(
                    "\n.source($S, $L, $L, $S, $L)",
                    source.name(),
                    e.sourcePort(source),
                    e.scope(source),
                    type.toString(),
                    codec(type));
        }
        for (Stage keyBy : model.ofKind(StageKind.KEY_BY)) {
            spec.add(
                    "\n.exchange($S, $L, $L, $L, $S, $L)",
                    keyBy.name(),
                    e.exchangePort(keyBy),
                    e.scope(keyBy),
                    facts.keyByTargets().get(keyBy.name()),
                    keyBy.outputType().toString(),
                    codec(keyBy.outputType()));
        }
        for (Stage stage : model.stages()) {
            spec.add("\n.stage($S, $S, $L", stage.name(), stage.kind().operator(), e.scope(stage));
            for (String upstream : stage.upstreams()) {
                spec.add(", $S", upstream);
            }
            spec.add(")");
        }
        for (FailureSink sink : model.failureSinks()) {
            spec.add("\n.stage($S, $S, $L", sink.name(), "onFailure", facts.scope(sink.name()));
            for (String routed : sink.routed()) {
                spec.add(", $S", routed);
            }
            spec.add(")");
        }
        for (EngineState state : e.states()) {
            spec.add("\n.state($L)", state.spec());
        }
        for (Stage timed : e.timerStages()) {
            spec.add(
                    "\n.timer($L, $S, $T.DUE, $L, $L)",
                    e.timer(timed),
                    timed.name(),
                    RuntimeTypes.TIMER_KIND,
                    TimeEngine.interval(timed),
                    e.scope(timed));
        }
        for (Stage sink : model.ofKind(StageKind.SINK)) {
            TypeName type = sink.inputType();
            spec.add(
                    "\n.sink($S, $L, $L, $S, $L, $T.$L)",
                    sink.name(),
                    e.sinkPort(sink),
                    e.scope(sink),
                    type.toString(),
                    sink.userBody() ? CodeBlock.of("null") : codec(type),
                    RuntimeTypes.SINK_KIND,
                    sink.userBody() ? "SIDE_EFFECT" : "OUTPUT");
        }
        for (FailureSink sink : model.failureSinks()) {
            spec.add(
                    "\n.sink($S, $L, $L, $S, $L, $T.$L)",
                    sink.name(),
                    e.failurePort(sink),
                    facts.scope(sink.name()),
                    RuntimeTypes.FAILED_ELEMENT.canonicalName(),
                    sink.userBody() ? CodeBlock.of("null") : codec(RuntimeTypes.FAILED_ELEMENT),
                    RuntimeTypes.SINK_KIND,
                    sink.userBody() ? "SIDE_EFFECT" : "OUTPUT");
        }
        for (EngineFacts.Reason reason : facts.notDistributable()) {
            spec.add("\n.notDistributable($S, $S, $S)", reason.stage(), "streamz." + reason.code(), reason.message());
        }
        spec.add("\n.task($N::new)", EngineBody.ENGINE).add("\n.build()").unindent();
        return FieldSpec.builder(
                        RuntimeTypes.PIPELINE_SPEC,
                        e.generation().names().specField(),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .addAnnotation(EngineBody.unchecked())
                .initializer(spec.build())
                .build();
    }

    /** {@code spec()}. */
    MethodSpec method() {
        return MethodSpec.methodBuilder("spec")
                .addJavadoc(
                        "What an engine needs to run {@link $T}: ports, key scopes with their codecs, stages,\n"
                                + "per-key state, the reasons it is not distributable, and the factory of its {@code Engine}\n"
                                + "body. Static metadata, built without reflection; the same instance every call.\n",
                        model.pipeline())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.PIPELINE_SPEC)
                .addStatement("return $N", e.generation().names().specField())
                .build();
    }

    private CodeBlock codec(TypeName type) {
        CodeBlock codec = facts.codec(type);
        return codec == null ? CodeBlock.of("null") : codec;
    }
}
