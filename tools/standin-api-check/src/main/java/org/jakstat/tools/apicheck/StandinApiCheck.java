package org.jakstat.tools.apicheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;

/**
 * Command line entry point.
 *
 * <pre>
 * java -jar standin-api-check.jar --standin &lt;dir&gt; --real &lt;dir&gt; [--real &lt;dir&gt; ...] [--label text]
 * java -jar standin-api-check.jar --real &lt;dir&gt; [...] --dump &lt;fully.qualified.Type&gt;
 * </pre>
 *
 * The first form lists every public/protected type and member of the stand-in sources and compares each with the
 * real sources; it prints one line per finding and exits with status 1 if there is any. The second form prints the
 * public/protected API of one real type in the normalised form the checker compares (an aid when writing the
 * stand-in).
 */
public final class StandinApiCheck {

    private StandinApiCheck() {
    }

    public static void main(final String[] args) throws IOException {
        Path standin = null;
        List<Path> realRoots = new ArrayList<>();
        List<String> dumps = new ArrayList<>();
        String label = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--standin" -> standin = Path.of(args[++i]);
                case "--real" -> realRoots.add(Path.of(args[++i]));
                case "--dump" -> dumps.add(args[++i]);
                case "--label" -> label = args[++i];
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (realRoots.isEmpty() || (standin == null && dumps.isEmpty())) {
            System.err.println("usage: --standin <dir> --real <dir> [--real <dir>...] [--label text]"
                + " | --real <dir>... --dump <fqn>");
            System.exit(2);
        }
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21);
        SourceIndex real = new SourceIndex(realRoots);
        if (!dumps.isEmpty()) {
            for (String fqn : dumps) {
                ApiType t = real.find(fqn);
                if (t == null) {
                    System.out.println("not found: " + fqn);
                } else {
                    t.print(System.out);
                }
            }
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(standin)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Comparison cmp = new Comparison(real);
        for (Path f : files) {
            for (ApiType t : ApiType.parseFile(f)) {
                cmp.compareType(t);
            }
        }
        System.out.println("== stand-in API check" + (label.isEmpty() ? "" : " against " + label));
        for (String finding : cmp.findings()) {
            System.out.println(finding);
        }
        for (String note : cmp.notes()) {
            System.out.println(note);
        }
        System.out.printf("checked %d types, %d members: %d findings (%d notes)%n", cmp.typeCount(),
            cmp.memberCount(), cmp.findings().size(), cmp.notes().size());
        System.exit(cmp.findings().isEmpty() ? 0 : 1);
    }
}
