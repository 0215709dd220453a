package bad;

import io.streamz.annotations.*;
import io.streamz.codec.Codec;
import io.streamz.codec.CodecInput;
import io.streamz.codec.CodecOutput;

@Pipeline(
        distributed = true,
        codecs = {
            TwoCodecsForOneType.Cents.class,
            TwoCodecsForOneType.Text.class // ERROR streamz.bad-codec
        })
public interface TwoCodecsForOneType {
    final class Money {
        final long cents;
        public Money(long cents) { this.cents = cents; }
    }
    final class Cents implements Codec<Money> {
        @Override public void write(Money value, CodecOutput out) { out.writeLong(value.cents); }
        @Override public Money read(CodecInput in) { return new Money(in.readLong()); }
        @Override public String schema() { return "cents"; }
    }
    final class Text implements Codec<Money> {
        @Override public void write(Money value, CodecOutput out) { out.writeString(Long.toString(value.cents)); }
        @Override public Money read(CodecInput in) { return new Money(Long.parseLong(in.readString())); }
        @Override public String schema() { return "text"; }
    }
    @Source void emit(Money money);
    @Sink void out(Money money);
}
