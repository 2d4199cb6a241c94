package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.ControlRef;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's ISO/IEC 27001:2013 correspondence read the other way: for a 2022 control, the 2013 controls it
 * replaces ({@code 5.15} replaces {@code A.9.1.1} and {@code A.9.1.2}), in the 2013 numbering's order. A control
 * new in 2022 ({@code 5.7 Threat intelligence}) replaces none.
 */
final class LegacyControls {

    /** {@code A.9.2.1} before {@code A.9.2.10}: part by part, numbers as numbers. */
    static final Comparator<String> NUMBERING = LegacyControls::compareNumbering;

    private final Map<String, List<String>> replaced = new HashMap<>();

    LegacyControls(Catalog catalog) {
        catalog.legacy().forEach((old, ids) -> ids.forEach(id ->
                replaced.computeIfAbsent(ControlRef.parse(id).id(), k -> new ArrayList<>()).add(old)));
        replaced.values().forEach(list -> list.sort(NUMBERING));
    }

    /** The 2013 controls, with their {@code A.} prefix, that {@code control} replaces; empty for a new control. */
    List<String> replacedBy(Control control) {
        return List.copyOf(replaced.getOrDefault(control.id(), List.of()));
    }

    private static int compareNumbering(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = isNumber(pa[i]) && isNumber(pb[i])
                    ? Long.compare(Long.parseLong(pa[i]), Long.parseLong(pb[i])) : pa[i].compareTo(pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 18 && s.chars().allMatch(Character::isDigit);
    }
}
