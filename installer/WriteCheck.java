import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an strace log (strace -f -e trace=%file,unlink… -o FILE) and lists every file or folder a traced process created,
 * wrote, renamed or deleted outside the allowed folders. Run: java installer/WriteCheck.java TRACE ALLOWED_DIR...
 * Exit 1 when something was written elsewhere.
 */
public class WriteCheck {
    static final Pattern LINE = Pattern.compile("^(\\d+)\\s+(.*)$");
    static final Pattern OPEN = Pattern.compile("^(?:openat|open|creat)\\((?:AT_FDCWD|\\d+)?,? ?\"([^\"]*)\", ([A-Z_|]+)");
    static final Pattern PATHCALL = Pattern.compile(
            "^(mkdir|mkdirat|unlink|unlinkat|rmdir|truncate|symlink|symlinkat|link|linkat|rename|renameat|renameat2)\\((.*)");
    static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    static final Pattern RESULT = Pattern.compile("= (-?\\d+)");

    public static void main(String[] args) throws IOException {
        Path trace = Path.of(args[0]);
        List<String> allowed = new ArrayList<>();
        for (int i = 1; i < args.length; i++) allowed.add(Path.of(args[i]).toAbsolutePath().normalize() + "/");
        allowed.addAll(List.of("/dev/", "/proc/", "/sys/"));
        Map<String, String> pending = new HashMap<>();
        TreeSet<String> outside = new TreeSet<>();
        int writes = 0;
        for (String raw : Files.readAllLines(trace)) {
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) continue;
            String pid = m.group(1), call = m.group(2);
            if (call.endsWith("<unfinished ...>")) {
                pending.put(pid, call.substring(0, call.length() - "<unfinished ...>".length()));
                continue;
            }
            if (call.startsWith("<... ")) {
                String start = pending.remove(pid);
                if (start == null) continue;
                call = start + call.substring(call.indexOf("resumed>") + "resumed>".length());
            }
            Matcher r = RESULT.matcher(call.substring(Math.max(0, call.lastIndexOf(')'))));
            if (!r.find() || r.group(1).startsWith("-")) continue; // failed calls wrote nothing
            List<String> paths = new ArrayList<>();
            Matcher o = OPEN.matcher(call);
            if (o.find()) {
                String flags = o.group(2);
                if (call.startsWith("creat(") || flags.contains("O_WRONLY") || flags.contains("O_RDWR") || flags.contains("O_CREAT")
                        || flags.contains("O_TRUNC"))
                    paths.add(o.group(1));
            } else {
                Matcher p = PATHCALL.matcher(call);
                if (p.find()) {
                    Matcher q = QUOTED.matcher(p.group(2));
                    while (q.find()) paths.add(q.group(1));
                    if (p.group(1).startsWith("symlink") || p.group(1).startsWith("link")) paths.remove(0); // the target is read
                }
            }
            for (String path : paths) {
                if (!path.startsWith("/")) continue; // relative to the working folder: reported by absolute callers
                writes++;
                String norm = Path.of(path).normalize().toString();
                if (allowed.stream().noneMatch(a -> (norm + "/").startsWith(a))) outside.add(norm);
            }
        }
        System.out.printf("%s: %d writes, %d paths outside %s%n", trace.getFileName(), writes, outside.size(), allowed.subList(0,
                allowed.size() - 3));
        outside.stream().limit(40).forEach(p -> System.out.println("  written: " + p));
        System.exit(outside.isEmpty() ? 0 : 1);
    }
}
