package bad;

import io.streamz.annotations.*;

@Pipeline
interface Lines {
    @Source void emit(String line);
    @Map default int length(String line) { return line.length(); }
    @Sink void out(int length);
}

/** One error, not one per inherited stage nor a did-you-mean for 'emit'. */
@Pipeline
public interface ExtendsPipeline extends Lines { // ERROR streamz.pipeline-extends-pipeline
    @Map(from = "emit") default int words(String line) { return line.split(" ").length; }
    @Sink void counts(int words);
}
