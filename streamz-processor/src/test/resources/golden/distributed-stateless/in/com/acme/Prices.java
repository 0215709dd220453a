package com.acme;

import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

@Pipeline(distributed = true, codecs = MoneyCodec.class)
public interface Prices {
    @Source void quotes(String line);

    @Map default Money parse(String line) {
        return new Money(Long.parseLong(line.trim()));
    }

    @Filter default boolean positive(Money money) {
        return money.cents() > 0;
    }

    @Sink void out(Money money);

    @Map(from = "quotes") default int length(String line) {
        return line.length();
    }

    @Sink void lengths(int length);
}
