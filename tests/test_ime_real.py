"""Vietnamese typed through a REAL input method into the real app, read back from its library.

ibus and fcitx5, each with its Unikey engine (Telex, then VNI), on virtual X screens; xdotool
types every prose field of the article form and the body at 160 ms per key, with Tab between
fields, Ctrl+S between words and autosave set to 0.3 s so that it runs while words are being
composed. The same keys typed into a bare Qt window (same widget types, same Tab order) at the
same time, on a screen of its own, are the control: if the control garbles, the harness is at
fault and the test is skipped as void; if only the app garbles, the test fails. For one method,
both frameworks type at the same time (four screens), so fcitx5 adds little to the run time.

Qt reaches fcitx5 through fcitx5's ibus frontend (QT_IM_MODULE=ibus): Debian's fcitx5 Qt 6
plugin is built for the system's Qt and cannot load into the Qt of the PySide6 wheel (see
tests/ime_harness.py).

Needs Xvfb, xdotool, dbus-daemon, ibus and ibus-unikey, fcitx5 and fcitx5-unikey
(scripts/ci-ime.sh installs them). A framework whose tools are missing is skipped on a
developer's machine; in CI (CI=true) their absence is a failure.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import ime_harness as harness

MISSING = {framework: harness.missing_tools(framework) for framework in harness.FRAMEWORKS}
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

if all(MISSING.values()) and not IN_CI:
    pytest.skip(f"a real input method cannot run here: {', '.join(MISSING['ibus'])} missing "
                "(run scripts/ci-ime.sh as root to install them)", allow_module_level=True)

Typed = tuple[dict[str, str], dict[str, str]]  # (app, control)
# method → framework → what was typed (or why it could not be), once per method
_typed: dict[str, dict[str, Typed | BaseException]] = {}


def _all_frameworks(method: str, root: Path) -> dict[str, Typed | BaseException]:
    """The app and the control typed at the same time, each on its own screen and input method
    framework, for every framework installed (one framework at a time when
    NEWSDESK_IME_DISPLAYS pins fewer than four screens)."""
    results: dict[tuple[str, str], dict[str, str]] = {}
    errors: dict[str, BaseException] = {}
    frameworks = [framework for framework in harness.FRAMEWORKS if not MISSING[framework]]

    def subject(framework: str, name: str) -> None:
        try:
            with harness.Desktop(framework) as desktop:
                desktop.set_method(method)
                if name == "app":
                    results[framework, name] = desktop.run_app(method, root / framework / "data")
                else:
                    results[framework, name] = desktop.run_control(
                        method, root / framework / "control.json")
        except BaseException as exc:  # re-raised in that framework's test
            errors[framework] = exc

    threads = [threading.Thread(target=subject, args=(framework, name))
               for framework in frameworks for name in ("app", "control")]
    for framework in frameworks:
        (root / framework).mkdir(parents=True, exist_ok=True)
    wave = 2 * max(1, harness.pinned_displays() // 2) if harness.pinned_displays() else 4
    for start in range(0, len(threads), wave):
        for thread in threads[start:start + wave]:
            thread.start()
        for thread in threads[start:start + wave]:
            thread.join()
    return {framework: (results.get((framework, "app"), {}),
                        results.get((framework, "control"), {}))
            if framework not in errors else errors[framework] for framework in frameworks}


def _both(framework: str, method: str, root: Path) -> Typed:
    if method not in _typed:
        _typed[method] = _all_frameworks(method, root)
    outcome = _typed[method][framework]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


@pytest.mark.parametrize("framework", harness.FRAMEWORKS)
def test_the_tools_are_installed_in_ci(framework):
    if not IN_CI and MISSING[framework]:
        pytest.skip(f"{framework}: {', '.join(MISSING[framework])} missing")
    assert not MISSING[framework], (
        f"CI must test with a real input method: {', '.join(MISSING[framework])} missing "
        "(scripts/ci-ime.sh installs them)")


@pytest.mark.parametrize("method", ["telex", "vni"])
@pytest.mark.parametrize("framework", harness.FRAMEWORKS)
def test_words_typed_through_unikey_are_stored_intact(framework, method, tmp_path_factory):
    if MISSING[framework]:
        pytest.skip(f"{framework}: {', '.join(MISSING[framework])} missing "
                    "(see test_the_tools_are_installed_in_ci)")
    want = harness.expected(method)
    app, control = _both(framework, method, tmp_path_factory.mktemp(f"ime-{method}"))
    control_wrong = harness.wrong_words(want, control)
    app_wrong = harness.wrong_words(harness.expected(method, app=True), app)
    if control_wrong:
        pytest.skip(f"void: the bare Qt control garbled too (the harness, not the app): "
                    f"{control_wrong}; app: {app_wrong}")
    assert app, "the app stored no article"
    assert not app_wrong, f"the app garbled words the bare control typed right: {app_wrong}"
    assert {field: text.strip() for field, text in app.items()} == harness.expected(method,
                                                                                   app=True)
