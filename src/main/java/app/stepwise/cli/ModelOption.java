package app.stepwise.cli;

import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelIntegrity;
import app.stepwise.tutor.ModelCatalog;
import picocli.CommandLine.Option;

/** The --model and --threads options, shared by the commands that run the model. */
final class ModelOption {
    @Option(names = "--model-dir", paramLabel = "NAME|FOLDER", description = "which model (default: stepwise-tutor)")
    String model;

    @Option(names = "--threads", description = "intra-op threads (default: the cores, up to 4)")
    int threads = LocalModel.defaultThreads();

    LocalModel load() throws ModelException {
        var folder = ModelCatalog.resolve(model);
        ModelIntegrity.verify(folder);
        return LocalModel.load(folder, threads);
    }
}
