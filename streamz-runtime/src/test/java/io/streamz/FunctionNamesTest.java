package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Serializable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How a node is labelled by its function: a {@link Named} one by its name, a serializable lambda
 * or method reference by its implementation method, a class by its simple name, anything else
 * {@code <lambda>}.
 */
class FunctionNamesTest {
    interface SerializableFunction<T, R> extends Function<T, R>, Serializable {}

    static final class Increment implements Function<Integer, Integer> {
        @Override
        public Integer apply(Integer x) {
            return x + 1;
        }
    }

    private static Integer twice(Integer x) {
        return 2 * x;
    }

    private static String label(Function<Integer, Integer> f) {
        return new Stream<Integer>().map(f).label();
    }

    @Test
    void aNodeIsLabelledByWhatItsFunctionTellsOfItself() {
        assertEquals("map: twice", label((SerializableFunction<Integer, Integer>) FunctionNamesTest::twice));
        assertEquals("map: abs", label((SerializableFunction<Integer, Integer>) Math::abs));
        assertEquals(
                "map: <lambda>",
                label((SerializableFunction<Integer, Integer>) x -> x + 1),
                "a lambda's method is lambda$...");
        assertEquals("map: <lambda>", label(FunctionNamesTest::twice), "not serializable: no way to its method");
        assertEquals("map: <lambda>", label(x -> x));
        assertEquals("map: Increment", label(new Increment()));
        assertEquals(
                "map: <lambda>",
                label(new Function<>() {
                    @Override
                    public Integer apply(Integer x) {
                        return x;
                    }
                }),
                "an anonymous class has no simple name");
        assertEquals("map: inc", label(Named.function("inc", x -> x + 1)));
    }
}
