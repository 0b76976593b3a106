<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="133"/>
        <source>&amp;Byline</source>
        <translation>&amp;Byline</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="134"/>
        <source>Sou&amp;rce</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="135"/>
        <source>Se&amp;ction</source>
        <translation>Se&amp;ction</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="136"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="137"/>
        <source>&amp;Published</source>
        <translation>&amp;Published</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="138"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="142"/>
        <location filename="../../src/newsdesk/qt/article_form.py" line="143"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="144"/>
        <source>Sapo: the lead paragraph, shown in bold</source>
        <translation>Sapo: the lead paragraph, shown in bold</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="145"/>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="146"/>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="147"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="148"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="149"/>
        <source>comma, separated, keywords</source>
        <translation>comma, separated, keywords</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="150"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="152"/>
        <source>Article URL</source>
        <translation>Article URL</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="153"/>
        <source>Set a publication time</source>
        <translation>Set a publication time</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="154"/>
        <source>Publication time</source>
        <translation>Publication time</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="227"/>
        <source>Not a web address: start with https://</source>
        <translation>Not a web address: start with https://</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/newsdesk/qt/article_view.py" line="106"/>
        <source>Article body</source>
        <translation>Article body</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="60"/>
        <source>Article body</source>
        <translation>Article body</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="61"/>
        <source>The text of the article, with headings, lists, quotes, links and photos</source>
        <translation>The text of the article, with headings, lists, quotes, links and photos</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="204"/>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="210"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="204"/>
        <source>Address (https://…):</source>
        <translation>Address (https://…):</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="50"/>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="54"/>
        <source>Your comment on the selected passage</source>
        <translation>Your comment on the selected passage</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="57"/>
        <source>Comment on selection</source>
        <translation>Comment on selection</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="59"/>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="164"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="108"/>
        <source>(passage deleted)</source>
        <translation>(passage deleted)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="164"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../src/newsdesk/qt/editing.py" line="29"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/editing.py" line="30"/>
        <source>Web address:</source>
        <translation>Web address:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="25"/>
        <source>The article needs a headline before it can be saved.</source>
        <translation>The article needs a headline before it can be saved.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="26"/>
        <source>The URL must start with http:// or https://.</source>
        <translation>The URL must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="27"/>
        <source>The URL is not a valid web address.</source>
        <translation>The URL is not a valid web address.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="28"/>
        <source>Someone else saved this article meanwhile. Reload it, then redo your last change.</source>
        <translation>Someone else saved this article meanwhile. Reload it, then redo your last change.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="30"/>
        <source>That article is no longer in the library.</source>
        <translation>That article is no longer in the library.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="42"/>
        <source>The file could not be written or read</source>
        <translation>The file could not be written or read</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="43"/>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Something went wrong. The details were written to the log file.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="68"/>
        <source>Something unexpected went wrong. Your text is autosaved; the details were written to the log file.</source>
        <translation>Something unexpected went wrong. Your text is autosaved; the details were written to the log file.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="56"/>
        <source>Export article</source>
        <translation>Export article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="63"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="64"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="75"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="81"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="82"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="100"/>
        <source>Web page (HTML)</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="101"/>
        <source>Print (PDF)</source>
        <translation>Print (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="102"/>
        <source>Markdown with photos</source>
        <translation>Markdown with photos</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="103"/>
        <source>Folder for the CMS</source>
        <translation>Folder for the CMS</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="105"/>
        <source>Bundle for offline review (.newsdesk)</source>
        <translation>Bundle for offline review (.newsdesk)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="118"/>
        <source>Export into a folder</source>
        <translation>Export into a folder</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="124"/>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="150"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="182"/>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="221"/>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="207"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="210"/>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="223"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="235"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="48"/>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="49"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="50"/>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="51"/>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="52"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="53"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="54"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="55"/>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="57"/>
        <source>Ignore tones</source>
        <translation>Ignore tones</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="58"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="39"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="40"/>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="41"/>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="42"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="43"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="44"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="45"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="46"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="47"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="48"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="49"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="78"/>
        <source>Compare with current</source>
        <translation>Compare with current</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="80"/>
        <source>Restore this revision</source>
        <translation>Restore this revision</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="150"/>
        <source>The first revision.</source>
        <translation>The first revision.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="165"/>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="189"/>
        <source>Restored as a new revision.</source>
        <translation>Restored as a new revision.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="56"/>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="57"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="58"/>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="59"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="60"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="61"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="62"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="133"/>
        <source>Select a revision to see what changed.</source>
        <translation>Select a revision to see what changed.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="96"/>
        <source>Search articles…</source>
        <translation>Search articles…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="97"/>
        <source>Search articles</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="98"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="99"/>
        <source>Filter by section</source>
        <translation>Filter by section</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="100"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="101"/>
        <source>No article matches.</source>
        <translation>No article matches.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="107"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="110"/>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="142"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="117"/>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="118"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="120"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="121"/>
        <source>Export as &amp;HTML…</source>
        <translation>Export as &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="122"/>
        <source>Export as &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="123"/>
        <source>&amp;Delete article</source>
        <translation>&amp;Delete article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="124"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="126"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="127"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="128"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="129"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="130"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="131"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="132"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eplace…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="133"/>
        <source>Insert &amp;photo…</source>
        <translation>Insert &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="134"/>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="135"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="136"/>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Strikethrough</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="137"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="138"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraph</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="139"/>
        <source>Heading &amp;2</source>
        <translation>Heading &amp;2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="140"/>
        <source>Heading &amp;3</source>
        <translation>Heading &amp;3</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="141"/>
        <source>&amp;Quote</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="142"/>
        <source>B&amp;ulleted list</source>
        <translation>B&amp;ulleted list</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="143"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Numbered list</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="144"/>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="145"/>
        <source>&amp;Previews</source>
        <translation>&amp;Previews</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="146"/>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;About Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="154"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="155"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="91"/>
        <source>The library cannot be opened</source>
        <translation>The library cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="155"/>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="100"/>
        <source>Photo not added</source>
        <translation>Photo not added</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="170"/>
        <source>newsdesk</source>
        <translation>newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="180"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="186"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="187"/>
        <source>Previews</source>
        <translation>Previews</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="231"/>
        <source>Cannot open the article</source>
        <translation>Cannot open the article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="29"/>
        <source>Import an article</source>
        <translation>Import an article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="30"/>
        <source>Articles (*.md *.markdown *.newsdesk);;All files (*)</source>
        <translation>Articles (*.md *.markdown *.newsdesk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="39"/>
        <source>Imported with remarks</source>
        <translation>Imported with remarks</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="46"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="58"/>
        <source>The article was not saved</source>
        <translation>The article was not saved</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="66"/>
        <source>Delete article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="67"/>
        <source>Delete “%1” from the library? This cannot be undone.</source>
        <translation>Delete “%1” from the library? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="167"/>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="68"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="80"/>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="94"/>
        <source>Insert a photo</source>
        <translation>Insert a photo</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="95"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="129"/>
        <source>About Newsdesk</source>
        <translation>About Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="129"/>
        <source>Newsdesk %1 — write, preview and publish news articles.</source>
        <translation>Newsdesk %1 — write, preview and publish news articles.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="29"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="31"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="54"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="55"/>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="56"/>
        <source>P&amp;ublication</source>
        <translation>P&amp;ublication</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="57"/>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="58"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="59"/>
        <source>&amp;Font size</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="60"/>
        <source>&amp;Autosave after</source>
        <translation>&amp;Autosave after</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="120"/>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="120"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="121"/>
        <source>&amp;Font size</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="123"/>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="124"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="125"/>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="126"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="172"/>
        <source>Copyfit: %1 lines in %2 column(s) of %3 lines, %4 page(s)</source>
        <translation>Copyfit: %1 lines in %2 column(s) of %3 lines, %4 page(s)</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="78"/>
        <source>Save as SV&amp;G…</source>
        <translation>Save as SV&amp;G…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="79"/>
        <source>Save as P&amp;NG…</source>
        <translation>Save as P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="80"/>
        <source>QR code of the article URL</source>
        <translation>QR code of the article URL</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="90"/>
        <source>Type the article&apos;s URL to get its QR code.</source>
        <translation>Type the article&apos;s URL to get its QR code.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="100"/>
        <source>The QR code could not be made.</source>
        <translation>The QR code could not be made.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="132"/>
        <source>Save QR code as SVG</source>
        <translation>Save QR code as SVG</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="132"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="138"/>
        <source>Save QR code as PNG</source>
        <translation>Save QR code as PNG</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="138"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="147"/>
        <source>The QR code was not saved</source>
        <translation>The QR code was not saved</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="15"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="18"/>
        <source>Recover unsaved text</source>
        <translation>Recover unsaved text</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="19"/>
        <source>Newsdesk did not close properly last time. Unsaved text of “%1” was kept (%2). Restore it?</source>
        <translation>Newsdesk did not close properly last time. Unsaved text of “%1” was kept (%2). Restore it?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="25"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="26"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/review_panel.py" line="31"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/review_panel.py" line="32"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="105"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="106"/>
        <source>Web preview</source>
        <translation>Web preview</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="107"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="108"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="110"/>
        <source>Open an article to see it here.</source>
        <translation>Open an article to see it here.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="57"/>
        <source>Welcome to Newsdesk</source>
        <translation>Welcome to Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="59"/>
        <source>Write an article, see its printed page as you type, and export it for the web or the press.</source>
        <translation>Write an article, see its printed page as you type, and export it for the web or the press.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="61"/>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="62"/>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="63"/>
        <source>Open a sample article</source>
        <translation>Open a sample article</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="37"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="38"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="39"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="40"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="41"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="42"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/qt/status_bar.py" line="50"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/qt/status_bar.py" line="51"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/qt/status_bar.py" line="52"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/status_bar.py" line="62"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/status_bar.py" line="63"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/status_bar.py" line="64"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/status_bar.py" line="65"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>VersionChoiceDialog</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="51"/>
        <source>Two versions of this article</source>
        <translation>Two versions of this article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="54"/>
        <source>The article was changed here after the review bundle was made. The reviewer&apos;s version is kept as revision %1; nothing was overwritten. Deleted words are red and struck out, added words green.</source>
        <translation>The article was changed here after the review bundle was made. The reviewer&apos;s version is kept as revision %1; nothing was overwritten. Deleted words are red and struck out, added words green.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="60"/>
        <source>Someone else saved this article while you were editing it. Your text is kept as revision %1; nothing was lost. Deleted words are red and struck out, added words green.</source>
        <translation>Someone else saved this article while you were editing it. Your text is kept as revision %1; nothing was lost. Deleted words are red and struck out, added words green.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="69"/>
        <source>Keep the current version</source>
        <translation>Keep the current version</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="71"/>
        <source>Use the reviewer&apos;s version</source>
        <translation>Use the reviewer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="71"/>
        <source>Use my version</source>
        <translation>Use my version</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="110"/>
        <source>The two versions have the same text.</source>
        <translation>The two versions have the same text.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="129"/>
        <source>restored my version (revision %1) after a conflict</source>
        <translation>restored my version (revision %1) after a conflict</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../../src/newsdesk/qt/preview_web.py" line="104"/>
        <source>Web preview</source>
        <translation>Web preview</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="26"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="27"/>
        <source>Start review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="28"/>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="29"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="30"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="31"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="32"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="38"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="39"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="40"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="41"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="42"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="43"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="62"/>
        <source>Note for this step (optional)</source>
        <translation>Note for this step (optional)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="100"/>
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="102"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
</TS>
