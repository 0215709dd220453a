/**
 * {@code @Pipeline} and its stage annotations, read at compile time by the streamz processor.
 *
 * <p>A modular application declares {@code requires static io.streamz.annotations;} (the
 * annotations are needed to compile, not to run) and {@code requires io.streamz;}.
 */
module io.streamz.annotations {
    // Generated classes carry javax.annotation.processing.Generated, of module java.compiler
    // (SOURCE retention): reading it transitively, at compile time only, spares a modular
    // application a requires of its own.
    requires static transitive java.compiler;

    exports io.streamz.annotations;
}
