package io.streamz.it.diff;

import io.streamz.annotations.CombineLatest;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Map;
import io.streamz.annotations.Partition;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import io.streamz.annotations.Union;
import io.streamz.annotations.Zip;
import java.util.List;

/**
 * Two sources keyed by user and joined per user: a zip (a default method that refuses one
 * pairing), a combineLatest emitting on clicks only, a union, a sliding window (with partial
 * windows) and partitions with and without an inner key, all per user.
 */
@Pipeline
public interface KeyedJoins {
    record Click(String user, int page) {}

    @Source
    void clicks(Click click);

    @KeyBy(key = "clickUser")
    Click byClickUser(Click click);

    default String clickUser(Click click) {
        return click.user();
    }

    @Source
    void views(long view);

    @KeyBy(key = "viewUser")
    long byViewUser(long view);

    default String viewUser(long view) {
        return "u" + Math.floorMod(view, 4);
    }

    @Zip(from = {"byClickUser", "byViewUser"})
    default String paired(Click click, long view) {
        if (click.page() == 7 && view % 5 == 0) {
            throw new IllegalStateException("page 7 meets view " + view);
        }
        return click.page() + "@" + view;
    }

    @Sink
    void pairs(String pair);

    @CombineLatest(
            from = {"byClickUser", "byViewUser"},
            emitOn = "byClickUser")
    List<Object> latest(Click click, long view);

    @Sink
    void latests(List<Object> tuple);

    @Map(from = "byClickUser")
    default long pageOf(Click click) {
        return click.page();
    }

    @Union(from = {"pageOf", "byViewUser"})
    long numbers(long x);

    @SlidingWindow(value = 3, returnPartial = true)
    List<Long> lastThree(long x);

    @Sink
    void windows(List<Long> window);

    @Partition(value = 2, from = "byClickUser", key = "page")
    List<Click> samePage(Click click);

    default int page(Click click) {
        return click.page();
    }

    @Sink
    void pages(List<Click> clicks);

    @Partition(value = 3, from = "byViewUser")
    List<Long> threes(long view);

    @Sink
    void batches(List<Long> views);
}
