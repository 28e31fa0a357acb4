package org.jakstat.cli.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jakstat.cli.CsvTable;
import org.jakstat.cli.MalformedInputException;
import org.jakstat.cli.example.BundledExampleData;
import org.jakstat.cli.example.ExampleTruth;

/**
 * The three input files of the demo and what is known about them: the example set the jar carries (copied into
 * {@code DIR/data/} so the report's inputs lie beside it), or a user's folder with files of the same names and
 * columns. A file whose first line is the example set's "SIMULATED data" header was made by
 * {@code jakstat example-data}: its seed is read from that line, and its truth is the simulation's.
 *
 * @param kinasePanel the kinase assay panel (compound, kinase, replicate, concentration [nM], activity)
 * @param pstat3 the pSTAT3 time course (subject, group, dose [mg], time [h], stimulated and unstimulated MFI)
 * @param biomarkers the weekly biomarker table (patient, group, dose [mg], time [week], marker, value, unit)
 * @param compound the one compound of the kinase panel
 * @param seeds the seed of each simulated file (empty when a file is not from {@code jakstat example-data})
 * @param bundled true when the inputs are the copy the jar carries
 */
record DemoInputs(Path kinasePanel, Path pstat3, Path biomarkers, String compound, List<Optional<Long>> seeds,
    boolean bundled) {

    /** Folder under the output folder that receives the bundled example data. */
    static final String DATA_DIR = "data";

    private static final String SIMULATED_HEADER = "# SIMULATED data (Jakstat example set)";

    private static final Pattern SEED = Pattern.compile("--seed (\\d+)");

    /**
     * @param out the demo's output folder
     * @return the example set the jar carries, copied into {@code out/data/}
     * @throws IOException when the copy fails
     * @throws MalformedInputException never for the shipped files (they are tested)
     */
    static DemoInputs bundled(final Path out) throws IOException, MalformedInputException {
        List<Path> files = BundledExampleData.copyTo(out.resolve(DATA_DIR));
        return of(files.get(0), files.get(1), files.get(2), true);
    }

    /**
     * @param dir a folder holding kinase-panel.csv, pstat3-timecourse.csv and weekly-biomarkers.csv
     * @return the user's inputs
     * @throws NoSuchFileException naming the first missing file
     * @throws IOException when a file cannot be read
     * @throws MalformedInputException when the kinase panel has no single compound
     */
    static DemoInputs fromFolder(final Path dir) throws IOException, MalformedInputException {
        for (String name : ExampleTruth.FILES) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new NoSuchFileException(dir.resolve(name).toString());
            }
        }
        return of(dir.resolve(ExampleTruth.FILES.get(0)), dir.resolve(ExampleTruth.FILES.get(1)),
            dir.resolve(ExampleTruth.FILES.get(2)), false);
    }

    private static DemoInputs of(final Path panel, final Path pstat3, final Path biomarkers, final boolean bundled)
        throws IOException, MalformedInputException {
        return new DemoInputs(panel.toAbsolutePath().normalize(), pstat3.toAbsolutePath().normalize(),
            biomarkers.toAbsolutePath().normalize(), compound(panel),
            List.of(seed(panel), seed(pstat3), seed(biomarkers)), bundled);
    }

    /** @return true when every file is from {@code jakstat example-data}: the simulation truth applies */
    boolean simulated() {
        return seeds.stream().allMatch(Optional::isPresent);
    }

    /** @return the input files in {@link ExampleTruth#FILES} order */
    List<Path> files() {
        return List.of(kinasePanel, pstat3, biomarkers);
    }

    private static String compound(final Path panel) throws IOException, MalformedInputException {
        CsvTable t = CsvTable.read(panel, "kinase panel " + panel.getFileName());
        int c = t.column("compound", "the demo's kinase panel format");
        Set<String> names = new LinkedHashSet<>();
        t.rows().forEach(r -> names.add(r.fields().get(c).strip()));
        if (names.size() != 1) {
            throw new MalformedInputException("kinase panel " + panel.getFileName() + ": the demo fits the panel of "
                + "one compound, the file has " + (names.isEmpty() ? "none" : String.join(", ", names))
                + "; run 'jakstat fit' per compound instead");
        }
        return names.iterator().next();
    }

    private static Optional<Long> seed(final Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || !first.startsWith(SIMULATED_HEADER)) {
                return Optional.empty();
            }
            Matcher m = SEED.matcher(first);
            return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        }
    }
}
