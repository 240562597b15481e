package app.stepwise.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a progress store's one writer thread busy until closed, as a very slow disk, a long import or a write waiting
 * for another program's lock does: every read and write queued behind it waits. For tests of the packages above the
 * store (the class report, imports).
 */
public final class HeldWriter implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);

    public HeldWriter(ProgressStore store) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        store.onWriter(() -> {
            holding.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (!holding.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the writer thread never started");
    }

    @Override
    public void close() {
        release.countDown();
    }
}
