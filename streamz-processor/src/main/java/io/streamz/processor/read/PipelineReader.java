package io.streamz.processor.read;

import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/** Reads a {@code @Pipeline} type into a {@link PipelineDecl}. Judges nothing and never throws on user input. */
public final class PipelineReader {
    /** The package of the stage annotations. */
    public static final String ANNOTATIONS = "io.streamz.annotations";
    /** The annotation marking a pipeline's error route. */
    public static final String ON_FAILURE = ANNOTATIONS + ".OnFailure";

    private final Elements elements;
    private final SourceTrees trees;

    public PipelineReader(Elements elements) {
        this(elements, SourceTrees.none());
    }

    /** A reader that also asks javac's trees for annotations that do not resolve. */
    public PipelineReader(Elements elements, SourceTrees trees) {
        this.elements = elements;
        this.trees = trees;
    }

    public PipelineDecl read(TypeElement type) {
        List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
        List<StageDecl> stages = new ArrayList<>();
        List<FailureSinkDecl> failureSinks = new ArrayList<>();
        boolean unresolved = false;
        boolean unresolvedAnnotation = trees.hasUnresolvedAnnotationIn(type);
        for (ExecutableElement method : methods) {
            unresolved |= mentionsUnresolvedType(method);
            List<AnnotationMirror> annotations = stageAnnotations(method);
            if (!annotations.isEmpty()) {
                stages.add(stage(method, annotations));
            }
            AnnotationMirror onFailure = onFailure(method);
            if (onFailure != null) {
                failureSinks.add(failureSink(method, onFailure));
            }
        }
        return new PipelineDecl(
                type,
                List.copyOf(stages),
                List.copyOf(methods),
                List.copyOf(failureSinks),
                unresolved,
                unresolvedAnnotation);
    }

    /** The stage annotations on {@code element}, in the order written. */
    public static List<AnnotationMirror> stageAnnotations(Element element) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (kindOf(mirror) != null) {
                found.add(mirror);
            }
        }
        return found;
    }

    /** The stage kind an annotation declares, or {@code null} if it is not a stage annotation. */
    public static StageKind kindOf(AnnotationMirror mirror) {
        TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
        String name = annotation.getQualifiedName().toString();
        if (!name.startsWith(ANNOTATIONS + ".")) {
            return null;
        }
        return StageKind.ofAnnotation(annotation.getSimpleName().toString());
    }

    /** The {@code @OnFailure} on {@code element}, or {@code null}. */
    public static AnnotationMirror onFailure(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(ON_FAILURE)) {
                return mirror;
            }
        }
        return null;
    }

    private FailureSinkDecl failureSink(ExecutableElement method, AnnotationMirror annotation) {
        Map<String, Object> values = new HashMap<>();
        elements.getElementValuesWithDefaults(annotation)
                .forEach((key, value) -> values.put(key.getSimpleName().toString(), value.getValue()));
        return new FailureSinkDecl(method, annotation, strings(values.get("from")));
    }

    private StageDecl stage(ExecutableElement method, List<AnnotationMirror> annotations) {
        AnnotationMirror annotation = annotations.get(0);
        Map<String, AnnotationValue> explicit = new HashMap<>();
        annotation
                .getElementValues()
                .forEach((key, value) -> explicit.put(key.getSimpleName().toString(), value));
        Map<String, Object> values = new HashMap<>();
        elements.getElementValuesWithDefaults(annotation)
                .forEach((key, value) -> values.put(key.getSimpleName().toString(), value.getValue()));
        boolean partitionOrWindow = values.containsKey("value");
        return new StageDecl(
                method,
                kindOf(annotation),
                annotation,
                List.copyOf(annotations.subList(1, annotations.size())),
                List.copyOf(method.getParameters()),
                method.getReturnType(),
                method.isDefault(),
                method.getModifiers().contains(Modifier.STATIC),
                strings(values.get("from")),
                string(values.get("start")),
                bool(values.get("returnsState")),
                bool(values.get("withState")),
                string(values.get("resetBy")),
                bool(values.get("stopOnException")),
                partitionOrWindow ? integer(values.get("value")) : integer(values.get("history")),
                bool(values.get("returnPartial")),
                bool(values.get("keepLast")),
                string(values.get("key")),
                strings(values.get("emitOn")),
                values.get("value") instanceof Long ? (Long) values.get("value") : 0L,
                new StageOptions.Slice(
                        integer(values.get("start")), integer(values.get("end")), integer(values.get("step"))),
                Map.copyOf(explicit));
    }

    private static boolean mentionsUnresolvedType(ExecutableElement method) {
        if (isError(method.getReturnType())) {
            return true;
        }
        for (var parameter : method.getParameters()) {
            if (isError(parameter.asType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isError(TypeMirror type) {
        return type.getKind() == TypeKind.ERROR;
    }

    private static String string(Object value) {
        return value instanceof String ? (String) value : "";
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean && (Boolean) value;
    }

    private static int integer(Object value) {
        return value instanceof Integer ? (Integer) value : 0;
    }

    /** A {@code String} or {@code String[]} attribute as a list; "" (the single-input default) is no name. */
    private static List<String> strings(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof String) {
            if (!((String) value).isEmpty()) {
                names.add((String) value);
            }
        } else if (value instanceof List) {
            for (Object member : (List<?>) value) {
                String name = member instanceof AnnotationValue
                        ? ((AnnotationValue) member)
                                .accept(
                                        new SimpleAnnotationValueVisitor14<String, Void>("") {
                                            @Override
                                            public String visitString(String s, Void unused) {
                                                return s;
                                            }
                                        },
                                        null)
                        : "";
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
