package io.streamz.processor.read;

import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A method carrying a stage annotation, as written: nothing here is checked. Attributes the
 * user did not write hold the annotation's defaults.
 *
 * @param method the method
 * @param kind the kind of its first stage annotation
 * @param annotation that annotation
 * @param otherStageAnnotations further stage annotations on the same method (a mistake)
 * @param parameters the method's parameters
 * @param returnType the method's return type
 * @param isDefault whether it is a default method
 * @param isStatic whether it is static
 * @param from the {@code from} attribute: empty, one name or several
 * @param start accumulate's {@code start}, "" when unset
 * @param returnsState accumulate's {@code returnsState}
 * @param withState accumulate's {@code withState}
 * @param resetBy accumulate's {@code resetBy}, "" when unset
 * @param stopOnException mapAsync's {@code stopOnException}
 * @param size {@code value} of partition, partitionUnique and sliding window, {@code history} of unique
 * @param returnPartial sliding window's {@code returnPartial}
 * @param keepLast partitionUnique's and timedWindowUnique's {@code keepLast}
 * @param key {@code key} of partition, partitionUnique and unique, "" when unset
 * @param emitOn combineLatest's {@code emitOn}
 * @param interval {@code value} of delay, rateLimit, timedWindow and timedWindowUnique: milliseconds
 * @param slice slice's {@code start}, {@code end} and {@code step}, whatever the kind (unread but by slice)
 * @param explicitValues the attributes the user wrote, for diagnostics pointing at them
 */
public record StageDecl(
        ExecutableElement method,
        StageKind kind,
        AnnotationMirror annotation,
        List<AnnotationMirror> otherStageAnnotations,
        List<? extends VariableElement> parameters,
        TypeMirror returnType,
        boolean isDefault,
        boolean isStatic,
        List<String> from,
        String start,
        boolean returnsState,
        boolean withState,
        String resetBy,
        boolean stopOnException,
        int size,
        boolean returnPartial,
        boolean keepLast,
        String key,
        List<String> emitOn,
        long interval,
        StageOptions.Slice slice,
        Map<String, AnnotationValue> explicitValues) {

    /** The stage name: the method's simple name. */
    public String name() {
        return method.getSimpleName().toString();
    }

    /** The value the user wrote for {@code attribute}, or {@code null} if it was left to its default. */
    public AnnotationValue explicitValue(String attribute) {
        return explicitValues.get(attribute);
    }

    /** The parameter types, in order. */
    public List<TypeMirror> parameterTypes() {
        return parameters.stream()
                .map(VariableElement::asType)
                .map(TypeMirror.class::cast)
                .toList();
    }
}
