package org.civicgrid.messaging.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.civicgrid.shared.Caller;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live delivery to open pages on every node. Each node holds one connection that {@code LISTEN}s on
 * {@link ChannelService#NOTIFY}; a post's transaction notifies at its commit, so every node learns of it and sends
 * it to its own pages subscribed to the channel. A page's event id is its position in each of its channels
 * ({@code 12:340,13:55}); a page that reconnects sends it back (the browser's {@code Last-Event-ID}) and is sent
 * what it missed from the database, so nothing depends on what a node kept in memory.
 */
@Component
public class LiveFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

	/** One open page: whose it is, where it stands in each channel, and its emitter. */
	static final class Subscription {

		final Caller caller;
		final Map<Long, Long> positions;
		final SseEmitter emitter;

		Subscription(Caller caller, Map<Long, Long> positions, SseEmitter emitter) {
			this.caller = caller;
			this.positions = new ConcurrentHashMap<>(positions);
			this.emitter = emitter;
		}

		String eventId() {
			return positions.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
		}
	}

	private final DataSource dataSource;
	private final StoredPosts posts;
	private final MessagingSettings settings;
	private final Map<Long, Set<Subscription>> byChannel = new ConcurrentHashMap<>();
	private final ExecutorService senders = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "messaging-live-send");
		t.setDaemon(true);
		return t;
	});
	private volatile boolean running;
	private Thread listener;

	LiveFeed(DataSource dataSource, StoredPosts posts, MessagingSettings settings) {
		this.dataSource = dataSource;
		this.posts = posts;
		this.settings = settings;
	}

	/**
	 * Opens a page's live stream over its channels; {@code lastEventId} (after a reconnect) says where it stood, and
	 * what came since is sent first.
	 */
	public SseEmitter open(Caller caller, Map<Long, Long> current, String lastEventId) {
		SseEmitter emitter = new SseEmitter(TimeUnit.MINUTES.toMillis(30));
		Map<Long, Long> known = positions(lastEventId);
		Map<Long, Long> start = new LinkedHashMap<>();
		current.forEach((channel, seq) -> start.put(channel, Math.min(seq, known.getOrDefault(channel, seq))));
		Subscription s = new Subscription(caller, start, emitter);
		Runnable drop = () -> start.keySet().forEach(c -> byChannel.getOrDefault(c, Set.of()).remove(s));
		emitter.onCompletion(drop);
		emitter.onTimeout(drop);
		emitter.onError(e -> drop.run());
		// subscribed before the missed posts are read, and under the page's lock, so none falls between the two
		start.keySet().forEach(c -> byChannel.computeIfAbsent(c, k -> new CopyOnWriteArraySet<>()).add(s));
		senders.execute(() -> {
			try {
				synchronized (s) {
					emitter.send(SseEmitter.event().comment("open"));
					for (Map.Entry<Long, Long> p : start.entrySet()) {
						if (p.getValue() < current.get(p.getKey())) {
							for (Post missed : posts.after(p.getKey(), caller.accountId(), p.getValue(),
									settings.replayLimit())) {
								send(s, missed);
							}
						}
					}
				}
			}
			catch (IOException | RuntimeException e) {
				emitter.completeWithError(e);
			}
		});
		return emitter;
	}

	/** How many pages are open on this node. */
	public int openPages() {
		return (int) byChannel.values().stream().flatMap(Set::stream).distinct().count();
	}

	static Map<Long, Long> positions(String eventId) {
		Map<Long, Long> positions = new LinkedHashMap<>();
		if (eventId == null || eventId.isBlank() || eventId.length() > 20_000) {
			return positions;
		}
		for (String part : eventId.split(",")) {
			String[] cs = part.split(":");
			if (cs.length == 2 && cs[0].matches("\\d{1,18}") && cs[1].matches("\\d{1,18}")) {
				positions.put(Long.parseLong(cs[0]), Long.parseLong(cs[1]));
			}
		}
		return positions;
	}

	private void deliver(long channel, long seq) {
		Set<Subscription> subscribers = byChannel.getOrDefault(channel, Set.of());
		if (subscribers.isEmpty()) {
			return;
		}
		List<Post> found = posts.after(channel, -1, seq - 1, 1);
		if (found.isEmpty() || found.get(0).seq() != seq) {
			return;
		}
		Post post = found.get(0);
		for (Subscription s : new ArrayList<>(subscribers)) {
			senders.execute(() -> {
				try {
					send(s, post);
				}
				catch (IOException | RuntimeException e) {
					s.emitter.completeWithError(e);
				}
			});
		}
	}

	/** A member left or was removed: their open pages on this node stop receiving the channel at once. */
	private void drop(long channel, long account) {
		byChannel.getOrDefault(channel, Set.of()).removeIf(s -> s.caller.accountId() == account);
	}

	private static void send(Subscription s, Post post) throws IOException {
		synchronized (s) {
			if (s.positions.getOrDefault(post.channelId(), Long.MAX_VALUE) >= post.seq()) {
				return;
			}
			s.positions.put(post.channelId(), post.seq());
			s.emitter.send(SseEmitter.event().name("post").id(s.eventId()).data(post, MediaType.APPLICATION_JSON));
		}
	}

	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				try (Statement st = connection.createStatement()) {
					st.execute("listen " + ChannelService.NOTIFY);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				int beats = 0;
				while (running) {
					PGNotification[] notes = pg.getNotifications(500);
					if (notes != null) {
						for (PGNotification n : notes) {
							String[] cs = n.getParameter().split(":");
							if (cs[0].equals("drop")) {
								drop(Long.parseLong(cs[1]), Long.parseLong(cs[2]));
							}
							else {
								deliver(Long.parseLong(cs[0]), Long.parseLong(cs[1]));
							}
						}
					}
					if (++beats % 50 == 0) {
						keepAlive();
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					log.warn("Live messaging lost its database listener, listening again: {}", e.getMessage());
					sleep();
				}
			}
		}
	}

	/** A comment every 25 seconds keeps proxies from closing quiet streams, and finds the pages that left. */
	private void keepAlive() {
		byChannel.values().stream().flatMap(Set::stream).distinct().forEach(s -> senders.execute(() -> {
			try {
				synchronized (s) {
					s.emitter.send(SseEmitter.event().comment("beat"));
				}
			}
			catch (IOException | RuntimeException e) {
				s.emitter.completeWithError(e);
			}
		}));
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		listener = new Thread(this::listen, "messaging-listen");
		listener.setDaemon(true);
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		if (listener != null) {
			listener.interrupt();
		}
		// before the web server's graceful shutdown (a lower phase), which would wait for every open stream
		byChannel.values().stream().flatMap(Set::stream).distinct().forEach(s -> s.emitter.complete());
		byChannel.clear();
		senders.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
