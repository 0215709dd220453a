package valid;

import io.streamz.annotations.*;

/** Two branches off one stage, a default sink, boxing and widening into Object. */
@Pipeline
public interface Branches {
    @Source void emit(int x);
    @Map default int doubled(int x) { return 2 * x; }
    @Sink void evens(Integer x);
    @Filter(from = "doubled") default boolean big(Object x) { return ((Integer) x) > 10; }
    @Sink default void print(int x) { System.out.println(x); }
    @Map(from = "emit") default String text(int x) { return "#" + x; }
    @Sink void texts(CharSequence text);
}
