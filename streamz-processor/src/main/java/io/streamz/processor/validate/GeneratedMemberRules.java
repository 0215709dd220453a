package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Methods of the interface, declared or inherited, that the generated class's own members would
 * clash with: its {@code void close()}, which closes the pipeline and so replaces any body of
 * the user's, and its static {@code builder()}, {@code topologyDot()} and (with an engine body)
 * {@code spec()}, which cannot share a signature with an instance method. Left unchecked, each
 * is an error inside the generated code, or a body of the user's that silently never runs.
 */
final class GeneratedMemberRules {
    private static final List<String> STATIC_MEMBERS = List.of("builder", "topologyDot");

    private GeneratedMemberRules() {}

    /** {@code hasSpec}: the pipeline gets a static {@code spec()} (it has keys or is distributed). */
    static void check(PipelineUnderCheck p, boolean hasSpec) {
        for (ExecutableElement method : ElementFilter.methodsIn(p.elements().getAllMembers(p.type()))) {
            if (method.getModifiers().contains(Modifier.STATIC)
                    || method.getModifiers().contains(Modifier.ABSTRACT) // MethodRules reports those it must
                    || !method.getParameters().isEmpty()) {
                continue;
            }
            String name = method.getSimpleName().toString();
            if (name.equals("close")) {
                checkClose(p, method);
            } else if (STATIC_MEMBERS.contains(name) || (hasSpec && name.equals("spec"))) {
                p.error(
                        at(p, method),
                        ProblemCode.GENERATED_METHOD_CLASH,
                        where(p, method) + " '" + name + "()', but the generated class declares a static "
                                + name + "() of its own, and a static method cannot share a signature with an"
                                + " instance method it inherits. Rename yours.");
            }
        }
    }

    private static void checkClose(PipelineUnderCheck p, ExecutableElement close) {
        if (close.getReturnType().getKind() != TypeKind.VOID) { // a default body: an abstract one is reported already
            p.error(
                    at(p, close),
                    ProblemCode.GENERATED_METHOD_CLASH,
                    where(p, close) + " 'close()' returning " + close.getReturnType() + ", but the generated"
                            + " class implements 'void close()', which closes the pipeline. Rename yours, or"
                            + " declare it 'void close();' (or extend AutoCloseable) to have it in the interface.");
        } else {
            p.error(
                    at(p, close),
                    ProblemCode.GENERATED_METHOD_CLASH,
                    where(p, close) + " 'void close()' with a body, but the generated class implements"
                            + " close() to close the pipeline, so your body would never run. Remove it"
                            + " (declare 'void close();' or extend AutoCloseable to have close() in the"
                            + " interface), and run your own clean-up after calling close().");
        }
    }

    /** The method itself when the interface declares it; the interface when it inherits it. */
    private static Element at(PipelineUnderCheck p, ExecutableElement method) {
        return method.getEnclosingElement().equals(p.type()) ? method : p.type();
    }

    private static String where(PipelineUnderCheck p, ExecutableElement method) {
        Element owner = method.getEnclosingElement();
        return owner.equals(p.type())
                ? p.type().getSimpleName() + " declares"
                : p.type().getSimpleName() + " inherits from " + owner.getSimpleName();
    }
}
