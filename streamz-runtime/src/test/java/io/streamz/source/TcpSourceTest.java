package io.streamz.source;

import static io.streamz.source.RealLoop.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ListSink;
import io.streamz.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code fromTcp} with real sockets: streamz's test_tcp, test_socket and test_socket_multiple_connection. */
class TcpSourceTest {
    private final RealLoop real = new RealLoop();

    @AfterEach
    void tearDown() {
        real.close(); // stops the sources made on it too
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Test
    void aPartialMessageIsHeldUntilItsDelimiter() throws IOException {
        TcpDriver driver = TcpDriver.of(0);
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        try (Socket socket = new Socket("localhost", driver.localPort())) {
            send(socket, "data");
            send(socket, "\n");
            eventually("data arrives", () -> out.size() == 1);
            send(socket, "\nmore\ndata");
            eventually("two more messages", () -> out.size() == 3);
            assertEquals(List.of("data", "", "more"), out.snapshot(), "messages come without their delimiter");
        }
        eventually("the last partial message, once the client closed", () -> out.size() == 4);
        assertEquals(List.of("data", "", "more", "data"), out.snapshot());
    }

    @Test
    void messagesFromSeveralClientsAllArrive() throws IOException {
        TcpDriver driver = TcpDriver.of(0).delimiter("\r\n");
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        try (Socket first = new Socket("localhost", driver.localPort())) {
            send(first, "data\r\n");
            eventually("first client", () -> out.size() == 1);
        }
        try (Socket second = new Socket("localhost", driver.localPort());
                Socket third = new Socket("localhost", driver.localPort())) {
            send(second, "data\r\n");
            eventually("second client", () -> out.size() == 2);
            send(third, "data2\r\n");
            eventually("third client", () -> out.size() == 3);
        }
        assertEquals(List.of("data", "data", "data2"), out.snapshot());
        assertTrue(real.failures.isEmpty(), real.failures::toString);
    }

    @Test
    void aClientWaitsForTheEmitOfItsPreviousMessage() throws IOException {
        TcpDriver driver = TcpDriver.of(0);
        Source<String> source = real.source(driver);
        List<String> written = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> writes = new CopyOnWriteArrayList<>();
        source.sinkAsync(x -> {
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            written.add(x);
            return write;
        });
        source.start();
        try (Socket socket = new Socket("localhost", driver.localPort())) {
            send(socket, "a\nb\nc\n");
            eventually("the first write starts", () -> written.size() == 1);
            assertEquals(List.of("a"), written, "b waits for a's write");
            writes.get(0).complete(null);
            eventually("the second write starts", () -> written.size() == 2);
            writes.get(1).complete(null);
            eventually("the third write starts", () -> written.size() == 3);
            writes.get(2).complete(null);
        }
        assertEquals(List.of("a", "b", "c"), written);
    }

    @Test
    void stopClosesTheServerAndItsConnections() throws IOException {
        TcpDriver driver = TcpDriver.of(0);
        Source<String> source = real.source(driver);
        ListSink<String> out = source.sinkToList();
        source.start();
        int port = driver.localPort();
        try (Socket socket = new Socket("localhost", port)) {
            send(socket, "before\n");
            eventually("before", () -> out.size() == 1);
            source.stop();
            eventually("the connection closed by the server", () -> {
                try {
                    return socket.getInputStream().read() < 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
        try (ServerSocket again = new ServerSocket(port)) {
            assertEquals(port, again.getLocalPort(), "the port is free again: the server socket is closed");
        }
        assertEquals(List.of("before"), out.snapshot());
    }

    @Test
    void aPortInUseFailsAtStart() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Source<String> source = real.source(TcpDriver.of(taken.getLocalPort()));
            UncheckedIOException e = assertThrows(UncheckedIOException.class, source::start);
            assertTrue(
                    e.getMessage()
                            .startsWith("<fromTcp: " + taken.getLocalPort() + "> cannot start: java.net.BindException"),
                    e.getMessage());
            assertTrue(source.isStopped());
        }
    }

    @Test
    void badArgumentsFailWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> TcpDriver.of(-1));
        assertThrows(IllegalArgumentException.class, () -> TcpDriver.of(65_536));
        assertThrows(IllegalArgumentException.class, () -> TcpDriver.of(0).delimiter(""));
    }
}
