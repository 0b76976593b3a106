<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleForm</name>
    <message>
        <source>The time of this computer (%1)</source>
        <translation>The time of this computer (%1)</translation>
    </message>
    <message>
        <source>The time zone the article gives (%1)</source>
        <translation>The time zone the article gives (%1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>&amp;Byline</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <source>Se&amp;ction</source>
        <translation>Se&amp;ction</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Published</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Re&amp;lated</source>
        <translation>Re&amp;lated</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Sapo: the lead paragraph, shown in bold</source>
        <translation>Sapo: the lead paragraph, shown in bold</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>comma, separated, keywords</source>
        <translation>comma, separated, keywords</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Article URL</source>
        <translation>Article URL</translation>
    </message>
    <message>
        <source>Set a publication time</source>
        <translation>Set a publication time</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Publication time</translation>
    </message>
    <message>
        <source>Not a web address: start with https://</source>
        <translation>Not a web address: start with https://</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>The address is too long.</translation>
    </message>
    <message>
        <source>The address contains a space: web addresses have none (write %20 where a space is meant).</source>
        <translation>The address contains a space: web addresses have none (write %20 where a space is meant).</translation>
    </message>
    <message>
        <source>Not a valid web address: check the part after https://</source>
        <translation>Not a valid web address: check the part after https://</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article body</source>
        <translation>Article body</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Article body</source>
        <translation>Article body</translation>
    </message>
    <message>
        <source>The text of the article, with headings, lists, quotes, links and photos</source>
        <translation>The text of the article, with headings, lists, quotes, links and photos</translation>
    </message>
    <message>
        <source>Write the article here…</source>
        <translation>Write the article here…</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Strikethrough</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Heading 3</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="vanished">Link</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation type="vanished">Address (https://…):</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Suggestions can be made in the text, not in code blocks or a photo&apos;s caption or credit. Turn off Suggest changes to edit here.</source>
        <translation>Suggestions can be made in the text, not in code blocks or a photo&apos;s caption or credit. Turn off Suggest changes to edit here.</translation>
    </message>
</context>
<context>
    <name>ChangesController</name>
    <message>
        <source>Suggest changes is on: what you type and delete becomes suggestions.</source>
        <translation type="vanished">Suggest changes is on: what you type and delete becomes suggestions.</translation>
    </message>
    <message>
        <source>Suggest changes is on: edits in the body become suggestions.</source>
        <translation>Suggest changes is on: edits in the body become suggestions.</translation>
    </message>
    <message>
        <source>Suggest changes is off.</source>
        <translation>Suggest changes is off.</translation>
    </message>
    <message>
        <source>Suggesting</source>
        <translation>Suggesting</translation>
    </message>
    <message>
        <source>Suggest changes is on: what you type and delete in the body becomes suggestions (Review ▸ Suggest changes, Ctrl+Shift+E, turns it off).</source>
        <translation>Suggest changes is on: what you type and delete in the body becomes suggestions (Review ▸ Suggest changes, Ctrl+Shift+E, turns it off).</translation>
    </message>
    <message>
        <source>Suggest mode tracks the body; this field is changed directly (its old value stays in History).</source>
        <translation>Suggest mode tracks the body; this field is changed directly (its old value stays in History).</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>headline</translation>
    </message>
    <message>
        <source>sapo</source>
        <translation>sapo</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>byline</translation>
    </message>
    <message>
        <source>Suggest mode tracks the body only: the %1 is changed directly.</source>
        <translation>Suggest mode tracks the body only: the %1 is changed directly.</translation>
    </message>
    <message>
        <source>That suggestion is no longer in the text.</source>
        <translation>That suggestion is no longer in the text.</translation>
    </message>
    <message>
        <source>No more suggestions after this point.</source>
        <translation>No more suggestions after this point.</translation>
    </message>
    <message>
        <source>No more suggestions before this point.</source>
        <translation>No more suggestions before this point.</translation>
    </message>
    <message>
        <source>The article already has pending suggestions. Accept or reject them (the Changes list) before comparing a revision as suggestions.</source>
        <translation>The article already has pending suggestions. Accept or reject them (the Changes list) before comparing a revision as suggestions.</translation>
    </message>
    <message>
        <source>Wait a moment: suggestions are being decided.</source>
        <translation>Wait a moment: suggestions are being decided.</translation>
    </message>
    <message>
        <source>Revision %1 has the same text as now: nothing to suggest.</source>
        <translation>Revision %1 has the same text as now: nothing to suggest.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) would bring back the text of revision %1: accept the ones you want back, reject the others.</source>
        <translation>
            <numerusform>%n suggestion would bring back the text of revision %1: accept it to have it back, or reject it.</numerusform>
            <numerusform>%n suggestions would bring back the text of revision %1: accept the ones you want back, reject the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the cursor in a suggestion first (Next change finds one).</source>
        <translation>Put the cursor in a suggestion first (Next change finds one).</translation>
    </message>
    <message>
        <source>No pending suggestions.</source>
        <translation>No pending suggestions.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) by %1.</source>
        <translation>
            <numerusform>Accepted %n suggestion by %1.</numerusform>
            <numerusform>Accepted %n suggestions by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s) by %1.</source>
        <translation>
            <numerusform>Rejected %n suggestion by %1.</numerusform>
            <numerusform>Rejected %n suggestions by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>Re&amp;ject all</source>
        <translation>Re&amp;ject all</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <source>Pending suggestions</source>
        <translation>Pending suggestions</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message>
        <source>No pending suggestions.</source>
        <translation>No pending suggestions.</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
</context>
<context>
    <name>CommentMenus</name>
    <message>
        <source>Comment…</source>
        <translation>Comment…</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>(passage deleted)</source>
        <translation>(passage deleted)</translation>
    </message>
    <message>
        <source>On the selected passage of the body</source>
        <translation>On the selected passage of the body</translation>
    </message>
    <message>
        <source>On the headline: “%1”</source>
        <translation>On the headline: “%1”</translation>
    </message>
    <message>
        <source>On the sapo: “%1”</source>
        <translation>On the sapo: “%1”</translation>
    </message>
    <message>
        <source>In the body: “%1”</source>
        <translation>In the body: “%1”</translation>
    </message>
    <message>
        <source>Nothing is selected: select the words to comment on in the headline, the sapo or the body.</source>
        <translation>Nothing is selected: select the words to comment on in the headline, the sapo or the body.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <source>Your comment on the selected passage</source>
        <translation>Your comment on the selected passage</translation>
    </message>
    <message>
        <source>Comment on selection</source>
        <translation>Comment on selection</translation>
    </message>
    <message>
        <source>Add the comment to the selected passage (Ctrl+Enter)</source>
        <translation>Add the comment to the selected passage (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected comment</source>
        <translation>Delete the selected comment</translation>
    </message>
    <message>
        <source>Your reply to the selected comment</source>
        <translation>Your reply to the selected comment</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Add your reply under the selected comment (Ctrl+Enter)</source>
        <translation>Add your reply under the selected comment (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(passage deleted)</source>
        <translation type="vanished">(passage deleted)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Back online — your changes conflict with a newer version</source>
        <translation>Back online — your changes conflict with a newer version</translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s) sent</source>
        <translation>
            <numerusform>%n other change sent</numerusform>
            <numerusform>%n other changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online — %n change(s) sent</source>
        <translation>
            <numerusform>Back online — %n change sent</numerusform>
            <numerusform>Back online — %n changes sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes kept on this computer</source>
        <translation>Offline — changes kept on this computer</translation>
    </message>
    <message>
        <source>The database server cannot be reached. The article stays editable: what you type is kept on this computer and sent, with its version check, as soon as the server answers again. Other articles, search and export need the server.</source>
        <translation>The database server cannot be reached. The article stays editable: what you type is kept on this computer and sent, with its version check, as soon as the server answers again. Other articles, search and export need the server.</translation>
    </message>
</context>
<context>
    <name>CopyfitLine</name>
    <message>
        <source>Copyfit: %1 over %2, %3 a column</source>
        <translation>Copyfit: %1 over %2, %3 a column</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletedBar</name>
    <message>
        <source>Deleted by %1 — your text is kept</source>
        <translation>Deleted by %1 — your text is kept</translation>
    </message>
    <message>
        <source>Deleted elsewhere — your text is kept</source>
        <translation>Deleted elsewhere — your text is kept</translation>
    </message>
    <message>
        <source>Save as new article</source>
        <translation>Save as new article</translation>
    </message>
    <message>
        <source>Store the text as it is here as a new article in the library</source>
        <translation>Store the text as it is here as a new article in the library</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the article: the text here is discarded</source>
        <translation>Close the article: the text here is discarded</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Link</source>
        <translation type="vanished">Link</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation type="vanished">Web address:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The article needs a headline before it can be saved.</source>
        <translation>The article needs a headline before it can be saved.</translation>
    </message>
    <message>
        <source>The headline is too long: shorten it.</source>
        <translation>The headline is too long: shorten it.</translation>
    </message>
    <message>
        <source>The language code is not valid (use vi or en, for example).</source>
        <translation>The language code is not valid (use vi or en, for example).</translation>
    </message>
    <message>
        <source>The publication time needs a valid time zone.</source>
        <translation>The publication time needs a valid time zone.</translation>
    </message>
    <message>
        <source>The publication time is not a valid date and time.</source>
        <translation>The publication time is not a valid date and time.</translation>
    </message>
    <message>
        <source>The URL is too long.</source>
        <translation>The URL is too long.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>The URL must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The URL is not a valid web address.</source>
        <translation>The URL is not a valid web address.</translation>
    </message>
    <message>
        <source>The article is not valid yet: check its fields.</source>
        <translation>The article is not valid yet: check its fields.</translation>
    </message>
    <message>
        <source>An article lists at most 20 related stories: remove some.</source>
        <translation>An article lists at most 20 related stories: remove some.</translation>
    </message>
    <message>
        <source>A related story names an article id that is not valid.</source>
        <translation>A related story names an article id that is not valid.</translation>
    </message>
    <message>
        <source>A related story needs a library article or a web address.</source>
        <translation>A related story needs a library article or a web address.</translation>
    </message>
    <message>
        <source>The address of a related story is not a valid web address.</source>
        <translation>The address of a related story is not a valid web address.</translation>
    </message>
    <message>
        <source>A related link needs a headline.</source>
        <translation>A related link needs a headline.</translation>
    </message>
    <message>
        <source>The headline of a related story is too long: shorten it.</source>
        <translation>The headline of a related story is too long: shorten it.</translation>
    </message>
    <message>
        <source>A field of the article file has the wrong kind of value.</source>
        <translation>A field of the article file has the wrong kind of value.</translation>
    </message>
    <message>
        <source>The link address is not valid.</source>
        <translation>The link address is not valid.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and the free space.</source>
        <translation>The file could not be written. Check the folder and the free space.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is still there and that you may read it.</source>
        <translation>The file could not be read. Check that it is still there and that you may read it.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>The file was not found.</translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation>That is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>The file is not UTF-8 text. Save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>This file is not a photo newsdesk can use (JPEG, PNG, WebP, GIF or TIFF).</source>
        <translation>This file is not a photo newsdesk can use (JPEG, PNG, WebP, GIF or TIFF).</translation>
    </message>
    <message>
        <source>The photo cannot be read.</source>
        <translation>The photo cannot be read.</translation>
    </message>
    <message>
        <source>The photo file is incomplete. Copy it again from the camera or from the sender.</source>
        <translation>The photo file is incomplete. Copy it again from the camera or from the sender.</translation>
    </message>
    <message>
        <source>The photo is too large to open safely. Use a smaller copy.</source>
        <translation>The photo is too large to open safely. Use a smaller copy.</translation>
    </message>
    <message>
        <source>The photo is too large. Use a smaller copy.</source>
        <translation>The photo is too large. Use a smaller copy.</translation>
    </message>
    <message>
        <source>This kind of image is not supported. Use JPEG, PNG, WebP, GIF or TIFF.</source>
        <translation>This kind of image is not supported. Use JPEG, PNG, WebP, GIF or TIFF.</translation>
    </message>
    <message>
        <source>The photo is not in the library.</source>
        <translation>The photo is not in the library.</translation>
    </message>
    <message>
        <source>The photo file is empty.</source>
        <translation>The photo file is empty.</translation>
    </message>
    <message>
        <source>The photo options are not valid.</source>
        <translation>The photo options are not valid.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <source>That place cannot take the export. Choose another file or folder.</source>
        <translation>That place cannot take the export. Choose another file or folder.</translation>
    </message>
    <message>
        <source>This export format is not known.</source>
        <translation>This export format is not known.</translation>
    </message>
    <message>
        <source>No article has that status or section. Check the spelling, or list them first.</source>
        <translation>No article has that status or section. Check the spelling, or list them first.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The exported file could not be written. Check the folder and the free space.</source>
        <translation>The exported file could not be written. Check the folder and the free space.</translation>
    </message>
    <message>
        <source>Save the article before exporting it.</source>
        <translation>Save the article before exporting it.</translation>
    </message>
    <message>
        <source>A file with that name is already there. Choose another name or replace it.</source>
        <translation>A file with that name is already there. Choose another name or replace it.</translation>
    </message>
    <message>
        <source>No QR code can be made for this address.</source>
        <translation>No QR code can be made for this address.</translation>
    </message>
    <message>
        <source>A QR code needs a web address starting with https://.</source>
        <translation>A QR code needs a web address starting with https://.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code.</source>
        <translation>The address is too long for a QR code.</translation>
    </message>
    <message>
        <source>Type the article&apos;s URL to make its QR code.</source>
        <translation>Type the article&apos;s URL to make its QR code.</translation>
    </message>
    <message>
        <source>The QR code could not be saved there. Choose another file.</source>
        <translation>The QR code could not be saved there. Choose another file.</translation>
    </message>
    <message>
        <source>The QR code options are not valid.</source>
        <translation>The QR code options are not valid.</translation>
    </message>
    <message>
        <source>The library could not be used.</source>
        <translation>The library could not be used.</translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be written. Check its permissions or choose another data folder.</source>
        <translation>The library&apos;s folder cannot be written. Check its permissions or choose another data folder.</translation>
    </message>
    <message>
        <source>The library is read-only here: it can be read and exported, not changed. Ask for write access or copy the data folder to a writable place.</source>
        <translation>The library is read-only here: it can be read and exported, not changed. Ask for write access or copy the data folder to a writable place.</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>The database address is not valid.</translation>
    </message>
    <message>
        <source>The database did not answer in time. Check the network and try again.</source>
        <translation>The database did not answer in time. Check the network and try again.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: it is stopped, or the network is down. Try again once it answers.</source>
        <translation>The database server cannot be reached: it is stopped, or the network is down. Try again once it answers.</translation>
    </message>
    <message>
        <source>The database could not be reached. Check the connection and try again.</source>
        <translation>The database could not be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <source>This file is not a newsdesk library.</source>
        <translation>This file is not a newsdesk library.</translation>
    </message>
    <message>
        <source>The library was made by a newer newsdesk. Update newsdesk to open it.</source>
        <translation>The library was made by a newer newsdesk. Update newsdesk to open it.</translation>
    </message>
    <message>
        <source>The library could not be brought up to this version of newsdesk.</source>
        <translation>The library could not be brought up to this version of newsdesk.</translation>
    </message>
    <message>
        <source>The library is busy: another program is writing to it. Try again in a moment.</source>
        <translation>The library is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>This database belongs to another program; newsdesk leaves it unchanged.</source>
        <translation>This database belongs to another program; newsdesk leaves it unchanged.</translation>
    </message>
    <message>
        <source>This kind of database is not supported (use SQLite or PostgreSQL).</source>
        <translation>This kind of database is not supported (use SQLite or PostgreSQL).</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then save again.</source>
        <translation>The disk is full: free some space, then save again.</translation>
    </message>
    <message>
        <source>The library file is damaged. Keep a copy of it; the log file says how to recover it.</source>
        <translation>The library file is damaged. Keep a copy of it; the log file says how to recover it.</translation>
    </message>
    <message>
        <source>The command was not understood.</source>
        <translation>The command was not understood.</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>The article could not be printed.</translation>
    </message>
    <message>
        <source>The page setup is not valid.</source>
        <translation>The page setup is not valid.</translation>
    </message>
    <message>
        <source>There is nothing to print yet.</source>
        <translation>There is nothing to print yet.</translation>
    </message>
    <message>
        <source>Too many columns for this paper: use fewer columns or a larger paper.</source>
        <translation>Too many columns for this paper: use fewer columns or a larger paper.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Printing took too long and was stopped. Try again.</source>
        <translation>Printing took too long and was stopped. Try again.</translation>
    </message>
    <message>
        <source>The print page could not be laid out. Try again; if it fails again, report it with the article.</source>
        <translation>The print page could not be laid out. Try again; if it fails again, report it with the article.</translation>
    </message>
    <message>
        <source>Printing could not start.</source>
        <translation>Printing could not start.</translation>
    </message>
    <message>
        <source>This paper size is not known.</source>
        <translation>This paper size is not known.</translation>
    </message>
    <message>
        <source>The page orientation must be portrait or landscape.</source>
        <translation>The page orientation must be portrait or landscape.</translation>
    </message>
    <message>
        <source>Margins must be between 5 and 60 mm.</source>
        <translation>Margins must be between 5 and 60 mm.</translation>
    </message>
    <message>
        <source>The print layout could not be loaded.</source>
        <translation>The print layout could not be loaded.</translation>
    </message>
    <message>
        <source>The font size is out of range.</source>
        <translation>The font size is out of range.</translation>
    </message>
    <message>
        <source>The document to print could not be made.</source>
        <translation>The document to print could not be made.</translation>
    </message>
    <message>
        <source>The article has pending suggestions (track changes). Accept or reject them first (newsdesk changes, accept, reject); until then it can only be exported as Markdown or as a review bundle.</source>
        <translation>The article has pending suggestions (track changes). Accept or reject them first (newsdesk changes, accept, reject); until then it can only be exported as Markdown or as a review bundle.</translation>
    </message>
    <message>
        <source>There is no such pending suggestion in this article.</source>
        <translation>There is no such pending suggestion in this article.</translation>
    </message>
    <message>
        <source>The article has no pending suggestion.</source>
        <translation>The article has no pending suggestion.</translation>
    </message>
    <message>
        <source>A suggestion stays within one paragraph.</source>
        <translation>A suggestion stays within one paragraph.</translation>
    </message>
    <message>
        <source>These words are already part of a suggestion.</source>
        <translation>These words are already part of a suggestion.</translation>
    </message>
    <message>
        <source>There is nothing to suggest.</source>
        <translation>There is nothing to suggest.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s text cannot be shown as suggestions; import the bundle as usual and compare the versions.</source>
        <translation>The reviewer&apos;s text cannot be shown as suggestions; import the bundle as usual and compare the versions.</translation>
    </message>
    <message>
        <source>The article already has pending suggestions. Accept or reject them (the Changes list) before comparing a revision as suggestions.</source>
        <translation>The article already has pending suggestions. Accept or reject them (the Changes list) before comparing a revision as suggestions.</translation>
    </message>
    <message>
        <source>This revision&apos;s text cannot be shown as suggestions (it holds text that reads as CriticMarkup, or line breaks inside a changed paragraph). Compare it in the History list and restore it instead.</source>
        <translation>This revision&apos;s text cannot be shown as suggestions (it holds text that reads as CriticMarkup, or line breaks inside a changed paragraph). Compare it in the History list and restore it instead.</translation>
    </message>
    <message>
        <source>The bundle&apos;s article is not in this library, so there is nothing to suggest changes to.</source>
        <translation>The bundle&apos;s article is not in this library, so there is nothing to suggest changes to.</translation>
    </message>
    <message>
        <source>The PDF could not be written. Check the folder and the free space.</source>
        <translation>The PDF could not be written. Check the folder and the free space.</translation>
    </message>
    <message>
        <source>The disk is full: the PDF could not be written. Free some space or choose another folder.</source>
        <translation>The disk is full: the PDF could not be written. Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>Another print is running: wait for it to finish.</source>
        <translation>Another print is running: wait for it to finish.</translation>
    </message>
    <message>
        <source>The article file could not be read.</source>
        <translation>The article file could not be read.</translation>
    </message>
    <message>
        <source>The article file&apos;s header (front matter) is not valid YAML.</source>
        <translation>The article file&apos;s header (front matter) is not valid YAML.</translation>
    </message>
    <message>
        <source>The article file&apos;s header is not closed by a line ---.</source>
        <translation>The article file&apos;s header is not closed by a line ---.</translation>
    </message>
    <message>
        <source>The article file&apos;s header is nested too deeply.</source>
        <translation>The article file&apos;s header is nested too deeply.</translation>
    </message>
    <message>
        <source>The article file&apos;s header must list its fields as name: value.</source>
        <translation>The article file&apos;s header must list its fields as name: value.</translation>
    </message>
    <message>
        <source>The file has no article header (front matter between two lines ---).</source>
        <translation>The file has no article header (front matter between two lines ---).</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported. Use a Markdown article (.md), a Word document (.docx) or a review bundle (.newsdesk).</source>
        <translation>This kind of file cannot be imported. Use a Markdown article (.md), a Word document (.docx) or a review bundle (.newsdesk).</translation>
    </message>
    <message>
        <source>The review bundle is damaged or is not a newsdesk bundle.</source>
        <translation>The review bundle is damaged or is not a newsdesk bundle.</translation>
    </message>
    <message>
        <source>The comments in the review bundle are damaged.</source>
        <translation>The comments in the review bundle are damaged.</translation>
    </message>
    <message>
        <source>The history in the review bundle is damaged.</source>
        <translation>The history in the review bundle is damaged.</translation>
    </message>
    <message>
        <source>The review bundle&apos;s description (manifest) is damaged.</source>
        <translation>The review bundle&apos;s description (manifest) is damaged.</translation>
    </message>
    <message>
        <source>A part of the review bundle is not valid JSON.</source>
        <translation>A part of the review bundle is not valid JSON.</translation>
    </message>
    <message>
        <source>The review bundle is too large to open safely.</source>
        <translation>The review bundle is too large to open safely.</translation>
    </message>
    <message>
        <source>A file in the review bundle is too large to open safely.</source>
        <translation>A file in the review bundle is too large to open safely.</translation>
    </message>
    <message>
        <source>The review bundle expands too much to open safely.</source>
        <translation>The review bundle expands too much to open safely.</translation>
    </message>
    <message>
        <source>The review bundle holds too many files to open safely.</source>
        <translation>The review bundle holds too many files to open safely.</translation>
    </message>
    <message>
        <source>The review bundle is incomplete. Ask the sender for it again.</source>
        <translation>The review bundle is incomplete. Ask the sender for it again.</translation>
    </message>
    <message>
        <source>A part of the review bundle is missing. Ask the sender for it again.</source>
        <translation>A part of the review bundle is missing. Ask the sender for it again.</translation>
    </message>
    <message>
        <source>The review bundle is damaged. Ask the sender for it again.</source>
        <translation>The review bundle is damaged. Ask the sender for it again.</translation>
    </message>
    <message>
        <source>This file is not a review bundle (not a readable zip file).</source>
        <translation>This file is not a review bundle (not a readable zip file).</translation>
    </message>
    <message>
        <source>Choose which version to keep.</source>
        <translation>Choose which version to keep.</translation>
    </message>
    <message>
        <source>The review bundle was made by a newer newsdesk. Update newsdesk to open it.</source>
        <translation>The review bundle was made by a newer newsdesk. Update newsdesk to open it.</translation>
    </message>
    <message>
        <source>The review bundle holds an unsafe file name and was refused.</source>
        <translation>The review bundle holds an unsafe file name and was refused.</translation>
    </message>
    <message>
        <source>The review bundle holds a link to another file and was refused.</source>
        <translation>The review bundle holds a link to another file and was refused.</translation>
    </message>
    <message>
        <source>The review bundle is encrypted: newsdesk cannot open it.</source>
        <translation>The review bundle is encrypted: newsdesk cannot open it.</translation>
    </message>
    <message>
        <source>The review bundle holds text that is not UTF-8.</source>
        <translation>The review bundle holds text that is not UTF-8.</translation>
    </message>
    <message>
        <source>The review bundle holds the same file twice and was refused.</source>
        <translation>The review bundle holds the same file twice and was refused.</translation>
    </message>
    <message>
        <source>The review bundle holds more comments than newsdesk accepts and was refused.</source>
        <translation>The review bundle holds more comments than newsdesk accepts and was refused.</translation>
    </message>
    <message>
        <source>The Word document cannot be imported.</source>
        <translation>The Word document cannot be imported.</translation>
    </message>
    <message>
        <source>The Word document was not found.</source>
        <translation>The Word document was not found.</translation>
    </message>
    <message>
        <source>The Word document could not be read. Check that it is still there and that you may read it.</source>
        <translation>The Word document could not be read. Check that it is still there and that you may read it.</translation>
    </message>
    <message>
        <source>This file is not a Word document (.docx), or it is damaged. If Word or LibreOffice opens it, save it there as Word Document (.docx) and import it again.</source>
        <translation>This file is not a Word document (.docx), or it is damaged. If Word or LibreOffice opens it, save it there as Word Document (.docx) and import it again.</translation>
    </message>
    <message>
        <source>This file is a zip archive but not a Word document (.docx). Choose the .docx file saved from Word.</source>
        <translation>This file is a zip archive but not a Word document (.docx). Choose the .docx file saved from Word.</translation>
    </message>
    <message>
        <source>This is an old Word 97–2003 document. Open it in Word, save it as Word Document (.docx) and import it again.</source>
        <translation>This is an old Word 97–2003 document. Open it in Word, save it as Word Document (.docx) and import it again.</translation>
    </message>
    <message>
        <source>The Word document is protected by a password. Save it without a password and import it again.</source>
        <translation>The Word document is protected by a password. Save it without a password and import it again.</translation>
    </message>
    <message>
        <source>The Word document is too large to open safely.</source>
        <translation>The Word document is too large to open safely.</translation>
    </message>
    <message>
        <source>A part of the Word document is too large to open safely.</source>
        <translation>A part of the Word document is too large to open safely.</translation>
    </message>
    <message>
        <source>The Word document expands too much to open safely and was refused.</source>
        <translation>The Word document expands too much to open safely and was refused.</translation>
    </message>
    <message>
        <source>The Word document holds too many parts to open safely.</source>
        <translation>The Word document holds too many parts to open safely.</translation>
    </message>
    <message>
        <source>The Word document holds an unsafe file name and was refused.</source>
        <translation>The Word document holds an unsafe file name and was refused.</translation>
    </message>
    <message>
        <source>The Word document holds a link to another file and was refused.</source>
        <translation>The Word document holds a link to another file and was refused.</translation>
    </message>
    <message>
        <source>The Word document holds the same part twice and was refused.</source>
        <translation>The Word document holds the same part twice and was refused.</translation>
    </message>
    <message>
        <source>The Word document is damaged. Open it in Word, save it again and import it again.</source>
        <translation>The Word document is damaged. Open it in Word, save it again and import it again.</translation>
    </message>
    <message>
        <source>The Word document holds XML that Word never writes and was refused.</source>
        <translation>The Word document holds XML that Word never writes and was refused.</translation>
    </message>
    <message>
        <source>A stored revision is damaged.</source>
        <translation>A stored revision is damaged.</translation>
    </message>
    <message>
        <source>A stored revision has a damaged date.</source>
        <translation>A stored revision has a damaged date.</translation>
    </message>
    <message>
        <source>That is not an article id.</source>
        <translation>That is not an article id.</translation>
    </message>
    <message>
        <source>Several articles match: give more of the id.</source>
        <translation>Several articles match: give more of the id.</translation>
    </message>
    <message>
        <source>The commented passage is no longer in the text.</source>
        <translation>The commented passage is no longer in the text.</translation>
    </message>
    <message>
        <source>That comment no longer exists.</source>
        <translation>That comment no longer exists.</translation>
    </message>
    <message>
        <source>Comments can be made on the headline, the sapo or the body only.</source>
        <translation>Comments can be made on the headline, the sapo or the body only.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Write the comment first.</translation>
    </message>
    <message>
        <source>This workflow step is not known.</source>
        <translation>This workflow step is not known.</translation>
    </message>
    <message>
        <source>This status is not known.</source>
        <translation>This status is not known.</translation>
    </message>
    <message>
        <source>This step is not possible from the article&apos;s status.</source>
        <translation>This step is not possible from the article&apos;s status.</translation>
    </message>
    <message>
        <source>That is not a revision number.</source>
        <translation>That is not a revision number.</translation>
    </message>
    <message>
        <source>That revision does not exist.</source>
        <translation>That revision does not exist.</translation>
    </message>
    <message>
        <source>Someone else saved this article meanwhile. Reload it, then redo your last change.</source>
        <translation>Someone else saved this article meanwhile. Reload it, then redo your last change.</translation>
    </message>
    <message>
        <source>The article has pending suggestions (%1): it can be approved or published once each is accepted or rejected (Review ▸ Accept change or Reject change, or all of them, or the Changes list in the Review tab).</source>
        <translation>The article has pending suggestions (%1): it can be approved or published once each is accepted or rejected (Review ▸ Accept change or Reject change, or all of them, or the Changes list in the Review tab).</translation>
    </message>
    <message>
        <source>The article has pending suggestions (%1). Accept or reject them first: Review ▸ Accept change or Reject change (or all of them), or the Changes list in the Review tab. Until then it can only be exported as Markdown, as a review bundle, or as a PDF proof with the changes marked.</source>
        <translation>The article has pending suggestions (%1). Accept or reject them first: Review ▸ Accept change or Reject change (or all of them), or the Changes list in the Review tab. Until then it can only be exported as Markdown, as a review bundle, or as a PDF proof with the changes marked.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>That article is no longer in the library.</translation>
    </message>
    <message>
        <source>The disk is full: the file could not be written. Free some space or choose another folder.</source>
        <translation>The disk is full: the file could not be written. Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>The file could not be written or read</source>
        <translation>The file could not be written or read</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Something went wrong. The details were written to the log file.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your text is autosaved; the details were written to the log file.</source>
        <translation>Something unexpected went wrong. Your text is autosaved; the details were written to the log file.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export article</source>
        <translation>Export article</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Show in folder</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Include co&amp;mments</source>
        <translation>Include co&amp;mments</translation>
    </message>
    <message>
        <source>Print a proof for marking up on paper: each commented passage numbered in the text and the open comments listed as notes after the article</source>
        <translation>Print a proof for marking up on paper: each commented passage numbered in the text and the open comments listed as notes after the article</translation>
    </message>
    <message>
        <source>Print changes mar&amp;ked (proof)</source>
        <translation>Print changes mar&amp;ked (proof)</translation>
    </message>
    <message>
        <source>Print the pending suggestions marked for reading on paper: inserted text underlined, deleted text struck through, each with its author&apos;s initials, and the authors listed after the article. Offered while the article has pending suggestions; accept or reject them to print the page itself.</source>
        <translation>Print the pending suggestions marked for reading on paper: inserted text underlined, deleted text struck through, each with its author&apos;s initials, and the authors listed after the article. Offered while the article has pending suggestions; accept or reject them to print the page itself.</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <source>Print (PDF)</source>
        <translation>Print (PDF)</translation>
    </message>
    <message>
        <source>Markdown with photos</source>
        <translation>Markdown with photos</translation>
    </message>
    <message>
        <source>Folder for the CMS</source>
        <translation>Folder for the CMS</translation>
    </message>
    <message>
        <source>InDesign story (ICML), photos beside it</source>
        <translation>InDesign story (ICML), photos beside it</translation>
    </message>
    <message>
        <source>News agency (NewsML-G2), photos beside it</source>
        <translation>News agency (NewsML-G2), photos beside it</translation>
    </message>
    <message>
        <source>Bundle for offline review (.newsdesk)</source>
        <translation>Bundle for offline review (.newsdesk)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown document (*.md)</source>
        <translation>Markdown document (*.md)</translation>
    </message>
    <message>
        <source>InCopy story (*.icml)</source>
        <translation>InCopy story (*.icml)</translation>
    </message>
    <message>
        <source>NewsML-G2 document (*.xml)</source>
        <translation>NewsML-G2 document (*.xml)</translation>
    </message>
    <message>
        <source>Newsdesk review bundle (*.newsdesk)</source>
        <translation>Newsdesk review bundle (*.newsdesk)</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>landscape</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message numerus="yes">
        <source>Page: %1 %2, %n column(s), %3 pt (as in the print preview)</source>
        <translation>
            <numerusform>Page: %1 %2, %n column, %3 pt (as in the print preview)</numerusform>
            <numerusform>Page: %1 %2, %n columns, %3 pt (as in the print preview)</numerusform>
        </translation>
    </message>
    <message>
        <source>The page is set in the print preview (or in Preferences).</source>
        <translation>The page is set in the print preview (or in Preferences).</translation>
    </message>
    <message>
        <source>Or tick “Print changes marked (proof)” to print them marked.</source>
        <translation>Or tick “Print changes marked (proof)” to print them marked.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>To print them marked for reading on paper, export a proof with the changes marked.</source>
        <translation>To print them marked for reading on paper, export a proof with the changes marked.</translation>
    </message>
    <message>
        <source>Export a &amp;proof…</source>
        <translation>Export a &amp;proof…</translation>
    </message>
    <message>
        <source>Export into a folder</source>
        <translation>Export into a folder</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Create the folder?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it and export there?</source>
        <translation>The folder %1 does not exist. Create it and export there?</translation>
    </message>
    <message>
        <source>Not exported: the folder %1 does not exist.</source>
        <translation>Not exported: the folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Choose where to export.</source>
        <translation>Choose where to export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Ignore tones</source>
        <translation>Ignore tones</translation>
    </message>
    <message>
        <source>Marks left out of the search are ignored, marks typed must be there: “ha noi” finds “Hà Nội”, “đươc” finds “được”</source>
        <translation>Marks left out of the search are ignored, marks typed must be there: “ha noi” finds “Hà Nội”, “đươc” finds “được”</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Related stories</source>
        <translation>Related stories</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>autosaved</source>
        <translation>autosaved</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>suggestions</translation>
    </message>
    <message>
        <source>from review bundle %1</source>
        <translation>from review bundle %1</translation>
    </message>
    <message>
        <source>merged the reviewer&apos;s changes from %1 (%2 places changed on both sides kept as here)</source>
        <translation>merged the reviewer&apos;s changes from %1 (%2 places changed on both sides kept as here)</translation>
    </message>
    <message>
        <source>merged the reviewer&apos;s changes from %1</source>
        <translation>merged the reviewer&apos;s changes from %1</translation>
    </message>
    <message>
        <source>restored revision %1</source>
        <translation>restored revision %1</translation>
    </message>
    <message>
        <source>kept: saved over an outdated version</source>
        <translation>kept: saved over an outdated version</translation>
    </message>
    <message>
        <source>chose the reviewer&apos;s version (revision %1)</source>
        <translation>chose the reviewer&apos;s version (revision %1)</translation>
    </message>
    <message>
        <source>took the reviewer&apos;s text in %1 of %2 places changed on both sides (revision %3)</source>
        <translation>took the reviewer&apos;s text in %1 of %2 places changed on both sides (revision %3)</translation>
    </message>
    <message>
        <source>%1 (note: %2)</source>
        <translation>%1 (note: %2)</translation>
    </message>
    <message>
        <source>[Photo]</source>
        <translation>[Photo]</translation>
    </message>
    <message>
        <source>Compare with current</source>
        <translation>Compare with current</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restore this revision</translation>
    </message>
    <message>
        <source>Compare as suggestions</source>
        <translation>Compare as suggestions</translation>
    </message>
    <message>
        <source>Show in the text, as suggestions, the changes that would bring it back to this revision: accept the ones you want back, reject the others.</source>
        <translation>Show in the text, as suggestions, the changes that would bring it back to this revision: accept the ones you want back, reject the others.</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Previous change</translation>
    </message>
    <message>
        <source>Previous change (Shift+F8)</source>
        <translation>Previous change (Shift+F8)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Next change</translation>
    </message>
    <message>
        <source>Next change (F8)</source>
        <translation>Next change (F8)</translation>
    </message>
    <message>
        <source>Larger view…</source>
        <translation>Larger view…</translation>
    </message>
    <message>
        <source>The reviewer&apos;s changes, compared with revision %1, the one they were made on.</source>
        <translation>The reviewer&apos;s changes, compared with revision %1, the one they were made on.</translation>
    </message>
    <message>
        <source>The first revision.</source>
        <translation>The first revision.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Restored as a new revision.</source>
        <translation>Restored as a new revision.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>Select a revision to see what changed.</source>
        <translation>Select a revision to see what changed.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search articles…</source>
        <translation>Search articles…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>Filter by section</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>No article matches.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>LibraryPickDialog</name>
    <message>
        <source>Add related stories from the library</source>
        <translation>Add related stories from the library</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Library articles</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>No article matches.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>The words to click; the address if empty</source>
        <translation>The words to click; the address if empty</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Link text</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Optional: shown when the pointer rests on it</source>
        <translation>Optional: shown when the pointer rests on it</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Remove link</translation>
    </message>
    <message>
        <source>Type the web address the text should link to, e.g. https://vnexpress.net/…</source>
        <translation>Type the web address the text should link to, e.g. https://vnexpress.net/…</translation>
    </message>
    <message>
        <source>Links to “%1:” addresses are not allowed: use an address starting with https://, http:// or mailto:.</source>
        <translation>Links to “%1:” addresses are not allowed: use an address starting with https://, http:// or mailto:.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it must not contain spaces.</source>
        <translation>“%1” is not a web address: it must not contain spaces.</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>You took over editing at %1; the others were told</source>
        <translation>You took over editing at %1; the others were told</translation>
    </message>
    <message>
        <source>Updated to the version saved elsewhere.</source>
        <translation>Updated to the version saved elsewhere.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>{who} kept their version; yours is in History as r{n}.</source>
        <translation>{who} kept their version; yours is in History as r{n}.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Export as &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close article</source>
        <translation>&amp;Close article</translation>
    </message>
    <message>
        <source>&amp;Delete article</source>
        <translation>&amp;Delete article</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eplace…</translation>
    </message>
    <message>
        <source>Insert &amp;photo…</source>
        <translation>Insert &amp;photo…</translation>
    </message>
    <message>
        <source>New co&amp;mment on selection</source>
        <translation>New co&amp;mment on selection</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Strikethrough</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraph</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Heading &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Heading &amp;3</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>B&amp;ulleted list</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>&amp;Numbered list</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Previews</source>
        <translation>&amp;Previews</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;About Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Suggest changes</source>
        <translation>&amp;Suggest changes</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>&amp;Next change</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>&amp;Previous change</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation>&amp;Accept change</translation>
    </message>
    <message>
        <source>&amp;Reject change</source>
        <translation>&amp;Reject change</translation>
    </message>
    <message>
        <source>Accept a&amp;ll changes</source>
        <translation>Accept a&amp;ll changes</translation>
    </message>
    <message>
        <source>Reject all c&amp;hanges</source>
        <translation>Reject all c&amp;hanges</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Rev&amp;iew</source>
        <translation>Rev&amp;iew</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>The library cannot be opened</translation>
    </message>
    <message>
        <source>QR code saved to %1</source>
        <translation>QR code saved to %1</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>Photo not added</translation>
    </message>
    <message>
        <source>newsdesk</source>
        <translation type="vanished">newsdesk</translation>
    </message>
    <message>
        <source>Read-only library</source>
        <translation>Read-only library</translation>
    </message>
    <message>
        <source>This library is read-only here: articles can be read, previewed and exported, not changed. To edit, copy the data folder to a place you may write, or ask for write access.</source>
        <translation>This library is read-only here: articles can be read, previewed and exported, not changed. To edit, copy the data folder to a place you may write, or ask for write access.</translation>
    </message>
    <message>
        <source>The text not yet stored in the library is kept on this computer. It will be sent when newsdesk starts again and the server answers.</source>
        <translation>The text not yet stored in the library is kept on this computer. It will be sent when newsdesk starts again and the server answers.</translation>
    </message>
    <message>
        <source>Word not added</source>
        <translation>Word not added</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Previews</translation>
    </message>
    <message>
        <source>No new article</source>
        <translation>No new article</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Cannot open the article</translation>
    </message>
    <message>
        <source>“%1” not saved yet: its text is kept, and saved as soon as it can be.</source>
        <translation>“%1” not saved yet: its text is kept, and saved as soon as it can be.</translation>
    </message>
    <message>
        <source>Photo “%1” added at the end of “%2”: that article was closed before the photo was stored.</source>
        <translation>Photo “%1” added at the end of “%2”: that article was closed before the photo was stored.</translation>
    </message>
    <message>
        <source>Save the article before commenting on it.</source>
        <translation>Save the article before commenting on it.</translation>
    </message>
    <message>
        <source>Server unreachable — search needs the server</source>
        <translation>Server unreachable — search needs the server</translation>
    </message>
    <message>
        <source>Server unreachable — the list needs the server</source>
        <translation>Server unreachable — the list needs the server</translation>
    </message>
    <message>
        <source>Offline: the list and search need the server.</source>
        <translation type="vanished">Offline: the list and search need the server.</translation>
    </message>
    <message>
        <source>The list cannot be shown: %1</source>
        <translation>The list cannot be shown: %1</translation>
    </message>
    <message>
        <source>Import an article</source>
        <translation>Import an article</translation>
    </message>
    <message>
        <source>Articles and Word drafts (*.md *.markdown *.newsdesk *.docx);;Word documents (*.docx);;All files (*)</source>
        <translation>Articles and Word drafts (*.md *.markdown *.newsdesk *.docx);;Word documents (*.docx);;All files (*)</translation>
    </message>
    <message>
        <source>%1 edited “%2” without suggestions.</source>
        <translation>%1 edited “%2” without suggestions.</translation>
    </message>
    <message>
        <source>Show their edits as suggestions in the text, to accept or reject each one (accepting all gives their text, rejecting all keeps yours), or apply all their edits now?</source>
        <translation>Show their edits as suggestions in the text, to accept or reject each one (accepting all gives their text, rejecting all keeps yours), or apply all their edits now?</translation>
    </message>
    <message>
        <source>Reviewed copy</source>
        <translation>Reviewed copy</translation>
    </message>
    <message>
        <source>Show their edits as &amp;suggestions</source>
        <translation>Show their edits as &amp;suggestions</translation>
    </message>
    <message>
        <source>&amp;Apply their edits</source>
        <translation>&amp;Apply their edits</translation>
    </message>
    <message>
        <source>Suggestions by %1: %2. Accept or reject them in the Changes list.</source>
        <translation>Suggestions by %1: %2. Accept or reject them in the Changes list.</translation>
    </message>
    <message>
        <source>Their text is the same as this one: no suggestions.</source>
        <translation>Their text is the same as this one: no suggestions.</translation>
    </message>
    <message>
        <source>Imported with remarks</source>
        <translation>Imported with remarks</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>The article was not saved</source>
        <translation>The article was not saved</translation>
    </message>
    <message>
        <source>Offline: saved as soon as the server answers.</source>
        <translation>Offline: saved as soon as the server answers.</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? It goes from the list for everyone and cannot be opened again; its history stays in the database.</source>
        <translation>Delete “%1” from the library? It goes from the list for everyone and cannot be opened again; its history stays in the database.</translation>
    </message>
    <message>
        <source>%1 is editing it.</source>
        <translation>%1 is editing it.</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? This cannot be undone.</source>
        <translation type="vanished">Delete “%1” from the library? This cannot be undone.</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>The waiting changes were not sent</source>
        <translation>The waiting changes were not sent</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Saved as a new article, as a draft.</source>
        <translation>Saved as a new article, as a draft.</translation>
    </message>
    <message>
        <source>Its comments (%n) stayed with the deleted article.</source>
        <translation>Its comments (%n) stayed with the deleted article.</translation>
    </message>
    <message>
        <source>Insert a photo</source>
        <translation>Insert a photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation type="vanished">Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>About Newsdesk</translation>
    </message>
    <message>
        <source>Newsdesk %1 — write, preview and publish news articles.</source>
        <translation>Newsdesk %1 — write, preview and publish news articles.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>%1 (from bundle)</source>
        <translation>%1 (from bundle)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>The reviewer&apos;s changes</source>
        <translation>The reviewer&apos;s changes</translation>
    </message>
    <message>
        <source>%1 edited this article while it was also changed here. Their changes that do not touch yours were applied; your own edits are kept. Places where both sides changed the same text: %2. The article keeps yours there until you choose.</source>
        <translation>%1 edited this article while it was also changed here. Their changes that do not touch yours were applied; your own edits are kept. Places where both sides changed the same text: %2. The article keeps yours there until you choose.</translation>
    </message>
    <message>
        <source>%1 edited this article while it was also changed here. All their changes were applied; your own edits are kept.</source>
        <translation>%1 edited this article while it was also changed here. All their changes were applied; your own edits are kept.</translation>
    </message>
    <message>
        <source>Changes made by %1:</source>
        <translation>Changes made by %1:</translation>
    </message>
    <message>
        <source>The reviewer changed no text.</source>
        <translation>The reviewer changed no text.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation>Apply choices</translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation>%1 — changed on both sides</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Here:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Use the reviewer&apos;s</source>
        <translation>Use the reviewer&apos;s</translation>
    </message>
    <message>
        <source>Note from %1: “%2”</source>
        <translation>Note from %1: “%2”</translation>
    </message>
    <message>
        <source>The article from the review bundle was added to the library.</source>
        <translation>The article from the review bundle was added to the library.</translation>
    </message>
    <message>
        <source>The bundle holds the text the article has now.</source>
        <translation>The bundle holds the text the article has now.</translation>
    </message>
    <message>
        <source>The bundle holds an earlier text of this article (revision %1): nothing was applied. Taking it would roll the article back.</source>
        <translation>The bundle holds an earlier text of this article (revision %1): nothing was applied. Taking it would roll the article back.</translation>
    </message>
    <message>
        <source>The changes of %2 were applied.</source>
        <translation>The changes of %2 were applied.</translation>
    </message>
    <message>
        <source>This review bundle is already in the library: nothing new.</source>
        <translation>This review bundle is already in the library: nothing new.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>New comments: %1</source>
        <translation>New comments: %1</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>The second QR code is left out: %1</source>
        <translation>The second QR code is left out: %1</translation>
    </message>
    <message>
        <source>The photo %1 prints at %2 dpi (%3 px for %4 mm); below 150 dpi it will look soft.</source>
        <translation>The photo %1 prints at %2 dpi (%3 px for %4 mm); below 150 dpi it will look soft.</translation>
    </message>
    <message>
        <source>The photo %1 is missing; a placeholder is printed.</source>
        <translation type="vanished">The photo %1 is missing; a placeholder is printed.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be printed; a placeholder is printed: %2</source>
        <translation>The photo %1 cannot be printed; a placeholder is printed: %2</translation>
    </message>
    <message>
        <source>Columns of about %1 characters a line at %2 pt break words and leave gaps: fewer columns or a smaller type size set better.</source>
        <translation>Columns of about %1 characters a line at %2 pt break words and leave gaps: fewer columns or a smaller type size set better.</translation>
    </message>
    <message>
        <source>Lines of about %1 characters at %2 pt are hard to read: more columns or a larger type size set better.</source>
        <translation>Lines of about %1 characters at %2 pt are hard to read: more columns or a larger type size set better.</translation>
    </message>
    <message>
        <source>The article has no URL, so no QR code is printed.</source>
        <translation>The article has no URL, so no QR code is printed.</translation>
    </message>
    <message>
        <source>No QR code is printed: %1</source>
        <translation>No QR code is printed: %1</translation>
    </message>
    <message>
        <source>The photo %1 could not be shown.</source>
        <translation>The photo %1 could not be shown.</translation>
    </message>
    <message>
        <source>The photo %1 is printed with %2 mm cut off its top and bottom to close a gap in the columns (Preferences can turn photo fitting off).</source>
        <translation>The photo %1 is printed with %2 mm cut off its top and bottom to close a gap in the columns (Preferences can turn photo fitting off).</translation>
    </message>
    <message>
        <source>The photo %1 is printed larger, with %2 mm cut off its sides, to close a gap in the columns (Preferences can turn photo fitting off).</source>
        <translation>The photo %1 is printed larger, with %2 mm cut off its sides, to close a gap in the columns (Preferences can turn photo fitting off).</translation>
    </message>
    <message>
        <source>No QR code for the article URL: %1</source>
        <translation>No QR code for the article URL: %1</translation>
    </message>
    <message>
        <source>No QR code for %1: %2</source>
        <translation>No QR code for %1: %2</translation>
    </message>
    <message>
        <source>The photo %1 is missing; a placeholder was exported.</source>
        <translation>The photo %1 is missing; a placeholder was exported.</translation>
    </message>
    <message>
        <source>The photo %1 was left out: %2</source>
        <translation>The photo %1 was left out: %2</translation>
    </message>
    <message>
        <source>%1: the photo %2 was skipped: %3</source>
        <translation type="vanished">%1: the photo %2 was skipped: %3</translation>
    </message>
    <message>
        <source>%1: the photo %2 was not imported (%3); its place, caption and credit are kept, marked as missing: insert the photo again there.</source>
        <translation>%1: the photo %2 was not imported (%3); its place, caption and credit are kept, marked as missing: insert the photo again there.</translation>
    </message>
    <message>
        <source>%1: %2 NUL character(s) were removed (they are not text).</source>
        <translation>%1: %2 NUL character(s) were removed (they are not text).</translation>
    </message>
    <message>
        <source>%1: the photo %2 is outside the article&apos;s folder and was not imported.</source>
        <translation>%1: the photo %2 is outside the article&apos;s folder and was not imported.</translation>
    </message>
    <message>
        <source>%1: the photo %2 was not found beside the file.</source>
        <translation>%1: the photo %2 was not found beside the file.</translation>
    </message>
    <message>
        <source>%1: the photo %2 cannot be read.</source>
        <translation>%1: the photo %2 cannot be read.</translation>
    </message>
    <message>
        <source>%1: the photo %2 is not in the bundle.</source>
        <translation>%1: the photo %2 is not in the bundle.</translation>
    </message>
    <message>
        <source>%1: the unknown field “%2” was ignored.</source>
        <translation>%1: the unknown field “%2” was ignored.</translation>
    </message>
    <message>
        <source>%1: %2 tracked insertion(s) and %3 tracked deletion(s) were accepted; check the text.</source>
        <translation type="vanished">%1: %2 tracked insertion(s) and %3 tracked deletion(s) were accepted; check the text.</translation>
    </message>
    <message>
        <source>The photo %1 is missing; a placeholder is printed. Delete the placeholder and add the photo again with Edit ▸ Insert photo (Ctrl+Shift+I).</source>
        <translation>The photo %1 is missing; a placeholder is printed. Delete the placeholder and add the photo again with Edit ▸ Insert photo (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>The photo %1 is missing: the library never stored it (it was not beside the article when it was imported, or it is not a photo that opens); a placeholder is printed. Delete the placeholder and insert a photo that opens with Edit ▸ Insert photo (Ctrl+Shift+I).</source>
        <translation>The photo %1 is missing: the library never stored it (it was not beside the article when it was imported, or it is not a photo that opens); a placeholder is printed. Delete the placeholder and insert a photo that opens with Edit ▸ Insert photo (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>The photo %1 is missing: the library never stored it (it was not beside the article when it was imported, or it is not a photo that opens); a placeholder was exported. Delete the placeholder and insert a photo that opens with Edit ▸ Insert photo (Ctrl+Shift+I).</source>
        <translation>The photo %1 is missing: the library never stored it (it was not beside the article when it was imported, or it is not a photo that opens); a placeholder was exported. Delete the placeholder and insert a photo that opens with Edit ▸ Insert photo (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>%1: %2 tracked change(s) became pending suggestions; review them in the Changes list.</source>
        <translation>%1: %2 tracked change(s) became pending suggestions; review them in the Changes list.</translation>
    </message>
    <message>
        <source>%1: %2 tracked table row(s) added or removed were accepted; check the text.</source>
        <translation>%1: %2 tracked table row(s) added or removed were accepted; check the text.</translation>
    </message>
    <message>
        <source>%1: %2 tracked picture(s) added or removed were accepted; check the text.</source>
        <translation>%1: %2 tracked picture(s) added or removed were accepted; check the text.</translation>
    </message>
    <message>
        <source>%1: %2 tracked paragraph(s) split or joined were accepted; check the text.</source>
        <translation>%1: %2 tracked paragraph(s) split or joined were accepted; check the text.</translation>
    </message>
    <message>
        <source>%1: %2 tracked change(s) of formatting were accepted; check the text.</source>
        <translation>%1: %2 tracked change(s) of formatting were accepted; check the text.</translation>
    </message>
    <message>
        <source>%1: %2 tracked change(s) in the headline, sapo or byline, in a link or across a line break were accepted; check the text.</source>
        <translation>%1: %2 tracked change(s) in the headline, sapo or byline, in a link or across a line break were accepted; check the text.</translation>
    </message>
    <message>
        <source>%1: the text box in paragraph %2 (“%3”) was kept as ordinary text there; check where it belongs.</source>
        <translation>%1: the text box in paragraph %2 (“%3”) was kept as ordinary text there; check where it belongs.</translation>
    </message>
    <message>
        <source>%1: the EMF/WMF picture in paragraph %2 (“%3”) was not imported; save it as PNG or JPEG and add it.</source>
        <translation>%1: the EMF/WMF picture in paragraph %2 (“%3”) was not imported; save it as PNG or JPEG and add it.</translation>
    </message>
    <message>
        <source>%1: the embedded object in paragraph %2 (“%3”) was not imported (only its picture, if it has one).</source>
        <translation>%1: the embedded object in paragraph %2 (“%3”) was not imported (only its picture, if it has one).</translation>
    </message>
    <message>
        <source>%1: the chart or SmartArt in paragraph %2 (“%3”) was not imported.</source>
        <translation>%1: the chart or SmartArt in paragraph %2 (“%3”) was not imported.</translation>
    </message>
    <message>
        <source>%1: the equation in paragraph %2 (“%3”) was not imported.</source>
        <translation>%1: the equation in paragraph %2 (“%3”) was not imported.</translation>
    </message>
    <message>
        <source>%1: the footnote in paragraph %2 (“%3”) was kept as a numbered note at the end of the body.</source>
        <translation>%1: the footnote in paragraph %2 (“%3”) was kept as a numbered note at the end of the body.</translation>
    </message>
    <message>
        <source>%1: a CriticMarkup mark was kept as plain text: %2</source>
        <translation>%1: a CriticMarkup mark was kept as plain text: %2</translation>
    </message>
    <message>
        <source>%1: the comment “%2” is on words not found in the text; it is kept as an orphaned comment.</source>
        <translation>%1: the comment “%2” is on words not found in the text; it is kept as an orphaned comment.</translation>
    </message>
    <message>
        <source>%1: the reviewer also changed the %2; only the body becomes suggestions, so it was left as it is here.</source>
        <translation>%1: the reviewer also changed the %2; only the body becomes suggestions, so it was left as it is here.</translation>
    </message>
    <message>
        <source>%1: the comment “%2” is on words that are not in the article&apos;s text; it is kept as an orphaned comment.</source>
        <translation>%1: the comment “%2” is on words that are not in the article&apos;s text; it is kept as an orphaned comment.</translation>
    </message>
    <message>
        <source>%1: the first line is too long for a headline; it was shortened and kept in the body.</source>
        <translation>%1: the first line is too long for a headline; it was shortened and kept in the body.</translation>
    </message>
    <message>
        <source>%1: the document has no text for a headline; the file name was used.</source>
        <translation>%1: the document has no text for a headline; the file name was used.</translation>
    </message>
    <message>
        <source>The related story “%1” is no longer in the library: it is shown as text, without a link.</source>
        <translation>The related story “%1” is no longer in the library: it is shown as text, without a link.</translation>
    </message>
    <message>
        <source>The related story “%1” has no URL yet: it is shown as text.</source>
        <translation>The related story “%1” has no URL yet: it is shown as text.</translation>
    </message>
    <message>
        <source>%1: the unknown field “%2” of related story %3 was ignored.</source>
        <translation>%1: the unknown field “%2” of related story %3 was ignored.</translation>
    </message>
    <message>
        <source>The article was changed here since the bundle was made: the reviewer&apos;s version is kept as revision %1 and nothing was overwritten. Compare it in the history.</source>
        <translation>The article was changed here since the bundle was made: the reviewer&apos;s version is kept as revision %1 and nothing was overwritten. Compare it in the history.</translation>
    </message>
    <message>
        <source>%1: %2 mm cut off its top and bottom</source>
        <translation>%1: %2 mm cut off its top and bottom</translation>
    </message>
    <message>
        <source>%1: printed larger, %2 mm cut off its sides</source>
        <translation>%1: printed larger, %2 mm cut off its sides</translation>
    </message>
    <message>
        <source>Photos cut to close gaps in the columns (Preferences can turn photo fitting off):</source>
        <translation>Photos cut to close gaps in the columns (Preferences can turn photo fitting off):</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Let the ma&amp;ke-up crop, enlarge or space photos to close holes</source>
        <translation>Let the ma&amp;ke-up crop, enlarge or space photos to close holes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation>&amp;Initials</translation>
    </message>
    <message>
        <source>Recorded on revisions, comments and the bundles you export. Until you set a name, your login name (%1) is used.</source>
        <translation>Recorded on revisions, comments and the bundles you export. Until you set a name, your login name (%1) is used.</translation>
    </message>
    <message>
        <source>Underline &amp;misspelt words as I type</source>
        <translation>Underline &amp;misspelt words as I type</translation>
    </message>
    <message>
        <source>Print the &amp;related stories box (Tin khác)</source>
        <translation>Print the &amp;related stories box (Tin khác)</translation>
    </message>
    <message>
        <source>Let the ma&amp;ke-up crop or space photos by a line to close holes</source>
        <translation type="vanished">Let the ma&amp;ke-up crop or space photos by a line to close holes</translation>
    </message>
    <message>
        <source>P&amp;ublication</source>
        <translation>P&amp;ublication</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>&amp;Orientation</source>
        <translation>&amp;Orientation</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <source>&amp;Autosave after</source>
        <translation>&amp;Autosave after</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>%1 took over editing at %2</source>
        <translation>%1 took over editing at %2</translation>
    </message>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>Being edited by %1 since %2</translation>
    </message>
    <message>
        <source>Become the one editing this article: the others are told at once, their app saves what they typed, and they see that you took over</source>
        <translation>Become the one editing this article: the others are told at once, their app saves what they typed, and they see that you took over</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Laying out the page…</source>
        <translation>Laying out the page…</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Co&amp;mments</source>
        <translation>Co&amp;mments</translation>
    </message>
    <message>
        <source>Show the proof: commented passages numbered in the text, the open comments listed after the article (as File ▸ Export… ▸ PDF with Include comments)</source>
        <translation>Show the proof: commented passages numbered in the text, the open comments listed after the article (as File ▸ Export… ▸ PDF with Include comments)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl++, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+-, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Landscape: the page is turned (click for portrait)</source>
        <translation>Landscape: the page is turned (click for portrait)</translation>
    </message>
    <message>
        <source>Portrait: click to turn the page to landscape</source>
        <translation>Portrait: click to turn the page to landscape</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending — shown marked; accept or reject them before printing</source>
        <translation>
            <numerusform>%n suggestion pending — shown marked; accept or reject it before printing</numerusform>
            <numerusform>%n suggestions pending — shown marked; accept or reject them before printing</numerusform>
        </translation>
    </message>
    <message>
        <source>Copyfit: %1 lines, filling %2 column(s) of %3 lines, %4 page(s)</source>
        <translation type="vanished">Copyfit: %1 lines, filling %2 column(s) of %3 lines, %4 page(s)</translation>
    </message>
    <message>
        <source>Copyfit: —</source>
        <translation>Copyfit: —</translation>
    </message>
    <message>
        <source>Copyfit: %1 lines in %2 column(s) of %3 lines, %4 page(s)</source>
        <translation type="vanished">Copyfit: %1 lines in %2 column(s) of %3 lines, %4 page(s)</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <source>Save as SV&amp;G…</source>
        <translation>Save as SV&amp;G…</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Save as P&amp;NG…</translation>
    </message>
    <message>
        <source>QR code of the article URL</source>
        <translation>QR code of the article URL</translation>
    </message>
    <message>
        <source>Type the article&apos;s URL to get its QR code.</source>
        <translation>Type the article&apos;s URL to get its QR code.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>The QR code could not be made.</translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation>Save QR code as SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>Save QR code as PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>The QR code was not saved</source>
        <translation>The QR code was not saved</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Recover unsaved text</source>
        <translation>Recover unsaved text</translation>
    </message>
    <message>
        <source>Newsdesk did not close properly last time. Unsaved text of “%1” was kept (%2). Restore it?</source>
        <translation>Newsdesk did not close properly last time. Unsaved text of “%1” was kept (%2). Restore it?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>RelatedField</name>
    <message>
        <source>Related stories</source>
        <translation>Related stories</translation>
    </message>
    <message>
        <source>Shown after the article as “Tin khác” / “More news”. Delete removes a story, Alt+Up and Alt+Down move it.</source>
        <translation>Shown after the article as “Tin khác” / “More news”. Delete removes a story, Alt+Up and Alt+Down move it.</translation>
    </message>
    <message>
        <source>Add from library…</source>
        <translation>Add from library…</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Add link…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>[Deleted] %1</source>
        <translation>[Deleted] %1</translation>
    </message>
    <message>
        <source>%1
No longer in the library: the exports show it as text, without a link. Remove it or pick another story.</source>
        <translation>%1
No longer in the library: the exports show it as text, without a link. Remove it or pick another story.</translation>
    </message>
    <message>
        <source>%1
An article of the library</source>
        <translation>%1
An article of the library</translation>
    </message>
    <message>
        <source>%1 (deleted from the library)</source>
        <translation type="vanished">%1 (deleted from the library)</translation>
    </message>
    <message>
        <source>An article of the library</source>
        <translation type="vanished">An article of the library</translation>
    </message>
</context>
<context>
    <name>RelatedLinkDialog</name>
    <message>
        <source>Add a related link</source>
        <translation>Add a related link</translation>
    </message>
    <message>
        <source>Address of the related story</source>
        <translation>Address of the related story</translation>
    </message>
    <message>
        <source>Headline of the related story</source>
        <translation>Headline of the related story</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Headline</translation>
    </message>
    <message>
        <source>Not a web address: it must start with https:// or http://</source>
        <translation>Not a web address: it must start with https:// or http://</translation>
    </message>
    <message>
        <source>Type the headline the link is shown with.</source>
        <translation>Type the headline the link is shown with.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Web preview</source>
        <translation>Web preview</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Open an article to see it here.</source>
        <translation>Open an article to see it here.</translation>
    </message>
</context>
<context>
    <name>SpellController</name>
    <message>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>Add to My Dictionary</source>
        <translation>Add to My Dictionary</translation>
    </message>
    <message>
        <source>Add to Newsroom Dictionary</source>
        <translation>Add to Newsroom Dictionary</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <source>Spelling is not checked: the dictionaries could not be read.</source>
        <translation>Spelling is not checked: the dictionaries could not be read.</translation>
    </message>
    <message>
        <source>Spelling is not checked: no dictionary for this article&apos;s language.</source>
        <translation>Spelling is not checked: no dictionary for this article&apos;s language.</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Spelling is not checked: no %1 dictionary was found.</source>
        <translation>Spelling is not checked: no %1 dictionary was found.</translation>
    </message>
    <message>
        <source>No %1 dictionary was found: its words are not recognised.</source>
        <translation>No %1 dictionary was found: its words are not recognised.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation>Welcome to Newsdesk</translation>
    </message>
    <message>
        <source>Write an article, see its printed page as you type, and export it for the web or the press.</source>
        <translation>Write an article, see its printed page as you type, and export it for the web or the press.</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Open a sample article</source>
        <translation>Open a sample article</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Copyfit: —</source>
        <translation>Copyfit: —</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Kept on this computer</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>unknown author</source>
        <translation>unknown author</translation>
    </message>
    <message>
        <source>Inserted by %1</source>
        <translation>Inserted by %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Deleted by %1</translation>
    </message>
</context>
<context>
    <name>VersionChoiceDialog</name>
    <message>
        <source>Two versions of this article</source>
        <translation>Two versions of this article</translation>
    </message>
    <message>
        <source>The article was changed here after the review bundle was made. The reviewer&apos;s version is kept as revision %1; nothing was overwritten. Deleted words are red and struck out, added words green.</source>
        <translation>The article was changed here after the review bundle was made. The reviewer&apos;s version is kept as revision %1; nothing was overwritten. Deleted words are red and struck out, added words green.</translation>
    </message>
    <message>
        <source>Someone else saved this article while you were editing it. Your text is kept as revision %1; nothing was lost. Deleted words are red and struck out, added words green.</source>
        <translation>Someone else saved this article while you were editing it. Your text is kept as revision %1; nothing was lost. Deleted words are red and struck out, added words green.</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>Keep the current version</translation>
    </message>
    <message>
        <source>Use the reviewer&apos;s version</source>
        <translation>Use the reviewer&apos;s version</translation>
    </message>
    <message>
        <source>Use my version</source>
        <translation>Use my version</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>The two versions have the same text.</translation>
    </message>
    <message>
        <source>restored my version (revision %1) after a conflict</source>
        <translation>restored my version (revision %1) after a conflict</translation>
    </message>
</context>
<context>
    <name>VersionChoices</name>
    <message>
        <source>The article was not saved</source>
        <translation>The article was not saved</translation>
    </message>
    <message>
        <source>Review bundle imported</source>
        <translation>Review bundle imported</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Cannot open the article</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <source>Web preview</source>
        <translation>Web preview</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending — shown marked; accept or reject them before publishing</source>
        <translation>
            <numerusform>%n suggestion pending — shown marked; accept or reject it before publishing</numerusform>
            <numerusform>%n suggestions pending — shown marked; accept or reject them before publishing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Note for this step (optional)</source>
        <translation>Note for this step (optional)</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
</TS>
