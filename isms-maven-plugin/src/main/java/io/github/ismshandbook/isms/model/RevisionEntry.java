package io.github.ismshandbook.isms.model;

import java.time.LocalDate;

/** One entry of the {@code history} front-matter list. Any field may be {@code null} when not given. */
public record RevisionEntry(String version, LocalDate date, String author, String summary) {
}
