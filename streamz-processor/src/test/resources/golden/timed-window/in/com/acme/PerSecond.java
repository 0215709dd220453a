package com.acme;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindow;
import java.util.List;

/** timedWindow: a list every second, empty ones too, counted by a fused map. */
@Pipeline
public interface PerSecond {
    @Source void emit(String event);

    @TimedWindow(1000) List<String> perSecond(String event);

    @Map default int count(List<String> window) {
        return window.size();
    }

    @Sink void out(int count);
}
