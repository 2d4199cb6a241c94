package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.RevisionEntry;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.publish.SiteOrigin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.github.ismshandbook.isms.render.TestHandbooks.doc;

/**
 * A small but realistic handbook for the site tests; {@link #main} renders it to a folder to look at.
 * Today is 2026-03-01: the backup standard is overdue, the incident procedure due soon.
 */
final class SampleHandbook {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private SampleHandbook() {
    }

    static List<Document> documents() {
        Document accessControl = doc("policies/access-control.md", "POL-AC")
                .title("Access Control Policy").owner("CISO").version("2.10")
                .summary("Who may access which information, and how access is granted and removed.")
                .approved("Management Board", LocalDate.of(2025, 6, 1)).effective(LocalDate.of(2025, 7, 1))
                .lastReviewed(LocalDate.of(2025, 6, 1)).reviewDate(LocalDate.of(2026, 6, 1))
                .controls("A.5.15", "A.5.18", "A.8.5").clauses("6.1.3").related("PRO-UAR", "STD-PW")
                .history(new RevisionEntry("2.10", LocalDate.of(2025, 6, 1), "J. Doe", "Annual review; MFA for admins"),
                        new RevisionEntry("2.0", LocalDate.of(2024, 5, 2), "J. Doe", "Aligned with ISO/IEC 27001:2022"))
                .body("""
                        # Access Control Policy

                        ## Purpose

                        This policy sets the rules for access to information and systems, following [[A.5.15]].

                        ## Scope

                        It applies to all employees, contractors and systems. See the [password standard](../standards/passwords.md)
                        and the [[PRO-UAR|access review procedure]].

                        !!! warning "Privileged accounts"
                            Administrator accounts require multi-factor authentication and are reviewed quarterly.

                        ## Rules

                        | Role | Access | Approval |
                        |------|--------|----------|
                        | Employee | Business systems | Line manager |
                        | Administrator | Production | CISO |

                        1. Access follows the principle of least privilege.
                        2. Access is removed on the last working day.

                        ### Exceptions

                        Exceptions are recorded in the [risk register](../registers/risks.md) and the draft
                        [[POL-REMOTE]] once approved. A [broken link](missing.md) stays visible as text.

                        - [x] Joiner process automated
                        - [ ] Mover process automated

                        ???+ tip "Need access?"
                            Ask your line manager, who raises a request in the service desk.
                        """)
                .build();
        Document passwords = doc("standards/passwords.md", "STD-PW")
                .title("Password Standard").owner("IT Security").type(DocumentType.STANDARD).version("1.3")
                .summary("Minimum password length, MFA and password manager use.")
                .lastReviewed(LocalDate.of(2025, 9, 1)).reviewDate(LocalDate.of(2026, 9, 1))
                .controls("A.5.17", "A.8.5").classification("public")
                .body("""
                        ## Requirements

                        Passwords have at least 14 characters.[^nist]

                        ```
                        minimum_length = 14
                        ```

                        [^nist]: Following NIST SP 800-63B.
                        """)
                .build();
        Document review = doc("procedures/user-access-review.md", "PRO-UAR")
                .title("User Access Review").owner("IT Operations").type(DocumentType.PROCEDURE)
                .reviewDate(TODAY.plusDays(10)).controls("A.5.18").related("POL-AC")
                .body("## Steps\n\n1. Export the accounts.\n2. Ask each owner to confirm them, per the [policy](../policies/access-control.md#rules).\n")
                .build();
        Document backup = doc("standards/backup.md", "STD-BCK")
                .title("Backup Standard").owner("IT Operations").type(DocumentType.STANDARD)
                .reviewDate(LocalDate.of(2026, 1, 15)).controls("A.8.13").classification("confidential")
                .body("## Frequency\n\nDaily incremental, weekly full backups; <script>alert('x')</script> restore tests quarterly.\n")
                .build();
        Document incident = doc("procedures/incident-response.md", "PRO-IR")
                .title("Incident <b>Response</b>").owner("CISO").type(DocumentType.PROCEDURE)
                .reviewDate(TODAY.plusDays(20)).controls("A.5.24", "A.5.25", "A.5.26").clauses("10.2")
                .classification("restricted")
                .body("## Report\n\nReport incidents to the service desk.\n")
                .build();
        Document risks = doc("registers/risks.md", "REG-RISK")
                .title("Risk Register").owner("Risk Manager").type(DocumentType.REGISTER)
                .reviewDate(LocalDate.of(2026, 11, 1)).clauses("6.1.2", "8.2").controls("A.5.7")
                .body("## Risks\n\nSee [[POL-AC]].\n")
                .build();
        Document remote = doc("policies/remote-work.md", "POL-REMOTE")
                .title("Remote Work Policy").owner("HR").status(DocumentStatus.DRAFT).controls("A.6.7")
                .body("Draft text.\n")
                .build();
        Document soa = doc("soa.md", "SOA").title("Statement of Applicability").owner("CISO")
                .type(DocumentType.SOA).reviewDate(LocalDate.of(2026, 12, 1))
                .exclude("A.7.4", "No physical premises of our own: offices are rented in a serviced building.")
                .exclude("A.8.30", "No software development is outsourced.")
                .include("A.5.15", "Required by customer contracts, \"need to know\" for every system;\nreviewed yearly.",
                        ImplementationStatus.IMPLEMENTED)
                .include("A.8.5", null, ImplementationStatus.PARTIAL)
                .include("A.5.1", "Management direction for information security.", ImplementationStatus.PLANNED)
                .body("This Statement of Applicability lists the Annex A controls and whether they apply.\n")
                .build();
        return List.of(accessControl, passwords, review, backup, incident, risks, remote, soa);
    }

    static Handbook handbook() {
        return new Handbook(documents(), Set.of("images/network.png"), Set.of(), TestHandbooks.catalog());
    }

    static Validation validation() {
        return new Validation(handbook(), List.of());
    }

    /** The configuration of a project in {@code basedir}, with its source folder holding the sample's image. */
    static BuildConfig config(Path basedir) throws IOException {
        BuildConfig config = BuildConfig.builder(basedir, TODAY).build();
        Path image = config.sourceDirectory().resolve("images/network.png");
        Files.createDirectories(image.getParent());
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return config.toBuilder().title("Acme Security Handbook").handbookVersion("2026.1").organization("Acme Ltd")
                .build();
    }

    /** Renders the sample as a project in {@code basedir}; returns the site folder. */
    static Path render(Path basedir) throws IOException {
        BuildConfig config = config(basedir);
        new HandbookPipeline(config).renderer(SiteOrigin.Goal.BUILD).render(validation());
        return config.outputDirectory();
    }

    /** Renders the sample to {@code args[0]}/target/handbook, to look at in a browser. */
    public static void main(String[] args) throws IOException {
        System.out.println(render(Path.of(args[0])));
    }
}
