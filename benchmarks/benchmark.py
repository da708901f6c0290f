"""Throughput and peak memory of kpu-extract over the shared corpus, in one run: rules-only mode, the bare
Stanza pipeline on the same article texts, Stanza mode with a cold and with a warm parse cache.

    .venv/bin/python benchmarks/benchmark.py [--corpus ../shared/corpus] [--stanza-resources DIR] [--limit N]

Rules-only mode runs in this process on one thread; each Stanza measurement runs in a fresh process, so its
peak memory (ru_maxrss) is its own. Model loading is timed apart from the articles/s figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHUNK = 32  # pages per extract_pages call, as `kpu-extract batch` does
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus",
                        help="folder with pages.jsonl and seeds/ (default: ../shared/corpus)")
    parser.add_argument("--stanza-resources", default=None,
                        help="Stanza resources directory (default: $STANZA_RESOURCES_DIR)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=5, help="corpus repetitions per rules-only run (default 5)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the fast measurements, best kept (default 3)")
    parser.add_argument("--rules-only", action="store_true", help="skip the Stanza measurements")
    args = parser.parse_args(argv)

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
        with tempfile.TemporaryDirectory(prefix="kpu-parse-cache-") as cache:
            results["bare Stanza pipeline"] = in_child(measure_bare_stanza, texts, args.stanza_resources)
            results["Stanza mode, cold cache"] = in_child(measure_stanza_cold, pages, args.stanza_resources, cache)
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
