package valid;

import io.streamz.annotations.*;

import java.util.List;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface TimeStages {
    @Source CompletionStage<Void> emit(int x);
    @Buffer(4) int queued(int x);
    @Delay(0) Integer later(int x);
    @RateLimit(value = 10, from = "emit") Object paced(int x);
    @TimedWindow(value = 1000, from = "emit") List<Integer> perSecond(int x);
    @Sink(from = "later") void out(int x);
    @Sink(from = "paced") void paces(Object x);
    @Sink(from = "perSecond") void windows(List<Integer> w);
    @Source void other(String s);
    @Delay(1) String otherLater(String s);
    @Union(from = {"otherLater", "other"}) String both(String s);
    @Sink void all(String s);
}
