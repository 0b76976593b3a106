"""What each export format of this package is (name, label, extension, options), without
importing the module that writes it: the command line and the export dialog list every
format, but a run writes one. ``BUILTIN`` pairs each with a function that imports its module
and makes its exporter, called on first use by ``registry.default_registry()``.
"""

from __future__ import annotations

from collections.abc import Callable

from .base import CliOption, Exporter, ExportFormat

HTML_FORMAT = ExportFormat(
    name="html",
    label="Web page (HTML)",
    extension=".html",
    description="one standalone .html file: photos embedded, no request to any server",
)

CMS_FORMAT = ExportFormat(
    name="cms",
    label="CMS package (folder or .zip)",
    extension="",
    is_folder=True,
    description="body.html, images/, qr.svg/qr.png and article.json (IPTC ninjs 2.0); "
    "a .zip when the target ends in .zip",
)

MARKDOWN_FORMAT = ExportFormat(
    name="markdown",
    label="Markdown with photos (.md)",
    extension=".md",
    description="the .md interchange file with YAML front matter, original photos beside it",
)

ICML_FORMAT = ExportFormat(
    name="icml",
    label="InDesign story (ICML)",
    extension=".icml",
    description="an InCopy story for InDesign's File > Place, styles named after the "
    "article's parts, photos in <name>-photos/ beside it",
)

NEWSML_FORMAT = ExportFormat(
    name="newsml",
    label="News agency (NewsML-G2)",
    extension=".xml",
    description="an IPTC NewsML-G2 news message: the text item with the body as XHTML and "
    "a picture item per photo, photos in <name>-photos/ beside it",
    cli_options=(
        CliOption(("--located",), "located", {
            "metavar": "PLACE",
            "help": "where the story was filed from (default: the place in capitals that "
            "opens the body, as in 'HÀ NỘI –')",
        }),
    ),
)

BUNDLE_FORMAT = ExportFormat(
    name="bundle",
    label="Review bundle (.newsdesk)",
    extension=".newsdesk",  # newsdesk.interchange.bundle.EXTENSION (a test keeps them equal)
    description="a zip for offline review: article.md, photos, comments and a manifest",
)


def html_exporter() -> Exporter:
    from .html import HtmlExporter

    return HtmlExporter()


def cms_exporter() -> Exporter:
    from .cms import CmsExporter

    return CmsExporter()


def markdown_exporter() -> Exporter:
    from .markdown import MarkdownExporter

    return MarkdownExporter()


def icml_exporter() -> Exporter:
    from .icml import IcmlExporter

    return IcmlExporter()


def newsml_exporter() -> Exporter:
    from .newsml import NewsmlExporter

    return NewsmlExporter()


def bundle_exporter() -> Exporter:
    from .bundle import BundleExporter

    return BundleExporter()


# name -> (format, function making its exporter), in the order menus list them.
BUILTIN: dict[str, tuple[ExportFormat, Callable[[], Exporter]]] = {
    "html": (HTML_FORMAT, html_exporter),
    "cms": (CMS_FORMAT, cms_exporter),
    "markdown": (MARKDOWN_FORMAT, markdown_exporter),
    "icml": (ICML_FORMAT, icml_exporter),
    "newsml": (NEWSML_FORMAT, newsml_exporter),
}
