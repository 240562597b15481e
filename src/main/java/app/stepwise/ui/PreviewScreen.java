package app.stepwise.ui;

import app.stepwise.tutor.Tutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;

/**
 * "Preview as student": the student's problem screen for a pack being edited, with a tutor whose progress goes to a
 * temporary file deleted on leaving, so nothing is recorded in the student's progress.
 */
final class PreviewScreen implements Screen {
    private final Screen inner;
    private final Tutor tutor;
    private final Path progress;
    private final Texts texts;

    private PreviewScreen(Screen inner, Tutor tutor, Path progress, Texts texts) {
        this.inner = inner;
        this.tutor = tutor;
        this.progress = progress;
        this.texts = texts;
    }

    static Screen create(AuthorRoutes.Preview route, AppContext app, Navigator navigator) {
        Path progress;
        try {
            progress = Files.createTempFile("stepwise-preview", ".db");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Tutor tutor = Tutor.withProgressFile(progress);
        AppContext previewing = new AppContext(tutor, app.tasks(), app.settings(), app.texts());
        Screen problem = new ProblemView(new ProblemViewModel(route.pack(), route.index(), previewing, staysInPreview(navigator)),
                app.texts());
        return new PreviewScreen(problem, tutor, progress, app.texts());
    }

    /** Next and Previous stay in the preview; the end-of-pack summary (the student's marks) is not shown. */
    static Navigator staysInPreview(Navigator nav) {
        return new Navigator() {
            @Override
            public void go(Route route) {
                if (route instanceof Routes.Problem p) nav.go(new AuthorRoutes.Preview(p.pack(), p.index()));
                else if (route instanceof Routes.Summary) nav.back();
                else
                    nav.go(route);
            }

            @Override
            public void replace(Route route) {
                if (route instanceof Routes.Problem p) nav.replace(new AuthorRoutes.Preview(p.pack(), p.index()));
                else if (route instanceof Routes.Summary) nav.back();
                else
                    nav.replace(route);
            }

            @Override
            public void back() {
                nav.back();
            }

            @Override
            public void home() {
                nav.back();
            }

            @Override
            public void tell(String heading, String message) {
                nav.tell(heading, message);
            }
        };
    }

    @Override
    public Node view() {
        return inner.view();
    }

    @Override
    public String title() {
        // the top bar says it is a preview, so the teacher knows nothing here is recorded (it looks like the student's)
        return texts.get("editor.preview.title", inner.title());
    }

    @Override
    public void shown() {
        inner.shown();
    }

    @Override
    public void leaving() {
        inner.leaving();
        tutor.close();
        for (Path p : new Path[]{progress, Path.of(progress + "-wal"), Path.of(progress + "-shm")}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary file; the system cleans it
            }
        }
    }
}
