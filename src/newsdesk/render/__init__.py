"""Rendering: Markdown → semantic HTML, templates, CSS, date lines, sanitising."""
