package io.streamz.processor.validate;

import com.palantir.javapoet.ClassName;
import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.diag.Report;
import io.streamz.processor.model.PipelineModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Types the interface refers to that javac cannot resolve yet, typically classes another
 * processor generates in a later round. The processor defers such an interface; in the last
 * round, what is still missing is an error.
 */
final class MissingTypes {
    private MissingTypes() {}

    static Report find(TypeElement type) {
        Report report = new Report();
        for (TypeMirror superinterface : type.getInterfaces()) {
            check(type, type, superinterface, "extends", report);
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            check(type, method, method.getReturnType(), "method '" + method.getSimpleName() + "' returns", report);
            for (VariableElement parameter : method.getParameters()) {
                check(
                        type,
                        parameter,
                        parameter.asType(),
                        "parameter '" + parameter.getSimpleName() + "' of '" + method.getSimpleName() + "' has type",
                        report);
            }
            for (TypeMirror thrown : method.getThrownTypes()) {
                check(type, method, thrown, "method '" + method.getSimpleName() + "' throws", report);
            }
        }
        PipelineValidator.pipelineAnnotation(type).ifPresent(pipeline -> checkCodecs(type, pipeline, report));
        return report;
    }

    /**
     * The classes of {@code @Pipeline(codecs = ...)}: javac gives a class literal it cannot resolve
     * as an error value instead of a type, and without the class no stage would find its codec.
     */
    private static void checkCodecs(TypeElement type, AnnotationMirror pipeline, Report report) {
        pipeline.getElementValues().forEach((name, value) -> {
            if (name.getSimpleName().contentEquals("codecs") && value.getValue() instanceof List<?> codecs) {
                for (Object codec : codecs) {
                    if (codec instanceof AnnotationValue item
                            && (!(item.getValue() instanceof TypeMirror listed) || isMissing(listed))) {
                        report.add(Problem.on(
                                ProblemCode.UNRESOLVED_TYPE,
                                type,
                                pipeline,
                                Optional.of(item),
                                "@Pipeline(codecs = ...) lists "
                                        + (item.getValue() instanceof TypeMirror listed ? listed + ", " : "")
                                        + "a class that does not exist, even"
                                        + " after every annotation processor has run. Import or declare the class;"
                                        + " if another processor generates it, check that processor's errors"
                                        + " first."));
                    }
                }
            }
        });
    }

    private static void check(TypeElement pipeline, Element where, TypeMirror type, String role, Report report) {
        if (isMissing(type)) {
            report.add(Problem.on(ProblemCode.UNRESOLVED_TYPE, where, role + " " + type + why(pipeline, type)));
        }
    }

    /**
     * Why {@code type} is missing and what to do: a class generated from a pipeline can only be
     * generated once every type that pipeline mentions exists, so a pipeline naming its own
     * generated class, or two naming each other's, wait for each other until the last round.
     */
    private static String why(TypeElement pipeline, TypeMirror type) {
        String written = type.toString();
        String simple = written.substring(written.lastIndexOf('.') + 1);
        String own = PipelineModel.generatedClass(ClassName.get(pipeline)).simpleName();
        if (simple.equals(own)) {
            return ", the class the processor generates from this pipeline, which it can only generate"
                    + " once every type the pipeline mentions exists. Use a type of your own here.";
        }
        if (simple.startsWith("Streamz_")) {
            return ", a type that does not exist, even after every annotation processor has run. If it"
                    + " is the class generated from another pipeline, that pipeline has errors or names a"
                    + " class generated from this one: break the cycle with a type of your own.";
        }
        return ", a type that does not exist, even after every annotation processor has run. Import or"
                + " declare the type; if another processor generates it, check that processor's errors first.";
    }

    static boolean isMissing(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return isMissing(((ArrayType) type).getComponentType());
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            return (wildcard.getExtendsBound() != null && isMissing(wildcard.getExtendsBound()))
                    || (wildcard.getSuperBound() != null && isMissing(wildcard.getSuperBound()));
        }
        if (type.getKind() == TypeKind.DECLARED) {
            for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                if (isMissing(argument)) {
                    return true;
                }
            }
        }
        return false;
    }
}
