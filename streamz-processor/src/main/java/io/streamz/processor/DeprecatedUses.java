package io.streamz.processor;

import io.streamz.processor.read.PipelineDecl;
import io.streamz.processor.read.StageDecl;
import io.streamz.processor.validate.PipelineValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether the generated classes must name deprecated elements of the user's: the interface or a
 * type enclosing it, its methods (implemented or called), the types in its stages' signatures
 * and its codecs. javac warns about each such use ({@code -Xlint:deprecation}, and
 * {@code removal} even without {@code -Xlint}), and a user deprecating their pipeline should not
 * see warnings in code they did not write: the generated classes then suppress exactly those.
 */
final class DeprecatedUses {
    private final Elements elements;
    private boolean deprecated;
    private boolean forRemoval;
    private final Set<String> records = new HashSet<>();

    private DeprecatedUses(Elements elements) {
        this.elements = elements;
    }

    /** {@code "deprecation"} and/or {@code "removal"}, the warnings generated code must suppress; often none. */
    static List<String> suppressed(PipelineDecl pipeline, Elements elements) {
        DeprecatedUses uses = new DeprecatedUses(elements);
        for (Element e = pipeline.type(); e instanceof TypeElement type; e = e.getEnclosingElement()) {
            uses.check(type);
        }
        pipeline.methods().forEach(uses::check);
        for (StageDecl stage : pipeline.stages()) {
            stage.parameterTypes().forEach(uses::checkType);
            uses.checkType(stage.returnType());
        }
        uses.checkCodecs(pipeline.type());
        List<String> warnings = new ArrayList<>(2);
        if (uses.deprecated) {
            warnings.add("deprecation");
        }
        if (uses.forRemoval) {
            warnings.add("removal");
        }
        return warnings;
    }

    private void check(Element element) {
        if (elements.isDeprecated(element)) {
            Deprecated annotation = element.getAnnotation(Deprecated.class);
            if (annotation != null && annotation.forRemoval()) {
                forRemoval = true;
            } else {
                deprecated = true;
            }
        }
    }

    /**
     * The elements of every declared type in {@code type}, and the types enclosing them; of a
     * record, also its constructors and component accessors, which a derived codec calls, and the
     * types of its components.
     */
    private void checkType(TypeMirror type) {
        DeclaredTypes.forEach(type, declared -> {
            for (Element e = declared.asElement(); e instanceof TypeElement t; e = e.getEnclosingElement()) {
                check(t);
            }
            if (declared.asElement() instanceof TypeElement t
                    && t.getKind() == ElementKind.RECORD
                    && records.add(t.getQualifiedName().toString())) {
                ElementFilter.constructorsIn(t.getEnclosedElements()).forEach(this::check);
                for (RecordComponentElement component : t.getRecordComponents()) {
                    if (component.getAccessor() != null) {
                        check(component.getAccessor());
                    }
                    checkType(component.asType());
                }
            }
        });
    }

    /** The no-argument constructor of the class {@code type}, which the spec calls: {@code new MoneyCodec()}. */
    private void checkNoArgConstructor(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement t) {
            ElementFilter.constructorsIn(t.getEnclosedElements()).stream()
                    .filter(constructor -> constructor.getParameters().isEmpty())
                    .forEach(this::check);
        }
    }

    /** The classes listed in {@code @Pipeline(codecs = ...)}, which the spec creates. */
    private void checkCodecs(TypeElement type) {
        PipelineValidator.pipelineAnnotation(type)
                .ifPresent(pipeline -> pipeline.getElementValues().forEach((name, value) -> {
                    if (name.getSimpleName().contentEquals("codecs") && value.getValue() instanceof List<?> codecs) {
                        for (Object codec : codecs) {
                            if (codec instanceof AnnotationValue v && v.getValue() instanceof TypeMirror t) {
                                checkType(t);
                                checkNoArgConstructor(t);
                            }
                        }
                    }
                }));
    }
}
