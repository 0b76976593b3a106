"""Use cases shared by the CLI and the GUI.

``library.Library`` is the facade (articles, search, import, photos); ``logs`` sets up the log
file. Import submodules directly: this package stays light so ``newsdesk --version`` is quick.
"""
