import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Paired A/B of one benchmark state class from two jars, in one JVM, by thread CPU time
 * (insensitive to time the thread spends descheduled on a loaded machine): alternating batches,
 * median of the per-pair ratios. Usage: java streamz-bench/scripts/CpuTimePairs.java a.jar b.jar 'io.streamz.bench.ZipBench$Fused' [pairs]
 */
public class CpuTimePairs {
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Object a = load(args[0], args[2]), b = load(args[1], args[2]);
        Method ra = a.getClass().getMethod("run"), rb = b.getClass().getMethod("run");
        ra.setAccessible(true);
        rb.setAccessible(true);
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        for (int i = 0; i < 20; i++) {
            batch(a, ra, 100_000_000L);
            batch(b, rb, 100_000_000L);
        }
        double[] r = new double[pairs];
        double sa = 0, sb = 0;
        for (int i = 0; i < pairs; i++) {
            double x, y;
            if ((i & 1) == 0) {
                x = batch(a, ra, 20_000_000L);
                y = batch(b, rb, 20_000_000L);
            } else {
                y = batch(b, rb, 20_000_000L);
                x = batch(a, ra, 20_000_000L);
            }
            r[i] = x / y;
            sa += x;
            sb += y;
        }
        Arrays.sort(r);
        System.out.printf("%s A=%s B=%s: median ratio A/B %.3f (p25 %.3f, p75 %.3f), mean CPU ns per run() %.0f / %.0f%n",
                args[2], Path.of(args[0]).getFileName(), Path.of(args[1]).getFileName(), r[pairs / 2], r[pairs / 4], r[3 * pairs / 4], sa / pairs, sb / pairs);
    }

    static Object load(String jar, String cls) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Constructor<?> c = loader.loadClass(cls).getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
    }

    static double batch(Object s, Method run, long nanos) throws Exception {
        long start = CPU.getCurrentThreadCpuTime(), end = start + nanos, n = 0, t;
        do {
            for (int k = 0; k < 16; k++) {
                run.invoke(s);
            }
            n += 16;
        } while ((t = CPU.getCurrentThreadCpuTime()) < end);
        return (double) (t - start) / n;
    }
}
