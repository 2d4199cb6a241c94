package io.github.ismshandbook.isms.bench;

import io.github.ismshandbook.isms.check.HandbookChecker;
import io.github.ismshandbook.isms.load.HandbookLoader;
import io.github.ismshandbook.isms.load.LoadResult;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.render.SiteRenderer;
import io.github.ismshandbook.isms.report.FindingsReport;
import io.github.ismshandbook.isms.serve.IncrementalBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The in-process harness of {@code benchmarks/}: documents per second through load, check and render, in a warm
 * JVM, without Maven. Not a test; run by {@code benchmarks/throughput.sh}.
 * <pre>
 * java -cp ... io.github.ismshandbook.isms.bench.Throughput CORPUS [WARMUP] [RUNS]
 * </pre>
 * {@code CORPUS} is a project made by {@code benchmarks/generate-corpus.py} (documents in {@code src/handbook},
 * today pinned to 2026-03-01); the site goes to {@code CORPUS/target/handbook}, as with {@code mvn isms:build}.
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Throughput CORPUS [WARMUP] [RUNS]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        BuildConfig config = BuildConfig.builder(corpus, LocalDate.parse("2026-03-01")).build();

        System.out.printf(Locale.ROOT, "%-8s %6s %9s %9s %9s %9s %10s%n",
                "run", "docs", "load_ms", "check_ms", "render_ms", "total_ms", "docs_per_s");
        List<double[]> timed = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            LoadResult loaded = new HandbookLoader(config).load();
            long t1 = System.nanoTime();
            List<Finding> findings = new ArrayList<>(loaded.findings());
            findings.addAll(new HandbookChecker(config).check(loaded.handbook()));
            Validation validation = new Validation(loaded.handbook(), findings);
            new FindingsReport(config).write(validation);
            long t2 = System.nanoTime();
            new SiteRenderer(config).render(validation, null);
            long t3 = System.nanoTime();
            int docs = loaded.handbook().documents().size();
            double[] ms = {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6};
            String label = i < warmup ? "warmup" : "timed";
            System.out.printf(Locale.ROOT, "%-8s %6d %9.0f %9.0f %9.0f %9.0f %10.0f%n", label, docs,
                    ms[0], ms[1], ms[2], ms[3], docs / (ms[3] / 1000));
            if (i >= warmup) {
                timed.add(ms);
            }
            if (i == 0 && !findings.isEmpty()) {
                System.out.printf("(%d findings)%n", findings.size());
            }
        }
        double[] median = new double[4];
        for (int k = 0; k < 4; k++) {
            final int col = k;
            double[] column = timed.stream().mapToDouble(m -> m[col]).sorted().toArray();
            median[k] = column[column.length / 2];
        }
        System.out.printf(Locale.ROOT, "%-8s %6s %9.0f %9.0f %9.0f %9.0f%n", "median", "",
                median[0], median[1], median[2], median[3]);
        if (Boolean.getBoolean("throughput.updates")) {
            updates(config, runs);
        }
    }

    /**
     * What the preview does on each save: append a line to one document, reload it, check, and update the site
     * ({@link IncrementalBuilder}); prints the time until the edited page is written and until the update ends.
     */
    private static void updates(BuildConfig config, int runs) throws IOException {
        IncrementalBuilder builder = new IncrementalBuilder(config);
        builder.build(Set.of());
        Path source = config.sourceDirectory().toAbsolutePath();
        Path doc;
        try (Stream<Path> files = Files.walk(source.resolve("policies"))) {
            doc = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Path page = config.outputDirectory().resolve(source.relativize(doc).toString().replace(".md", ".html"));
        String original = Files.readString(doc);
        System.out.printf(Locale.ROOT, "%-8s %10s %10s%n", "update", "page_ms", "total_ms");
        try {
            for (int i = 0; i < runs * 3; i++) {
                String word = "throughputedit" + i;
                Files.writeString(doc, original + "\nEdited: " + word + ".\n");
                long t0 = System.nanoTime();
                long[] pageAt = {0};
                Thread watcher = new Thread(() -> {
                    while (pageAt[0] == 0) {
                        try {
                            if (Files.readString(page).contains(word)) {
                                pageAt[0] = System.nanoTime();
                            }
                        } catch (IOException e) {
                            // being replaced
                        }
                    }
                });
                watcher.setDaemon(true);
                watcher.start();
                builder.build(Set.of(doc));
                long t1 = System.nanoTime();
                try {
                    watcher.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.out.printf(Locale.ROOT, "%-8d %10.0f %10.0f%n", i, (pageAt[0] - t0) / 1e6, (t1 - t0) / 1e6);
            }
        } finally {
            Files.writeString(doc, original);
        }
    }
}
