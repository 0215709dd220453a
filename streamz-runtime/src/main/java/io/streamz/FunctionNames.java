package io.streamz;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/**
 * streamz labels a node with its function's {@code __name__}. Java lambdas have no name, so:
 * a {@link Named} function gives its own; a serializable lambda or method reference gives its
 * implementation method; a class gives its simple name; anything else is {@code <lambda>}.
 */
final class FunctionNames {
    static final String LAMBDA = "<lambda>";

    private FunctionNames() {}

    static String of(Object function) {
        if (function == null) {
            return null;
        }
        if (function instanceof Named) {
            return ((Named) function).name();
        }
        Class<?> type = function.getClass();
        if (!type.isSynthetic() && !type.getName().contains("$$Lambda")) {
            String simple = type.getSimpleName();
            return simple.isEmpty() ? LAMBDA : simple;
        }
        if (function instanceof Serializable) {
            String method = implementationMethod(function);
            if (method != null && !method.startsWith("lambda$")) {
                return method;
            }
        }
        return LAMBDA;
    }

    private static String implementationMethod(Object lambda) {
        try {
            Method writeReplace = lambda.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            Object replaced = writeReplace.invoke(lambda);
            return replaced instanceof SerializedLambda ? ((SerializedLambda) replaced).getImplMethodName() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
