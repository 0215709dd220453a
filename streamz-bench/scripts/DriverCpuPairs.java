import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Paired A/B by thread CPU time of two benchmark state classes that have {@code start()} (their
 * {@code @Setup}) and {@code run()}, each from its own jar and class loader in one JVM: for a
 * benchmark whose invocation is long (KafkaStreamsDriverBench: 1024 records through a
 * TopologyTestDriver, all on the calling thread), on a machine too loaded for wall-clock JMH.
 * 25 warm-up batches of each, then alternating batches; prints the median of the per-pair ratios
 * A/B of CPU time (below 1: A is cheaper) and each side's median CPU time per run(). GC threads'
 * CPU is not counted. Usage, from the repository root:
 * java streamz-bench/scripts/DriverCpuPairs.java after.jar 'io.streamz.bench.KafkaStreamsDriverBench$Streamz'
 *     before.jar 'io.streamz.bench.KafkaStreamsDriverBench$Streamz' PAIRS RUNS_PER_BATCH
 */
public class DriverCpuPairs {
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Object a = load(args[0], args[1]), b = load(args[2], args[3]);
        Method ra = run(a), rb = run(b);
        int pairs = Integer.parseInt(args[4]);
        int runs = Integer.parseInt(args[5]);
        for (int i = 0; i < 25; i++) {
            batch(a, ra, runs);
            batch(b, rb, runs);
        }
        double[] r = new double[pairs];
        double[] xa = new double[pairs], xb = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            double x, y;
            if ((i & 1) == 0) {
                x = batch(a, ra, runs);
                y = batch(b, rb, runs);
            } else {
                y = batch(b, rb, runs);
                x = batch(a, ra, runs);
            }
            r[i] = x / y;
            xa[i] = x;
            xb[i] = y;
        }
        Arrays.sort(r);
        Arrays.sort(xa);
        Arrays.sort(xb);
        System.out.printf("A=%s %s B=%s %s: median ratio A/B %.3f (p25 %.3f, p75 %.3f); median CPU ms per run() A %.2f B %.2f%n",
                Path.of(args[0]).getFileName(), args[1], Path.of(args[2]).getFileName(), args[3],
                r[pairs / 2], r[pairs / 4], r[3 * pairs / 4], xa[pairs / 2] / 1e6, xb[pairs / 2] / 1e6);
    }

    static Object load(String jar, String cls) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Constructor<?> c = loader.loadClass(cls).getDeclaredConstructor();
        c.setAccessible(true);
        Object state = c.newInstance();
        Thread.currentThread().setContextClassLoader(loader);
        Method start = state.getClass().getMethod("start");
        start.invoke(state);
        return state;
    }

    static Method run(Object state) throws Exception {
        Method m = state.getClass().getMethod("run");
        m.setAccessible(true);
        return m;
    }

    /** CPU ns per run() over {@code runs} runs. */
    static double batch(Object s, Method run, int runs) throws Exception {
        Thread.currentThread().setContextClassLoader(s.getClass().getClassLoader());
        long start = CPU.getCurrentThreadCpuTime();
        for (int k = 0; k < runs; k++) {
            run.invoke(s);
        }
        return (double) (CPU.getCurrentThreadCpuTime() - start) / runs;
    }
}
