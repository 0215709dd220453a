package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;

@Pipeline(distributed = true)
public interface RouteAcrossScopes {
    @Source void words(String word);
    @Map default String trimmed(String word) { return word.trim(); }
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Map default int length(String word) { return word.length(); }
    @Sink void out(int length);
    @OnFailure(from = {"trimmed", "length"}) default void failed(FailedElement failure) {} // ERROR streamz.on-failure-across-scopes
}
