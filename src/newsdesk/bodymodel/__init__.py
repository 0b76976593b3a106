"""The body editor's document model in plain Python, free of Qt.

Markdown ⇄ ``ir.Block`` list (``md_reader``, ``md_writer`` with ``md_inline``, ``md_escape``
and ``md_delims``), link addresses (``links``) and the cleaning of pasted HTML (``paste``).
The Qt side (``newsdesk.qt.editor``) only adapts this model to a QTextDocument.
"""
