package org.jakstat.tools.apicheck;

import java.util.List;
import java.util.Set;

/**
 * One public/protected member (method, constructor, field, enum constant or member type), normalised.
 *
 * @param kind "method", "constructor", "field" or "type"
 * @param name the simple name ("&lt;init&gt;" for constructors)
 * @param params parameter types with generics, varargs written "T..."
 * @param varargs whether the last parameter is varargs
 * @param modifiers public/protected, static, final, abstract, default
 * @param type return type, field type, or the kind of a member type
 * @param typeParams the method's own type parameters, "" if none
 * @param throwsSet declared exceptions
 * @param deprecated annotated {@code @Deprecated}
 */
record ApiMember(String kind, String name, List<String> params, boolean varargs, Set<String> modifiers,
    String type, String typeParams, Set<String> throwsSet, boolean deprecated) {

    /** Identity used to pair stand-in and real members: kind, name and erased parameter types. */
    String key() {
        return kind + " " + name + erasedParams();
    }

    String erasedParams() {
        if (!"method".equals(kind) && !"constructor".equals(kind)) {
            return "";
        }
        return "(" + String.join(",", params.stream().map(Names::erase).toList()) + ")";
    }

    @Override
    public String toString() {
        String mods = String.join(" ", modifiers);
        return switch (kind) {
            case "method" -> mods + " " + (typeParams.isEmpty() ? "" : typeParams + " ") + type + " " + name + "("
                + String.join(", ", params) + ")" + (throwsSet.isEmpty() ? "" : " throws " + String.join(", ", throwsSet));
            case "constructor" -> mods + " <init>(" + String.join(", ", params) + ")"
                + (throwsSet.isEmpty() ? "" : " throws " + String.join(", ", throwsSet));
            case "field" -> mods + " " + type + " " + name;
            default -> mods + " " + type + " " + name;
        };
    }
}
