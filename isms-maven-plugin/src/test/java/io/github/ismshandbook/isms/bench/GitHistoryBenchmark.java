package io.github.ismshandbook.isms.bench;

import io.github.ismshandbook.isms.git.GitHistory;
import io.github.ismshandbook.isms.git.IsolatedGit;
import io.github.ismshandbook.isms.model.GitFacts;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Times the one walk of {@link GitHistory} on a generated repository: {@code FILES} Markdown documents in folders
 * of 100 under {@code src/handbook/}, then {@code COMMITS} commits, each editing a few documents (and now and then
 * moving one), an hour apart, by a handful of authors. Seeded, so the same arguments make the same repository.
 * Prints wall and CPU time per run, and for comparison the time of asking for one document's last commit the
 * usual way ({@code git log -1 -- file}, through JGit) for a sample of documents, extrapolated to all of them.
 * Not a test; run by {@code benchmarks/git-history.sh}.
 * <pre>
 * java -cp ... io.github.ismshandbook.isms.bench.GitHistoryBenchmark DIR [FILES] [COMMITS] [RUNS]
 * </pre>
 */
public final class GitHistoryBenchmark {

    private static final String SOURCE = "src/handbook/";
    private static final String[] AUTHORS = {"Alice Author", "Bob Builder", "Carol Clerk", "Dave Doe", "Eve Editor"};
    private static final int EDITS_PER_COMMIT = 4;
    private static final int SAMPLE = 50;

    private GitHistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: GitHistoryBenchmark DIR [FILES] [COMMITS] [RUNS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int commits = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<String> documents = IsolatedGit.call(() -> generate(dir, files, commits));
        Path source = dir.resolve(SOURCE);
        LocalDate today = LocalDate.of(2026, 3, 1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        System.out.printf(Locale.ROOT, "repository: %d documents, %d commits (+1 adding them)%n", files, commits);
        System.out.printf(Locale.ROOT, "%-6s %9s %9s %7s%n", "run", "wall_ms", "cpu_ms", "found");
        for (int run = 1; run <= runs; run++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            GitFacts facts = GitHistory.read(source, documents, today).orElseThrow();
            System.out.printf(Locale.ROOT, "%-6d %9.1f %9.1f %7d%n", run, (System.nanoTime() - wall) / 1e6,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6, facts.lastChanges().size());
        }
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        IsolatedGit.call(() -> logEach(dir, documents.subList(0, Math.min(SAMPLE, documents.size()))));
        double perFileWall = (System.nanoTime() - wall) / 1e6 / SAMPLE;
        double perFileCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / SAMPLE;
        System.out.printf(Locale.ROOT, "one 'log -1 -- file' per document: %.1f ms wall, %.1f ms cpu per document, "
                + "about %.0f ms wall for all %d%n", perFileWall, perFileCpu, perFileWall * files, files);
    }

    private static Void logEach(Path dir, List<String> documents) throws IOException, GitAPIException {
        try (Git git = Git.open(dir.toFile())) {
            for (String d : documents) {
                git.log().addPath(SOURCE + d).setMaxCount(1).call().iterator().next();
            }
        }
        return null;
    }

    /** Writes the repository with JGit's object inserter (no working tree needed) and returns the documents. */
    private static List<String> generate(Path dir, int files, int commits) throws IOException, GitAPIException {
        if (Files.exists(dir.resolve(".git"))) {
            throw new IOException(dir + " already holds a repository: give an empty folder");
        }
        Random random = new Random(42);
        Map<String, ObjectId> tree = new TreeMap<>();
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
             ObjectInserter inserter = git.getRepository().newObjectInserter()) {
            Repository repository = git.getRepository();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                String name = String.format(Locale.ROOT, "folder-%03d/document-%05d.md", i / 100, i);
                names.add(name);
                tree.put(name, blob(inserter, name, 0));
            }
            Instant when = Instant.parse("2024-01-01T09:00:00Z");
            ObjectId head = commit(inserter, tree, null, AUTHORS[0], when);
            for (int c = 1; c <= commits; c++) {
                for (int e = 0; e < EDITS_PER_COMMIT; e++) {
                    int i = random.nextInt(names.size());
                    tree.put(names.get(i), blob(inserter, names.get(i), c * 10 + e));
                }
                if (c % 50 == 0) { // a move that keeps the text
                    int i = random.nextInt(names.size());
                    String moved = "moved/" + c + "-" + names.get(i).replace('/', '-');
                    tree.put(moved, tree.remove(names.get(i)));
                    names.set(i, moved);
                }
                head = commit(inserter, tree, head, AUTHORS[c % AUTHORS.length], when.plusSeconds(3600L * c));
            }
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.R_HEADS + "main");
            update.setNewObjectId(head);
            update.forceUpdate();
            git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).call();
            return names;
        }
    }

    private static ObjectId blob(ObjectInserter inserter, String name, int revision) throws IOException {
        String text = "---\nid: " + name.replaceAll("[^A-Za-z0-9]", "-") + "\nrevision: " + revision + "\n---\n\n"
                + "Text of revision " + revision + ".\n";
        return inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectId commit(ObjectInserter inserter, Map<String, ObjectId> files, ObjectId parent,
                                   String author, Instant when) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, ObjectId> f : files.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(SOURCE + f.getKey());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(f.getValue());
            builder.add(entry);
        }
        builder.finish();
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(index.writeTree(inserter));
        if (parent != null) {
            commit.setParentId(parent);
        }
        PersonIdent person = new PersonIdent(author, "author@example.org", when, ZoneOffset.UTC);
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage("Edit by " + author);
        return inserter.insert(commit);
    }
}
