package bad;

/** Fully qualified, in a lambda of a field initializer, and nested in a local class. */
public class InLambdaAndNested {
    final Runnable task = () -> {
        @io.streamz.annotations.Pipeline // ERROR streamz.local-pipeline (in a lambda)
        interface InLambda {
            @io.streamz.annotations.Source void emit(String line);
            @io.streamz.annotations.Sink void out(String line);
        }
    };

    static int count() {
        class Holder {
            @io.streamz.annotations.Pipeline // ERROR streamz.local-pipeline (nested in a local class)
            interface Nested {
                @io.streamz.annotations.Source void emit(String line);
                @io.streamz.annotations.Sink void out(String line);
            }
        }
        return new Holder().hashCode();
    }

    /** A member interface is visible: it gets generated, no error. */
    @io.streamz.annotations.Pipeline
    interface Member {
        @io.streamz.annotations.Source void emit(String line);
        @io.streamz.annotations.Sink void out(String line);
    }
}
