package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HostilePacks;
import app.stepwise.LocalWebServer;
import app.stepwise.app.Packs;
import app.stepwise.lesson.PackProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Packs are data: a pack whose LaTeX asks for a web page or a local file is validated, loaded by the library and rendered
 * in the real window, and no request reaches a local web server and the file is never read (JFR's file-read events).
 */
@ExtendWith(ApplicationExtension.class)
class PackSandboxTest {
    private static LocalWebServer server;
    private static Path home;
    private static Path secret;
    private static String previousHome;

    @BeforeAll
    static void serveAndWritePack() throws Exception {
        server = new LocalWebServer();
        home = Files.createTempDirectory("stepwise-sandbox");
        secret = home.resolve("secret.png");
        Files.writeString(secret, "a file no pack may read");
        Files.createDirectories(home.resolve("packs"));
        Files.writeString(home.resolve("packs/reaching-out.json"), HostilePacks.packReachingOut(server.url("pack"), secret));
        previousHome = System.getProperty("stepwise.home");
        System.setProperty("stepwise.home", home.toString());
    }

    @AfterAll
    static void stop() {
        server.close();
        if (previousHome == null) System.clearProperty("stepwise.home");
        else
            System.setProperty("stepwise.home", previousHome);
    }

    private WholeApp window;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        window = WholeApp.startIn(robot, home);
    }

    @AfterEach
    void closeApp() {
        if (window != null) window.close();
    }

    @Test
    void latexAskingForTheNetworkOrAFileIsShownAsTextAndNothingIsFetchedOrRead(FxRobot robot) throws Exception {
        server.provesItListens();
        Path events = home.resolve("file-reads.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileRead").withoutThreshold();
            recording.start();
            Files.readAllBytes(secret); // the control: a read this recording must see, made on the test thread

            // the library loads the pack (its own report says which formulas are rejected) and lists it as one that opens
            PackProblem.Report report = Packs.library().load().stream()
                    .filter(r -> r.file().getFileName().toString().equals("reaching-out.json")).findFirst().orElseThrow();
            assertThat(report.pack()).isPresent();
            assertThat(report.problems()).extracting(PackProblem::message)
                    .anySatisfy(m -> assertThat(m).contains("\\includegraphics"));
            ListView<LibraryViewModel.PackItem> packs = robot.lookup("#packs").queryAs(ListView.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> packs.getItems().stream().anyMatch(i -> i.title().equals("Reaching out")));
            LibraryViewModel.PackItem item = packs.getItems().stream().filter(i -> i.title().equals("Reaching out")).findFirst()
                    .orElseThrow();
            assertThat(item.ok()).isTrue();
            assertThat(item.details()).contains("formulas are shown as plain text");

            // open the pack and its problem in the window
            // focus the list without clicking it: a click lands on whichever pack is under the list's centre
            robot.interact(() -> {
                packs.getSelectionModel().select(item);
                packs.scrollTo(item);
                packs.requestFocus();
            });
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            FxWait.shown(robot, "#problems", 20);
            robot.clickOn("#problems").type(KeyCode.ENTER);
            FxWait.shown(robot, "#statement", 20);
            TextFlow statement = robot.lookup("#statement").queryAs(TextFlow.class);
            // the allowed \frac is drawn; the \includegraphics formulas stay their source text
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> statement.getChildren().stream().anyMatch(n -> n instanceof Canvas));
            assertThat(texts(statement)).anySatisfy(t -> assertThat(t).startsWith("\\includegraphics{http://127.0.0.1"));
            assertThat(texts(statement))
                    .anySatisfy(t -> assertThat(t).startsWith("\\includegraphics{" + secret.toAbsolutePath()));

            // the hints and solution steps rendered the same way, then one more formula: the renderer works in order,
            // so once it is drawn every earlier layout is done
            var problem = report.pack().get().problems().get(0);
            VBox shown = new VBox();
            robot.interact(() -> {
                problem.hints().forEach(h -> shown.getChildren().add(MathText.flow(h, 15)));
                problem.solution().forEach(st -> shown.getChildren().add(MathText.flow(st.text(), 15)));
                Stage more = new Stage();
                more.setScene(new Scene(shown, 600, 300));
                more.show();
            });
            TextFlow[] box = new TextFlow[1];
            robot.interact(() -> {
                box[0] = MathText.flow("Last $\\sqrt{7}$", 15);
                shown.getChildren().add(box[0]);
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> box[0].getChildren().stream().anyMatch(n -> n instanceof Canvas));
            WaitForAsyncUtils.waitForFxEvents();
            recording.stop();
            recording.dump(events);
        }

        // JLaTeXMath fetches \includegraphics URLs only with a desktop (non-headless) AWT, which this test JVM lacks; so the
        // test also checks the cause: no rejected formula was ever handed to JLaTeXMath, while the allowed \frac was
        FormulaRenderer renderer = FormulaRenderer.shared();
        assertThat(renderer.laidOut("\\frac{1}{2}", 18)).isTrue();
        for (String rejected : List.of("\\includegraphics{" + server.url("pack") + "/statement.png}",
                "\\includegraphics{" + secret.toAbsolutePath() + "}", "\\href{" + server.url("pack") + "/hint}{this}",
                "\\url{" + server.url("pack") + "/hint2}", "\\input{" + secret.toAbsolutePath() + "}")) {
            for (double size : new double[]{15, 18}) assertThat(renderer.laidOut(rejected, size)).as(rejected).isFalse();
        }
        assertThat(server.requests()).as("requests to the local server").isEmpty();
        List<RecordedEvent> reads = RecordingFile.readAllEvents(events).stream()
                .filter(e -> secret.toAbsolutePath().toString().equals(e.getString("path"))).toList();
        assertThat(reads).as("the control read is seen").isNotEmpty();
        assertThat(reads).as("reads of the file").allSatisfy(e -> assertThat(e.getThread().getJavaName())
                .isEqualTo(Thread.currentThread().getName()));
    }

    @Test
    void hostileTextNeverFreezesTheWindow(FxRobot robot) throws Exception {
        String[] formulas = {"\\newcommand{\\a}{\\a}\\a", "\\def\\x{\\x}\\x", "\\rule{100000pt}{100000pt}",
                "\\sqrt{".repeat(3_000) + "x" + "}".repeat(3_000)};
        VBox shown = new VBox();
        robot.interact(() -> {
            for (String f : formulas) shown.getChildren().add(MathText.flow("Look: $" + f + "$", 15));
            shown.getChildren().add(MathText.flow("y".repeat(5 * 1024 * 1024), 15)); // a 5 MB statement
            Stage more = new Stage();
            more.setScene(new Scene(shown, 600, 300));
            more.show();
        });
        // the FX thread answers at once: nothing above runs on it for long
        assertThat(WaitForAsyncUtils.asyncFx(() -> "awake").get(10, TimeUnit.SECONDS)).isEqualTo("awake");
        for (int i = 0; i < formulas.length; i++) {
            TextFlow flow = (TextFlow) shown.getChildren().get(i);
            String label = formulas[i].substring(0, 12) + "…";
            // shown as its source (the 3 000 roots are longer than the display limit, so only their start is shown)
            String shownText = String.join("", texts(flow));
            assertThat(shownText.contains(formulas[i].substring(0, Math.min(formulas[i].length(), 1_000)))).as(label).isTrue();
            assertThat(flow.getChildren()).as(label).noneMatch(n -> n instanceof Canvas);
        }
        TextFlow essay = (TextFlow) shown.getChildren().get(formulas.length);
        assertThat(texts(essay).stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(MathText.MAX_TEXT_CHARS + 1);
    }

    private static List<String> texts(TextFlow flow) {
        return flow.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
    }
}
