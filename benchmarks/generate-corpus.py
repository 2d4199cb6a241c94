#!/usr/bin/env python3
"""Generates a realistic ISMS handbook of N documents for the benchmarks.

The same N and seed always give byte-identical files. Output, under OUT:

  src/handbook/...      the documents (policies/, standards/<topic>/, procedures/<topic>/, ...,
                        soa.md), Markdown with YAML front-matter as in the README's "Writing documents"
  pom.xml               a handbook project using isms-maven-plugin, isms.today pinned
  hugo/                 a Hugo site with the same documents and a minimal comparable layout
  manifest.tsv          one line per document: path, id, type, status, bytes

Every document is valid on 2026-03-01 (the pinned isms.today): no review is overdue or due
within 30 days, every control and clause exists, every relative link and wiki link resolves,
every #anchor names a heading of the target. Python 3 standard library only.
"""

import argparse
import datetime
import os
import random
import re
import shutil
import statistics
import sys
from pathlib import Path

TODAY = datetime.date(2026, 3, 1)
PLUGIN = "io.github.ismshandbook:isms-maven-plugin:0.1.0-SNAPSHOT"

# ISO/IEC 27001:2022 Annex A: 5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34 (93 controls).
CONTROLS = [f"{theme}.{n}" for theme, count in ((5, 37), (6, 8), (7, 14), (8, 34)) for n in range(1, count + 1)]
CLAUSES = ["4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2", "5.3", "6", "6.1", "6.1.1", "6.1.2", "6.1.3",
           "6.2", "6.3", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3", "8", "8.1", "8.2",
           "8.3", "9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3", "10", "10.1", "10.2"]
# Clause ids that are not also control ids, so that a bare [[x.y]] wiki link is unambiguous.
WIKI_CLAUSES = [c for c in CLAUSES if c not in CONTROLS and "." in c]

# Controls the Statement of Applicability excludes; no document references them (else soa-conflict).
EXCLUDED = {
    "8.30": "All software is developed in-house; no development is outsourced.",
    "7.12": "The organization operates no data centre; cabling is the hosting provider's responsibility "
            "under its certified ISMS.",
}

# (slug, name, controls, clauses, title subjects, nouns, extra section headings)
TOPICS = [
    ("governance", "Information Security Governance", ["5.1", "5.2", "5.3", "5.4", "5.36"], ["5.1", "5.2", "5.3"],
     ["Information Security", "Security Governance", "Security Roles", "Segregation of Duties"],
     ["the information security policy", "the ISMS scope", "security objectives", "management reviews"],
     ["Governance structure", "Policy framework"]),
    ("threat-intelligence", "Threat Intelligence", ["5.5", "5.6", "5.7"], ["6.1", "4.1"],
     ["Threat Intelligence", "Authority Contacts", "Special Interest Groups"],
     ["threat reports", "indicators of compromise", "contacts with authorities", "advisories"],
     ["Intelligence sources", "Sharing of information"]),
    ("projects", "Security in Projects", ["5.8", "8.25", "8.26", "8.27"], ["6.1.2", "8.1"],
     ["Project Security", "Security Requirements", "Secure Architecture"],
     ["project risk assessments", "security requirements", "architecture decisions", "design reviews"],
     ["Project gates", "Security requirements"]),
    ("assets", "Asset Management", ["5.9", "5.10", "5.11"], ["7.5", "8.1"],
     ["Asset Inventory", "Acceptable Use", "Return of Assets"],
     ["the asset inventory", "asset owners", "laptops and mobile devices", "returned equipment"],
     ["Asset inventory", "Acceptable use"]),
    ("classification", "Information Classification", ["5.12", "5.13", "5.14"], ["7.5.3"],
     ["Information Classification", "Labelling", "Information Transfer"],
     ["classification labels", "confidential documents", "file transfers", "email attachments"],
     ["Classification levels", "Handling rules"]),
    ("access-control", "Access Control", ["5.15", "5.16", "5.17", "5.18", "8.2", "8.3", "8.5"], ["6.1.3", "8.1"],
     ["Access Control", "User Access Review", "Identity Lifecycle", "Password", "Multi-Factor Authentication"],
     ["access rights", "user accounts", "authentication secrets", "joiner-mover-leaver events"],
     ["Access requests", "Access reviews", "Authentication"]),
    ("suppliers", "Supplier Security", ["5.19", "5.20", "5.21", "5.22", "5.23"], ["8.1"],
     ["Supplier Security", "Supplier Onboarding", "Cloud Service", "ICT Supply Chain"],
     ["supplier agreements", "due diligence questionnaires", "cloud services", "supplier reviews"],
     ["Supplier onboarding", "Ongoing monitoring"]),
    ("incidents", "Incident Management", ["5.24", "5.25", "5.26", "5.27", "5.28", "6.8"], ["10.2"],
     ["Incident Response", "Security Event Triage", "Forensic Evidence", "Lessons Learned"],
     ["security incidents", "security events", "forensic evidence", "post-incident reviews"],
     ["Incident classification", "Communication"]),
    ("continuity", "Business Continuity", ["5.29", "5.30", "8.13", "8.14"], ["6.1", "8.1"],
     ["Business Continuity", "ICT Readiness", "Disaster Recovery", "Backup and Restore"],
     ["recovery time objectives", "backup copies", "continuity exercises", "redundant components"],
     ["Recovery objectives", "Exercises and tests"]),
    ("compliance", "Legal and Regulatory Compliance", ["5.31", "5.32", "5.33", "5.34", "5.35", "5.37"],
     ["4.2", "9.1"],
     ["Legal Requirements", "Records Protection", "Privacy", "Intellectual Property", "Operating Procedures"],
     ["legal requirements", "retention periods", "personal data", "software licences"],
     ["Applicable legislation", "Retention schedule"]),
    ("people", "People Security", ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"], ["7.2", "7.3"],
     ["Screening", "Security Awareness", "Onboarding", "Offboarding", "Remote Working", "Confidentiality"],
     ["background checks", "awareness training", "non-disclosure agreements", "remote workers"],
     ["Training programme", "Leavers"]),
    ("physical", "Physical Security", ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.11", "7.13"],
     ["8.1"],
     ["Physical Security", "Office Access", "Clear Desk", "Visitor Management", "Equipment Maintenance"],
     ["visitor badges", "secure areas", "CCTV footage", "maintenance contracts"],
     ["Secure areas", "Visitors"]),
    ("endpoints", "Endpoint Security", ["8.1", "8.7", "8.19", "7.9", "7.10", "7.14"], ["8.1"],
     ["Endpoint Security", "Malware Protection", "Mobile Device", "Media Disposal", "Software Installation"],
     ["endpoint devices", "anti-malware agents", "removable media", "disposed equipment"],
     ["Device baseline", "Disposal"]),
    ("cryptography", "Cryptography", ["8.24", "8.5"], ["6.1.3"],
     ["Cryptography", "Key Management", "TLS Configuration", "Certificate Management"],
     ["encryption keys", "TLS certificates", "key rotation", "hardware security modules"],
     ["Approved algorithms", "Key management"]),
    ("operations", "Operations Security", ["8.6", "8.9", "8.15", "8.16", "8.17", "8.18", "8.32"], ["8.1", "9.1"],
     ["Logging and Monitoring", "Capacity Management", "Change Management", "Configuration Baseline",
      "Time Synchronisation"],
     ["audit logs", "change requests", "configuration baselines", "capacity forecasts"],
     ["Log retention", "Change approval"]),
    ("vulnerabilities", "Vulnerability Management", ["8.8", "8.9", "8.34"], ["6.1.2", "9.1"],
     ["Vulnerability Management", "Patch Management", "Penetration Testing"],
     ["vulnerability scans", "security patches", "penetration tests", "remediation deadlines"],
     ["Scanning", "Remediation timelines"]),
    ("network", "Network Security", ["8.20", "8.21", "8.22", "8.23"], ["8.1"],
     ["Network Security", "Firewall Rules", "Network Segmentation", "Web Filtering", "Remote Access"],
     ["firewall rules", "network segments", "VPN connections", "web proxies"],
     ["Network zones", "Firewall management"]),
    ("development", "Secure Development", ["8.4", "8.25", "8.28", "8.29", "8.31", "8.33"], ["8.1"],
     ["Secure Development", "Secure Coding", "Code Review", "Security Testing", "Test Data"],
     ["source code", "pull requests", "build pipelines", "test data"],
     ["Secure coding", "Security testing"]),
    ("data-protection", "Data Protection", ["8.10", "8.11", "8.12", "5.34"], ["6.1.2"],
     ["Data Protection", "Data Deletion", "Data Masking", "Data Leakage Prevention"],
     ["personal data", "data subject requests", "masked datasets", "DLP alerts"],
     ["Data minimisation", "Deletion"]),
    ("risk", "Risk Management", ["5.1", "5.8"], ["6.1.1", "6.1.2", "6.1.3", "8.2", "8.3"],
     ["Risk Management", "Risk Assessment", "Risk Treatment", "Risk Acceptance"],
     ["risk assessments", "risk owners", "treatment plans", "the risk register"],
     ["Risk criteria", "Risk treatment"]),
    ("audit", "Audit and Improvement", ["5.35", "5.36", "8.34"], ["9.2", "9.2.1", "9.2.2", "9.3", "10.1", "10.2"],
     ["Internal Audit", "Management Review", "Corrective Action", "Continual Improvement"],
     ["audit findings", "nonconformities", "corrective actions", "management review minutes"],
     ["Audit programme", "Corrective actions"]),
]

# type, folder, id prefix, share of documents, title noun, section headings
TYPES = [
    ("policy", "policies", "POL", 0.06, "Policy",
     ["Purpose", "Scope", "Policy statements", "Roles and responsibilities", "Compliance", "Exceptions",
      "Definitions", "Review and maintenance"]),
    ("standard", "standards", "STD", 0.14, "Standard",
     ["Purpose", "Scope", "Requirements", "Technical baseline", "Monitoring", "Exceptions", "References"]),
    ("procedure", "procedures", "PRC", 0.35, "Procedure",
     ["Purpose", "Scope", "Prerequisites", "Procedure steps", "Records", "Escalation", "Roles and responsibilities"]),
    ("guideline", "guidelines", "GDL", 0.12, "Guideline",
     ["Introduction", "Recommendations", "Good practice", "Common mistakes", "Further reading"]),
    ("plan", "plans", "PLN", 0.06, "Plan",
     ["Objectives", "Scope", "Timeline", "Resources", "Milestones", "Risks", "Reporting"]),
    ("record", "records", "REC", 0.17, "Record",
     ["Summary", "Participants", "Findings", "Decisions", "Actions", "Evidence"]),
    ("register", "registers", "REG", 0.10, "Register",
     ["Purpose", "Register", "Maintenance", "Ownership", "Change log"]),
]
# Headings that exercise slugging (punctuation dropped, '&' leaves a double dash); never link targets.
ODD_HEADINGS = ["Roles & responsibilities", "Exceptions (temporary)", "Step 1: request access",
                "What's in scope?", "Q&A", "Annex: contact list", "RACI / escalation matrix"]
SUBHEADINGS = ["Details", "Responsibilities", "Evidence", "Examples", "Frequency"]

SCOPES = ["Finance Systems", "Production Systems", "Corporate IT", "the Data Platform", "Customer Support",
          "EMEA Offices", "the Berlin Office", "the London Office", "Payment Services", "HR Systems",
          "Cloud Infrastructure", "Mobile Apps", "the Web Shop", "Research and Development", "Facilities",
          "Sales", "Marketing Systems", "the Analytics Cluster", "Third-Party Hosting", "Engineering",
          "Legal", "the Warehouse", "Field Service", "Contractors", "Executive Staff", "Shared Services",
          "Identity Services", "Email and Collaboration", "the Data Warehouse", "Partner Integrations"]
OWNERS = ["Chief Information Security Officer", "Head of IT Operations", "Data Protection Officer",
          "Head of Engineering", "Head of People", "Facilities Manager", "Head of Legal", "Risk Manager",
          "Security Operations Lead", "Head of Procurement", "Internal Audit Lead", "Platform Team Lead",
          "Service Desk Manager", "Chief Technology Officer", "Network Team Lead", "Compliance Officer"]
APPROVERS = ["Chief Executive Officer", "Chief Information Security Officer", "Information Security Committee",
             "Chief Technology Officer", "Management Board"]
AUTHORS = ["A. Schmidt", "B. Okafor", "C. Dubois", "D. Kowalski", "E. Lindqvist", "F. Rossi", "G. Tanaka",
           "H. Murphy", "I. Novak", "J. Silva", "K. Haddad", "L. Chen"]
ROLES = ["The Information Security Officer", "System owners", "Asset owners", "The IT Operations team",
         "Line managers", "The Service Desk", "All employees", "Contractors", "The Data Protection Officer",
         "The Head of Engineering", "The Risk Committee", "The Security Operations Centre", "Human Resources",
         "Internal Audit", "Team leads", "The Platform Team"]
VERBS = ["shall review", "must approve", "shall document", "shall maintain", "must report",
         "shall ensure the protection of", "must not share", "shall restrict", "shall retain evidence of",
         ("is responsible for verifying", "are responsible for verifying"), ("monitors", "monitor"),
         ("records", "record"), ("assesses", "assess"), ("classifies", "classify"), ("tests", "test")]
PLURAL_ROLES = {"System owners", "Asset owners", "Line managers", "All employees", "Contractors", "Team leads"}
GENERIC_NOUNS = ["exceptions to this document", "security requirements", "the relevant records",
                 "supporting evidence", "identified risks", "open actions", "the escalation path"]
QUALIFIERS = ["at least annually", "within 24 hours", "before go-live", "on a quarterly basis",
              "in accordance with the classification scheme", "using the approved ticketing system",
              "without undue delay", "whenever a significant change occurs", "after every major release",
              "as part of the monthly operations meeting", "within five working days", "on request of the auditor"]
OPENERS = ["Where this is not practical,", "In addition,", "For critical systems,", "As a rule,",
           "Unless the risk owner accepts the risk in writing,", "During an incident,", "For new suppliers,",
           "Before access is granted,", "Once a year,", "If in doubt,"]
TOOLS = ["jira-sec", "vault", "ldap-sync", "backup-agent", "siem-forwarder", "patchctl", "ansible", "terraform",
         "okta", "crowdstrike", "nessus", "git-secrets"]
EXTERNAL = ["https://www.iso.org/standard/27001", "https://csrc.nist.gov/publications",
            "https://www.ncsc.gov.uk/collection/10-steps", "https://www.enisa.europa.eu/topics",
            "https://owasp.org/www-project-top-ten/", "https://www.cisecurity.org/controls"]
ADMONITIONS = ["note", "tip", "warning", "important", "info"]
TAGS = ["access", "identity", "cloud", "network", "privacy", "gdpr", "hr", "physical", "operations",
        "development", "suppliers", "incident", "continuity", "audit", "risk", "crypto", "endpoint", "awareness"]


def slugify(text):
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'."""
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def anchors(headings):
    """Anchors of (level, text) headings with GitHub's -1, -2 suffixes for repeats."""
    seen = {}
    result = []
    for _, text in headings:
        slug = slugify(text)
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        result.append(slug if count == 0 else f"{slug}-{count}")
    return result


def yaml_scalar(text):
    """A plain YAML scalar where that stays a string, otherwise a double-quoted one."""
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9 ,.()/'-]*[A-Za-z0-9.)]", text) and text.lower() not in (
            "yes", "no", "on", "off", "true", "false", "null"):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ref_scalar(ref):
    """Control and clause refs: a bare number like 5.10 would be a float in YAML, so it is quoted."""
    return ref if ref.startswith("A.") else f'"{ref}"'


def verb(rng, role):
    """A verb phrase that agrees with the role."""
    choice = rng.choice(VERBS)
    return choice if isinstance(choice, str) else choice[1 if role in PLURAL_ROLES else 0]


def mid_sentence(role):
    """'The Risk Committee' -> 'the Risk Committee', 'Line managers' -> 'line managers'; names stay."""
    if role.startswith("The ") or " " not in role or role.split()[1].islower():
        return role[0].lower() + role[1:]
    return role


def day(rng, start, end):
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


class Doc:
    """The plan of one document: everything other documents need before any body is written."""

    def __init__(self, index, doc_type, topic, rng, number_width):
        self.index = index
        self.type, self.folder, prefix, _, noun, sections = doc_type
        self.topic = topic
        self.id = f"{prefix}-{index + 1:0{number_width}d}"
        subject = rng.choice(topic[4])
        self.title = f"{subject} {noun}" if rng.random() < 0.3 else f"{subject} {noun} for {rng.choice(SCOPES)}"
        roll = rng.random()
        self.status = "approved" if roll < 0.93 else "draft" if roll < 0.96 else "in-review" if roll < 0.98 \
            else "retired"
        # Log-uniform body size: many short documents, some long ones; with front-matter 1-20 KB.
        self.body_target = int(1024 * 17.5 ** rng.random())
        count = max(2, min(len(sections) + 2, round(self.body_target / 1700) + 1))
        names = sections + list(topic[6])
        chosen = sorted(rng.sample(range(len(names)), min(count, len(names))))
        self.headings = []
        for i in chosen:
            self.headings.append((2, names[i]))
            for _ in range(rng.choice((0, 0, 1, 2)) if self.body_target > 6000 else 0):
                self.headings.append((3, rng.choice(SUBHEADINGS)))
        if rng.random() < 0.15:
            self.headings.insert(rng.randint(1, len(self.headings)), (2, rng.choice(ODD_HEADINGS)))
        self.anchors = anchors(self.headings)
        # Only anchors a forge and every slugger agree on: plain words, first occurrence.
        self.link_anchors = [a for (level, text), a in zip(self.headings, self.anchors)
                             if re.fullmatch(r"[A-Za-z0-9 ]+", text) and a == slugify(text)]
        self.path = None

    @property
    def approved(self):
        return self.status == "approved"


def plan_documents(n, seed):
    rng = random.Random(f"{seed}:plan")
    width = max(4, len(str(n)))
    # n split over the document types by their shares; at least one of each while n allows.
    shares = [max(1, int(n * t[3])) for t in TYPES]
    while sum(shares) > n:
        shares[shares.index(max(shares))] -= 1
    i = 0
    while sum(shares) < n:
        shares[i % len(TYPES)] += 1
        i += 1
    docs = []
    for doc_type, share in zip(TYPES, shares):
        for k in range(share):
            # Every topic once before any repeats, so that small corpora still cover every control.
            topic = TOPICS[k] if k < len(TOPICS) else rng.choice(TOPICS)
            docs.append(Doc(k, doc_type, topic, random.Random(f"{seed}:doc:{doc_type[2]}:{k}"), width))
    # The first document of every type and topic stays approved, for the same reason.
    taken = set()
    for doc in docs:
        if (doc.type, doc.topic[0]) not in taken:
            doc.status = "approved"
            taken.add((doc.type, doc.topic[0]))
    used = set()
    for doc in docs:
        stem = slugify(doc.title)[:60].strip("-")
        folder = doc.folder if doc.type == "policy" else f"{doc.folder}/{doc.topic[0]}"
        name = stem
        suffix = 2
        while f"{folder}/{name}.md" in used:
            name = f"{stem}-{suffix}"
            suffix += 1
        doc.path = f"{folder}/{name}.md"
        used.add(doc.path)
    return docs


class Writer:
    """Writes one document body; knows the other documents to link to."""

    def __init__(self, doc, rng, by_topic, approved, controls, prose=None):
        self.doc = doc
        self.rng = rng
        self.by_topic = by_topic
        self.approved = approved
        self.controls = controls
        self.prose = prose
        self.footnotes = []
        self.last = None

    def other(self):
        """An approved document other than this one, usually of the same topic."""
        pool = self.by_topic[self.doc.topic[0]] if self.rng.random() < 0.6 else self.approved
        target = self.rng.choice(pool)
        return None if target is self.doc else target

    def relative(self, target):
        return os.path.relpath(target.path, os.path.dirname(self.doc.path) or ".").replace(os.sep, "/")

    def doc_link(self):
        target = self.other()
        if target is None:
            return f"*{self.rng.choice(self.doc.topic[5])}*"
        href = self.relative(target)
        if target.link_anchors and self.rng.random() < 0.35:
            anchor = self.rng.choice(target.link_anchors)
            return f"[{target.title}, section {anchor.replace('-', ' ')}]({href}#{anchor})"
        return f"[{target.title}]({href})"

    def wiki_link(self):
        roll = self.rng.random()
        if roll < 0.45:
            return f"[[A.{self.rng.choice(self.controls)}]]"
        if roll < 0.6:
            return f"[[{self.rng.choice(WIKI_CLAUSES)}]]"
        target = self.other()
        if target is None:
            return f"[[A.{self.rng.choice(self.controls)}]]"
        if roll < 0.8:
            return f"[[{target.id}]]"
        return f"[[{target.id}|the {target.title.lower()}]]"

    def noun(self):
        rng = self.rng
        noun = rng.choice(self.doc.topic[5]) if rng.random() < 0.7 else rng.choice(GENERIC_NOUNS)
        roll = rng.random()
        if roll < 0.08:
            return f"**{noun}**"
        if roll < 0.13:
            return f"*{noun}*"
        return noun

    def sentence(self, links=True):
        rng = self.rng
        if self.prose:
            # A sentence of real prose, its final stop dropped: links are added as in the synthetic text.
            text = rng.choice(self.prose)[:-1]
        else:
            opener = rng.choice(OPENERS) + " " if rng.random() < 0.25 else ""
            role = rng.choice(ROLES)
            action = verb(rng, role)
            if opener:
                role = mid_sentence(role)
            text = f"{opener}{role} {action} {self.noun()} {rng.choice(QUALIFIERS)}"
        roll = rng.random() if links else 1.0
        if roll < 0.10:
            text += f", as described in {self.doc_link()}"
        elif roll < 0.17:
            text += f" (see {self.wiki_link()})"
        elif roll < 0.20 and self.doc.link_anchors:
            anchor = rng.choice(self.doc.link_anchors)
            text += f" (see [{anchor.replace('-', ' ')}](#{anchor}))"
        elif roll < 0.23:
            text += f" using `{rng.choice(TOOLS)}`"
        elif roll < 0.25:
            text += f"; guidance is published at {rng.choice(EXTERNAL)}"
        elif roll < 0.26:
            text += " ~~on paper~~ electronically"
        text += "."
        if rng.random() < 0.04:
            role = rng.choice(ROLES)
            self.footnotes.append(f"{role} {verb(rng, role)} {self.noun()} "
                                  f"{rng.choice(QUALIFIERS)}.")
            text += f"[^{len(self.footnotes)}]"
        return text

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def bullets(self):
        lines = []
        for _ in range(self.rng.randint(3, 7)):
            lines.append(f"- {self.sentence()}")
            if self.rng.random() < 0.15:
                lines.extend(f"  - {self.sentence(links=False)}" for _ in range(self.rng.randint(1, 3)))
        return "\n".join(lines)

    def steps(self):
        return "\n".join(f"{i}. {self.sentence()}" for i in range(1, self.rng.randint(3, 8) + 1))

    def tasks(self):
        return "\n".join(f"- [{'x' if self.rng.random() < 0.5 else ' '}] {self.sentence(links=False)}"
                         for _ in range(self.rng.randint(3, 6)))

    def table(self):
        rng = self.rng
        kind = rng.randrange(4)
        if kind == 0:
            head = ["Activity", "Responsible", "Accountable", "Consulted", "Informed"]
            rows = [[rng.choice(self.doc.topic[5]).capitalize()] + [rng.choice(OWNERS) for _ in range(4)]
                    for _ in range(rng.randint(3, 8))]
        elif kind == 1:
            head = ["Record", "Retention", "Location", "Owner"]
            rows = [[rng.choice(self.doc.topic[5]).capitalize(), f"{rng.choice((1, 2, 3, 5, 7, 10))} years",
                     f"`{rng.choice(TOOLS)}`", rng.choice(OWNERS)] for _ in range(rng.randint(3, 10))]
        elif kind == 2:
            head = ["Control", "Implementation", "Evidence"]
            rows = [[f"[[A.{rng.choice(self.controls)}]]", self.sentence(links=False),
                     rng.choice(self.doc.topic[5])] for _ in range(rng.randint(2, 6))]
        else:
            head = ["Severity", "Response time", "Resolution time", "Escalation"]
            rows = [[sev, f"{hours} hours", f"{hours * 4} hours", rng.choice(OWNERS)]
                    for sev, hours in (("Critical", 1), ("High", 4), ("Medium", 24), ("Low", 72))]
        align = ["---"] + [rng.choice(("---", ":---", ":---:")) for _ in head[1:]]
        lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)

    def admonition(self):
        rng = self.rng
        kind = rng.choice(ADMONITIONS)
        title = rng.choice(("Remember", "Auditor's note", "Exception handling", "Why this matters",
                            "Do not skip this step", "Tip"))
        body = [f"    {self.sentence()} {self.sentence(links=False)}"]
        if rng.random() < 0.3:
            body += ["", f"    {self.sentence(links=False)}"]
        return f'!!! {kind} "{title}"\n' + "\n".join(body)

    def code(self):
        rng = self.rng
        samples = [("yaml", f"retention:\n  {rng.choice(TOOLS)}: {rng.randint(1, 10)}y\n  review: quarterly"),
                   ("text", f"Subject: [{self.doc.id}] {rng.choice(self.doc.topic[5])}\nPriority: high"),
                   ("shell", f"{rng.choice(TOOLS)} --verify --since {rng.randint(1, 90)}d")]
        lang, text = rng.choice(samples)
        return f"```{lang}\n{text}\n```"

    def quote(self):
        return f"> {self.sentence()}"

    def block(self):
        roll = self.rng.random()
        make = self.paragraph
        for limit, kind in ((0.45, self.paragraph), (0.58, self.bullets), (0.66, self.steps), (0.71, self.tasks),
                            (0.80, self.table), (0.88, self.admonition), (0.94, self.code), (1.0, self.quote)):
            if roll < limit:
                make = kind
                break
        lists = (self.bullets, self.steps, self.tasks)
        # Two lists in a row would merge into one list: put a paragraph between them.
        if make in lists and self.last in lists:
            make = self.paragraph
        self.last = make
        return make()

    def body(self):
        doc = self.doc
        parts = [self.paragraph()]
        if self.prose:
            # Documents of real policy sets often repeat their title as a first-level heading.
            parts.insert(0, f"# {doc.title}")
        size = len(parts[0])
        sections = [i for i, (level, _) in enumerate(doc.headings) if level == 2]
        for i, (level, text) in enumerate(doc.headings):
            parts.append(f"{'#' * level} {text}")
            is_last = i == len(doc.headings) - 1
            share = (sections.index(i) + 1) / len(sections) if i in sections else None
            goal = doc.body_target * share if share else size + 200
            goal = max(doc.body_target if is_last else goal, size + 100)
            while True:
                block = self.block()
                parts.append(block)
                size += len(block) + 2
                nested = i + 1 < len(doc.headings) and doc.headings[i + 1][0] == 3
                if size >= goal or (nested and level == 2):
                    break
        if self.footnotes:
            parts.append("\n".join(f"[^{n}]: {text}" for n, text in enumerate(self.footnotes, 1)))
        return "\n\n".join(parts) + "\n"


def front_matter(doc, rng, controls, clauses, related, supersedes):
    lines = ["---", f"id: {doc.id}", f"title: {yaml_scalar(doc.title)}", f"owner: {rng.choice(OWNERS)}"]
    major, minor = rng.randint(1, 4), rng.choice((0, 0, 1, 2, 3, 10, 11))
    version = f"{major}.{minor}" if rng.random() < 0.9 else f"{major}.{minor}.{rng.randint(1, 3)}"
    lines.append(f"version: {version}" if rng.random() < 0.6 else f'version: "{version}"')
    # Approval at most ten months back; the next review at least six weeks after TODAY.
    approved_on = day(rng, TODAY - datetime.timedelta(days=300), TODAY - datetime.timedelta(days=20))
    if rng.random() < 0.6:
        lines.append(f"review_date: {day(rng, datetime.date(2026, 4, 15), datetime.date(2027, 2, 28))}")
    else:
        cycle, months = rng.choice((("12", 12), ("P1Y", 12), ("P6M", 6), ("24", 24), ("P2Y", 24)))
        earliest = max(approved_on, datetime.date(2025, 10, 20) if months == 6 else approved_on)
        last = day(rng, earliest, TODAY - datetime.timedelta(days=5))
        lines.append(f"last_reviewed: {last}")
        if rng.random() < 0.8 or months != 12:
            lines.append(f"review_cycle: {cycle}")
    if doc.type != "policy" or rng.random() < 0.5:
        lines.append(f"type: {doc.type}")
    if doc.status != "approved" or rng.random() < 0.7:
        lines.append(f"status: {doc.status}")
    if doc.status in ("approved", "retired"):
        lines.append(f"approved_by: {rng.choice(APPROVERS)}")
        lines.append(f"approved_on: {approved_on}")
        if rng.random() < 0.7:
            lines.append(f"effective: {min(TODAY, approved_on + datetime.timedelta(days=rng.choice((0, 1, 7, 14, 30))))}")
    if rng.random() < 0.85:
        lines.append(f"classification: {rng.choice(('public', 'internal', 'internal', 'confidential', 'restricted'))}")
    refs = [("A." + c if rng.random() < 0.7 else c) for c in controls]
    if refs:
        if rng.random() < 0.5:
            lines.append("controls: [" + ", ".join(ref_scalar(r) for r in refs) + "]")
        else:
            lines += ["controls:"] + [f"  - {ref_scalar(r)}" for r in refs]
    if clauses:
        lines.append("clauses: [" + ", ".join(ref_scalar(c) for c in clauses) + "]")
    if related:
        lines += ["related:"] + [f"  - {r}" for r in related]
    if supersedes:
        lines.append(f"supersedes: [{', '.join(supersedes)}]")
    if rng.random() < 0.8:
        lines.append("tags: [" + ", ".join(rng.sample(TAGS, rng.randint(1, 4))) + "]")
    if rng.random() < 0.75:
        role = rng.choice(ROLES)
        summary = (f"{doc.topic[1]}: how {mid_sentence(role)} {verb(rng, role)} "
                   f"{rng.choice(doc.topic[5])} {rng.choice(QUALIFIERS)}.")
        lines.append(f"summary: {yaml_scalar(summary)}")
    if doc.status in ("approved", "retired") and rng.random() < 0.8:
        lines.append("history:")
        when = approved_on - datetime.timedelta(days=365 * rng.randint(1, 3))
        entries = rng.randint(1, 4)
        for k in range(entries):
            last = k == entries - 1
            entry_date = approved_on if last else when + datetime.timedelta(days=k * 120)
            entry_version = version if last else f"{max(1, major - entries + k + 1)}.{k}"
            lines += [f'  - version: "{entry_version}"', f"    date: {entry_date}",
                      f"    author: {rng.choice(AUTHORS)}",
                      f"    summary: {yaml_scalar(rng.choice(('Initial version.', 'Annual review, no changes.', 'Clarified scope and roles.', 'Aligned with ISO/IEC 27001:2022.', 'Updated after internal audit findings.')))}"]
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def soa_document(docs, width):
    approved = [d for d in docs if d.approved]
    lines = ["---", f"id: SOA-{1:0{width}d}", "title: Statement of Applicability", "owner: Chief Information Security Officer",
             "version: 3.2", "review_date: 2026-12-31", "type: soa", "status: approved",
             "approved_by: Management Board", "approved_on: 2025-12-10", "effective: 2026-01-01",
             "classification: internal", "clauses: [\"6.1.3\"]", "exclusions:"]
    lines += [f'  "{ref}": {yaml_scalar(why)}' for ref, why in EXCLUDED.items()]
    lines += ["tags: [soa, audit]", "summary: Applicability of every ISO/IEC 27001:2022 Annex A control.", "---", ""]
    implementing = {c: [] for c in CONTROLS}
    for d in approved:
        for c in d.controls:
            if len(implementing[c]) < 3:
                implementing[c].append(d)
    lines += ["This statement lists every Annex A control of ISO/IEC 27001:2022, whether it applies, why, and "
              "the documents that implement it, as required by clause [[6.1.3]].", "",
              "## Applicable controls", "", "| Control | Applicable | Justification | Implemented by |",
              "| --- | :---: | --- | --- |"]
    for c in CONTROLS:
        if c in EXCLUDED:
            continue
        impl = ", ".join(f"[[{d.id}]]" for d in implementing[c]) or "Covered by the ISMS as a whole"
        lines.append(f"| [[A.{c}]] | Yes | Risk assessment and legal requirements | {impl} |")
    lines += ["", "## Excluded controls", ""]
    for ref, why in EXCLUDED.items():
        lines.append(f"- **A.{ref}**: {why}")
    lines += ["", '!!! note "Review"', "    The statement is reviewed with the risk assessment, at least once a year.", ""]
    return "\n".join(lines)


def hugo_site():
    config = """baseURL = "/"
title = "Benchmark ISMS Handbook"
languageCode = "en"
relativeURLs = true
uglyURLs = true
disableHugoGeneratorInject = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]

# Comparable to the handbook's controls and owners pages.
[taxonomies]
  tag = "tags"
  control = "controls"

[markup]
  [markup.goldmark.renderer]
    unsafe = false
  [markup.goldmark.parser]
    autoHeadingIDType = "github"
  [markup.tableOfContents]
    startLevel = 2
    endLevel = 3
    ordered = false
"""
    baseof = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
"""
    single = """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ $due := "" }}
{{ with .Params.review_date }}{{ $due = time.Format "2006-01-02" . }}{{ else }}{{ with .Params.last_reviewed }}
  {{ $months := 12 }}
  {{ with $.Params.review_cycle }}{{ $c := string . }}
    {{ if strings.HasSuffix $c "Y" }}{{ $months = int (mul 12 (int (strings.TrimSuffix "Y" (strings.TrimPrefix "P" $c)))) }}
    {{ else if strings.HasSuffix $c "M" }}{{ $months = int (strings.TrimSuffix "M" (strings.TrimPrefix "P" $c)) }}
    {{ else }}{{ $months = int $c }}{{ end }}
  {{ end }}
  {{ $due = (time .).AddDate 0 $months 0 | time.Format "2006-01-02" }}
{{ end }}{{ end }}
<dl class="metadata">
  <dt>ID</dt><dd>{{ .Params.id }}</dd>
  <dt>Status</dt><dd>{{ .Params.status | default "approved" }}</dd>
  <dt>Owner</dt><dd>{{ .Params.owner }}</dd>
  <dt>Version</dt><dd>{{ .Params.version }}</dd>
  <dt>Classification</dt><dd>{{ .Params.classification | default "internal" }}</dd>
  <dt>Next review</dt><dd>{{ $due }}</dd>
  <dt>Controls</dt><dd>{{ range $i, $t := .GetTerms "controls" }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</dd>
</dl>
<nav aria-label="Contents">{{ .TableOfContents }}</nav>
{{ .Content }}
{{ with .Params.history }}
<h2>Revision history</h2>
<table><thead><tr><th>Version</th><th>Date</th><th>Author</th><th>Summary</th></tr></thead><tbody>
{{ range . }}<tr><td>{{ .version }}</td><td>{{ time.Format "2006-01-02" .date }}</td><td>{{ .author }}</td><td>{{ .summary }}</td></tr>
{{ end }}</tbody></table>
{{ end }}
</article>
{{ end }}
"""
    list_ = """{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.id }} ({{ .Params.owner }})</li>
{{ end }}</ul>
{{ end }}
"""
    index = """{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<p>{{ len .Site.RegularPages }} documents</p>
{{ range (.Site.RegularPages.GroupBy "Section") }}
<h2>{{ .Key | default "other" }}</h2>
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.id }}, {{ .Params.status | default "approved" }}, {{ .Params.owner }}, {{ .Params.classification | default "internal" }}</li>
{{ end }}</ul>
{{ end }}
{{ end }}
"""
    # Relative links to .md files become the target page's URL, as the handbook rewrites them.
    link_hook = """{{- $dest := .Destination -}}
{{- $u := urls.Parse $dest -}}
{{- if and (not $u.IsAbs) (strings.HasSuffix $u.Path ".md") -}}
  {{- with $.Page.GetPage $u.Path -}}
    {{- $dest = .RelPermalink -}}{{- with $u.Fragment }}{{ $dest = printf "%s#%s" $dest . }}{{ end -}}
  {{- end -}}
{{- end -}}
<a href="{{ $dest | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>"""
    return {"hugo.toml": config, "layouts/_default/baseof.html": baseof,
            "layouts/_default/single.html": single, "layouts/_default/list.html": list_,
            "layouts/index.html": index, "layouts/_default/_markup/render-link.html": link_hook}


def project_pom(n):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.ismshandbook.benchmarks</groupId>
  <artifactId>handbook-{n}</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <name>Benchmark ISMS Handbook ({n} documents)</name>
  <organization>
    <name>Example Corp</name>
  </organization>

  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <!-- Pinned: the generated review dates are all valid on this day. -->
    <isms.today>2026-03-01</isms.today>
  </properties>

  <!-- Declared so that the isms: prefix resolves; the benchmark names the goal in full:
       mvn -q -o {PLUGIN}:build -Disms.failOnError=false -->
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.ismshandbook</groupId>
        <artifactId>isms-maven-plugin</artifactId>
        <version>0.1.0-SNAPSHOT</version>
      </plugin>
    </plugins>
  </build>
</project>
"""


def check_reference(reference):
    """The embedded catalog must match the shared reference tables, when they are at hand."""
    annex = reference / "iso27001-2022-annexA.tsv"
    clauses = reference / "iso27001-2022-clauses.tsv"
    if not annex.is_file() or not clauses.is_file():
        return False
    ids = [line.split("\t")[0] for line in annex.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    clause_ids = [line.split("\t")[0] for line in clauses.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    if ids != CONTROLS or clause_ids != CLAUSES:
        sys.exit(f"generate-corpus: the catalog in this script differs from {reference}")
    return True


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


def read_prose(folder):
    """Sentences of 40-300 characters from the .txt files of a folder (sorted, so deterministic)."""
    sentences = []
    for path in sorted(Path(folder).glob("*.txt")):
        text = re.sub(r"\s+", " ", path.read_text(encoding="utf-8", errors="replace"))
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
            sentence = sentence.strip()
            # Plain prose only: nothing that Markdown would read as markup.
            if 40 <= len(sentence) <= 300 and sentence[-1] in ".!?" and not re.search(r"[\[\]<>*_`#|\\]", sentence) \
                    and not re.match(r"^(\d+[.)]|[-+>])\s", sentence):
                sentences.append(sentence)
    if len(sentences) < 1000:
        sys.exit(f"generate-corpus: only {len(sentences)} usable sentences in {folder}")
    return sentences


def generate(n, out, seed, prose=None):
    docs = plan_documents(n, seed)
    width = max(4, len(str(n)))
    usable = [c for c in CONTROLS if c not in EXCLUDED]
    approved = [d for d in docs if d.approved]
    retired = [d for d in docs if d.status == "retired"]
    by_topic = {}
    for d in approved:
        by_topic.setdefault(d.topic[0], []).append(d)
    for t in TOPICS:
        by_topic.setdefault(t[0], approved)
    # Controls first, so that the SoA can name implementing documents; round-robin covers all 93 early.
    for k, d in enumerate(docs):
        rng = random.Random(f"{seed}:controls:{d.id}")
        topic_controls = [c for c in d.topic[2] if c not in EXCLUDED]
        if d.type in ("policy", "standard", "procedure") or rng.random() < 0.6:
            chosen = rng.sample(topic_controls, rng.randint(1, min(4, len(topic_controls))))
            extra = usable[k % len(usable)]
            d.controls = sorted(set(chosen + [extra]), key=CONTROLS.index)
        else:
            d.controls = []
    src = out / "src" / "handbook"
    content = out / "hugo" / "content"
    for stale in (src, out / "hugo"):
        if stale.exists():
            shutil.rmtree(stale)
    manifest = ["path\tid\ttype\tstatus\tbytes"]
    sizes = []
    for d in docs:
        rng = random.Random(f"{seed}:body:{d.id}")
        writer = Writer(d, rng, by_topic, approved, d.controls or [c for c in d.topic[2] if c not in EXCLUDED],
                        prose)
        body = writer.body()
        found = [(len(m.group(1)), m.group(2)) for m in re.finditer(r"^(#{2,3}) (.+)$", body, re.M)]
        assert found == d.headings, f"{d.id}: headings differ from the plan"
        meta = random.Random(f"{seed}:meta:{d.id}")
        clauses = meta.sample(d.topic[3], meta.randint(0, len(d.topic[3])))
        related = sorted({t.id for t in meta.sample(by_topic[d.topic[0]], min(3, len(by_topic[d.topic[0]])))
                          if t is not d})[:meta.randint(0, 3)]
        supersedes = [meta.choice(retired).id] if retired and d.approved and meta.random() < 0.03 else []
        text = front_matter(d, meta, d.controls, clauses, related, supersedes) + body
        write(src / d.path, text)
        write(content / d.path, text)
        size = len(text.encode("utf-8"))
        sizes.append(size)
        manifest.append(f"{d.path}\t{d.id}\t{d.type}\t{d.status}\t{size}")
    soa = soa_document(docs, width)
    write(src / "soa.md", soa)
    write(content / "soa.md", soa)
    manifest.append(f"soa.md\tSOA-{1:0{width}d}\tsoa\tapproved\t{len(soa.encode('utf-8'))}")
    write(out / "manifest.tsv", "\n".join(manifest) + "\n")
    write(out / "pom.xml", project_pom(n))
    for name, text in hugo_site().items():
        write(out / "hugo" / name, text)
    return sizes


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of documents (the SoA comes on top)")
    parser.add_argument("out", type=Path, help="output folder (src/handbook, pom.xml, hugo/ are replaced)")
    parser.add_argument("--seed", default="isms-bench", help="random seed (default: %(default)s)")
    parser.add_argument("--prose", type=Path, metavar="DIR",
                        help="write the bodies from sentences of the .txt files in DIR (real prose) instead of "
                             "synthetic policy sentences; documents then start with '# Title'")
    parser.add_argument("--reference", type=Path,
                        default=Path(os.environ.get("ISMS_REFERENCE_DIR", here.parent.parent / "shared" / "reference")),
                        help="folder of the ISO reference tables to check the embedded catalog against")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("count must be at least 1")
    checked = check_reference(args.reference)
    prose = read_prose(args.prose) if args.prose else None
    sizes = generate(args.count, args.out, args.seed, prose)
    print(f"{args.count} documents (+ soa.md) in {args.out}: {sum(sizes) / 1e6:.1f} MB, "
          f"sizes {min(sizes)}..{max(sizes)} bytes, median {int(statistics.median(sizes))}"
          + (f", prose from {args.prose}" if prose else "")
          + ("" if checked else " (reference tables not found; catalog not cross-checked)"))


if __name__ == "__main__":
    main()
