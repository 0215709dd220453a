import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.ToolProvider;

/**
 * Where a javac run's CPU time goes by thread: runs javac in this JVM with the given arguments,
 * then prints the CPU seconds (user + sys, from /proc/self/task; Linux only) of its main thread,
 * of the JIT compiler threads (C1, C2) and of the garbage collector. Compile it first (the source
 * launcher would run javac once more in the measured JVM) and keep the compiler threads alive so
 * that their time is still there to read at the end:
 *
 * <pre>
 * javac -d /tmp/split streamz-bench/scripts/JavacCpuSplit.java
 * java -Xms8m -XX:-UseDynamicNumberOfCompilerThreads -cp /tmp/split JavacCpuSplit &lt;javac arguments&gt;
 * </pre>
 *
 * (javac arguments as {@code build-cost.py --keep DIR} prints them.)
 */
public final class JavacCpuSplit {
    private JavacCpuSplit() {}

    public static void main(String[] args) throws IOException {
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args);
        Map<String, Double> seconds = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String name = Files.readString(task.resolve("comm")).trim();
                String stat = Files.readString(task.resolve("stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime, in clock ticks (100 a second on Linux)
                double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                seconds.merge(kind(name), cpu, Double::sum);
            }
        }
        StringBuilder line = new StringBuilder("javac exit " + status + "; CPU seconds:");
        seconds.forEach((kind, cpu) -> line.append(String.format(" %s %.2f", kind, cpu)));
        line.append(String.format(
                " (total %.2f)", seconds.values().stream().mapToDouble(Double::doubleValue).sum()));
        System.out.println(line);
        System.exit(status);
    }

    private static String kind(String thread) {
        if (thread.startsWith("C1 ")) {
            return "jit-c1";
        }
        if (thread.startsWith("C2 ")) {
            return "jit-c2";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
            return "gc";
        }
        return thread.equals("java") ? "main" : "other";
    }
}
