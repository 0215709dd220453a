package io.streamz.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import io.streamz.processor.read.PipelineDecl;
import io.streamz.processor.read.StageDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Turns a validated {@link PipelineDecl} into a {@link PipelineModel}: resolves each stage's
 * upstreams (the stage declared before it unless it names others) and the type of what it emits.
 */
final class ModelFactory {
    private final Map<String, TypeName> outputs = new HashMap<>();

    private ModelFactory() {}

    static PipelineModel create(PipelineDecl pipeline) {
        return new ModelFactory().model(pipeline);
    }

    private PipelineModel model(PipelineDecl pipeline) {
        List<Stage> stages = new ArrayList<>();
        StageDecl previous = null;
        for (StageDecl decl : pipeline.stages()) {
            List<String> upstreams = decl.kind() == StageKind.SOURCE
                    ? List.of()
                    : decl.from().isEmpty() ? List.of(previous.name()) : decl.from();
            Stage stage = stage(pipeline, decl, upstreams);
            outputs.put(stage.name(), stage.outputType());
            stages.add(stage);
            previous = decl;
        }
        Set<String> members = new LinkedHashSet<>();
        for (ExecutableElement method : pipeline.methods()) {
            members.add(method.getSimpleName().toString());
        }
        return new PipelineModel(ClassName.get(pipeline.type()), stages, members);
    }

    private Stage stage(PipelineDecl pipeline, StageDecl decl, List<String> upstreams) {
        List<TypeName> parameterTypes = new ArrayList<>();
        List<String> parameterNames = new ArrayList<>();
        for (VariableElement parameter : decl.parameters()) {
            parameterTypes.add(TypeName.get(parameter.asType()));
            parameterNames.add(parameter.getSimpleName().toString());
        }
        TypeName returnType = TypeName.get(decl.returnType());
        TypeName output = outputType(decl.kind(), decl, parameterTypes, returnType, upstreams);
        return new Stage(
                decl.name(),
                decl.kind(),
                upstreams,
                parameterTypes,
                parameterNames,
                returnType,
                output,
                decl.isDefault(),
                options(pipeline, decl, parameterTypes),
                decl.method().isVarArgs());
    }

    private TypeName outputType(
            StageKind kind, StageDecl decl, List<TypeName> parameters, TypeName returnType, List<String> upstreams) {
        switch (kind) {
            case SOURCE:
                return parameters.get(0);
            case FILTER:
            case UNIQUE:
            case BUFFER:
            case DELAY:
            case RATE_LIMIT:
                return outputs.get(upstreams.get(0));
            case SINK:
                return TypeName.VOID;
            case ACCUMULATE:
                return decl.returnsState()
                        ? ((ParameterizedTypeName) returnType).typeArguments().get(1)
                        : returnType;
            case MAP_ASYNC:
                return ((ParameterizedTypeName) returnType).typeArguments().get(0);
            default:
                return returnType;
        }
    }

    private static StageOptions options(PipelineDecl pipeline, StageDecl decl, List<TypeName> parameters) {
        switch (decl.kind()) {
            case ACCUMULATE:
                String start = decl.start().isEmpty() ? null : decl.start();
                ExecutableElement startMethod = start == null ? null : pipeline.noArgumentMethod(start);
                boolean isStatic =
                        startMethod != null && startMethod.getModifiers().contains(Modifier.STATIC);
                return StageOptions.accumulate(start, isStatic, decl.returnsState(), parameters.get(0));
            case PARTITION:
            case SLIDING_WINDOW:
            case UNIQUE:
            case BUFFER:
            case MAP_ASYNC:
                String key = decl.key().isEmpty() ? null : decl.key();
                return StageOptions.sized(decl.size(), decl.returnPartial(), key, keyType(pipeline, key));
            case COMBINE_LATEST:
                return StageOptions.emitOn(decl.emitOn());
            case DELAY:
            case RATE_LIMIT:
            case TIMED_WINDOW:
                return StageOptions.interval(decl.interval());
            default:
                return StageOptions.NONE;
        }
    }

    /** The return type of the key method (validated: one parameter), or {@code null} without one. */
    private static TypeName keyType(PipelineDecl pipeline, String key) {
        if (key == null) {
            return null;
        }
        for (ExecutableElement method : pipeline.methods()) {
            if (method.getSimpleName().contentEquals(key)
                    && method.getParameters().size() == 1) {
                return TypeName.get(method.getReturnType());
            }
        }
        return null;
    }
}
