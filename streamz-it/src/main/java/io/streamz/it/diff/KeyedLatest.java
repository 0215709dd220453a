package io.streamz.it.diff;

import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Slice;
import io.streamz.annotations.Source;
import io.streamz.annotations.ZipLatest;
import java.util.List;

/**
 * Per user: a zipLatest of clicks (lossless) with the latest limit and the latest note, a default
 * method that refuses one combination, and slices of the clicks with and without an end.
 */
@Pipeline
public interface KeyedLatest {
    record Click(String user, int page) {}

    record Limit(String user, int max) {}

    @Source
    void clicks(Click click);

    @KeyBy(key = "clickUser")
    Click byClickUser(Click click);

    default String clickUser(Click click) {
        return click.user();
    }

    @Source
    void limits(Limit limit);

    @KeyBy(key = "limitUser")
    Limit byLimitUser(Limit limit);

    default String limitUser(Limit limit) {
        return limit.user();
    }

    @Source
    void notes(String note);

    @KeyBy(key = "noteUser")
    String byNoteUser(String note);

    default String noteUser(String note) {
        return note.substring(0, note.indexOf(':'));
    }

    @ZipLatest(from = {"byClickUser", "byLimitUser"})
    default String checked(Click click, Limit limit) {
        if (click.page() == 7 && limit.max() == 0) {
            throw new IllegalStateException("page 7 under limit 0");
        }
        return click.user() + " " + click.page() + (click.page() > limit.max() ? " over " : " within ") + limit.max();
    }

    @Sink
    void checks(String check);

    @ZipLatest(from = {"byClickUser", "byNoteUser", "byLimitUser"})
    List<Object> annotated(Click click, String note, Limit limit);

    @Sink
    void annotations(List<Object> tuple);

    @Slice(from = "byClickUser", start = 1, end = 9, step = 3)
    Click sampled(Click click);

    @Sink
    void samples(Click click);

    @Slice(from = "byLimitUser", start = 2)
    Limit laterLimits(Limit limit);

    @Sink
    void latestLimits(Limit limit);
}
