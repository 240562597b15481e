package app.stepwise.teacher;

/**
 * How long one teacher-PIN check takes on this computer (not a test: timings vary with the machine and its load, so
 * they are printed, never asserted). Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes app.stepwise.teacher.PinHashBench}. The first check of a fresh
 * JVM is the one the teacher waits for (the hash code is not yet compiled); the later ones show the steady cost.
 */
public final class PinHashBench {
    private PinHashBench() {}

    public static void main(String[] args) {
        char[] pin = "5820".toCharArray();
        if (args.length > 0 && args[0].equals("--warm")) {
            long w = System.nanoTime();
            PinHash.of(pin, Integer.parseInt(args[1]));
            System.out.printf("warm-up of %s iterations: %d ms%n", args[1], (System.nanoTime() - w) / 1_000_000);
        }
        long t0 = System.nanoTime();
        PinHash hash = PinHash.of(pin);
        long made = System.nanoTime() - t0;
        System.out.printf("%s, %,d iterations; %d cores, load %.1f%n", PinHash.ALGORITHM, hash.iterations(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("first hash (cold JVM): %d ms%n", made / 1_000_000);
        for (int i = 1; i <= 5; i++) {
            long t = System.nanoTime();
            boolean ok = hash.matches(pin);
            System.out.printf("check %d: %d ms (%s)%n", i, (System.nanoTime() - t) / 1_000_000, ok ? "matches" : "WRONG");
        }
    }
}
