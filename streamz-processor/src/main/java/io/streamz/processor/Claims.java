package io.streamz.processor;

import io.streamz.processor.read.PipelineReader;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Which annotations the processor claims. javac warns (lint category {@code processing}) about
 * annotations no processor claimed, which fails a {@code -Xlint:all -Werror} build; so the
 * processor claims its own: {@code @Pipeline}, the stage annotations, and the two annotations
 * its generated classes carry ({@code @StreamzGenerated}, and {@code @Generated} in rounds where
 * only Streamz-generated classes carry it, so that it never takes another processor's output
 * away from a processor that reads {@code @Generated}).
 *
 * <p>The cost of claiming: javac does not call a universal processor ({@code "*"}) that comes
 * after this one on the processor path in a round whose annotations this one all claimed. The
 * option {@code -Astreamz.claimAnnotations=false} turns claiming off.
 */
final class Claims {
    static final String PIPELINE = PipelineReader.ANNOTATIONS + ".Pipeline";
    static final String STREAMZ_GENERATED = PipelineReader.ANNOTATIONS + ".StreamzGenerated";
    static final String GENERATED = "javax.annotation.processing.Generated";
    /** The processor option that turns claiming off ({@code -Astreamz.claimAnnotations=false}). */
    static final String OPTION = "streamz.claimAnnotations";

    private Claims() {}

    /** The annotation types the processor supports: exact names, never a wildcard. */
    static Set<String> supported(Set<String> stageAnnotations) {
        Set<String> types = new LinkedHashSet<>();
        types.add(PIPELINE);
        types.addAll(stageAnnotations);
        types.add(STREAMZ_GENERATED);
        types.add(GENERATED);
        return types;
    }

    /**
     * What {@code process} returns for this round: true (claim every supported annotation present)
     * unless some element carrying {@code @Generated} is not a Streamz-generated class.
     */
    static boolean claim(RoundEnvironment round, Elements elements, Map<String, String> options) {
        if (!Options.on(options, OPTION)) {
            return false;
        }
        TypeElement generated = elements.getTypeElement(GENERATED);
        if (generated == null) {
            return true;
        }
        for (Element element : round.getElementsAnnotatedWith(generated)) {
            if (!carries(element, STREAMZ_GENERATED)) {
                return false;
            }
        }
        return true;
    }

    private static boolean carries(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            Element type = mirror.getAnnotationType().asElement();
            if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(annotation)) {
                return true;
            }
        }
        return false;
    }
}
