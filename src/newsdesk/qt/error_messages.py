"""What each error code says to the user, in the UI language.

Every expected failure (``NewsdeskError``) carries a stable code. Here each code has a sentence
saying what went wrong and, where there is one, what to do, translated with Qt Linguist like
every other text; the error's own English message, which names the file or value concerned, is
the detail under it (``qt.errors``). A test checks that every code raised anywhere in newsdesk
has its sentence here and a Vietnamese translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``_context``; translated where it is shown."""
    return text


# code → the English sentence (the Linguist source; translated when shown)
SOURCES: dict[str, str] = {
    "headline.required": QT_TRANSLATE_NOOP(
        "Errors", "The article needs a headline before it can be saved."),
    "headline.too_long": QT_TRANSLATE_NOOP("Errors", "The headline is too long: shorten it."),
    "language.invalid": QT_TRANSLATE_NOOP(
        "Errors", "The language code is not valid (use vi or en, for example)."),
    "published.offset": QT_TRANSLATE_NOOP(
        "Errors", "The publication time needs a valid time zone."),
    "published.format": QT_TRANSLATE_NOOP(
        "Errors", "The publication time is not a valid date and time."),
    "url.too_long": QT_TRANSLATE_NOOP("Errors", "The URL is too long."),
    "url.scheme": QT_TRANSLATE_NOOP("Errors", "The URL must start with http:// or https://."),
    "url.invalid": QT_TRANSLATE_NOOP("Errors", "The URL is not a valid web address."),
    "validation": QT_TRANSLATE_NOOP("Errors", "The article is not valid yet: check its fields."),
    "related.too_many": QT_TRANSLATE_NOOP(
        "Errors", "An article lists at most 20 related stories: remove some."),
    "related.bad_id": QT_TRANSLATE_NOOP(
        "Errors", "A related story names an article id that is not valid."),
    "related.no_target": QT_TRANSLATE_NOOP(
        "Errors", "A related story needs a library article or a web address."),
    "related.url": QT_TRANSLATE_NOOP(
        "Errors", "The address of a related story is not a valid web address."),
    "related.no_headline": QT_TRANSLATE_NOOP("Errors", "A related link needs a headline."),
    "related.headline_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The headline of a related story is too long: shorten it."),
    "field.type": QT_TRANSLATE_NOOP(
        "Errors", "A field of the article file has the wrong kind of value."),
    "link.invalid": QT_TRANSLATE_NOOP("Errors", "The link address is not valid."),
    "file.write": QT_TRANSLATE_NOOP(
        "Errors", "The file could not be written. Check the folder and the free space."),
    "file.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file could not be read. Check that it is still there and that you may read "
        "it."),
    "file.too_large": QT_TRANSLATE_NOOP("Errors", "The file is too large."),
    "file.not_found": QT_TRANSLATE_NOOP("Errors", "The file was not found."),
    "file.not_file": QT_TRANSLATE_NOOP("Errors", "That is a folder, not a file."),
    "file.encoding": QT_TRANSLATE_NOOP(
        "Errors", "The file is not UTF-8 text. Save it as UTF-8 and try again."),
    "file.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: the file could not be written. Free some space or choose "
        "another folder."),
    "photo.not_image": QT_TRANSLATE_NOOP(
        "Errors", "This file is not a photo newsdesk can use (JPEG, PNG, WebP, GIF or TIFF)."),
    "photo.invalid": QT_TRANSLATE_NOOP("Errors", "The photo cannot be read."),
    "photo.truncated": QT_TRANSLATE_NOOP(
        "Errors", "The photo file is incomplete. Copy it again from the camera or from the sender."),
    "photo.bomb": QT_TRANSLATE_NOOP(
        "Errors", "The photo is too large to open safely. Use a smaller copy."),
    "photo.too_large": QT_TRANSLATE_NOOP("Errors", "The photo is too large. Use a smaller copy."),
    "photo.unsupported": QT_TRANSLATE_NOOP(
        "Errors", "This kind of image is not supported. Use JPEG, PNG, WebP, GIF or TIFF."),
    "photo.not_found": QT_TRANSLATE_NOOP("Errors", "The photo is not in the library."),
    "photo.empty": QT_TRANSLATE_NOOP("Errors", "The photo file is empty."),
    "photo.options": QT_TRANSLATE_NOOP("Errors", "The photo options are not valid."),
    "export.failed": QT_TRANSLATE_NOOP("Errors", "The export failed."),
    "export.target": QT_TRANSLATE_NOOP(
        "Errors", "That place cannot take the export. Choose another file or folder."),
    "export.format": QT_TRANSLATE_NOOP("Errors", "This export format is not known."),
    "export.none": QT_TRANSLATE_NOOP(
        "Errors", "No article has that status or section. Check the spelling, or list them first."),
    "export.cancelled": QT_TRANSLATE_NOOP("Errors", "The export was cancelled."),
    "export.write": QT_TRANSLATE_NOOP(
        "Errors", "The exported file could not be written. Check the folder and the free space."),
    "export.unsaved": QT_TRANSLATE_NOOP("Errors", "Save the article before exporting it."),
    "export.target_exists": QT_TRANSLATE_NOOP(
        "Errors", "A file with that name is already there. Choose another name or replace it."),
    "qr.invalid": QT_TRANSLATE_NOOP("Errors", "No QR code can be made for this address."),
    "qr.not_url": QT_TRANSLATE_NOOP(
        "Errors", "A QR code needs a web address starting with https://."),
    "qr.too_long": QT_TRANSLATE_NOOP("Errors", "The address is too long for a QR code."),
    "qr.empty": QT_TRANSLATE_NOOP("Errors", "Type the article's URL to make its QR code."),
    "qr.target": QT_TRANSLATE_NOOP(
        "Errors", "The QR code could not be saved there. Choose another file."),
    "qr.options": QT_TRANSLATE_NOOP("Errors", "The QR code options are not valid."),
    "storage": QT_TRANSLATE_NOOP("Errors", "The library could not be used."),
    "storage.unwritable": QT_TRANSLATE_NOOP(
        "Errors", "The library's folder cannot be written. Check its permissions or choose another "
        "data folder."),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "Errors", "The library is read-only here: it can be read and exported, not changed. Ask "
        "for write access or copy the data folder to a writable place."),
    "storage.url": QT_TRANSLATE_NOOP("Errors", "The database address is not valid."),
    "storage.timeout": QT_TRANSLATE_NOOP(
        "Errors", "The database did not answer in time. Check the network and try again."),
    "storage.unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The database server cannot be reached: it is stopped, or the network is "
        "down. Try again once it answers."),
    "storage.operational": QT_TRANSLATE_NOOP(
        "Errors", "The database could not be reached. Check the connection and try again."),
    "storage.not_database": QT_TRANSLATE_NOOP("Errors", "This file is not a newsdesk library."),
    "storage.newer": QT_TRANSLATE_NOOP(
        "Errors", "The library was made by a newer newsdesk. Update newsdesk to open it."),
    "storage.migration": QT_TRANSLATE_NOOP(
        "Errors", "The library could not be brought up to this version of newsdesk."),
    "storage.locked": QT_TRANSLATE_NOOP(
        "Errors", "The library is busy: another program is writing to it. Try again in a moment."),
    "storage.foreign": QT_TRANSLATE_NOOP(
        "Errors", "This database belongs to another program; newsdesk leaves it unchanged."),
    "storage.driver": QT_TRANSLATE_NOOP(
        "Errors", "This kind of database is not supported (use SQLite or PostgreSQL)."),
    "storage.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: free some space, then save again."),
    "storage.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The library file is damaged. Keep a copy of it; the log file says how to recover"
        " it."),
    "usage": QT_TRANSLATE_NOOP("Errors", "The command was not understood."),
    "print.failed": QT_TRANSLATE_NOOP("Errors", "The article could not be printed."),
    "print.setup": QT_TRANSLATE_NOOP("Errors", "The page setup is not valid."),
    "print.empty": QT_TRANSLATE_NOOP("Errors", "There is nothing to print yet."),
    "print.columns": QT_TRANSLATE_NOOP(
        "Errors", "Too many columns for this paper: use fewer columns or a larger paper."),
    "print.cancelled": QT_TRANSLATE_NOOP("Errors", "Printing was cancelled."),
    "print.timeout": QT_TRANSLATE_NOOP(
        "Errors", "Printing took too long and was stopped. Try again."),
    "print.thread": QT_TRANSLATE_NOOP("Errors", "Printing could not start."),
    "print.makeup": QT_TRANSLATE_NOOP(
        "Errors", "The print page could not be laid out. Try again; if it fails again, report "
        "it with the article."),
    "print.paper": QT_TRANSLATE_NOOP("Errors", "This paper size is not known."),
    "print.orientation": QT_TRANSLATE_NOOP(
        "Errors", "The page orientation must be portrait or landscape."),
    "print.margins": QT_TRANSLATE_NOOP("Errors", "Margins must be between 5 and 60 mm."),
    "print.load": QT_TRANSLATE_NOOP("Errors", "The print layout could not be loaded."),
    "print.font_size": QT_TRANSLATE_NOOP("Errors", "The font size is out of range."),
    "print.document": QT_TRANSLATE_NOOP("Errors", "The document to print could not be made."),
    "suggestion.pending": QT_TRANSLATE_NOOP(
        "Errors", "The article has pending suggestions (track changes). Accept or reject them "
        "first (newsdesk changes, accept, reject); until then it can only be exported as "
        "Markdown or as a review bundle."),
    "suggestion.unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no such pending suggestion in this article."),
    "suggestion.none": QT_TRANSLATE_NOOP("Errors", "The article has no pending suggestion."),
    "suggestion.lines": QT_TRANSLATE_NOOP(
        "Errors", "A suggestion stays within one paragraph."),
    "suggestion.overlap": QT_TRANSLATE_NOOP(
        "Errors", "These words are already part of a suggestion."),
    "suggestion.empty": QT_TRANSLATE_NOOP("Errors", "There is nothing to suggest."),
    "suggestion.compare": QT_TRANSLATE_NOOP(
        "Errors", "The reviewer's text cannot be shown as suggestions; import the bundle as "
        "usual and compare the versions."),
    "suggestion.compare_pending": QT_TRANSLATE_NOOP(
        "Errors", "The article already has pending suggestions. Accept or reject them (the "
        "Changes list) before comparing a revision as suggestions."),
    "suggestion.compare_revision": QT_TRANSLATE_NOOP(
        "Errors", "This revision's text cannot be shown as suggestions (it holds text that "
        "reads as CriticMarkup, or line breaks inside a changed paragraph). Compare it in "
        "the History list and restore it instead."),
    "suggestion.no_article": QT_TRANSLATE_NOOP(
        "Errors", "The bundle's article is not in this library, so there is nothing to suggest "
        "changes to."),
    "print.write": QT_TRANSLATE_NOOP(
        "Errors", "The PDF could not be written. Check the folder and the free space."),
    "print.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: the PDF could not be written. Free some space or choose "
        "another folder."),
    "print.busy": QT_TRANSLATE_NOOP("Errors", "Another print is running: wait for it to finish."),
    "interchange": QT_TRANSLATE_NOOP("Errors", "The article file could not be read."),
    "interchange.yaml": QT_TRANSLATE_NOOP(
        "Errors", "The article file's header (front matter) is not valid YAML."),
    "interchange.unclosed": QT_TRANSLATE_NOOP(
        "Errors", "The article file's header is not closed by a line ---."),
    "interchange.too_deep": QT_TRANSLATE_NOOP(
        "Errors", "The article file's header is nested too deeply."),
    "interchange.not_mapping": QT_TRANSLATE_NOOP(
        "Errors", "The article file's header must list its fields as name: value."),
    "interchange.no_front_matter": QT_TRANSLATE_NOOP(
        "Errors", "The file has no article header (front matter between two lines ---)."),
    "import.unsupported": QT_TRANSLATE_NOOP(
        "Errors", "This kind of file cannot be imported. Use a Markdown article (.md), a Word "
        "document (.docx) or a review bundle (.newsdesk)."),
    "bundle.invalid": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle is damaged or is not a newsdesk bundle."),
    "bundle.comments": QT_TRANSLATE_NOOP(
        "Errors", "The comments in the review bundle are damaged."),
    "bundle.history": QT_TRANSLATE_NOOP("Errors", "The history in the review bundle is damaged."),
    "bundle.manifest": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle's description (manifest) is damaged."),
    "bundle.json": QT_TRANSLATE_NOOP("Errors", "A part of the review bundle is not valid JSON."),
    "bundle.too_large": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle is too large to open safely."),
    "bundle.member_too_large": QT_TRANSLATE_NOOP(
        "Errors", "A file in the review bundle is too large to open safely."),
    "bundle.bomb": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle expands too much to open safely."),
    "bundle.too_many_members": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle holds too many files to open safely."),
    "bundle.incomplete": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle is incomplete. Ask the sender for it again."),
    "bundle.missing": QT_TRANSLATE_NOOP(
        "Errors", "A part of the review bundle is missing. Ask the sender for it again."),
    "bundle.corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle is damaged. Ask the sender for it again."),
    "bundle.not_zip": QT_TRANSLATE_NOOP(
        "Errors", "This file is not a review bundle (not a readable zip file)."),
    "bundle.choice": QT_TRANSLATE_NOOP("Errors", "Choose which version to keep."),
    "bundle.version": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle was made by a newer newsdesk. Update newsdesk to open it."),
    "bundle.unsafe_path": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle holds an unsafe file name and was refused."),
    "bundle.link": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle holds a link to another file and was refused."),
    "bundle.encrypted": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle is encrypted: newsdesk cannot open it."),
    "bundle.encoding": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle holds text that is not UTF-8."),
    "bundle.duplicate": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle holds the same file twice and was refused."),
    "bundle.too_many_comments": QT_TRANSLATE_NOOP(
        "Errors", "The review bundle holds more comments than newsdesk accepts and was refused."),
    "docx.invalid": QT_TRANSLATE_NOOP(
        "Errors", "The Word document cannot be imported."),
    "docx.missing": QT_TRANSLATE_NOOP("Errors", "The Word document was not found."),
    "docx.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The Word document could not be read. Check that it is still there and that "
        "you may read it."),
    "docx.not_zip": QT_TRANSLATE_NOOP(
        "Errors", "This file is not a Word document (.docx), or it is damaged. If Word or "
        "LibreOffice opens it, save it there as Word Document (.docx) and import it again."),
    "docx.not_word": QT_TRANSLATE_NOOP(
        "Errors", "This file is a zip archive but not a Word document (.docx). Choose the "
        ".docx file saved from Word."),
    "docx.old_format": QT_TRANSLATE_NOOP(
        "Errors", "This is an old Word 97–2003 document. Open it in Word, save it as Word "
        "Document (.docx) and import it again."),
    "docx.encrypted": QT_TRANSLATE_NOOP(
        "Errors", "The Word document is protected by a password. Save it without a password "
        "and import it again."),
    "docx.too_large": QT_TRANSLATE_NOOP(
        "Errors", "The Word document is too large to open safely."),
    "docx.member_too_large": QT_TRANSLATE_NOOP(
        "Errors", "A part of the Word document is too large to open safely."),
    "docx.bomb": QT_TRANSLATE_NOOP(
        "Errors", "The Word document expands too much to open safely and was refused."),
    "docx.too_many_members": QT_TRANSLATE_NOOP(
        "Errors", "The Word document holds too many parts to open safely."),
    "docx.unsafe_path": QT_TRANSLATE_NOOP(
        "Errors", "The Word document holds an unsafe file name and was refused."),
    "docx.link": QT_TRANSLATE_NOOP(
        "Errors", "The Word document holds a link to another file and was refused."),
    "docx.duplicate": QT_TRANSLATE_NOOP(
        "Errors", "The Word document holds the same part twice and was refused."),
    "docx.corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The Word document is damaged. Open it in Word, save it again and import "
        "it again."),
    "docx.xml": QT_TRANSLATE_NOOP(
        "Errors", "The Word document holds XML that Word never writes and was refused."),
    "snapshot.json": QT_TRANSLATE_NOOP("Errors", "A stored revision is damaged."),
    "snapshot.time": QT_TRANSLATE_NOOP("Errors", "A stored revision has a damaged date."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "That article is no longer in the library."),
    "article.not_found": QT_TRANSLATE_NOOP("Errors", "That article is no longer in the library."),
    "article.bad_id": QT_TRANSLATE_NOOP("Errors", "That is not an article id."),
    "article.ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "Several articles match: give more of the id."),
    "comment.range": QT_TRANSLATE_NOOP("Errors", "The commented passage is no longer in the text."),
    "comment.quote": QT_TRANSLATE_NOOP("Errors", "The commented passage is no longer in the text."),
    "comment.not_found": QT_TRANSLATE_NOOP("Errors", "That comment no longer exists."),
    "comment.field": QT_TRANSLATE_NOOP(
        "Errors", "Comments can be made on the headline, the sapo or the body only."),
    "comment.empty": QT_TRANSLATE_NOOP("Errors", "Write the comment first."),
    "status.unknown_action": QT_TRANSLATE_NOOP("Errors", "This workflow step is not known."),
    "status.unknown": QT_TRANSLATE_NOOP("Errors", "This status is not known."),
    "status.transition": QT_TRANSLATE_NOOP(
        "Errors", "This step is not possible from the article's status."),
    "revision.number": QT_TRANSLATE_NOOP("Errors", "That is not a revision number."),
    "revision.not_found": QT_TRANSLATE_NOOP("Errors", "That revision does not exist."),
    "conflict": QT_TRANSLATE_NOOP(
        "Errors", "Someone else saved this article meanwhile. Reload it, then redo your last "
        "change."),
}


def pending_text(count: int, export: bool = True) -> str:
    """What a refusal for ``count`` pending suggestions says: how many, and how to decide
    them in the app (the sentence of ``suggestion.pending`` when the count is not known);
    for an export, what can be exported meanwhile; for a workflow step (approve, publish),
    that the step waits for them."""
    if not export:
        return QCoreApplication.translate(
            "Errors", "The article has pending suggestions (%1): it can be approved or "
            "published once each is accepted or rejected (Review ▸ Accept change or Reject "
            "change, or all of them, or the Changes list in the Review tab).").replace(
                "%1", str(count))
    return QCoreApplication.translate(
        "Errors", "The article has pending suggestions (%1). Accept or reject them first: "
        "Review ▸ Accept change or Reject change (or all of them), or the Changes list in the "
        "Review tab. Until then it can only be exported as Markdown, as a review bundle, or as "
        "a PDF proof with the changes marked.").replace("%1", str(count))


def message_for(code: str) -> str | None:
    """The sentence for ``code`` in the UI language; a field's type error (``tags.type``)
    shares one. None for a code without a sentence."""
    source = SOURCES.get(code) or (SOURCES["field.type"] if code.endswith(".type") else None)
    return None if source is None else QCoreApplication.translate("Errors", source)


# notice code → the English sentence with its values as %1, %2… (see domain.errors.Notice)
NOTICES: dict[str, str] = {
    "print.second_qr": QT_TRANSLATE_NOOP("Notices", "The second QR code is left out: %1"),
    "print.low_dpi": QT_TRANSLATE_NOOP(
        "Notices", "The photo %1 prints at %2 dpi (%3 px for %4 mm); below 150 dpi it will "
        "look soft."),
    "print.photo_missing": QT_TRANSLATE_NOOP(
        "Notices", "The photo %1 is missing; a placeholder is printed. Delete the placeholder "
        "and add the photo again with Edit ▸ Insert photo (Ctrl+Shift+I)."),
    "print.photo_not_stored": QT_TRANSLATE_NOOP(
        "Notices", "The photo %1 is missing: the library never stored it (it was not beside the "
        "article when it was imported, or it is not a photo that opens); a placeholder is "
        "printed. Delete the placeholder and insert a photo that opens with Edit ▸ Insert photo "
        "(Ctrl+Shift+I)."),
    "print.photo_broken": QT_TRANSLATE_NOOP(
        "Notices", "The photo %1 cannot be printed; a placeholder is printed: %2"),
    "print.narrow_columns": QT_TRANSLATE_NOOP(
        "Notices", "Columns of about %1 characters a line at %2 pt break words and leave gaps: "
        "fewer columns or a smaller type size set better."),
    "print.wide_columns": QT_TRANSLATE_NOOP(
        "Notices", "Lines of about %1 characters at %2 pt are hard to read: more columns or a "
        "larger type size set better."),
    "print.no_url": QT_TRANSLATE_NOOP(
        "Notices", "The article has no URL, so no QR code is printed."),
    "print.no_qr": QT_TRANSLATE_NOOP("Notices", "No QR code is printed: %1"),
    "print.photo_not_shown": QT_TRANSLATE_NOOP("Notices", "The photo %1 could not be shown."),
    "print.photo_cropped": QT_TRANSLATE_NOOP(
        "Notices", "The photo %1 is printed with %2 mm cut off its top and bottom to close a gap "
        "in the columns (Preferences can turn photo fitting off)."),
    "print.photo_cut_sides": QT_TRANSLATE_NOOP(
        "Notices", "The photo %1 is printed larger, with %2 mm cut off its sides, to close a gap "
        "in the columns (Preferences can turn photo fitting off)."),
    "export.no_qr": QT_TRANSLATE_NOOP("Notices", "No QR code for the article URL: %1"),
    "export.no_qr_for": QT_TRANSLATE_NOOP("Notices", "No QR code for %1: %2"),
    "export.photo_missing": QT_TRANSLATE_NOOP(
        "Notices", "The photo %1 is missing; a placeholder was exported."),
    "export.photo_not_stored": QT_TRANSLATE_NOOP(
        "Notices", "The photo %1 is missing: the library never stored it (it was not beside the "
        "article when it was imported, or it is not a photo that opens); a placeholder was "
        "exported. Delete the placeholder and insert a photo that opens with Edit ▸ Insert "
        "photo (Ctrl+Shift+I)."),
    "export.photo_left_out": QT_TRANSLATE_NOOP("Notices", "The photo %1 was left out: %2"),
    "import.image_skipped": QT_TRANSLATE_NOOP(
        "Notices", "%1: the photo %2 was not imported (%3); its place, caption and credit are "
        "kept, marked as missing: insert the photo again there."),
    "import.nul_removed": QT_TRANSLATE_NOOP(
        "Notices", "%1: %2 NUL character(s) were removed (they are not text)."),
    "import.image_outside": QT_TRANSLATE_NOOP(
        "Notices", "%1: the photo %2 is outside the article's folder and was not imported."),
    "import.image_missing": QT_TRANSLATE_NOOP(
        "Notices", "%1: the photo %2 was not found beside the file."),
    "import.image_unreadable": QT_TRANSLATE_NOOP("Notices", "%1: the photo %2 cannot be read."),
    "import.image_not_in_bundle": QT_TRANSLATE_NOOP(
        "Notices", "%1: the photo %2 is not in the bundle."),
    "import.unknown_field": QT_TRANSLATE_NOOP(
        "Notices", "%1: the unknown field “%2” was ignored."),
    "import.docx_suggestions": QT_TRANSLATE_NOOP(
        "Notices", "%1: %2 tracked change(s) became pending suggestions; review them in the "
        "Changes list."),
    "import.docx_tracked_row": QT_TRANSLATE_NOOP(
        "Notices", "%1: %2 tracked table row(s) added or removed were accepted; check the text."),
    "import.docx_tracked_picture": QT_TRANSLATE_NOOP(
        "Notices", "%1: %2 tracked picture(s) added or removed were accepted; check the text."),
    "import.docx_tracked_paragraph": QT_TRANSLATE_NOOP(
        "Notices", "%1: %2 tracked paragraph(s) split or joined were accepted; check the text."),
    "import.docx_tracked_format": QT_TRANSLATE_NOOP(
        "Notices", "%1: %2 tracked change(s) of formatting were accepted; check the text."),
    "import.docx_tracked_text": QT_TRANSLATE_NOOP(
        "Notices", "%1: %2 tracked change(s) in the headline, sapo or byline, in a link or "
        "across a line break were accepted; check the text."),
    "import.docx_textbox": QT_TRANSLATE_NOOP(
        "Notices", "%1: the text box in paragraph %2 (“%3”) was kept as ordinary text there; "
        "check where it belongs."),
    "import.docx_vector": QT_TRANSLATE_NOOP(
        "Notices", "%1: the EMF/WMF picture in paragraph %2 (“%3”) was not imported; save it "
        "as PNG or JPEG and add it."),
    "import.docx_object": QT_TRANSLATE_NOOP(
        "Notices", "%1: the embedded object in paragraph %2 (“%3”) was not imported (only its "
        "picture, if it has one)."),
    "import.docx_chart": QT_TRANSLATE_NOOP(
        "Notices", "%1: the chart or SmartArt in paragraph %2 (“%3”) was not imported."),
    "import.docx_equation": QT_TRANSLATE_NOOP(
        "Notices", "%1: the equation in paragraph %2 (“%3”) was not imported."),
    "import.docx_footnote": QT_TRANSLATE_NOOP(
        "Notices", "%1: the footnote in paragraph %2 (“%3”) was kept as a numbered note at the "
        "end of the body."),
    "import.critic_text": QT_TRANSLATE_NOOP(
        "Notices", "%1: a CriticMarkup mark was kept as plain text: %2"),
    "import.critic_orphan": QT_TRANSLATE_NOOP(
        "Notices", "%1: the comment “%2” is on words not found in the text; it is kept as an "
        "orphaned comment."),
    "import.suggest_field": QT_TRANSLATE_NOOP(
        "Notices", "%1: the reviewer also changed the %2; only the body becomes suggestions, so "
        "it was left as it is here."),
    "import.docx_comment_orphan": QT_TRANSLATE_NOOP(
        "Notices", "%1: the comment “%2” is on words that are not in the article's text; it is "
        "kept as an orphaned comment."),
    "import.docx_headline": QT_TRANSLATE_NOOP(
        "Notices", "%1: the first line is too long for a headline; it was shortened and kept "
        "in the body."),
    "import.docx_no_headline": QT_TRANSLATE_NOOP(
        "Notices", "%1: the document has no text for a headline; the file name was used."),
    "export.related_deleted": QT_TRANSLATE_NOOP(
        "Notices", "The related story “%1” is no longer in the library: it is shown as text, "
        "without a link."),
    "export.related_no_url": QT_TRANSLATE_NOOP(
        "Notices", "The related story “%1” has no URL yet: it is shown as text."),
    "import.unknown_related_field": QT_TRANSLATE_NOOP(
        "Notices", "%1: the unknown field “%2” of related story %3 was ignored."),
    "import.kept_aside": QT_TRANSLATE_NOOP(
        "Notices", "The article was changed here since the bundle was made: the reviewer's "
        "version is kept as revision %1 and nothing was overwritten. Compare it in the history."),
}
# the last value of these is the message of the error behind the notice (``Notice.reason``)
_REASON_LAST = ("print.second_qr", "print.photo_broken", "print.no_qr", "export.no_qr",
                "export.no_qr_for", "export.photo_left_out", "import.image_skipped")


# the photos the make-up printed cut, said together under one line when there are several
_FITTED = {
    "print.photo_cropped": QT_TRANSLATE_NOOP("Notices", "%1: %2 mm cut off its top and bottom"),
    "print.photo_cut_sides": QT_TRANSLATE_NOOP("Notices",
                                               "%1: printed larger, %2 mm cut off its sides"),
}


def notice_lines(notices) -> list[str]:
    """``notices`` in the UI language, a line each; several photos printed cut are said
    under one line saying why and how to turn that off, a photo a line."""
    notices = list(notices or [])
    fitted = [n for n in notices if getattr(n, "code", "") in _FITTED and
              len(getattr(n, "values", ())) == 2]
    if len(fitted) < 2:
        return [notice_text(n) for n in notices]
    lines = [notice_text(n) for n in notices if n not in fitted]
    lines.append(QCoreApplication.translate(
        "Notices", "Photos cut to close gaps in the columns (Preferences can turn photo "
        "fitting off):"))
    for notice in fitted:
        text = QCoreApplication.translate("Notices", _FITTED[notice.code])
        lines.append("– " + text.replace("%2", notice.values[1]).replace("%1", notice.values[0]))
    return lines


def notice_text(notice: str) -> str:
    """``notice`` (a warning of an export, a print or an import) in the UI language; a plain
    string, or a notice of a code not known here, as it is."""
    code = getattr(notice, "code", None)
    source = NOTICES.get(code or "")
    if source is None:
        return str(notice)
    values = list(getattr(notice, "values", ()))
    reason = getattr(notice, "reason", "")
    if code in _REASON_LAST and values and reason:
        values[-1] = message_for(reason) or values[-1]
    text = QCoreApplication.translate("Notices", source)
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", values[number - 1])
    return text
