package org.jakstat.tools.apicheck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.TypeParameter;

/**
 * The public/protected API of one type declaration, read from source and normalised for comparison: type names
 * are reduced to their simple names, implicit modifiers (interface members, member enums) are made explicit.
 */
final class ApiType {

    final String fqn;

    final String kind;

    final Set<String> modifiers;

    final String typeParams;

    final List<String> supertypes = new ArrayList<>();

    final Map<String, ApiMember> members = new LinkedHashMap<>();

    final List<ApiType> nested = new ArrayList<>();

    final CompilationUnit cu;

    final ApiType outer;

    final boolean accessible;

    final boolean declaresConstructor;

    private ApiType(final TypeDeclaration<?> decl, final String fqn, final CompilationUnit cu, final ApiType outer) {
        this.fqn = fqn;
        this.cu = cu;
        this.outer = outer;
        this.kind = kindOf(decl);
        boolean outerIsInterface = outer != null && ("interface".equals(outer.kind) || "annotation".equals(outer.kind));
        Set<String> mods = visibility(decl, outerIsInterface);
        boolean acc = mods.contains("public") || mods.contains("protected");
        this.accessible = acc && (outer == null || outer.accessible);
        if (decl.hasModifier(Modifier.Keyword.ABSTRACT) && "class".equals(kind)) {
            mods.add("abstract");
        }
        if (decl.hasModifier(Modifier.Keyword.FINAL) && "class".equals(kind)) {
            mods.add("final");
        }
        if (outer != null && (decl.hasModifier(Modifier.Keyword.STATIC) || !"class".equals(kind) || outerIsInterface)) {
            mods.add("static");
        }
        this.modifiers = mods;
        if (decl instanceof ClassOrInterfaceDeclaration c) {
            this.typeParams = typeParams(c.getTypeParameters());
            c.getExtendedTypes().forEach(t -> supertypes.add(Names.norm(t)));
            c.getImplementedTypes().forEach(t -> supertypes.add(Names.norm(t)));
        } else if (decl instanceof EnumDeclaration e) {
            this.typeParams = "";
            e.getImplementedTypes().forEach(t -> supertypes.add(Names.norm(t)));
            for (EnumConstantDeclaration ec : e.getEntries()) {
                add(new ApiMember("field", ec.getNameAsString(), List.of(), false,
                    new TreeSet<>(Set.of("public", "static", "final")), simpleName(), "", Set.of(), false));
            }
        } else if (decl instanceof RecordDeclaration r) {
            this.typeParams = typeParams(r.getTypeParameters());
            r.getImplementedTypes().forEach(t -> supertypes.add(Names.norm(t)));
        } else {
            this.typeParams = "";
        }
        boolean ctor = false;
        boolean isInterface = "interface".equals(kind) || "annotation".equals(kind);
        for (BodyDeclaration<?> b : decl.getMembers()) {
            if (b instanceof MethodDeclaration m) {
                addMethod(m, isInterface);
            } else if (b instanceof ConstructorDeclaration c) {
                ctor = true;
                if (!"enum".equals(kind)) {
                    addCallable(c, "<init>", "", isInterface, false);
                }
            } else if (b instanceof FieldDeclaration f) {
                Set<String> fm = memberVisibility(f, isInterface);
                if (fm.isEmpty()) {
                    continue;
                }
                if (isInterface || f.isStatic()) {
                    fm.add("static");
                }
                if (isInterface || f.isFinal()) {
                    fm.add("final");
                }
                for (VariableDeclarator v : f.getVariables()) {
                    add(new ApiMember("field", v.getNameAsString(), List.of(), false, new TreeSet<>(fm),
                        Names.norm(v.getType()), "", Set.of(), deprecated(f)));
                }
            } else if (b instanceof TypeDeclaration<?> t) {
                ApiType n = new ApiType(t, fqn + "." + t.getNameAsString(), cu, this);
                if (n.accessible) {
                    nested.add(n);
                    add(new ApiMember("type", t.getNameAsString(), List.of(), false, n.modifiers, n.kind, "",
                        Set.of(), false));
                }
            }
        }
        this.declaresConstructor = ctor;
    }

    String simpleName() {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    String packageName() {
        return cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }

    private void add(final ApiMember m) {
        members.put(m.key(), m);
    }

    private void addMethod(final MethodDeclaration m, final boolean isInterface) {
        addCallable(m, m.getNameAsString(), Names.norm(m.getType()), isInterface, true);
    }

    private void addCallable(final CallableDeclaration<?> c, final String name, final String returnType,
        final boolean isInterface, final boolean isMethod) {
        Set<String> mods = memberVisibility(c, isInterface);
        if (mods.isEmpty()) {
            return;
        }
        if (c.hasModifier(Modifier.Keyword.STATIC)) {
            mods.add("static");
        }
        if (c.hasModifier(Modifier.Keyword.FINAL)) {
            mods.add("final");
        }
        if (c.hasModifier(Modifier.Keyword.DEFAULT)) {
            mods.add("default");
        }
        if (isMethod) {
            MethodDeclaration md = (MethodDeclaration)c;
            boolean abs = md.isAbstract() || (isInterface && md.getBody().isEmpty() && !md.isStatic());
            if (abs) {
                mods.add("abstract");
            }
        }
        List<String> params = new ArrayList<>();
        boolean varargs = false;
        for (Parameter p : c.getParameters()) {
            params.add(Names.norm(p.getType()) + (p.isVarArgs() ? "..." : ""));
            varargs |= p.isVarArgs();
        }
        Set<String> thr = new TreeSet<>();
        for (ReferenceType t : c.getThrownExceptions()) {
            thr.add(Names.norm(t));
        }
        add(new ApiMember(isMethod ? "method" : "constructor", name, params, varargs, mods, returnType,
            typeParams(c.getTypeParameters()), thr, deprecated(c)));
    }

    private static boolean deprecated(final BodyDeclaration<?> b) {
        return b.getAnnotationByName("Deprecated").isPresent();
    }

    private static Set<String> memberVisibility(final NodeWithModifiers<?> n, final boolean isInterface) {
        Set<String> s = new TreeSet<>();
        if (n.hasModifier(Modifier.Keyword.PUBLIC) || (isInterface && !n.hasModifier(Modifier.Keyword.PRIVATE))) {
            s.add("public");
        } else if (n.hasModifier(Modifier.Keyword.PROTECTED)) {
            s.add("protected");
        }
        return s;
    }

    private static Set<String> visibility(final TypeDeclaration<?> d, final boolean outerIsInterface) {
        Set<String> s = new TreeSet<>();
        if (d.hasModifier(Modifier.Keyword.PUBLIC) || outerIsInterface) {
            s.add("public");
        } else if (d.hasModifier(Modifier.Keyword.PROTECTED)) {
            s.add("protected");
        }
        return s;
    }

    private static String kindOf(final TypeDeclaration<?> d) {
        if (d instanceof ClassOrInterfaceDeclaration c) {
            return c.isInterface() ? "interface" : "class";
        } else if (d instanceof EnumDeclaration) {
            return "enum";
        } else if (d instanceof AnnotationDeclaration) {
            return "annotation";
        } else if (d instanceof RecordDeclaration) {
            return "record";
        }
        return "other";
    }

    private static String typeParams(final NodeList<TypeParameter> tps) {
        if (tps.isEmpty()) {
            return "";
        }
        return tps.stream().map(tp -> tp.getNameAsString()
            + (tp.getTypeBound().isEmpty() ? ""
                : " extends " + tp.getTypeBound().stream().map(Names::norm).collect(Collectors.joining("&"))))
            .collect(Collectors.joining(",", "<", ">"));
    }

    /** All types declared in a file, nested ones included (flattened), accessible or not. */
    static List<ApiType> parseFile(final Path file) throws IOException {
        CompilationUnit cu = StaticJavaParser.parse(file);
        List<ApiType> out = new ArrayList<>();
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        for (TypeDeclaration<?> t : cu.getTypes()) {
            collect(new ApiType(t, pkg + t.getNameAsString(), cu, null), out);
        }
        return out;
    }

    static ApiType of(final TypeDeclaration<?> decl, final String fqn, final CompilationUnit cu) {
        return new ApiType(decl, fqn, cu, null);
    }

    private static void collect(final ApiType t, final List<ApiType> out) {
        out.add(t);
        t.nested.forEach(n -> collect(n, out));
    }

    /** Nested type by simple name, or null. */
    ApiType nestedType(final String simple) {
        for (ApiType n : nested) {
            if (n.simpleName().equals(simple)) {
                return n;
            }
        }
        return null;
    }

    String header() {
        return String.join(" ", modifiers) + " " + kind + " " + fqn + typeParams
            + (supertypes.isEmpty() ? "" : " : " + String.join(", ", supertypes));
    }

    void print(final PrintStream out) {
        out.println(header());
        for (ApiMember m : members.values()) {
            out.println("    " + m);
        }
        for (ApiType n : nested) {
            n.print(out);
        }
    }
}
