package io.github.ismshandbook.isms.git;

import io.github.ismshandbook.isms.model.GitFacts;
import io.github.ismshandbook.isms.model.LastChange;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the last change of every document from the Git repository the source folder is in, with JGit
 * ({@link IsolatedGit}: no {@code git} process, nothing written), in <em>one</em> walk of the history for the whole
 * handbook:
 * <ol>
 *   <li>A document whose file differs between the working tree or the index and {@code HEAD} (or is not committed
 *       at all) was changed now: {@link LastChange#uncommitted}, dated {@code today} so that the output only
 *       depends on the repository's state and {@code today}.</li>
 *   <li>The others are looked for in the commits, newest first, each compared with its parent under the source
 *       folder, with renames recognised (see {@link FileChange}); the walk stops as soon as every document is found. A document is found at
 *       the newest commit that gave its file the content it has in {@code HEAD}. A rename that leaves the content
 *       as it was is followed to the old name and is not a change; a rename with edits is. A merge is a change
 *       only of the files it gave a content that none of its parents had (a resolved conflict); what a branch
 *       brought in is found at the branch's own commit. A content that a merge discarded is not the last change.
 *   </li>
 * </ol>
 * The date is the commit date in the committer's time zone, the author is the commit's author. In a shallow
 * clone the history stops at the cut: a commit there cannot be compared with its missing parent, so the documents
 * not found above it have no last change, and {@link GitFacts#shallow()} says why.
 */
public final class GitHistory {

    private static final String MARKDOWN = ".md";

    private final Repository repository;
    private final String prefix;

    private GitHistory(Repository repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /** A document whose last change is still looked for, under the name its file has in the commit being read. */
    private record Wanted(String documentPath, ObjectId content) {
    }

    /**
     * The Git facts of the documents at {@code documentPaths} (relative to {@code sourceDirectory}, '/'-separated),
     * or empty when the source folder is not inside the work tree of a Git repository.
     *
     * @throws IOException when the repository exists but cannot be read
     */
    public static Optional<GitFacts> read(Path sourceDirectory, Collection<String> documentPaths, LocalDate today)
            throws IOException {
        if (!Files.isDirectory(sourceDirectory)) {
            return Optional.empty();
        }
        Path source = sourceDirectory.toRealPath();
        if (!hasGitEntryAbove(source)) {
            return Optional.empty(); // JGit, a large library, is not even loaded for a handbook outside any repository
        }
        try {
            return IsolatedGit.call(() -> readRepository(source, documentPaths, today));
        } catch (JGitInternalException | IOException e) {
            throw new IOException("Cannot read the Git repository of " + sourceDirectory + ": " + e.getMessage()
                    + " (set isms.git to false to build without Git facts)", e);
        }
    }

    /** Whether {@code directory} or a folder above it holds a {@code .git} (a folder, or a file naming one). */
    private static boolean hasGitEntryAbove(Path directory) {
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<GitFacts> readRepository(Path source, Collection<String> documentPaths, LocalDate today)
            throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(source.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                return Optional.empty();
            }
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            if (!source.startsWith(workTree)) {
                return Optional.empty();
            }
            String prefix = workTree.relativize(source).toString().replace('\\', '/');
            return Optional.of(new GitHistory(repository, prefix).facts(documentPaths, today));
        }
    }

    private GitFacts facts(Collection<String> documentPaths, LocalDate today) throws IOException {
        Map<String, LastChange> found = new TreeMap<>();
        Set<String> uncommitted = uncommitted();
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        try (RevWalk walk = new RevWalk(repository)) {
            Map<String, ObjectId> committed = head == null ? Map.of() : files(walk.parseCommit(head).getTree());
            Map<String, List<Wanted>> wanted = new HashMap<>();
            for (String path : documentPaths) {
                String repoPath = repoPath(path);
                ObjectId content = committed.get(repoPath);
                if (uncommitted.contains(repoPath)) {
                    found.put(path, LastChange.uncommitted(today));
                } else if (content != null) { // else a file that Git ignores: it has no history
                    wanted.computeIfAbsent(repoPath, p -> new ArrayList<>(1)).add(new Wanted(path, content));
                }
            }
            if (wanted.isEmpty()) {
                return new GitFacts(found, false); // the history is not needed: whether it is cut off does not matter
            }
            walk(walk, head, wanted, found);
        }
        return new GitFacts(found, !repository.getObjectDatabase().getShallowCommits().isEmpty());
    }

    /** The content of every Markdown file under the source folder in {@code tree}, by repository path. */
    private Map<String, ObjectId> files(RevTree tree) throws IOException {
        Map<String, ObjectId> files = new HashMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            walk.setFilter(documentFilter());
            while (walk.next()) {
                files.put(walk.getPathString(), walk.getObjectId(0));
            }
        }
        return files;
    }

    /** The repository paths under the source folder that the working tree or the index change against HEAD. */
    private Set<String> uncommitted() throws IOException {
        var status = Git.wrap(repository).status();
        if (!prefix.isEmpty()) {
            status.addPath(prefix);
        }
        Status s;
        try {
            s = status.call();
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
        Set<String> changed = new HashSet<>();
        changed.addAll(s.getAdded());
        changed.addAll(s.getChanged());
        changed.addAll(s.getModified());
        changed.addAll(s.getUntracked());
        changed.addAll(s.getConflicting());
        return changed;
    }

    private void walk(RevWalk walk, ObjectId head, Map<String, List<Wanted>> wanted, Map<String, LastChange> found)
            throws IOException {
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        walk.sort(RevSort.COMMIT_TIME_DESC);
        walk.markStart(walk.parseCommit(head));
        try (DiffFormatter diffs = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diffs.setRepository(repository);
            diffs.setPathFilter(documentFilter());
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                if (shallow.contains(commit)) {
                    continue; // its parents are not here: what it changed cannot be told
                }
                RevCommit parent = commit.getParentCount() == 0 ? null : commit.getParent(0);
                for (FileChange change : FileChange.between(diffs, parent, commit)) {
                    List<Wanted> names = wanted.get(change.path());
                    if (names != null) {
                        follow(walk, commit, change, names, wanted, found);
                    }
                }
                if (wanted.isEmpty()) {
                    break;
                }
            }
        }
    }

    /** What {@code change} of {@code commit} means for the documents whose file has its path at this point. */
    private void follow(RevWalk walk, RevCommit commit, FileChange change, List<Wanted> names,
                        Map<String, List<Wanted>> wanted, Map<String, LastChange> found) throws IOException {
        for (Wanted w : List.copyOf(names)) {
            if (!w.content().equals(change.content()) || broughtByOtherParent(walk, commit, change)) {
                continue; // another content than the one published, or a branch's change that the merge took over
            }
            names.remove(w);
            if (change.movedFrom() != null) {
                wanted.computeIfAbsent(change.movedFrom(), p -> new ArrayList<>(1)).add(w);
            } else {
                PersonIdent committer = commit.getCommitterIdent();
                LocalDate date = LocalDate.ofInstant(committer.getWhenAsInstant(), committer.getZoneId());
                found.put(w.documentPath(), new LastChange(commit.name(), date, commit.getAuthorIdent().getName()));
            }
        }
        if (names.isEmpty()) {
            wanted.remove(change.path(), names);
        }
    }

    /** Whether a merge's other parent already had this content at this path: then the merge did not make it. */
    private boolean broughtByOtherParent(RevWalk walk, RevCommit commit, FileChange change) throws IOException {
        for (int i = 1; i < commit.getParentCount(); i++) {
            RevCommit other = walk.parseCommit(commit.getParent(i));
            if (change.content().equals(contentOf(repository, other.getTree(), change.path()))) {
                return true;
            }
        }
        return false;
    }

    private TreeFilter documentFilter() {
        TreeFilter markdown = PathSuffixFilter.create(MARKDOWN);
        return prefix.isEmpty() ? markdown : AndTreeFilter.create(PathFilter.create(prefix), markdown);
    }

    private static ObjectId contentOf(Repository repository, RevTree tree, String path) throws IOException {
        try (TreeWalk entry = TreeWalk.forPath(repository, path, tree)) {
            return entry == null ? null : entry.getObjectId(0);
        }
    }

    private String repoPath(String documentPath) {
        return prefix.isEmpty() ? documentPath : prefix + "/" + documentPath;
    }
}
