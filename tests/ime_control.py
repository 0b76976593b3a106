"""The control for the real input-method tests: a bare Qt window with the widget types of the
article form in its Tab order (headline, sapo, byline, source, section, tags, URL, a check box,
a list and two buttons standing for the related stories, body), line edits standing for a photo's caption and credit, the find bar and the
preferences' name, a plain text editor standing for the review comment box, and nothing else —
no autosave, no previews. On SIGTERM it writes what each field holds as JSON to the file named
on the command line, and quits.

    python tests/ime_control.py OUT.json
"""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)


def main() -> None:
    out = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("control")
    layout = QVBoxLayout(window)
    headline, sapo, byline, source = QLineEdit(), QPlainTextEdit(), QLineEdit(), QLineEdit()
    section = QComboBox()
    section.setEditable(True)
    tags, url, check, body = QLineEdit(), QLineEdit(), QCheckBox("x"), QTextEdit()
    related, add_library, add_link = QListWidget(), QPushButton("a"), QPushButton("b")
    caption, credit = QLineEdit(), QLineEdit()
    find, replace, name = QLineEdit(), QLineEdit(), QLineEdit()
    comment = QPlainTextEdit()
    sapo.setTabChangesFocus(True)
    body.setTabChangesFocus(True)
    for widget in (headline, sapo, byline, source, section, tags, url, check, related,
                   add_library, add_link, body, caption, credit, find, replace, name, comment):
        layout.addWidget(widget)
    window.resize(900, 700)
    window.show()
    headline.setFocus()

    def dump(*_: object) -> None:
        fields = {"headline": headline.text(), "sapo": sapo.toPlainText(),
                  "byline": byline.text(), "source": source.text(), "tags": tags.text(),
                  "body": body.toPlainText().strip(), "caption": caption.text(),
                  "credit": credit.text(), "find": find.text(),
                  "replace": replace.text(), "name": name.text(),
                  "comment": comment.toPlainText().strip()}
        out.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
        app.quit()

    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, dump))
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)  # lets Python see the signal
    heartbeat.start(100)
    app.exec()


if __name__ == "__main__":
    main()
