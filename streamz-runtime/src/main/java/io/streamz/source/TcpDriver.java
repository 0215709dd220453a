package io.streamz.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * streamz's {@code from_tcp}: a server socket on a port; every client may send messages ending
 * with a delimiter ({@code "\n"} by default), each emitted <em>without</em> it (streamz keeps
 * it) as text (UTF-8 by default; streamz emits bytes). A partial message is held until its
 * delimiter arrives; when a client closes its connection, what it sent after its last
 * delimiter is emitted as a last message. Each client is read by a thread of its own, which
 * waits for every message's emit stage before reading on (back pressure reaches the client
 * through TCP). {@code start()} binds the port (0 picks a free one, see {@link #localPort()})
 * and fails if it is in use; {@code stop()} closes the server and every connection. A client
 * whose connection fails is reported and dropped; a failing server socket stops the source.
 */
public final class TcpDriver implements SourceDriver<String> {
    private final int port;
    private final String delimiter;
    private final Charset charset;
    private volatile int localPort = -1;

    private TcpDriver(int port, String delimiter, Charset charset) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("fromTcp: port must be within 0..65535, not " + port);
        }
        this.port = port;
        this.delimiter = RecordSplitter.requireDelimiter(delimiter);
        this.charset = Objects.requireNonNull(charset, "fromTcp: charset must not be null");
    }

    /**
     * Listens on {@code port} (0: any free port), messages ending with {@code "\n"}, in UTF-8.
     *
     * @param port the port
     * @return a driver listening on {@code port}
     */
    public static TcpDriver of(int port) {
        return new TcpDriver(port, "\n", StandardCharsets.UTF_8);
    }

    /**
     * The text that ends a message.
     *
     * @param delimiter what ends a record
     * @return a copy of this driver with that setting
     */
    public TcpDriver delimiter(String delimiter) {
        return new TcpDriver(port, delimiter, charset);
    }

    /**
     * The encoding clients send in; malformed bytes become U+FFFD.
     *
     * @param charset the character set
     * @return a copy of this driver with that setting
     */
    public TcpDriver charset(Charset charset) {
        return new TcpDriver(port, delimiter, charset);
    }

    /** {@return the port the server listens on while started (the one picked when built with 0), or -1 before} */
    public int localPort() {
        return localPort;
    }

    @Override
    public Session open(SourceContext<String> context) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        localPort = server.getLocalPort();
        Server running = new Server(context, server);
        running.acceptor = Blocking.daemon("streamz-tcp-" + localPort, running::accept);
        return running;
    }

    @Override
    public String operatorName() {
        return "fromTcp";
    }

    @Override
    public String detail() {
        return Integer.toString(port);
    }

    private final class Server implements Session {
        private final SourceContext<String> context;
        private final ServerSocket server;
        private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
        private final Set<Thread> readers = ConcurrentHashMap.newKeySet();
        private volatile Thread acceptor;
        /** Set by {@link #close} before it closes the connections: their readers' failures are no failures. */
        private volatile boolean closing;

        Server(SourceContext<String> context, ServerSocket server) {
            this.context = context;
            this.server = server;
        }

        void accept() {
            int n = 0;
            while (context.active()) {
                Socket client;
                try {
                    client = server.accept();
                } catch (IOException e) {
                    context.fail(e); // does nothing once closed by stop()
                    return;
                }
                clients.add(client);
                if (!context.active()) {
                    closeQuietly(client);
                    return;
                }
                readers.add(Blocking.daemon("streamz-tcp-" + localPort + "-client-" + ++n, () -> read(client)));
            }
        }

        private void read(Socket client) {
            RecordSplitter splitter = new RecordSplitter(delimiter);
            char[] buffer = new char[8192];
            try (Reader in = new InputStreamReader(client.getInputStream(), charset)) {
                for (int n = in.read(buffer); n >= 0 && context.active(); n = in.read(buffer)) {
                    for (String message : splitter.add(java.nio.CharBuffer.wrap(buffer, 0, n))) {
                        Blocking.await(context.emit(message));
                    }
                }
                String last = splitter.takeRest();
                if (!last.isEmpty() && context.active()) {
                    Blocking.await(context.emit(last));
                }
            } catch (IOException e) {
                // the reader, and so the socket, is closed already here: whether stop() closed it is `closing`
                if (context.active() && !closing) {
                    context.loop()
                            .reportFailure(new UncheckedIOException(
                                    context.label() + ": connection from " + client.getRemoteSocketAddress()
                                            + " failed; its partial message is dropped",
                                    e));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closed while waiting for an emit
            } finally {
                closeQuietly(client);
                clients.remove(client);
                readers.remove(Thread.currentThread());
            }
        }

        /** Closes the server and its connections; returns once the port is free again. */
        @Override
        public void close() {
            closing = true;
            closeQuietly(server);
            Blocking.join(acceptor); // a socket closed while accept() blocks is released when that thread leaves
            for (Socket client : clients) {
                closeQuietly(client);
            }
            for (Thread reader : readers) {
                reader.interrupt();
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing a socket on stop: nothing is left to lose
        }
    }
}
