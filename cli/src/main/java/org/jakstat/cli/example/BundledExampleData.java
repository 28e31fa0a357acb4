package org.jakstat.cli.example;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The copy of {@code test-workflows/data/} that the CLI jar carries (the build puts it under
 * {@code org/jakstat/cli/example/data/}), so that {@code jakstat demo} runs anywhere, without the repository.
 */
public final class BundledExampleData {

    /** The README beside the data: parameters, sources and seeds. */
    public static final String README = "README.md";

    private static final String FOLDER = "data/";

    private BundledExampleData() {
    }

    /**
     * Copies the example CSV files and their README into a folder.
     *
     * @param dir the folder (created if needed)
     * @return the copied files: {@link ExampleTruth#FILES} in order, then the README
     * @throws IOException when a file cannot be written, or the jar lacks the data (a broken build)
     */
    public static List<Path> copyTo(final Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>(ExampleTruth.FILES);
        names.add(README);
        List<Path> copied = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = BundledExampleData.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IOException("the example file " + name + " is not in the jakstat jar (was it built with "
                        + "'./mvnw package'?)");
                }
                Path target = dir.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                copied.add(target);
            }
        }
        return copied;
    }
}
