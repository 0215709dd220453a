package io.streamz.bench;

/**
 * One implementation of a topology, ready to run: {@link #run()} pushes the topology's
 * {@link Inputs#N} input elements one by one and returns the sink's {@link Checksum}. The
 * benchmarks time {@code run()}; the sanity test checks every implementation returns the same.
 */
public abstract class BenchState {
    /** The sink of this implementation. */
    protected final Checksum out = new Checksum();

    /** Pushes the input once; returns the checksum of everything the sink has received so far. */
    public abstract long run();
}
