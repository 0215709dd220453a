package io.streamz.processor.validate;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.EngineFacts;
import io.streamz.processor.read.FailureSinkDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * {@code @OnFailure} in a pipeline with an engine body: each error sink is an output port of the
 * {@code Engine}, in the key scope of the stages routing to it (an engine binds a scope's outputs
 * where it runs that scope, so a route from stages of two scopes cannot be distributed:
 * {@code on-failure-across-scopes}); an abstract one needs a codec for {@code FailedElement}
 * (a user codec: the element and the exception have none derived), one with a body runs inside
 * the task and needs none. Errors when the pipeline is distributed, reasons in its spec otherwise.
 */
final class EngineRoutes {
    private EngineRoutes() {}

    /** {@code facts} with each error sink's scope, its codec and the reasons it is not distributable. */
    static EngineFacts check(
            PipelineUnderCheck p,
            List<FailureSinkDecl> sinks,
            Map<String, String> routes,
            EngineFacts facts,
            PipelineOptions options) {
        if (sinks.isEmpty()) {
            return facts;
        }
        Map<String, Integer> scopes = new LinkedHashMap<>(facts.scopes());
        Map<String, CodeBlock> codecs = new LinkedHashMap<>(facts.codecs());
        List<EngineFacts.Reason> reasons = new ArrayList<>(facts.notDistributable());
        CodecDerivation derivation = new CodecDerivation(p.types(), options.codecs());
        for (FailureSinkDecl sink : sinks) {
            Set<Integer> routed = new LinkedHashSet<>();
            routes.forEach((stage, to) -> {
                if (to.equals(sink.name())) {
                    routed.add(facts.scope(stage));
                }
            });
            scopes.put(sink.name(), routed.isEmpty() ? 0 : routed.iterator().next());
            List<Problem> problems = new ArrayList<>();
            if (routed.size() > 1) {
                problems.add(new Problem(
                        ProblemCode.ON_FAILURE_ACROSS_SCOPES,
                        "@OnFailure sink '" + sink.name() + "' takes the failures of stages in key scopes " + routed
                                + ", but a distributed engine runs each key scope on its own and binds an output"
                                + " where it runs its scope. Route the stages of each key scope to an @OnFailure"
                                + " sink of its own."));
            }
            if (!sink.method().getModifiers().contains(Modifier.DEFAULT)) {
                TypeElement failed = p.elements().getTypeElement(FailureRouteRules.FAILED_ELEMENT);
                CodecDerivation.Result codec = derivation.of(failed.asType());
                if (codec.found()) {
                    codecs.put(FailureRouteRules.FAILED_ELEMENT, codec.codec());
                } else {
                    problems.add(new Problem(
                            ProblemCode.MISSING_CODEC,
                            "@OnFailure sink '" + sink.name() + "' is an output of the engine, which needs a"
                                    + " codec for FailedElement: " + codec.missing() + ". List a class"
                                    + " implementing io.streamz.codec.Codec<io.streamz.FailedElement> in"
                                    + " @Pipeline(codecs = ...) (e.g. writing the stage, the element's text and"
                                    + " the exception's message), or give the method a body: it then runs inside"
                                    + " the task and needs no codec."));
                }
            }
            for (Problem problem : problems) {
                if (options.distributed()) {
                    p.error(sink.method(), sink.annotation(), problem.code(), problem.message());
                } else {
                    reasons.add(
                            new EngineFacts.Reason(sink.name(), problem.code().id(), problem.message()));
                }
            }
        }
        return new EngineFacts(
                facts.distributed(), facts.keyed(), scopes, facts.keyByTargets(), facts.scopeKeys(), codecs, reasons);
    }

    private record Problem(ProblemCode code, String message) {}
}
