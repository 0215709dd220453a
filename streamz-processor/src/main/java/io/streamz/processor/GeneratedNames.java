package io.streamz.processor;

import io.streamz.processor.diag.Problem;
import io.streamz.processor.diag.ProblemCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The generated class names of one compilation, so that a name taken twice is a positioned error
 * before anything is written, instead of javac's {@link FilerException}: a type the sources
 * declare ({@code class Streamz_Totals} beside {@code @Pipeline interface Totals}), or two
 * pipelines whose generated names meet ({@code Outer.Totals} and a top-level {@code Outer_Totals}
 * both give {@code Streamz_Outer_Totals}). Types that exist only as class files (an earlier
 * build's output on the class path) are not clashes: javac lets a processor replace those.
 */
final class GeneratedNames {
    /** Top-level types declared in the sources of every round so far, by qualified name. */
    private final Set<String> declared = new HashSet<>();
    /** Generated name -> the pipelines (qualified names) whose class it is. */
    private final Map<String, Set<String>> claims = new HashMap<>();
    /** The classes this processor wrote: they come back as sources of the next round. */
    private final Set<String> written = new HashSet<>();

    /** Records the round's source types and the names its pipelines will generate. */
    void round(RoundEnvironment round, Map<TypeElement, String> pipelines) {
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                declared.add(type.getQualifiedName().toString());
            }
        }
        pipelines.forEach((pipeline, generated) -> claims.computeIfAbsent(generated, g -> new LinkedHashSet<>())
                .add(pipeline.getQualifiedName().toString()));
    }

    /** Records a class this processor wrote. */
    void written(String generated) {
        written.add(generated);
    }

    /** Why {@code pipeline} cannot have the class {@code generated}, if it cannot. */
    Optional<Problem> clash(TypeElement pipeline, String generated, Elements elements) {
        String self = pipeline.getQualifiedName().toString();
        List<String> others = claims.getOrDefault(generated, Set.of()).stream()
                .filter(other -> !other.equals(self))
                .toList();
        if (!others.isEmpty()) {
            return Optional.of(problem(
                    pipeline,
                    generated,
                    "the @Pipeline " + String.join(", ", others) + " generates a class of that name too (the"
                            + " generated name joins nested names with '_')",
                    "Rename one of the two interfaces."));
        }
        if (declared.contains(generated) && !written.contains(generated)) {
            return Optional.of(problem(
                    pipeline,
                    generated,
                    kind(elements.getTypeElement(generated)) + " " + generated + " is declared in this compilation",
                    "Rename or move that type, or rename " + pipeline.getSimpleName() + "."));
        }
        return Optional.empty();
    }

    /** The problem for a clash javac's Filer found that the checks above could not see. */
    static Problem refused(TypeElement pipeline, String generated, FilerException refusal) {
        return problem(
                pipeline,
                generated,
                "javac refused to create it (" + refusal.getMessage() + "): another processor, or a source"
                        + " of this compilation, already created a type of that name",
                "Rename that type, or rename " + pipeline.getSimpleName() + ".");
    }

    private static Problem problem(TypeElement pipeline, String generated, String found, String fix) {
        return Problem.on(
                ProblemCode.GENERATED_NAME_CLASH,
                pipeline,
                "the class generated for " + pipeline.getSimpleName() + " would be " + generated
                        + ", a name already taken; " + found + ". " + fix);
    }

    private static String kind(TypeElement type) {
        if (type == null) {
            return "a type";
        }
        return switch (type.getKind()) {
            case ANNOTATION_TYPE -> "annotation type";
            default -> type.getKind().name().toLowerCase(Locale.ROOT);
        };
    }
}
