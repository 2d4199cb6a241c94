package io.github.ismshandbook.isms.model;

import java.util.Optional;

/** The validation rules of docs/reference.md, "Findings", with their default severity and the help text shown in reports. */
public enum Rule {
    FRONT_MATTER_MISSING("front-matter-missing", Severity.ERROR,
            "A Markdown file has no YAML front-matter block.",
            "Start the file with a YAML block between two '---' lines that gives at least id, title, owner, version and a review date."),
    YAML_SYNTAX("yaml-syntax", Severity.ERROR,
            "The front-matter is not valid YAML.",
            "Fix the YAML at the reported line: indent with spaces, quote values that contain ': ' or start with special characters."),
    REQUIRED_FIELD("required-field", Severity.ERROR,
            "A required front-matter key is missing or empty.",
            "Every document needs id, title, owner, version and either review_date or last_reviewed."),
    INVALID_VALUE("invalid-value", Severity.ERROR,
            "A front-matter value has the wrong type, an invalid date, a value outside its allowed set or an invalid id; "
                    + "or a body is nested deeper than the handbook renders.",
            "Dates are YYYY-MM-DD; ids start with a letter and use letters, digits, '.', '_' and '-'."),
    UNKNOWN_FIELD("unknown-field", Severity.WARNING,
            "A front-matter key that the handbook does not know.",
            "Check the spelling against the front-matter reference; keys are snake_case."),
    DUPLICATE_ID("duplicate-id", Severity.ERROR,
            "Two documents share the same id.",
            "Give each document a unique, stable id."),
    REVIEW_OVERDUE("review-overdue", Severity.ERROR,
            "The document's review is overdue.",
            "Review the document, then update last_reviewed or review_date (ISO/IEC 27001 clause 7.5.2)."),
    REVIEW_DUE_SOON("review-due-soon", Severity.WARNING,
            "The document's review falls due soon.",
            "Plan the review before the due date."),
    UNKNOWN_CONTROL("unknown-control", Severity.ERROR,
            "A control reference that is not in the catalog.",
            "Use an Annex A control of ISO/IEC 27001:2022, such as A.5.15."),
    LEGACY_CONTROL("legacy-control", Severity.ERROR,
            "A control reference in ISO/IEC 27001:2013 numbering.",
            "Replace it with its ISO/IEC 27001:2022 equivalents."),
    UNKNOWN_CLAUSE("unknown-clause", Severity.ERROR,
            "A clause reference that is not one of clauses 4 to 10 and their sub-clauses.",
            "Use a clause number such as 6.1.2."),
    BROKEN_LINK("broken-link", Severity.ERROR,
            "A relative link or wiki link whose target does not exist.",
            "Point the link at an existing file, document id, control or clause."),
    BROKEN_ANCHOR("broken-anchor", Severity.WARNING,
            "A link to a heading anchor that does not exist in the target document.",
            "Anchors are the heading text in lower case, punctuation dropped, spaces as '-'."),
    UNKNOWN_DOCUMENT("unknown-document", Severity.ERROR,
            "A document id in related or supersedes that no document has.",
            "Use the id of an existing document."),
    UNMAPPED_DOCUMENT("unmapped-document", Severity.WARNING,
            "An approved policy, standard or procedure that names no controls (or an empty list of them).",
            "List the Annex A controls the document implements under 'controls'."),
    SOA_MISSING_JUSTIFICATION("soa-missing-justification", Severity.ERROR,
            "A control excluded in the Statement of Applicability without a justification.",
            "ISO/IEC 27001 clause 6.1.3 d) requires a justification for every excluded control."),
    SOA_CONFLICT("soa-conflict", Severity.ERROR,
            "A control excluded in the Statement of Applicability but referenced by an approved document, or both "
                    + "included and excluded.",
            "Either make the control applicable or remove it from the referencing documents."),
    CONTROL_UNCOVERED("control-uncovered", Severity.INFO,
            "An applicable control that no approved document references.",
            "Map the control to the document that implements it, or exclude it in the SoA with a justification."),
    RETIRED_REFERENCED("retired-referenced", Severity.WARNING,
            "An approved document links to a retired document.",
            "Link to the document that replaces it."),
    DRAFT_REFERENCED("draft-referenced", Severity.WARNING,
            "An approved document links to a draft; the link is not published.",
            "Approve the draft or remove the link."),
    UNSAFE_HTML("unsafe-html", Severity.WARNING,
            "Raw HTML that the sanitizer removed (scripts, event handlers, javascript: URLs).",
            "Use Markdown instead of raw HTML; scripts never run in the handbook."),
    MANDATORY_MISSING("mandatory-missing", Severity.WARNING,
            "An item of mandatory documented information that no approved document addresses.",
            "List the clause or control that asks for it under 'clauses' or 'controls' of the approved document that "
                    + "holds it; for records kept outside the handbook, set the rule to 'info' or 'off' in 'rules'."),
    VERSION_UNCHANGED("version-unchanged", Severity.WARNING,
            "The document's text or metadata differ from the previous published version, but its version is the same.",
            "Raise 'version' and add a history entry for it (ISO/IEC 27001 clause 7.5.3: changes are identified)."),
    HISTORY_MISMATCH("history-mismatch", Severity.WARNING,
            "The revision history does not agree with the document: its newest entry is not 'version', its dates "
                    + "are out of order, or a date lies in the future.",
            "Keep one entry per version, all newest first or all oldest first; the newest names the current version."),
    APPROVAL_STALE("approval-stale", Severity.WARNING,
            "The Git history shows a change to the document's file after 'approved_on': the approval does not "
                    + "cover the text being published.",
            "Have the changed text approved and update approved_on, or undo the change (ISO/IEC 27001 clause 7.5.2)."),
    APPROVAL_MISSING("approval-missing", Severity.INFO,
            "An approved policy, standard or procedure without 'approved_by' or 'approved_on'.",
            "Record who approved the document and when (ISO/IEC 27001 clause 7.5.2)."),
    GIT_HISTORY_SHALLOW("git-history-shallow", Severity.INFO,
            "The Git repository is a shallow clone: documents changed before its cut have no last change, and "
                    + "approval-stale cannot check them.",
            "Fetch the whole history: 'git fetch --unshallow'; 'fetch-depth: 0' on GitHub Actions' checkout; "
                    + "'GIT_DEPTH: 0' on GitLab CI.");

    private final String id;
    private final Severity defaultSeverity;
    private final String description;
    private final String help;

    Rule(String id, Severity defaultSeverity, String description, String help) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.help = help;
    }

    /** The rule name used in reports and in the {@code rules} parameter, e.g. {@code broken-link}. */
    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One sentence: what the rule finds. */
    public String description() {
        return description;
    }

    /** What to do about it. */
    public String help() {
        return help;
    }

    public static Optional<Rule> byId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
