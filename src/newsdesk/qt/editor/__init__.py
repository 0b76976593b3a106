"""The WYSIWYG body editor: Markdown ⇄ QTextDocument bridge, editing commands, the widget."""
