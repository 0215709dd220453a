package io.streamz.it.diff;

import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.ZipLatest;
import java.util.List;

/** zipLatest of three sources: {@code events} is lossless, the other two give their latest value. */
@Pipeline
public interface ZipLatestThree {
    @Source
    void events(int event);

    @Source
    void modes(String mode);

    @Source
    void levels(long level);

    @ZipLatest(from = {"events", "modes", "levels"})
    List<Object> tagged(int event, String mode, long level);

    @Sink
    void out(List<Object> tagged);
}
