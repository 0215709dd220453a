package com.acme;

import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.ZipLatest;
import java.util.List;

/** zipLatest: every tick exactly once, with the latest setting. */
@Pipeline
public interface Ticks {
    @Source void ticks(long tick);

    @Source void settings(String setting);

    @ZipLatest(from = {"ticks", "settings"}) List<Object> configured(long tick, String setting);

    @Sink void out(List<Object> configured);
}
