"""Throughput and peak memory of kpu-extract over the shared corpus, in one run: rules-only mode, the bare
Stanza pipeline on the same article texts, Stanza mode with a cold and with a warm parse cache.

    .venv/bin/python benchmarks/benchmark.py [--corpus ../shared/corpus] [--stanza-resources DIR] [--limit N]

Rules-only mode runs in this process on one thread; each Stanza measurement runs in a fresh process, so its
peak memory (ru_maxrss) is its own. Model loading is timed apart from the articles/s figures.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHUNK = 64  # pages per extract_pages call, as `kpu-extract batch` does (its default --chunk-size)
STANZA_TARGET = 1.15
RULES_TARGET = 200.0


def load_pages(corpus: Path, limit: int | None) -> list[tuple[str, str, dict]]:
    """(id, text, meta) of every page of pages.jsonl and every seed, in that order, at most ``limit``."""
    from kpu_extract.batch import read_inputs

    pages = []
    for source in (corpus / "pages.jsonl", corpus / "seeds"):
        if source.exists():
            pages += [(r.source_id, r.text, r.meta) for r in read_inputs(source) if r.error is None]
    if not pages:
        raise SystemExit(f"benchmark: no pages under {corpus}")
    return pages[:limit] if limit else pages


def article_texts(extractor, pages) -> list[str]:
    """The article texts the pipeline hands its parser: pages read as text, then segmented."""
    from kpu_extract.segment import html_to_text, looks_like_html

    texts = []
    for _, text, _ in pages:
        page = html_to_text(text) if looks_like_html(text) else text
        texts += [page[s.start:s.end] for s in extractor.segmenter.segment(page)]
    return texts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def extract_all(extractor, pages) -> int:
    """Extract every page in batches of CHUNK pages; the number of articles."""
    articles = 0
    for start in range(0, len(pages), CHUNK):
        articles += sum(len(a) for a in extractor.extract_pages(pages[start:start + CHUNK]))
    return articles


def timed(function, *args) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process and its threads, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def measure_rules(pages, repeat: int, runs: int) -> dict:
    """Rules-only mode in this process, single-threaded: best of ``runs`` passes over the corpus × ``repeat``."""
    from kpu_extract import Extractor

    if "torch" in sys.modules:  # spaCy's thinc imports torch when it is installed; rules mode computes nothing with it
        sys.modules["torch"].set_num_threads(1)
    setup, _, extractor = timed(lambda: Extractor(parser="rules"))
    extract_all(extractor, pages[:CHUNK])  # warm-up: lazy regexes and spaCy's tokenizer cache
    best = None
    for _ in range(runs):
        wall, cpu, articles = timed(extract_all, extractor, pages * repeat)
        if best is None or wall < best["wall"]:
            best = {"wall": wall, "cpu": cpu, "articles": articles}
    return {**best, "setup": setup, "runs": runs, "rss": peak_rss_mb()}


def measure_bare_stanza(texts: list[str], resources: str | None) -> dict:
    """``stanza.Pipeline`` with our processors and batch sizes on the article texts, in one call."""
    import stanza
    import torch

    from kpu_extract.parse import STANZA_PROCESSORS, find_stanza_resources

    torch.set_num_threads(os.cpu_count() or 1)
    size = 64  # StanzaParser's default batch size
    setup, _, nlp = timed(lambda: stanza.Pipeline(
        "id", dir=str(find_stanza_resources(resources)), processors=STANZA_PROCESSORS, download_method=None,
        logging_level="WARN", use_gpu=False, tokenize_batch_size=size * 32, pos_batch_size=size * 50,
        depparse_batch_size=size * 50))
    documents = [stanza.Document([], text=t) for t in texts if t.strip()]
    wall, cpu, _ = timed(nlp, documents)
    return {"wall": wall, "cpu": cpu, "articles": len(texts), "setup": setup, "runs": 1, "rss": peak_rss_mb()}


def measure_stanza_warm(pages, resources: str | None, cache_dir: str, runs: int) -> dict:
    """Stanza mode over a filled parse cache: best of ``runs`` passes."""
    import torch

    from kpu_extract import Extractor

    torch.set_num_threads(os.cpu_count() or 1)
    setup, _, extractor = timed(lambda: Extractor(parser="stanza", stanza_resources=resources, cache_dir=cache_dir))
    best = None
    for _ in range(runs):
        wall, cpu, articles = timed(extract_all, extractor, pages)
        if best is None or wall < best["wall"]:
            best = {"wall": wall, "cpu": cpu, "articles": articles}
    model_loaded = extractor.parser.parser._pipeline is not None  # a warm cache never loads the model
    return {**best, "setup": setup, "runs": runs, "rss": peak_rss_mb(), "hits": extractor.parser.hits,
            "misses": extractor.parser.misses, "model_loaded": model_loaded}


def measure_stanza_cold(pages, resources: str | None, cache_dir: str) -> dict:
    """Stanza mode on an empty cache; the model is loaded before the clock starts."""
    import torch

    from kpu_extract import Extractor

    torch.set_num_threads(os.cpu_count() or 1)
    setup, _, extractor = timed(lambda: Extractor(parser="stanza", stanza_resources=resources, cache_dir=cache_dir))
    load, _, _ = timed(lambda: extractor.parser.parser.pipeline)
    wall, cpu, articles = timed(extract_all, extractor, pages)
    return {"wall": wall, "cpu": cpu, "articles": articles, "setup": setup + load, "runs": 1, "rss": peak_rss_mb(),
            "hits": extractor.parser.hits, "misses": extractor.parser.misses}


def best_of(runs: list[dict]) -> dict:
    """The run with the least wall time, with the number of runs it was the best of."""
    return {**min(runs, key=lambda m: m["wall"]), "runs": len(runs)}


def in_child(function, *args) -> dict:
    """Run a measurement in a fresh process, so its peak memory and threads are its own."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def row(name: str, m: dict) -> str:
    rate = m["articles"] / m["wall"] if m["wall"] else float("inf")
    cpu_rate = m["articles"] / m["cpu"] if m["cpu"] else float("inf")
    runs = f"best of {m['runs']}" if m["runs"] > 1 else "1"
    return (f"{name:<28} {m['articles']:>8} {runs:>9} {m['wall']:>8.2f} {rate:>10.1f} {m['cpu']:>8.2f} "
            f"{cpu_rate:>10.1f} {m['setup']:>8.1f} {m['rss']:>9.0f}")


FLOOR = re.compile(r"\b[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*|\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def write_scaled(corpus: Path, target: int, folder: Path) -> tuple[Path, int, int, int]:
    """pages.jsonl + seeds as one JSON Lines file, repeated (ids ``id~copy``) to at least ``target`` articles;
    (path, copies, pages, articles)."""
    import json

    from kpu_extract import Extractor

    pages = load_pages(corpus, None)
    per_copy = len(article_texts(Extractor("rules"), pages))
    copies = -(-target // per_copy)
    path = folder / f"scaled-{target}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for source_id, text, meta in pages:
                handle.write(json.dumps({**meta, "id": f"{source_id}~{copy}", "text": text}, ensure_ascii=False) + "\n")
    return path, copies, copies * len(pages), copies * per_copy


def first_articles(corpus: Path, count: int, folder: Path) -> tuple[Path, int]:
    """The first pages of pages.jsonl holding at least ``count`` articles, as a JSON Lines file; (path, articles)."""
    import json

    from kpu_extract import Extractor

    extractor, chosen, articles = Extractor("rules"), [], 0
    for page in load_pages(corpus, None):
        chosen.append(page)
        articles += len(article_texts(extractor, [page]))
        if articles >= count:
            break
    path = folder / f"first-{count}.jsonl"
    path.write_text("".join(json.dumps({**m, "id": i, "text": t}, ensure_ascii=False) + "\n" for i, t, m in chosen),
                    encoding="utf-8")
    return path, articles


def measure_floor(path: str) -> dict:
    """A bare compiled-regex scan (capitalised word runs, dates) over every text: what reading costs."""
    import json

    texts = [json.loads(line)["text"] for line in Path(path).read_text(encoding="utf-8").splitlines()]
    wall, cpu, found = timed(lambda: sum(len(FLOOR.findall(text)) for text in texts))
    return {"wall": wall, "cpu": cpu, "rss": peak_rss_mb(), "workers_rss": 0.0}


def measure_batch(path: str, workers: int, options: dict, chunk_size: int, dask: bool = False) -> dict:
    """``run_batch`` (the code path of ``kpu-extract batch``) into a temporary file, in a fresh process;
    the workers' CPU seconds and peak memory as each chunk reports them (fork, forkserver and Dask alike)."""
    from kpu_extract.batch import run_batch, worker_extractor

    if workers == 1 and not dask:
        worker_extractor(options)  # as the pool's initializer does in each worker, before the clock
    cluster = None
    with tempfile.TemporaryDirectory(prefix="kpu-bench-") as folder:
        if dask:
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        wall = time.perf_counter()
        cpu = time.process_time()
        summary = run_batch(path, Path(folder) / "out.jsonl", workers=workers, chunk_size=chunk_size,
                            dask_address=cluster.scheduler_address if cluster else None, extractor_options=options)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if cluster is not None:
            cluster.close()
    in_process = workers == 1 and not dask
    return {"wall": wall, "cpu": cpu if in_process else cpu + summary.cpu_seconds, "rss": peak_rss_mb(),
            "workers_rss": 0.0 if in_process else summary.worker_peak_mb,
            "articles": summary.articles, "errors": summary.errors}


def scale_table(args) -> int:
    """Issue 8: one run over the corpus repeated to at least ``--scale`` articles (see README)."""
    from kpu_extract.parse import find_stanza_resources

    rules = {"parser": "rules"}
    rows: list[tuple[str, int, dict]] = []
    with tempfile.TemporaryDirectory(prefix="kpu-scale-") as folder:
        path, copies, pages, articles = in_child(write_scaled, args.corpus, args.scale, Path(folder))
        floor = in_child(measure_floor, str(path))
        rows.append(("regex floor (one scan)", 1, {**floor, "articles": articles}))
        for workers in (1, 2):
            rows.append(("rules, batch", workers, in_child(measure_batch, str(path), workers, rules, args.chunk_size)))
        rows.append(("rules, Dask LocalCluster", 2,
                     in_child(measure_batch, str(path), 2, rules, args.chunk_size, True)))
        if not args.rules_only and find_stanza_resources(args.stanza_resources) is not None:
            subset, subset_articles = in_child(first_articles, args.corpus, args.stanza_articles, Path(folder))
            options = {"parser": "stanza", "stanza_resources": args.stanza_resources}
            for workers in (1, 2):
                rows.append((f"Stanza, first {subset_articles} articles, no cache", workers,
                             in_child(measure_batch, str(subset), workers, options, 8)))
    floor_rate = rows[0][2]["articles"] / rows[0][2]["wall"]
    rules_rate = rows[1][2]["articles"] / rows[1][2]["wall"]
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"kpu-extract scale benchmark: {pages} pages, {articles} articles (corpus x {copies}), {os.cpu_count()} CPUs, load average {load} (1/5/15 min), chunk size {args.chunk_size}")
    print(f"{'mode':<40} {'workers':>7} {'articles':>8} {'wall s':>8} {'art/s':>9} {'/rules 1w':>9} "
          f"{'/floor':>8} {'CPU s':>8} {'art/CPU s':>9} {'main MB':>8} {'worker MB':>9}")
    for name, workers, m in rows:
        rate = m["articles"] / m["wall"]
        print(f"{name:<40} {workers:>7} {m['articles']:>8} {m['wall']:>8.2f} {rate:>9.1f} {rate / rules_rate:>9.3f} "
              f"{rate / floor_rate:>8.4f} {m['cpu']:>8.2f} {m['articles'] / m['cpu']:>9.1f} {m['rss']:>8.0f} "
              f"{m['workers_rss']:>9.0f}")
    two = rows[2][2]["articles"] / rows[2][2]["wall"]
    print()
    print(f"rules 2 workers / 1 worker: {two / rules_rate:.2f}x (target >= 1.7 on 2 cores); "
          f"rules 1 worker per CPU second: {rows[1][2]['articles'] / rows[1][2]['cpu']:.1f} (target >= {RULES_TARGET:.0f})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus",
                        help="folder with pages.jsonl and seeds/ (default: ../shared/corpus)")
    parser.add_argument("--stanza-resources", default=None,
                        help="Stanza resources directory (default: $STANZA_RESOURCES_DIR)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=5, help="corpus repetitions per rules-only run (default 5)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the fast measurements, best kept (default 3)")
    parser.add_argument("--stanza-runs", type=int, default=2,
                        help="alternated runs of the bare Stanza pipeline and of Stanza mode cold, best kept (default 2)")
    parser.add_argument("--rules-only", action="store_true", help="skip the Stanza measurements")
    parser.add_argument("--scale", type=int, default=None, metavar="N",
                        help="issue 8 table instead: the corpus repeated to at least N articles, through run_batch")
    parser.add_argument("--chunk-size", type=int, default=64, help="batch chunk size of the --scale rules rows")
    parser.add_argument("--stanza-articles", type=int, default=40,
                        help="articles of the --scale Stanza rows (first pages of pages.jsonl, no cache)")
    args = parser.parse_args(argv)
    if args.scale:
        return scale_table(args)

    os.environ["OMP_NUM_THREADS"] = "1"  # rules mode on one thread, whatever a library would start
    pages = load_pages(args.corpus, args.limit)
    results = {"rules-only (one thread)": measure_rules(pages, args.repeat, args.runs)}
    if not args.rules_only:
        from kpu_extract.parse import find_stanza_resources
        from kpu_extract.pipeline import Extractor

        if find_stanza_resources(args.stanza_resources) is None:
            raise SystemExit("benchmark: no Stanza models found: pass --stanza-resources or set STANZA_RESOURCES_DIR")
        texts = article_texts(Extractor("rules"), pages)
        del os.environ["OMP_NUM_THREADS"]
        bare_runs, cold_runs = [], []
        with tempfile.TemporaryDirectory(prefix="kpu-parse-cache-") as caches:
            for run in range(args.stanza_runs):  # alternated, so that a slow spell of the machine hits both
                cache = os.path.join(caches, str(run))
                bare_runs.append(in_child(measure_bare_stanza, texts, args.stanza_resources))
                cold_runs.append(in_child(measure_stanza_cold, pages, args.stanza_resources, cache))
            results["bare Stanza pipeline"] = best_of(bare_runs)
            results["Stanza mode, cold cache"] = best_of(cold_runs)
            results["Stanza mode, warm cache"] = in_child(measure_stanza_warm, pages, args.stanza_resources, cache,
                                                          args.runs)

    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"kpu-extract benchmark: {len(pages)} pages from {args.corpus}, {os.cpu_count()} CPUs, "
          f"load average {load} (1/5/15 min)")
    print(f"{'mode':<28} {'articles':>8} {'runs':>9} {'wall s':>8} {'art/s':>10} {'CPU s':>8} "
          f"{'art/CPU s':>10} {'setup s':>8} {'peak MB':>9}")
    for name, measured in results.items():
        print(row(name, measured))
    rules = results["rules-only (one thread)"]
    rules_rate = rules["articles"] / rules["wall"]
    rules_cpu_rate = rules["articles"] / rules["cpu"]
    print()
    print(f"rules-only articles/s on one core: {rules_rate:.1f} wall, {rules_cpu_rate:.1f} per CPU second "
          f"(target >= {RULES_TARGET:.0f}): {'met' if rules_rate >= RULES_TARGET else 'NOT met'}")
    if not args.rules_only:
        bare, cold, warm = (results[k] for k in ("bare Stanza pipeline", "Stanza mode, cold cache",
                                                  "Stanza mode, warm cache"))
        per_article = {k: v["wall"] / v["articles"] for k, v in results.items()}
        ratio = per_article["Stanza mode, cold cache"] / per_article["bare Stanza pipeline"]
        cpu_ratio = (cold["cpu"] / cold["articles"]) / (bare["cpu"] / bare["articles"])
        print(f"Stanza mode cold / bare Stanza, seconds per article: {ratio:.3f} wall, {cpu_ratio:.3f} CPU "
              f"(target <= {STANZA_TARGET}): {'met' if ratio <= STANZA_TARGET else 'NOT met'}")
        print(f"warm cache / cold cache, seconds per article: "
              f"{per_article['Stanza mode, warm cache'] / per_article['Stanza mode, cold cache']:.3f} "
              f"(cache hits {warm['hits']}, misses {warm['misses']}; Stanza model loaded: "
              f"{'yes' if warm['model_loaded'] else 'no'})")
        print(f"warm cache / rules-only, seconds per article: "
              f"{per_article['Stanza mode, warm cache'] / per_article['rules-only (one thread)']:.2f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
