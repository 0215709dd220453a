package io.streamz;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * What {@link Stream#sinkToList()} returns: a live, read-only view of the collected elements
 * (it is a {@link List}, as streamz's {@code sink_to_list} returns a list) that can also
 * {@linkplain #destroy() destroy} the sink feeding it. Reads are safe from any thread.
 */
public final class ListSink<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> elements = new ArrayList<>();
    private final Sink<T> sink;

    ListSink(Stream<T> upstream) {
        this.sink = new Sink<>(upstream, Named.consumer("append", this::append));
    }

    private void append(T element) {
        synchronized (elements) {
            elements.add(element);
        }
    }

    @Override
    public T get(int index) {
        synchronized (elements) {
            return elements.get(index);
        }
    }

    @Override
    public int size() {
        synchronized (elements) {
            return elements.size();
        }
    }

    /** {@return a copy of the elements collected so far} */
    public List<T> snapshot() {
        synchronized (elements) {
            return new ArrayList<>(elements);
        }
    }

    /** Empties the list; the sink keeps collecting. */
    @Override
    public void clear() {
        synchronized (elements) {
            elements.clear();
        }
    }

    /** {@return the sink node feeding this list} */
    public Sink<T> sink() {
        return sink;
    }

    /** Destroys the sink: the list keeps what it has and receives nothing more. */
    public void destroy() {
        sink.destroy();
    }
}
