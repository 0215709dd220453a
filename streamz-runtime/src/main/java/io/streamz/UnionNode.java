package io.streamz;

/** streamz's {@code union}: passes on every element of every input as it arrives. */
final class UnionNode<T> extends Stream<T> {
    UnionNode(Stream<? extends T> first, Stream<?>[] others) {
        super(Inputs.prepend(first, others));
    }

    @Override
    String operatorName() {
        return "union";
    }
}
