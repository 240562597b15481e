package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;

/** The classroom's routes: who is practising, practice chosen by mastery, the teacher's door and the class report. */
final class ClassroomRoutes {
    private ClassroomRoutes() {}

    record Students() implements Route {}

    record Practice(LessonPack pack) implements Route {}

    record TeacherGate() implements Route {}

    record ClassReport() implements Route {}

    /** Registers the classroom's screens. */
    static Screens register(Screens s) {
        return s.register(Students.class, (r, app, nav) -> new StudentsView(new StudentsViewModel(app, nav), app.texts()))
                .register(Practice.class, (r, app, nav) -> new PracticeView(new PracticeViewModel(r.pack(), app, nav), app, nav))
                .register(TeacherGate.class, (r, app, nav) -> new TeacherGateView(app, nav))
                .register(ClassReport.class, (r, app, nav) -> new ClassReportView(new ClassReportViewModel(app), app.texts()));
    }
}
