"""Vietnamese typed through a real input method: ibus or fcitx5, each with its Unikey engine
(see tests/ime_frameworks.py), on a virtual X screen, keys sent by xdotool at a reporter's
steady pace.

``Desktop`` starts Xvfb (a free display, or one from ``NEWSDESK_IME_DISPLAYS``, e.g. "38,39"),
a private D-Bus session and the input method framework, and types. ``run_app`` types the
sequence mix into the real app (``newsdesk --data-dir``, autosave at 0.3 s) and reads the
stored article back; ``run_control`` types the same keys into a bare Qt window with the same
widget types in the same Tab order. ``wrong_words`` compares word for word. Used by
tests/test_ime_real.py and benchmarks/ime_bench.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ime_frameworks import (  # noqa: F401  (FRAMEWORKS, missing_tools: for the users)
    FRAMEWORKS,
    Frameworks,
    missing_tools,
    pinned_displays,
    release_display,
    take_display,
)

KEY_DELAY_MS = 160  # a reporter's steady pace
FIELDS = ("headline", "sapo", "byline", "source", "tags", "body", "caption", "credit", "find",
          "replace", "name", "comment")

# field: (keys, expected), per method. A "|" is where Ctrl+S is pressed (between words).
# "caption" and "credit" are those of a photo inserted in the body; "find" and "replace" go to
# the body's find bar (Replace all); "name" to the preferences; "comment" to the review comment
# box, on a word selected in the body, added with Ctrl+Enter while its last word is composed.
SEQUENCES: dict[str, dict[str, tuple[str, str]]] = {
    "telex": {
        "headline": ("Tin nhanh veef giao thoong", "Tin nhanh về giao thông"),
        "sapo": ("Nguwowif daan thanhf phoos Hoof Chis Minh |ddons nawm mowis",
                 "Người dân thành phố Hồ Chí Minh đón năm mới"),
        "byline": ("Nguyeenx Vawn Nam", "Nguyễn Văn Nam"),
        "source": ("Thoong taans xax Vieejt Nam", "Thông tấn xã Việt Nam"),
        "tags": ("thowif tieets, giao thoong", "thời tiết, giao thông"),
        "body": ("Baxo ddoor booj vaof mieenf Trung, |Quoocs hooij hopj khaarn caaps",
                 "Bão đổ bộ vào miền Trung, Quốc hội họp khẩn cấp"),
        "caption": ("Ddoongf bawngf soong Cuwru Long", "Đồng bằng sông Cửu Long"),
        "credit": ("Anhr: Traanf Minh", "Ảnh: Trần Minh"),
        "find": ("Quoocs hooij", "Quốc hội"),
        "replace": ("Chinhs phur", "Chính phủ"),
        "name": ("Traanf Thij Lan", "Trần Thị Lan"),
        "comment": ("Kieerm tra laij soos lieeuj", "Kiểm tra lại số liệu"),
    },
    "vni": {
        "headline": ("Tin nhanh ve62 giao tho6ng", "Tin nhanh về giao thông"),
        "sapo": ("Ngu7o7i2 da6n tha2nh pho61 Ho62 Chi1 Minh |d9o1n na8m mo7i1",
                 "Người dân thành phố Hồ Chí Minh đón năm mới"),
        "byline": ("Nguye6n4 Va8n Nam", "Nguyễn Văn Nam"),
        "source": ("Tho6ng ta6n1 xa4 Vie6t5 Nam", "Thông tấn xã Việt Nam"),
        "tags": ("tho7i2 tie6t1, giao tho6ng", "thời tiết, giao thông"),
        "body": ("Ba4o d9o63 bo65 va2o mie62n Trung, |Quo6c1 ho6i5 ho5p kha63n ca6p1",
                 "Bão đổ bộ vào miền Trung, Quốc hội họp khẩn cấp"),
        "caption": ("D9o62ng ba82ng so6ng Cu73u Long", "Đồng bằng sông Cửu Long"),
        "credit": ("Anh3: Tra62n Minh", "Ảnh: Trần Minh"),
        "find": ("Quo6c1 ho6i5", "Quốc hội"),
        "replace": ("Chi1nh phu3", "Chính phủ"),
        "name": ("Tra62n Thi5 Lan", "Trần Thị Lan"),
        "comment": ("Kie63m tra la5i so61 lie65u", "Kiểm tra lại số liệu"),
    },
}
# Keys that take the focus to each field. The app's form and the control window have the same
# Tab order: headline, sapo, byline, source, section, tags, a check box, URL, the related
# stories' list and its two Add buttons (Remove and the arrows are off while the list is
# empty), body; the control
# then has line edits for find, replace and name, and a plain text editor for the comment.
# Find: Edit ▸ Replace (Qt has no standard shortcut for it on a bare X11 desktop). Name: Tab
# to "Replace all", press it, close the bar, save; File ▸ Preferences, "Your name".
# Caption: Insert photo, its path typed in the file dialog and Enter (vowel-free, so that the
# input method leaves it alone; under fcitx5 with Unikey switched off for it, as a reporter
# would for a path: fcitx5-unikey holds the consonants in preedit, and the Qt file dialog's
# completer popup, open on the matching file, loses them and the Enter — a bare QFileDialog
# does the same); the cursor lands in the caption. Enter goes to the credit, then on.
# Comment: Enter closes the preferences (the body has the focus back), the body's first word is
# selected, Edit ▸ New comment on selection (Ctrl+Alt+M) puts the cursor in the comment box;
# Ctrl+Enter adds the comment.
APP_KEYS = {"headline": [], "sapo": ["Tab"], "byline": ["Tab"], "source": ["Tab"],
            "tags": ["Tab", "Tab"], "body": ["Tab"] * 6,
            "caption": ["ctrl+shift+i", "PHOTO", "WAIT", "FOCUS"], "credit": ["Return"],
            "find": ["Return", "alt+e", "e"],
            "replace": ["Tab"],
            "name": ["Tab"] * 5 + ["space", "Escape", "ctrl+s", "alt+f", "f", "alt+n"],
            "comment": ["Return", "WAIT", "FOCUS", "ctrl+Home", "ctrl+shift+Right",
                        "ctrl+alt+m"],
            "end": ["ctrl+Return"]}
CONTROL_KEYS = {**{field: keys for field, keys in APP_KEYS.items() if field in FIELDS[:6]},
                # Return ends the caption's and the credit's last word, as in the app
                "caption": ["Tab"], "credit": ["Return", "Tab"], "find": ["Return", "Tab"],
                "replace": ["Tab"], "name": ["Tab"], "comment": ["Tab"],
                "end": ["ctrl+Return"]}


def expected(method: str, *, app: bool = False) -> dict[str, str]:
    """What each field should hold; for the app, the body after Replace all and no find bar."""
    want = {field: SEQUENCES[method][field][1] for field in FIELDS}
    if app:
        want["body"] = want["body"].replace(want.pop("find"), want.pop("replace"))
    return want


def wrong_words(want: dict[str, str], got: dict[str, str]) -> list[str]:
    """Words that differ, as 'field: expected → got' (positions compared word for word)."""
    wrong = []
    for field in want:
        a, b = want[field].split(), (got.get(field) or "").split()
        for i in range(max(len(a), len(b))):
            x, y = (a[i] if i < len(a) else "∅"), (b[i] if i < len(b) else "∅")
            if x != y:
                wrong.append(f"{field}: {x} → {y}")
    return wrong


class Desktop(Frameworks):
    """A virtual screen with ibus or fcitx5 + Unikey on a private D-Bus session (a context
    manager)."""

    def __init__(self, framework: str = "ibus") -> None:
        if framework not in FRAMEWORKS:
            raise ValueError(f"unknown input method framework {framework!r}")
        self.framework = framework
        self.display: str | None = None
        self.procs: list[subprocess.Popen] = []
        self.files: list[Path] = []
        self.subject = 0  # the process typed into
        self.env: dict[str, str] = {}

    def __enter__(self) -> Desktop:
        # ibus listens on an abstract socket named after the cache folder: keep the path short
        self.short = Path(tempfile.mkdtemp(prefix="ime-", dir="/tmp"))
        try:
            self._start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start(self) -> None:
        home = self.short / "home"
        (home / ".config").mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("QT_", "DBUS_", "IBUS_", "XDG_", "GTK_IM", "XMODIFIERS"))}
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_CACHE_HOME=str(home / ".cache"), XDG_RUNTIME_DIR=str(self.short),
                   GSETTINGS_BACKEND="keyfile", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        read, write = os.pipe()
        self.display = take_display()
        xvfb = self._spawn(["Xvfb", *([f":{self.display}"] if self.display else []),
                            "-displayfd", str(write), "-screen", "0", "1600x1000x24",
                            "-nolisten", "tcp"], env, pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display or xvfb.poll() is not None:
            raise RuntimeError("Xvfb did not start")
        env["DISPLAY"] = f":{display}"
        bus = self._spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env,
                          stdout=subprocess.PIPE)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()  # type: ignore[union-attr]
        self.env = env
        self.start_framework()

    def __exit__(self, *exc: object) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(5)
        shutil.rmtree(self.short, ignore_errors=True)
        release_display(self.display)
        for path in self.files:
            path.unlink(missing_ok=True)

    def _spawn(self, cmd: list[str], env: dict[str, str], **kwargs) -> subprocess.Popen:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        proc = subprocess.Popen(cmd, env=env, start_new_session=True, **kwargs)
        self.procs.append(proc)
        return proc

    def _run(self, cmd: list[str], check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(cmd, env=self.env, capture_output=True, text=True, check=check,
                              timeout=30)

    def key(self, *keys: str) -> None:
        self._run(["xdotool", "key", "--delay", str(KEY_DELAY_MS), *keys])
        time.sleep(KEY_DELAY_MS / 1000)

    def type(self, text: str) -> None:
        self._run(["xdotool", "type", "--delay", str(KEY_DELAY_MS), text])
        time.sleep(KEY_DELAY_MS / 1000)

    def focus(self, pid: int, timeout: float = 60) -> None:
        """Give the window of process ``pid`` the keyboard focus (there is no window manager)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self._run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                              check=False).stdout.split()
            if found:
                self._run(["xdotool", "windowfocus", "--sync", found[-1]], check=False)
                time.sleep(0.5)
                return
            time.sleep(0.3)
        raise RuntimeError("the window did not show up")

    def type_mix(self, method: str, keys: dict[str, list[str]], *, settle: float = 0.7) -> None:
        """Every field's sequence: ``keys`` take the focus there, Ctrl+S where marked, and a
        pause after each field's last word, still composed, for autosave to run."""
        for field in FIELDS:
            for key in keys[field]:
                if key == "PHOTO":
                    time.sleep(1.5)  # the file dialog
                    with self.unikey_off_under_fcitx5():
                        self.type(str(self.photo()))
                        self.key("Return")
                elif key == "WAIT":
                    time.sleep(2.0)  # the photo stored and the figure inserted
                elif key == "FOCUS":  # the closed dialog had the keyboard (no window manager)
                    self.focus(self.subject)
                else:
                    self.key(key)
            parts = SEQUENCES[method][field][0].split("|")
            for i, part in enumerate(parts):
                if i:
                    self.key("ctrl+s")
                self.type(part)
            time.sleep(settle)  # a pause: autosave (0.3 s) runs with the last word composed
            if field == "body":  # a space would end the body in "&#32;"
                self.key("ctrl+s")  # saves, and ends the word
            elif field not in ("caption", "credit", "comment"):  # Enter, Ctrl+Enter end those
                self.type(" ")  # ends the word before Tab (ibus may deliver a word ended by
                # the Tab itself to the next field too, in a bare Qt window as well)
        for key in keys["end"]:
            self.key(key)

    def photo(self) -> Path:
        """A small PNG at a path without vowels (Telex and VNI leave it as typed)."""
        from PIL import Image

        path = Path("/tmp") / f"nd{os.getpid()}{id(self) % 9973}.png"
        if not path.exists():
            Image.new("RGB", (64, 48), (40, 90, 140)).save(path)
            self.files.append(path)
        return path

    # -- the two subjects -----------------------------------------------------------------------
    def run_app(self, method: str, data: Path) -> dict[str, str]:
        """Type the mix into the real app; the article as stored in its library."""
        (data / "config").mkdir(parents=True, exist_ok=True)
        (data / "config" / "settings.json").write_text(
            json.dumps({"autosave_seconds": 0.3, "ui_language": "en"}), encoding="utf-8")
        app = self._spawn([sys.executable, "-m", "newsdesk", "--data-dir", str(data)],
                          {**self.env, "NEWSDESK_NO_SANDBOX": "1"})
        try:
            self.subject = app.pid
            self.focus(app.pid)
            time.sleep(1.0)
            self.key("ctrl+n")
            time.sleep(1.0)
            self.type_mix(method, APP_KEYS)
            time.sleep(1.5)
            self.focus(app.pid)  # the closed dialog had it
            self.key("ctrl+q")
            app.wait(30)
        finally:
            if app.poll() is None:
                os.killpg(app.pid, signal.SIGKILL)
                app.wait(5)
        return read_library(data)

    def run_control(self, method: str, out: Path) -> dict[str, str]:
        """Type the mix into a bare Qt window with the same widget types and Tab order."""
        control = self._spawn([sys.executable, str(Path(__file__).with_name("ime_control.py")),
                               str(out)], self.env)
        try:
            self.focus(control.pid)
            self.type_mix(method, CONTROL_KEYS)
            time.sleep(0.5)
            control.send_signal(signal.SIGTERM)
            control.wait(30)
        finally:
            if control.poll() is None:
                os.killpg(control.pid, signal.SIGKILL)
                control.wait(5)
        return json.loads(out.read_text(encoding="utf-8"))


def read_library(data: Path) -> dict[str, str]:
    from newsdesk.services.library import Library
    from newsdesk.services.review import Review

    library = Library.open(data)
    try:
        summaries = library.list()
        if not summaries:
            return {}
        article = library.get(summaries[0].id)
        body = article.body.strip()
        figure = re.search(r'\n*!\[(.*?)\]\(\S+(?: "(.*?)")?\)\n*', body)
        caption, credit = (figure.group(1), figure.group(2) or "") if figure else ("", "")
        if figure:
            body = (body[:figure.start()] + " " + body[figure.end():]).strip()
        comments = Review(library).comments(article.id)
        return {"headline": article.headline, "sapo": article.sapo, "byline": article.byline,
                "source": article.source, "tags": ", ".join(article.tags), "body": body,
                "caption": caption, "credit": credit, "name": library.settings.user_name,
                "comment": " | ".join(view.comment.text for view in comments)}
    finally:
        library.close()
