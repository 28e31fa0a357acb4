package org.jakstat.tools.apicheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/** Finds types by fully qualified name in a set of source roots; parses each file once. */
final class SourceIndex {

    private final List<Path> roots;

    private final Map<String, ApiType> topLevel = new HashMap<>();

    SourceIndex(final List<Path> roots) {
        this.roots = roots;
    }

    /** @return the type (top-level or nested, e.g. {@code a.b.Outer.Inner}) or null if no root has it. */
    ApiType find(final String fqn) {
        String[] parts = fqn.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || !Character.isUpperCase(parts[i].charAt(0))) {
                continue;
            }
            String top = String.join(".", java.util.Arrays.copyOfRange(parts, 0, i + 1));
            ApiType t = top(top);
            if (t == null) {
                return null;
            }
            for (int j = i + 1; j < parts.length && t != null; j++) {
                t = t.nestedType(parts[j]);
            }
            return t;
        }
        return null;
    }

    private ApiType top(final String fqn) {
        if (topLevel.containsKey(fqn)) {
            return topLevel.get(fqn);
        }
        ApiType found = null;
        String rel = fqn.replace('.', '/') + ".java";
        for (Path root : roots) {
            Path f = root.resolve(rel);
            if (Files.isRegularFile(f)) {
                try {
                    CompilationUnit cu = StaticJavaParser.parse(f);
                    String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
                    for (TypeDeclaration<?> t : cu.getTypes()) {
                        if (t.getNameAsString().equals(simple)) {
                            found = ApiType.of(t, fqn, cu);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                break;
            }
        }
        topLevel.put(fqn, found);
        return found;
    }

    /**
     * Resolves a (normalised, erased) simple type name as seen from inside {@code context}.
     *
     * @return an {@link ApiType} from the roots, a {@link Class} from the JDK, or null
     */
    Object resolve(final ApiType context, final String simpleName) {
        String name = Names.erase(simpleName);
        for (ApiType t = context; t != null; t = t.outer) {
            ApiType n = t.nestedType(name);
            if (n != null) {
                return n;
            }
        }
        CompilationUnit cu = context.cu;
        for (ImportDeclaration imp : cu.getImports()) {
            if (!imp.isAsterisk() && !imp.isStatic() && imp.getNameAsString().endsWith("." + name)) {
                return typeOrClass(imp.getNameAsString());
            }
        }
        String pkg = context.packageName();
        Object same = typeOrClass(pkg.isEmpty() ? name : pkg + "." + name);
        if (same != null) {
            return same;
        }
        for (ImportDeclaration imp : cu.getImports()) {
            if (imp.isAsterisk() && !imp.isStatic()) {
                Object o = typeOrClass(imp.getNameAsString() + "." + name);
                if (o != null) {
                    return o;
                }
            }
        }
        return typeOrClass("java.lang." + name);
    }

    private Object typeOrClass(final String fqn) {
        ApiType t = find(fqn);
        if (t != null) {
            return t;
        }
        if (fqn.startsWith("java.") || fqn.startsWith("javax.")) {
            try {
                return Class.forName(fqn, false, SourceIndex.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // try as nested class a.b.C.D -> a.b.C$D
                int dot = fqn.lastIndexOf('.');
                try {
                    return Class.forName(fqn.substring(0, dot) + "$" + fqn.substring(dot + 1), false,
                        SourceIndex.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e2) {
                    return null;
                }
            }
        }
        return null;
    }
}
