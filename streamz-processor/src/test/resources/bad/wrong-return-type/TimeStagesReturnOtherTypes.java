package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface TimeStagesReturnOtherTypes {
    @Source void emit(String line);
    @Delay(5) int later(String line); // ERROR streamz.wrong-return-type
    @TimedWindow(value = 100, from = "emit") String perTenth(String line); // ERROR streamz.wrong-return-type
    @Sink void out(int x);
    @Sink(from = "perTenth") void windows(String w);
}
