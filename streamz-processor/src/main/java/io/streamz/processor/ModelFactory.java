package io.streamz.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import io.streamz.processor.read.PipelineDecl;
import io.streamz.processor.read.StageDecl;
import io.streamz.processor.validate.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Turns a validated {@link PipelineDecl} into a {@link PipelineModel}, from what validation
 * resolved: each stage's upstreams, the type it emits, and the methods its attributes name.
 */
final class ModelFactory {
    private ModelFactory() {}

    /** The model of {@code pipeline}, whose {@code validation} found no problem. */
    static PipelineModel create(PipelineDecl pipeline, Validation validation) {
        List<Stage> stages = new ArrayList<>();
        for (StageDecl decl : pipeline.stages()) {
            stages.add(stage(decl, validation));
        }
        Set<String> members = new LinkedHashSet<>();
        for (ExecutableElement method : pipeline.methods()) {
            members.add(method.getSimpleName().toString());
        }
        return new PipelineModel(ClassName.get(pipeline.type()), stages, members);
    }

    private static Stage stage(StageDecl decl, Validation validation) {
        List<TypeName> parameterTypes = new ArrayList<>();
        List<String> parameterNames = new ArrayList<>();
        for (VariableElement parameter : decl.parameters()) {
            parameterTypes.add(TypeName.get(parameter.asType()));
            parameterNames.add(parameter.getSimpleName().toString());
        }
        TypeMirror output = validation.output(decl);
        return new Stage(
                decl.name(),
                decl.kind(),
                validation.upstreams(decl),
                parameterTypes,
                parameterNames,
                TypeName.get(decl.returnType()),
                output == null ? TypeName.VOID : TypeName.get(output),
                decl.isDefault(),
                options(decl, validation, parameterTypes),
                decl.method().isVarArgs());
    }

    private static StageOptions options(StageDecl decl, Validation validation, List<TypeName> parameters) {
        switch (decl.kind()) {
            case ACCUMULATE:
                ExecutableElement start = validation.start(decl);
                return StageOptions.accumulate(
                        start == null ? null : decl.start(),
                        start != null && start.getModifiers().contains(Modifier.STATIC),
                        decl.returnsState(),
                        parameters.get(0));
            case PARTITION:
            case SLIDING_WINDOW:
            case UNIQUE:
            case BUFFER:
            case MAP_ASYNC:
                ExecutableElement key = validation.key(decl);
                return StageOptions.sized(
                        decl.size(),
                        decl.returnPartial(),
                        key == null ? null : decl.key(),
                        key == null ? null : TypeName.get(key.getReturnType()));
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
}
