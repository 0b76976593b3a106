"""Vietnamese typed through a real input method, many times: words the app garbles beside
words a bare Qt window garbles with the same keys.

    .venv/bin/python benchmarks/ime_bench.py [--runs 10] [--methods telex,vni]
                                             [--framework ibus|fcitx5]

Needs Xvfb, xdotool, dbus-daemon and, for ibus (the default), ibus and ibus-unikey, for fcitx5,
fcitx5 and fcitx5-unikey (see scripts/ci-ime.sh); NEWSDESK_IME_DISPLAYS=38,39 pins the two
virtual screens. Each run types
the sequence mix of tests/ime_harness.py (every prose field of the article form and the body,
Tab between fields, Ctrl+S between words, pauses for the 0.3 s autosave) at 160 ms per key
into the real app (``newsdesk --data-dir``, read back from its library) and, at the same time
on a second virtual screen, into the bare control window. Prints, per run and in total: words
typed, words wrong for the app, words wrong for the control, and the wrong words themselves.
Set PYTHONPATH to another checkout's src/ to measure that version of the app.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import ime_harness as harness


def one_run(method: str, root: Path, framework: str) -> tuple[dict[str, str], dict[str, str]]:
    results: dict[str, dict[str, str]] = {}
    errors: list[BaseException] = []

    def subject(name: str) -> None:
        try:
            with harness.Desktop(framework) as desktop:
                desktop.set_method(method)
                if name == "app":
                    results[name] = desktop.run_app(method, root / "data")
                else:
                    results[name] = desktop.run_control(method, root / "control.json")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=subject, args=(n,)) for n in ("app", "control")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results["app"], results["control"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--methods", default="telex,vni")
    parser.add_argument("--framework", choices=harness.FRAMEWORKS, default="ibus")
    args = parser.parse_args()
    if missing := harness.missing_tools(args.framework):
        print(f"missing: {', '.join(missing)} (see scripts/ci-ime.sh)", file=sys.stderr)
        return 2
    print(f"{args.framework} with Unikey, {args.runs} runs of {args.methods}", flush=True)
    totals = {"typed": 0, "app": 0, "control": 0}
    for run in range(1, args.runs + 1):
        for method in args.methods.split(","):
            want = harness.expected(method)
            with tempfile.TemporaryDirectory(prefix="ime-bench-") as tmp:
                app, control = one_run(method, Path(tmp), args.framework)
            typed = sum(len(text.split()) for text in want.values())
            app_wrong = harness.wrong_words(harness.expected(method, app=True), app)
            control_wrong = harness.wrong_words(want, control)
            totals["typed"] += typed
            totals["app"] += len(app_wrong)
            totals["control"] += len(control_wrong)
            print(f"run {run:2d} {method:5s}: {typed} words typed, {len(app_wrong)} wrong in "
                  f"the app, {len(control_wrong)} wrong in the control"
                  + (f"  app: {app_wrong}" if app_wrong else "")
                  + (f"  control: {control_wrong}" if control_wrong else ""), flush=True)
    print(f"total: {totals['typed']} words typed, {totals['app']} wrong in the app, "
          f"{totals['control']} wrong in the bare control")
    return 0


if __name__ == "__main__":
    sys.exit(main())
