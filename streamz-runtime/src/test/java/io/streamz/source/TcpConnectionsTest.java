package io.streamz.source;

import static io.streamz.source.RealLoop.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ListSink;
import io.streamz.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code fromTcp}'s connections with real sockets: encodings, resets, half-closes, stop. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TcpConnectionsTest {
    private final RealLoop real = new RealLoop();

    @AfterEach
    void tearDown() {
        real.close(); // stops the sources made on it too
    }

    private static void send(Socket socket, byte... bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /** The live threads called {@code name}. */
    static List<Thread> threadsNamed(String name) {
        List<Thread> named = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name) && thread.isAlive()) {
                named.add(thread);
            }
        }
        return named;
    }

    @Test
    void theHighestPortIsAPortAndTheLabelNamesIt() {
        Source<String> source = real.source(TcpDriver.of(65_535));
        assertEquals("<fromTcp: 65535>", source.toString());
    }

    @Test
    void messagesAreDecodedWithTheCharsetMalformedBytesAsReplacementCharacters() throws IOException {
        TcpDriver latin = TcpDriver.of(0).charset(StandardCharsets.ISO_8859_1);
        Source<String> latinSource = real.source(latin);
        ListSink<String> latinOut = latinSource.sinkToList();
        latinSource.start();
        TcpDriver utf8 = TcpDriver.of(0);
        Source<String> utf8Source = real.source(utf8);
        ListSink<String> utf8Out = utf8Source.sinkToList();
        utf8Source.start();
        byte[] ete = {(byte) 0xE9, 't', (byte) 0xE9, '\n'};
        try (Socket a = new Socket("localhost", latin.localPort());
                Socket b = new Socket("localhost", utf8.localPort())) {
            send(a, ete);
            send(b, ete);
            eventually("both messages", () -> latinOut.size() == 1 && utf8Out.size() == 1);
        }
        assertEquals(List.of("été"), latinOut.snapshot());
        assertEquals(List.of("\uFFFDt\uFFFD"), utf8Out.snapshot());
    }

    @Test
    void aResetConnectionIsReportedAndItsPartialMessageDropped() throws IOException {
        TcpDriver driver = TcpDriver.of(0);
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        Socket socket = new Socket("localhost", driver.localPort());
        send(socket, "whole\n".getBytes(StandardCharsets.UTF_8));
        eventually("the whole message", () -> out.size() == 1);
        send(socket, "part".getBytes(StandardCharsets.UTF_8));
        socket.setSoLinger(true, 0); // close with a reset
        socket.close();
        eventually("the reset was reported", () -> real.failures.size() == 1);
        UncheckedIOException failure = assertInstanceOf(UncheckedIOException.class, real.failures.get(0));
        String message = failure.getMessage();
        assertTrue(message.startsWith("<fromTcp: 0>: connection from /127.0.0.1:"), message);
        assertTrue(message.endsWith(" failed; its partial message is dropped"), message);
        assertInstanceOf(SocketException.class, failure.getCause());
        assertEquals(List.of("whole"), out.snapshot());
        try (Socket next = new Socket("localhost", driver.localPort())) {
            send(next, "next\n".getBytes(StandardCharsets.UTF_8));
            eventually("the server goes on", () -> out.size() == 2);
        }
        assertEquals(List.of("whole", "next"), out.snapshot());
    }

    @Test
    void aClientThatIsDoneSendingIsAnsweredByTheServerClosingTheConnection() throws IOException {
        TcpDriver driver = TcpDriver.of(0);
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        try (Socket socket = new Socket("localhost", driver.localPort())) {
            socket.setSoTimeout((int) RealLoop.PATIENCE.toMillis());
            send(socket, "last".getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            assertEquals(-1, socket.getInputStream().read(), "the server closed its side");
        }
        eventually("the last message", () -> out.size() == 1);
        assertEquals(List.of("last"), out.snapshot());
        assertTrue(real.failures.isEmpty(), real.failures::toString);
    }

    @Test
    void stopEndsTheReaderOfAClientWaitingForItsEmit() throws IOException {
        TcpDriver driver = TcpDriver.of(0);
        Source<String> source = real.source(driver);
        List<String> written = new CopyOnWriteArrayList<>();
        source.sinkAsync(x -> {
            written.add(x);
            return new CompletableFuture<Void>(); // never done
        });
        source.start();
        String reader = "streamz-tcp-" + driver.localPort() + "-client-1";
        try (Socket socket = new Socket("localhost", driver.localPort())) {
            send(socket, "a\nb\n".getBytes(StandardCharsets.UTF_8));
            eventually("the first write started", () -> written.size() == 1);
            assertEquals(1, threadsNamed(reader).size(), "the first client's reader waits for a's write");
            source.stop();
            eventually("the reader ended", () -> threadsNamed(reader).isEmpty());
        }
        assertEquals(List.of("a"), written);
        assertTrue(real.failures.isEmpty(), "a connection closed by stop is no failure: " + real.failures);
    }
}
