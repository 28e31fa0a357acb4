package org.jakstat.core.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sample renderings to {@code target/plot-samples/} for people to look at; never committed. */
final class SampleImages {

    static final Path DIRECTORY = Path.of("target", "plot-samples");

    private SampleImages() {
    }

    static void write(final String name, final Chart chart, final int width, final int height) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(name + ".png"), ChartRenderer.renderPng(chart, width, height));
            Files.writeString(DIRECTORY.resolve(name + ".svg"), ChartRenderer.renderSvg(chart, width, height),
                StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
