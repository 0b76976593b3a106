"""The input method frameworks the real-IME tests type through, each with its Unikey engine.

ibus: ibus-daemon with Unikey, Telex or VNI set through ibus-unikey's GSettings schema (kept
in a private key file). fcitx5: a profile whose only input method besides the US keyboard is
Unikey, active in every new input context; Telex or VNI in fcitx5-unikey's own config file
(``conf/unikey.conf``, ``InputMethod=``), reloaded and read back over fcitx5's D-Bus
controller; its other options are left at fcitx5-unikey's defaults (spell check, auto restore
and surrounding text on), as a reporter would have them.

Qt reaches both through ibus's protocol (``QT_IM_MODULE=ibus``), fcitx5 through its ibus
frontend: the Qt 6 plugin Debian builds for fcitx5 (fcitx5-frontend-qt6) is made for the
system's Qt 6.4 and uses Qt's private ABI, and the Qt 6 inside the PySide6 wheel cannot load it
(an undefined ``Qt_6_PRIVATE_API`` symbol); the wheel ships no fcitx5 plugin of its own.

Also here: which tools a framework needs, and the displays pinned by
``NEWSDESK_IME_DISPLAYS`` (e.g. "38,39"; unset, Xvfb picks free ones).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

FRAMEWORKS = ("ibus", "fcitx5")
SCHEMA = "org.freedesktop.ibus.engine.unikey"
TOOLS = {"ibus": ("Xvfb", "xdotool", "dbus-daemon", "ibus-daemon", "ibus", "gsettings"),
         "fcitx5": ("Xvfb", "xdotool", "dbus-daemon", "fcitx5", "gdbus")}
ENGINES = {"ibus": ("/usr/libexec/ibus-engine-unikey", "/usr/lib/ibus/ibus-engine-unikey"),
           "fcitx5": ("/usr/share/fcitx5/inputmethod/unikey.conf",)}
PACKAGES = {"ibus": "ibus-unikey", "fcitx5": "fcitx5-unikey"}
# fcitx5's addons: the US keyboard, X, its D-Bus controller, the ibus frontend Qt talks to, Unikey
FCITX5_ADDONS = "keyboard,xcb,dbus,ibusfrontend,unikey"
FCITX5_PROFILE = """[Groups/0]
Name=Default
Default Layout=us
DefaultIM=unikey

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=unikey
Layout=

[GroupOrder]
0=Default
"""
FCITX5_METHODS = {"telex": "Telex", "vni": "VNI"}
def missing_tools(framework: str = "ibus") -> list[str]:
    missing = [tool for tool in TOOLS[framework] if shutil.which(tool) is None]
    if not any(Path(p).exists() for p in ENGINES[framework]):
        missing.append(PACKAGES[framework])
    return missing


_lock = threading.Lock()
_taken: set[str] = set()


def _pinned() -> list[str]:
    return [d.strip().lstrip(":") for d in
            os.environ.get("NEWSDESK_IME_DISPLAYS", "").split(",") if d.strip()]


def pinned_displays() -> int:
    """How many displays ``NEWSDESK_IME_DISPLAYS`` pins (0: any free display will do)."""
    return len(_pinned())


def take_display() -> str | None:
    """A display number from ``NEWSDESK_IME_DISPLAYS`` not taken by another ``Desktop`` of
    this process (None: Xvfb picks a free one)."""
    pinned = _pinned()
    if not pinned:
        return None
    with _lock:
        for display in pinned:
            if display not in _taken:
                _taken.add(display)
                return display
    raise RuntimeError(f"NEWSDESK_IME_DISPLAYS: all of {pinned} are in use")


def release_display(display: str | None) -> None:
    with _lock:
        _taken.discard(display or "")


class Frameworks:
    """The framework side of ``Desktop``: starts ibus or fcitx5 in ``env`` (the virtual screen
    and the private D-Bus session) and sets Unikey's method."""

    framework: str
    env: dict[str, str]
    method: str

    def _spawn(self, cmd: list[str], env: dict[str, str], **kwargs) -> subprocess.Popen:
        raise NotImplementedError

    def _run(self, cmd: list[str], check: bool = True) -> subprocess.CompletedProcess:
        raise NotImplementedError

    def start_framework(self) -> None:
        env = self.env
        if self.framework == "ibus":
            self._start_ibus(env)
        else:
            self._start_fcitx5(env)
        # Qt talks to fcitx5 through its ibus frontend too (see the module's docstring)
        self.env = {**env, "QT_IM_MODULE": "ibus"}

    def _start_ibus(self, env: dict[str, str]) -> None:
        self.set_method("telex")
        self._spawn(["ibus-daemon", "--replace", "--panel=disable", "--xim=false"], env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            self._run(["ibus", "engine", "Unikey"], check=False)
            if self._run(["ibus", "engine"], check=False).stdout.strip() == "Unikey":
                return
            time.sleep(0.3)
        raise RuntimeError("ibus did not select the Unikey engine")

    def _start_fcitx5(self, env: dict[str, str]) -> None:
        config = Path(env["XDG_CONFIG_HOME"]) / "fcitx5"
        (config / "conf").mkdir(parents=True, exist_ok=True)
        (config / "profile").write_text(FCITX5_PROFILE, encoding="utf-8")
        # every new input context starts with Unikey on (no trigger key to press)
        (config / "config").write_text("[Behavior]\nActiveByDefault=True\n", encoding="utf-8")
        (config / "conf" / "unikey.conf").write_text("InputMethod=Telex\n", encoding="utf-8")
        self.method = "telex"
        self._spawn(["fcitx5", "--disable=all", f"--enable={FCITX5_ADDONS}"], env)
        ibus_address = Path(env["XDG_CONFIG_HOME"]) / "ibus" / "bus"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if (self._fcitx5_method() == "Telex"
                    and any(ibus_address.glob(f"*-{env['DISPLAY'][1:]}"))):
                return
            time.sleep(0.3)
        raise RuntimeError("fcitx5 did not start with Unikey and its ibus frontend")

    def _fcitx5(self, method: str, *args: str) -> str | None:
        """A call to fcitx5's D-Bus controller; its reply as GVariant text (None: failed)."""
        done = self._run(["gdbus", "call", "--session", "--dest", "org.fcitx.Fcitx5",
                          "--object-path", "/controller", "--method",
                          f"org.fcitx.Fcitx.Controller1.{method}", *args], check=False)
        return done.stdout if done.returncode == 0 else None

    def _fcitx5_method(self) -> str | None:
        """Unikey's input method as fcitx5 holds it now ("Telex", "VNI"; None: not loaded)."""
        reply = self._fcitx5("GetConfig", "fcitx://config/addon/unikey") or ""
        found = re.search(r"'InputMethod': <'([^']*)'>", reply)
        return found.group(1) if found else None

    def set_method(self, method: str) -> None:
        """Telex or VNI: ibus-unikey's ``input-method`` key (the engine follows the change), or
        fcitx5-unikey's config file, reloaded (and checked) through fcitx5's controller."""
        if self.framework == "ibus":
            self._run(["gsettings", "set", SCHEMA, "input-method", method])
        else:
            conf = Path(self.env["XDG_CONFIG_HOME"]) / "fcitx5" / "conf" / "unikey.conf"
            conf.write_text(f"InputMethod={FCITX5_METHODS[method]}\n", encoding="utf-8")
            self._fcitx5("ReloadAddonConfig", "unikey")
            if self._fcitx5_method() != FCITX5_METHODS[method]:
                raise RuntimeError(f"fcitx5's Unikey did not switch to {method}")
        self.method = method

    @contextlib.contextmanager
    def unikey_off_under_fcitx5(self) -> Iterator[None]:
        """Unikey switched off while a path is typed (under fcitx5; ibus-unikey leaves a
        vowel-free path alone as it is)."""
        if self.framework == "fcitx5":
            self._fcitx5("Deactivate")
        try:
            yield
        finally:
            if self.framework == "fcitx5":
                self._fcitx5("Activate")
