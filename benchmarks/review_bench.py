"""Benchmark of the review engine: word diff and comment anchoring on long articles.

    .venv/bin/python benchmarks/review_bench.py [--runs 5]

1. word diff of a 4,000-word article (paragraphs of sentences) against a copy with 12 words
   changed, and of 4,000 words in one run-on sentence (no structure to narrow the search),
   beside ``difflib.SequenceMatcher`` on whitespace-split words (the baseline). Target:
   ≤ 50 ms for the article.
2. finding a comment's passage again after edits around it (exact quote), after the quote
   itself was edited (between its context), and the worst case: the passage is gone from a
   text made of the same words (fuzzy search over every window), for quotes of 30–3,000
   characters. Targets: exact ≤ 1 ms; worst case ≤ 1 s for a 3,000-character quote.
Medians of ``--runs`` runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import statistics
import time

from newsdesk.domain.comments import anchor_for_quote, locate
from newsdesk.domain.diff import diff_words

WORDS = ("mưa lớn kéo dài khiến nhiều tuyến phố ở Huế ngập sâu nhà chức trách khuyến cáo "
         "người dân hạn chế ra đường trong những ngày tới theo đài khí tượng thủy văn").split()


def article_text(rng: random.Random, words: int) -> str:
    """Paragraphs of 3–6 sentences of 8–20 words, like a long report."""
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            n = rng.randint(8, 20)
            count += n
            sentence = " ".join(rng.choice(WORDS) for _ in range(n))
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def edit_words(rng: random.Random, text: str, edits: int) -> str:
    parts = text.split(" ")
    for _ in range(edits):
        parts[rng.randrange(len(parts))] = rng.choice(["bão", "lũ quét", "sạt lở"])
    return " ".join(parts)


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    rng = random.Random(7)
    article = article_text(rng, 4000)
    edited = edit_words(rng, article, 12)
    flat = " ".join(rng.choice(WORDS) for _ in range(4000))  # one paragraph, no sentence end
    flat_edited = edit_words(rng, flat, 12)
    results: dict[str, object] = {
        "diff_4000_word_article_12_edits_ms": median_ms(lambda: diff_words(article, edited), runs),
        "diff_4000_words_one_run_on_sentence_ms": median_ms(
            lambda: diff_words(flat, flat_edited), runs),
        "baseline_difflib_on_split_words_ms": median_ms(
            lambda: difflib.SequenceMatcher(None, article.split(), edited.split()).get_opcodes(),
            runs),
    }
    body = flat
    other = " ".join(rng.choice(WORDS) for _ in range(4000))
    moved = "Tin cập nhật. " + body
    for size in (30, 200, 800, 3000):
        quote = body[5000:5000 + size]
        anchor = anchor_for_quote(body, quote)
        changed = body[:5000] + quote.replace("mưa", "bão") + body[5000 + size:]
        results[f"anchor_{size}"] = {
            "exact_ms": median_ms(lambda a=anchor: locate(a, moved), runs),
            "quote_edited_ms": median_ms(lambda a=anchor, t=changed: locate(a, t), runs),
            "gone_worst_case_ms": median_ms(lambda a=anchor: locate(a, other), runs),
        }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
