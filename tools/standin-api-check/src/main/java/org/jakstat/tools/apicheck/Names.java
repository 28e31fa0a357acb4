package org.jakstat.tools.apicheck;

import java.util.regex.Pattern;

import com.github.javaparser.ast.type.Type;

/** Type-name normalisation: simple names, no whitespace; erasure for member identity. */
final class Names {

    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Za-z_$])");

    private static final Pattern OUTER = Pattern.compile("\\b[A-Z][\\w$]*\\.(?=[A-Z])");

    private Names() {
    }

    static String norm(final Type t) {
        // annotations on types (e.g. @NonNull) are not part of the signature
        return norm(t.toString());
    }

    static String norm(final String s) {
        String r = s.replaceAll("@\\w+(\\.\\w+)*\\s*", "").replaceAll("\\s+", "");
        r = QUALIFIER.matcher(r).replaceAll("");
        String prev;
        do {
            prev = r;
            r = OUTER.matcher(r).replaceAll("");
        } while (!r.equals(prev));
        return r;
    }

    /** Erasure as far as source text allows: generic arguments removed, varargs as arrays. */
    static String erase(final String normalised) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (char c : normalised.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString().replace("...", "[]");
    }
}
