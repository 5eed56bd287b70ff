package dev.roster.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 that a test puts between a client and a service, so that it can cut the
 * network path and restore it without touching the service itself, which other programs may share.
 * {@link #cut} ends every proxied connection at once and turns new ones away; {@link #restore}
 * forwards again. Each connection takes two virtual threads, one a direction; {@link #close} ends
 * them all and waits for them, so nothing outlives the proxy.
 */
public final class TcpProxy implements AutoCloseable {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    // Guarded by this: a connection is registered and cut under the same lock, so none slips past a cut.
    private final Set<Link> live = new HashSet<>();
    private boolean cut;
    private boolean closed;

    private TcpProxy(InetSocketAddress target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
    }

    /** A proxy on a free port of 127.0.0.1 forwarding to {@code host:port}, accepting at once. */
    public static TcpProxy start(String host, int port) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            TcpProxy proxy = new TcpProxy(new InetSocketAddress(host, port), listener);
            proxy.threads.execute(proxy::acceptUntilClosed);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * Ends every live connection in both directions and, until {@link #restore}, closes new ones as
     * soon as they arrive. Connections are reset rather than closed, as when a host or a network path
     * dies, so a client fails at once instead of waiting for an answer that never comes.
     */
    public void cut() {
        List<Link> ending;
        synchronized (this) {
            cut = true;
            ending = new ArrayList<>(live);
        }
        ending.forEach(Link::close);
    }

    /** Forwards new connections again; those ended by {@link #cut} stay ended, as a client would expect. */
    public synchronized void restore() {
        if (!closed) cut = false;
    }

    /** The number of connections being forwarded now. */
    public synchronized int connections() {
        return live.size();
    }

    /**
     * The local ports of the live connections to the target, which the target sees as their client
     * ports: lets a test find its own sessions there (in PostgreSQL, {@code pg_stat_activity.client_port})
     * and leave everyone else's alone.
     */
    public synchronized List<Integer> upstreamPorts() {
        return live.stream().map(link -> link.upstream.getLocalPort()).toList();
    }

    private void acceptUntilClosed() {
        while (true) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // the listener was closed: the proxy is closing
            }
            try {
                threads.execute(() -> forward(client));
            } catch (RejectedExecutionException e) {
                reset(client); // accepted just as the proxy closed
                return;
            }
        }
    }

    /** Connects {@code client} to the target and copies both ways until either side or a cut ends it. */
    private void forward(Socket client) {
        if (isCut()) {
            reset(client);
            return;
        }
        Socket upstream = new Socket();
        try {
            upstream.connect(target, CONNECT_TIMEOUT_MILLIS);
            // Protocols such as PostgreSQL's exchange small messages: no Nagle delay on top of the client's.
            upstream.setTcpNoDelay(true);
            client.setTcpNoDelay(true);
        } catch (IOException e) {
            reset(client);
            reset(upstream);
            return;
        }
        Link link = new Link(client, upstream);
        synchronized (this) {
            // A cut or close that came while connecting must end this connection too.
            if (!cut && !closed) live.add(link);
        }
        if (!isLive(link)) {
            link.close();
            return;
        }
        try {
            threads.execute(() -> link.pump(upstream, client));
        } catch (RejectedExecutionException e) {
            link.close(); // registered just as the proxy closed
            return;
        }
        link.pump(client, upstream);
    }

    private synchronized boolean isCut() {
        return cut || closed;
    }

    private synchronized boolean isLive(Link link) {
        return live.contains(link);
    }

    private synchronized void forget(Link link) {
        live.remove(link);
    }

    /** Closes with a reset (SO_LINGER 0): the peer's next read fails at once. */
    private static void reset(Socket socket) {
        try {
            if (!socket.isClosed()) socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // already unusable: closing below is all that is left
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to do for a socket being thrown away
        }
    }

    /** Stops accepting, ends every connection, and waits until all the proxy's threads have ended. */
    @Override
    public void close() {
        List<Link> ending;
        synchronized (this) {
            closed = true;
            ending = new ArrayList<>(live);
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // the accept loop ends either way
        }
        ending.forEach(Link::close);
        // Closing the sockets unblocks every read, write and accept, so this wait is short.
        threads.close();
    }

    /** One proxied connection: a client socket and the matching one to the target. */
    private final class Link {
        private final Socket client;
        private final Socket upstream;
        private final AtomicInteger directionsOpen = new AtomicInteger(2);

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        /**
         * Copies {@code from} to {@code to}. An end of stream is passed on as a half-close, so a peer
         * that stops sending can still receive; a failure ends the whole connection.
         */
        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int n; (n = in.read(buffer)) != -1; ) out.write(buffer, 0, n);
                to.shutdownOutput();
                if (directionsOpen.decrementAndGet() == 0) finish();
            } catch (IOException e) {
                close();
            }
        }

        /** Both sides have finished sending: an ordinary close. */
        private void finish() {
            forget(this);
            try {
                client.close();
                upstream.close();
            } catch (IOException e) {
                close();
            }
        }

        /** Resets both sides, whatever either was doing. */
        void close() {
            forget(this);
            reset(client);
            reset(upstream);
        }
    }
}
