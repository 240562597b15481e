import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads strace logs (strace -f -v -s 256 -e trace=network,process -o FILE) and fails when a traced process made a DNS
 * query or a network connection that is not to loopback. Run with: java .ci/OfflineCheck.java [--under REGEX] FILE...
 * With --under, only processes whose command line matches REGEX (and their children and threads) count: the test JVMs
 * of a Maven run, not Maven itself fetching plugins.
 */
public class OfflineCheck {
    static final Pattern LINE = Pattern.compile("^(\\d+)\\s+(.*)$");
    static final Pattern CHILD = Pattern.compile("^(?:clone3?|fork|vfork|<\\.\\.\\. (?:clone3?|fork|vfork) resumed>).*= (\\d+)$");
    static final Pattern EXEC = Pattern.compile("^execve\\(\"([^\"]*)\", \\[(.*?)\\]");
    static final Pattern NET = Pattern.compile("^(connect|sendto|sendmsg|sendmmsg|bind)\\((.*)");
    static final Pattern INET = Pattern.compile("sa_family=AF_INET6?, sin6?_port=htons\\((\\d+)\\).*?(?:inet_addr\\(\"([^\"]+)\"\\)|inet_pton\\(AF_INET6, \"([^\"]+)\")");
    static final Pattern UNIX = Pattern.compile("sa_family=AF_UNIX, sun_path=\"([^\"]*)\"\\}.*= (-?\\d+)");

    public static void main(String[] args) throws IOException {
        Pattern under = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--under")) under = Pattern.compile(args[++i]);
            else files.add(Path.of(args[i]));
        }
        int bad = 0;
        for (Path f : files) bad += check(f, under);
        System.exit(bad == 0 ? 0 : 1);
    }

    static int check(Path file, Pattern under) throws IOException {
        Map<String, String> parent = new HashMap<>();
        Set<String> tracked = new HashSet<>();
        Map<String, String> pendingExec = new HashMap<>(); // pid -> argv of an execve still <unfinished ...>
        List<String> problems = new ArrayList<>();
        int inetCalls = 0, loopback = 0, dns = 0, external = 0, processes = 0;
        for (String raw : Files.readAllLines(file)) {
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) continue;
            String pid = m.group(1), call = m.group(2);
            Matcher c = CHILD.matcher(call);
            if (c.matches()) {
                parent.put(c.group(1), pid);
                if (tracked.contains(pid)) tracked.add(c.group(1));
                continue;
            }
            Matcher e = EXEC.matcher(call);
            String argv = null;
            if (e.find()) {
                if (call.endsWith("<unfinished ...>")) {
                    pendingExec.put(pid, e.group(2));
                    continue;
                }
                if (call.endsWith("= 0")) argv = e.group(2);
            } else if (call.startsWith("<... execve resumed>")) {
                String pending = pendingExec.remove(pid);
                if (call.endsWith("= 0")) argv = pending;
            }
            if (argv != null) {
                processes++;
                if (under == null || under.matcher(argv).find() || tracked.contains(parent.get(pid))) tracked.add(pid);
                continue;
            }
            if (under == null) tracked.add(pid); // everything counts
            else if (!tracked.contains(pid) && tracked.contains(parent.get(pid))) tracked.add(pid);
            if (!tracked.contains(pid)) continue;
            Matcher n = NET.matcher(call);
            if (!n.find() || n.group(1).equals("bind") && !call.contains("AF_INET")) continue;
            Matcher in = INET.matcher(call);
            if (in.find()) {
                inetCalls++;
                int port = Integer.parseInt(in.group(1));
                String addr = in.group(2) != null ? in.group(2) : in.group(3);
                boolean lo = addr.startsWith("127.") || addr.equals("::1") || addr.equals("::ffff:127.0.0.1") || addr.equals("0.0.0.0")
                        || addr.equals("::");
                if (port == 53) {
                    dns++;
                    problems.add("DNS query: " + raw);
                } else if (!lo) {
                    external++;
                    problems.add("network connection: " + raw);
                } else loopback++;
                continue;
            }
            Matcher u = UNIX.matcher(call);
            if (u.find() && u.group(1).contains("resolve") && !u.group(2).startsWith("-")) {
                dns++;
                problems.add("name lookup through systemd-resolved: " + raw);
            } else if (u.find(0) && u.group(1).contains("nscd") && u.group(2).equals("0")) {
                problems.add("name service cache (nscd) answered; a host lookup cannot be told apart: " + raw);
            }
        }
        System.out.printf("%s: %d processes%s, %d internet-socket calls (%d loopback), DNS queries %d, outside connections %d%n",
                file.getFileName(), processes, under == null ? "" : " (" + tracked.size() + " tasks counted)", inetCalls, loopback,
                dns, external);
        problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
        if (processes == 0) {
            System.out.println("  no process was traced: is strace allowed here (ptrace)?");
            return 1;
        }
        if (under != null && tracked.isEmpty()) {
            System.out.println("  no process matched " + under);
            return 1;
        }
        return problems.size();
    }
}
