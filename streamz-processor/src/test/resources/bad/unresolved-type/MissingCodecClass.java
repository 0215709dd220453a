package bad;

import io.streamz.annotations.*;

@Pipeline(distributed = true, codecs = NoSuchCodec.class) // ERROR streamz.unresolved-type ERROR javac
public interface MissingCodecClass {
    final class Money {
        final long cents;
        public Money(long cents) { this.cents = cents; }
    }
    @Source void emit(Money money); // no missing-codec here: the codec may come in a later round
    @Sink void out(Money money);
}
