package com.acme;

import io.streamz.annotations.CombineLatest;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Partition;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import java.util.List;

/** Two sources keyed by user and joined per user. */
@Pipeline
public interface ClicksAndViews {
    record Click(String user, String page) {}

    record View(String user, long millis) {}

    @Source void clicks(Click click);

    @KeyBy(key = "clickUser") Click byClickUser(Click click);

    default String clickUser(Click click) {
        return click.user();
    }

    @Source void views(View view);

    @KeyBy(key = "viewUser") View byViewUser(View view);

    default String viewUser(View view) {
        return view.user();
    }

    @Zip(from = {"byClickUser", "byViewUser"}) default String paired(Click click, View view) {
        return click.page() + "@" + view.millis();
    }

    @Sink void pairs(String pair);

    @CombineLatest(from = {"byClickUser", "byViewUser"}, emitOn = "byClickUser")
    List<Object> latest(Click click, View view);

    @Sink void latests(List<Object> tuple);

    @SlidingWindow(value = 2, from = "byViewUser") List<View> lastTwo(View view);

    @Sink void windows(List<View> views);

    @Partition(value = 2, from = "byClickUser", key = "page") List<Click> samePage(Click click);

    default String page(Click click) {
        return click.page();
    }

    @Sink void pages(List<Click> clicks);
}
