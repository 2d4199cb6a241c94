package io.github.ismshandbook.isms.model;

/** A management-system clause (4–10 and sub-clauses), e.g. {@code 6.1.2 Information security risk assessment}. */
public record Clause(String id, String title) {

    /** The top-level clause this one belongs to ({@code 6} for {@code 6.1.2}). */
    public String topLevel() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    public int depth() {
        return (int) id.chars().filter(c -> c == '.').count();
    }
}
