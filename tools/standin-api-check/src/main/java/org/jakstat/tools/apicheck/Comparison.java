package org.jakstat.tools.apicheck;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares stand-in types with the real ones and collects findings.
 * <ul>
 * <li>ABSENT: a public/protected stand-in type or member that the real type neither declares nor inherits
 * (members are paired by kind, name and erased parameter types).</li>
 * <li>MISMATCH: paired, but visibility, static/final/abstract/default, return or field type (with generics), type
 * parameters, parameter generics, varargs or throws clause differ.</li>
 * <li>SUPERTYPE: the stand-in type extends/implements something the real type does not.</li>
 * <li>ABSTRACT: the real (abstract) class declares an abstract method the stand-in omits, so a subclass compiled
 * against the stand-in might not compile against the real class.</li>
 * </ul>
 * Omitted real supertypes are reported as notes, not findings.
 */
final class Comparison {

    private final SourceIndex real;

    private final List<String> findings = new ArrayList<>();

    private final List<String> notes = new ArrayList<>();

    private int types;

    private int members;

    Comparison(final SourceIndex real) {
        this.real = real;
    }

    List<String> findings() {
        return findings;
    }

    /** Informational: real supertypes the stand-in omits (allowed; they only narrow assignability). */
    List<String> notes() {
        return notes;
    }

    int typeCount() {
        return types;
    }

    int memberCount() {
        return members;
    }

    void compareType(final ApiType s) {
        if (!s.accessible) {
            return;
        }
        types++;
        ApiType r = real.find(s.fqn);
        if (r == null || !r.accessible) {
            findings.add("ABSENT    type " + s.fqn);
            return;
        }
        if (!s.kind.equals(r.kind) || !s.modifiers.equals(r.modifiers) || !s.typeParams.equals(r.typeParams)) {
            findings.add("MISMATCH  type " + s.fqn + "\n    stand-in: " + s.header() + "\n    real:     " + r.header());
        }
        for (String st : s.supertypes) {
            if (!r.supertypes.contains(st)) {
                findings.add("SUPERTYPE " + s.fqn + " extends/implements " + st + " (real: " + r.supertypes + ")");
            }
        }
        for (String rt : r.supertypes) {
            if (!s.supertypes.contains(rt)) {
                notes.add("NOTE      " + s.fqn + " omits real supertype " + rt);
            }
        }
        for (ApiMember m : s.members.values()) {
            members++;
            compareMember(s, r, m);
        }
        if ("class".equals(s.kind) && !s.declaresConstructor) {
            members++;
            Set<String> vis = new TreeSet<>(s.modifiers);
            vis.retainAll(Set.of("public", "protected"));
            ApiMember implicit = new ApiMember("constructor", "<init>", List.of(), false, vis, "", "", Set.of(), false);
            compareMember(s, r, implicit);
        }
        if ("class".equals(r.kind) && r.modifiers.contains("abstract")) {
            for (ApiMember rm : r.members.values()) {
                if ("method".equals(rm.kind()) && rm.modifiers().contains("abstract") && !s.members.containsKey(rm.key())) {
                    findings.add("ABSTRACT  " + s.fqn + " omits real abstract member: " + rm);
                }
            }
        }
    }

    private void compareMember(final ApiType s, final ApiType r, final ApiMember m) {
        ApiMember rm = r.members.get(m.key());
        if (rm == null && "constructor".equals(m.kind()) && m.params().isEmpty() && !r.declaresConstructor
            && "class".equals(r.kind)) {
            Set<String> vis = new TreeSet<>(r.modifiers);
            vis.retainAll(Set.of("public", "protected"));
            rm = new ApiMember("constructor", "<init>", List.of(), false, vis, "", "", Set.of(), false);
        }
        if (rm == null) {
            if (!"constructor".equals(m.kind()) && inherited(r, m, new HashSet<>())) {
                return;
            }
            findings.add("ABSENT    " + s.fqn + " :: " + m);
            return;
        }
        List<String> diffs = new ArrayList<>();
        if (!m.modifiers().equals(rm.modifiers())) {
            diffs.add("modifiers");
        }
        if (!m.type().equals(rm.type())) {
            diffs.add("type");
        }
        if (!m.typeParams().equals(rm.typeParams())) {
            diffs.add("type parameters");
        }
        if (!m.params().equals(rm.params())) {
            diffs.add("parameters");
        }
        if (!m.throwsSet().equals(rm.throwsSet())) {
            diffs.add("throws");
        }
        if (!diffs.isEmpty()) {
            findings.add("MISMATCH  " + s.fqn + " :: " + String.join(", ", diffs) + "\n    stand-in: " + m
                + "\n    real:     " + rm);
        }
    }

    /** Whether a real supertype (source or JDK) of {@code r} declares a member matching {@code m}. */
    private boolean inherited(final ApiType r, final ApiMember m, final Set<String> seen) {
        if (!seen.add(r.fqn)) {
            return false;
        }
        List<String> supers = new ArrayList<>(r.supertypes);
        supers.add("Object");
        for (String sup : supers) {
            Object o = real.resolve(r, sup);
            if (o instanceof ApiType t) {
                ApiMember tm = t.members.get(m.key());
                if (tm != null && Objects.equals(staticOf(tm), staticOf(m))) {
                    return true;
                }
                if (inherited(t, m, seen)) {
                    return true;
                }
            } else if (o instanceof Class<?> c && inJdk(c, m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean staticOf(final ApiMember m) {
        return m.modifiers().contains("static");
    }

    private static boolean inJdk(final Class<?> c, final ApiMember m) {
        if (!"method".equals(m.kind())) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (declares(k, m)) {
                return true;
            }
        }
        for (Class<?> i : allInterfaces(c, new ArrayList<>())) {
            if (declares(i, m)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> allInterfaces(final Class<?> c, final List<Class<?>> acc) {
        for (Class<?> i : c.getInterfaces()) {
            acc.add(i);
            allInterfaces(i, acc);
        }
        if (c.getSuperclass() != null) {
            allInterfaces(c.getSuperclass(), acc);
        }
        return acc;
    }

    private static boolean declares(final Class<?> k, final ApiMember m) {
        for (Method x : k.getDeclaredMethods()) {
            if (x.getName().equals(m.name()) && accessible(x) && sameParams(x, m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean accessible(final Executable x) {
        return Modifier.isPublic(x.getModifiers()) || Modifier.isProtected(x.getModifiers());
    }

    private static boolean sameParams(final Executable x, final ApiMember m) {
        Class<?>[] p = x.getParameterTypes();
        if (p.length != m.params().size()) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            String jdk = p[i].getSimpleName();
            String ours = Names.erase(m.params().get(i));
            // type variables erase to their bound in the JDK; accept any single upper-case letter there
            if (!jdk.equals(ours) && !(ours.length() == 1 && Character.isUpperCase(ours.charAt(0)))) {
                return false;
            }
        }
        return true;
    }
}
