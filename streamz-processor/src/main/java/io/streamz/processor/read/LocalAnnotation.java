package io.streamz.processor.read;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.Trees;
import javax.tools.Diagnostic;

/**
 * A Streamz annotation written on a type javac never shows a processor (a local or anonymous
 * class, or a type nested in one), or on a method of such a type. There is no element to point
 * an error at, so it carries its source tree and prints the error there itself.
 *
 * @param annotation the annotation's simple name, e.g. {@code Pipeline} or {@code Map}
 * @param owner the local type it is on or in (identity: one local type, one tree)
 * @param kind {@code interface}, {@code class}, {@code record}, ...
 * @param type the local type's name, or {@code an anonymous class}
 * @param method the name of the method it is on, or {@code null} when it is on the type
 * @param enclosing where the local type is declared, e.g. {@code method run() of Shop}
 * @param tree the annotation
 * @param unit its compilation unit
 * @param trees javac's trees
 */
public record LocalAnnotation(
        String annotation,
        ClassTree owner,
        String kind,
        String type,
        String method,
        String enclosing,
        AnnotationTree tree,
        CompilationUnitTree unit,
        Trees trees) {

    /** Whether it is on the type itself rather than on one of its methods. */
    public boolean onType() {
        return method == null;
    }

    /** Prints a compile error on the annotation. */
    public void error(String message) {
        trees.printMessage(Diagnostic.Kind.ERROR, message, tree, unit);
    }
}
