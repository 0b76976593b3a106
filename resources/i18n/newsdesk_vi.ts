<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="133"/>
        <source>&amp;Byline</source>
        <translation>&amp;Tác giả</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="134"/>
        <source>Sou&amp;rce</source>
        <translation>&amp;Nguồn tin</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="135"/>
        <source>Se&amp;ction</source>
        <translation>&amp;Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="136"/>
        <source>&amp;Tags</source>
        <translation>&amp;Từ khóa</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="137"/>
        <source>&amp;Published</source>
        <translation>&amp;Xuất bản lúc</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="138"/>
        <source>&amp;URL</source>
        <translation>Đường &amp;dẫn</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="142"/>
        <location filename="../../src/newsdesk/qt/article_form.py" line="143"/>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="144"/>
        <source>Sapo: the lead paragraph, shown in bold</source>
        <translation>Sapo: đoạn dẫn, in đậm dưới tiêu đề</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="145"/>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="146"/>
        <source>Byline</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="147"/>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="148"/>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="149"/>
        <source>comma, separated, keywords</source>
        <translation>các, từ khóa, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="150"/>
        <source>Tags</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="152"/>
        <source>Article URL</source>
        <translation>Đường dẫn bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="153"/>
        <source>Set a publication time</source>
        <translation>Đặt thời điểm xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="154"/>
        <source>Publication time</source>
        <translation>Thời điểm xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/article_form.py" line="227"/>
        <source>Not a web address: start with https://</source>
        <translation>Chưa phải địa chỉ web: hãy bắt đầu bằng https://</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/newsdesk/qt/article_view.py" line="106"/>
        <source>Article body</source>
        <translation>Nội dung bài</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="60"/>
        <source>Article body</source>
        <translation>Nội dung bài</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="61"/>
        <source>The text of the article, with headings, lists, quotes, links and photos</source>
        <translation>Nội dung bài viết: tiêu đề phụ, danh sách, trích dẫn, liên kết và ảnh</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="204"/>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="210"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/editor/body_editor.py" line="204"/>
        <source>Address (https://…):</source>
        <translation>Địa chỉ (https://…):</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="50"/>
        <source>Show resolved</source>
        <translation>Hiện cả góp ý đã xử lý</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="54"/>
        <source>Your comment on the selected passage</source>
        <translation>Góp ý của bạn về đoạn đã chọn</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="57"/>
        <source>Comment on selection</source>
        <translation>Góp ý đoạn đã chọn</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="59"/>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="164"/>
        <source>Resolve</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="108"/>
        <source>(passage deleted)</source>
        <translation>(đoạn văn đã bị xóa)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/comments_panel.py" line="164"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../src/newsdesk/qt/editing.py" line="29"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/editing.py" line="30"/>
        <source>Web address:</source>
        <translation>Địa chỉ web:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="25"/>
        <source>The article needs a headline before it can be saved.</source>
        <translation>Bài viết cần có tiêu đề trước khi lưu.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="26"/>
        <source>The URL must start with http:// or https://.</source>
        <translation>Đường dẫn phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="27"/>
        <source>The URL is not a valid web address.</source>
        <translation>Đường dẫn không phải địa chỉ web hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="28"/>
        <source>Someone else saved this article meanwhile. Reload it, then redo your last change.</source>
        <translation>Người khác vừa lưu bài này. Hãy tải lại bài rồi làm lại thay đổi cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="30"/>
        <source>That article is no longer in the library.</source>
        <translation>Bài viết này không còn trong thư viện.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="42"/>
        <source>The file could not be written or read</source>
        <translation>Không đọc hoặc ghi được tệp</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="43"/>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Đã có lỗi. Chi tiết được ghi vào tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/errors.py" line="68"/>
        <source>Something unexpected went wrong. Your text is autosaved; the details were written to the log file.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Nội dung của bạn đã được tự lưu; chi tiết được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="56"/>
        <source>Export article</source>
        <translation>Xuất bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="63"/>
        <source>Export to</source>
        <translation>Xuất đến</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="64"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="75"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="81"/>
        <source>&amp;Format</source>
        <translation>&amp;Định dạng</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="82"/>
        <source>&amp;To</source>
        <translation>&amp;Đến</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="100"/>
        <source>Web page (HTML)</source>
        <translation>Trang web (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="101"/>
        <source>Print (PDF)</source>
        <translation>Bản in (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="102"/>
        <source>Markdown with photos</source>
        <translation>Markdown kèm ảnh</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="103"/>
        <source>Folder for the CMS</source>
        <translation>Thư mục cho CMS</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="105"/>
        <source>Bundle for offline review (.newsdesk)</source>
        <translation>Gói để duyệt ngoại tuyến (.newsdesk)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="118"/>
        <source>Export into a folder</source>
        <translation>Xuất vào thư mục</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="124"/>
        <source>Export as</source>
        <translation>Xuất thành</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="150"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="182"/>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="221"/>
        <source>The export was cancelled.</source>
        <translation>Đã hủy việc xuất bài.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="207"/>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="210"/>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="223"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/export_dialog.py" line="235"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="48"/>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="49"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="50"/>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="51"/>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="52"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="53"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="54"/>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="55"/>
        <source>Replace all</source>
        <translation>Thay tất cả</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="57"/>
        <source>Ignore tones</source>
        <translation>Bỏ qua dấu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/find_bar.py" line="58"/>
        <source>Close the find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="39"/>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="40"/>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="41"/>
        <source>Byline</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="42"/>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="43"/>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="44"/>
        <source>Tags</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="45"/>
        <source>Published</source>
        <translation>Xuất bản lúc</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="46"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="47"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="48"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="49"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="78"/>
        <source>Compare with current</source>
        <translation>So với bản hiện tại</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="80"/>
        <source>Restore this revision</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="150"/>
        <source>The first revision.</source>
        <translation>Phiên bản đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="165"/>
        <source>No differences.</source>
        <translation>Không có khác biệt.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="189"/>
        <source>Restored as a new revision.</source>
        <translation>Đã khôi phục thành một phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="56"/>
        <source>saved</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="57"/>
        <source>status</source>
        <translation>đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="58"/>
        <source>restored</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="59"/>
        <source>imported</source>
        <translation>nhập về</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="60"/>
        <source>received</source>
        <translation>nhận về</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="61"/>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="62"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/history_panel.py" line="133"/>
        <source>Select a revision to see what changed.</source>
        <translation>Chọn một phiên bản để xem những gì đã thay đổi.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="96"/>
        <source>Search articles…</source>
        <translation>Tìm bài viết…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="97"/>
        <source>Search articles</source>
        <translation>Tìm bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="98"/>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="99"/>
        <source>Filter by section</source>
        <translation>Lọc theo chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="100"/>
        <source>Articles</source>
        <translation>Các bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="101"/>
        <source>No article matches.</source>
        <translation>Không có bài nào phù hợp.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="107"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="110"/>
        <source>All sections</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="142"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="117"/>
        <source>&amp;New article</source>
        <translation>&amp;Bài mới</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="118"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập bài…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="120"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất bản…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="121"/>
        <source>Export as &amp;HTML…</source>
        <translation>Xuất trang &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="122"/>
        <source>Export as &amp;PDF…</source>
        <translation>Xuất bản in &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="123"/>
        <source>&amp;Delete article</source>
        <translation>&amp;Xóa bài</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="124"/>
        <source>Pre&amp;ferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="125"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="126"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="127"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="128"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="129"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="130"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="131"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="132"/>
        <source>R&amp;eplace…</source>
        <translation>Th&amp;ay thế…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="133"/>
        <source>Insert &amp;photo…</source>
        <translation>Chèn ả&amp;nh…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="134"/>
        <source>&amp;Bold</source>
        <translation>Chữ đậ&amp;m</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="135"/>
        <source>&amp;Italic</source>
        <translation>Chữ ngh&amp;iêng</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="136"/>
        <source>&amp;Strikethrough</source>
        <translation>Gạch &amp;ngang</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="137"/>
        <source>&amp;Link…</source>
        <translation>&amp;Liên kết…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="138"/>
        <source>&amp;Paragraph</source>
        <translation>Đoạn &amp;văn</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="139"/>
        <source>Heading &amp;2</source>
        <translation>Tiêu đề phụ &amp;2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="140"/>
        <source>Heading &amp;3</source>
        <translation>Tiêu đề phụ &amp;3</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="141"/>
        <source>&amp;Quote</source>
        <translation>&amp;Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="142"/>
        <source>B&amp;ulleted list</source>
        <translation>Danh sách &amp;gạch đầu dòng</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="143"/>
        <source>&amp;Numbered list</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="144"/>
        <source>&amp;Library</source>
        <translation>&amp;Thư viện bài</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="145"/>
        <source>&amp;Previews</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="146"/>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="154"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="155"/>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/actions.py" line="156"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="91"/>
        <source>The library cannot be opened</source>
        <translation>Không mở được thư viện bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="155"/>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="100"/>
        <source>Photo not added</source>
        <translation>Chưa chèn được ảnh</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="170"/>
        <source>newsdesk</source>
        <translation>newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="180"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="186"/>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="187"/>
        <source>Previews</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="231"/>
        <source>Cannot open the article</source>
        <translation>Không mở được bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="29"/>
        <source>Import an article</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="30"/>
        <source>Articles (*.md *.markdown *.newsdesk);;All files (*)</source>
        <translation>Bài viết (*.md *.markdown *.newsdesk);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="39"/>
        <source>Imported with remarks</source>
        <translation>Đã nhập, có lưu ý</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="46"/>
        <source>Import failed</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="58"/>
        <source>The article was not saved</source>
        <translation>Bài viết chưa được lưu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="66"/>
        <source>Delete article</source>
        <translation>Xóa bài</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="67"/>
        <source>Delete “%1” from the library? This cannot be undone.</source>
        <translation>Xóa “%1” khỏi thư viện? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/main_window.py" line="167"/>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="68"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="80"/>
        <source>Not deleted</source>
        <translation>Chưa xóa được</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="94"/>
        <source>Insert a photo</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="95"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.gif);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="129"/>
        <source>About Newsdesk</source>
        <translation>Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/window_commands.py" line="129"/>
        <source>Newsdesk %1 — write, preview and publish news articles.</source>
        <translation>Newsdesk %1 — viết, xem trước và xuất bản bài báo.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="29"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="31"/>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="54"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="55"/>
        <source>Your &amp;name</source>
        <translation>&amp;Tên bạn</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="56"/>
        <source>P&amp;ublication</source>
        <translation>Tên &amp;ấn phẩm</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="57"/>
        <source>&amp;Paper</source>
        <translation>&amp;Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="58"/>
        <source>&amp;Columns</source>
        <translation>&amp;Số cột</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="59"/>
        <source>&amp;Font size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preferences.py" line="60"/>
        <source>&amp;Autosave after</source>
        <translation>&amp;Tự lưu sau</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="120"/>
        <source>&amp;Paper</source>
        <translation>&amp;Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="120"/>
        <source>&amp;Columns</source>
        <translation>&amp;Số cột</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="121"/>
        <source>&amp;Font size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="123"/>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="124"/>
        <source>Columns</source>
        <translation>Số cột</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="125"/>
        <source>Font size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="126"/>
        <source>Print preview</source>
        <translation>Xem bản in</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/preview_print.py" line="172"/>
        <source>Copyfit: %1 lines in %2 column(s) of %3 lines, %4 page(s)</source>
        <translation>Dàn trang: %1 dòng trong %2 cột, mỗi cột %3 dòng, %4 trang</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="78"/>
        <source>Save as SV&amp;G…</source>
        <translation>Lưu &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="79"/>
        <source>Save as P&amp;NG…</source>
        <translation>Lưu &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="80"/>
        <source>QR code of the article URL</source>
        <translation>Mã QR của đường dẫn bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="90"/>
        <source>Type the article&apos;s URL to get its QR code.</source>
        <translation>Nhập đường dẫn bài viết để có mã QR.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="100"/>
        <source>The QR code could not be made.</source>
        <translation>Không tạo được mã QR.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="132"/>
        <source>Save QR code as SVG</source>
        <translation>Lưu mã QR dạng SVG</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="132"/>
        <source>SVG image (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="138"/>
        <source>Save QR code as PNG</source>
        <translation>Lưu mã QR dạng PNG</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="138"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/qr_panel.py" line="147"/>
        <source>The QR code was not saved</source>
        <translation>Chưa lưu được mã QR</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="15"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="18"/>
        <source>Recover unsaved text</source>
        <translation>Khôi phục nội dung chưa lưu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="19"/>
        <source>Newsdesk did not close properly last time. Unsaved text of “%1” was kept (%2). Restore it?</source>
        <translation>Lần trước Newsdesk đóng không bình thường. Nội dung chưa lưu của “%1” đã được giữ lại (%2). Khôi phục?</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="25"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/recovery_dialog.py" line="26"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/review_panel.py" line="31"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/review_panel.py" line="32"/>
        <source>Comments</source>
        <translation>Góp ý</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="105"/>
        <source>Print preview</source>
        <translation>Xem bản in</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="106"/>
        <source>Web preview</source>
        <translation>Xem bản web</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="107"/>
        <source>QR code</source>
        <translation>Mã QR</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="108"/>
        <source>Review</source>
        <translation>Duyệt bài</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/side_panel.py" line="110"/>
        <source>Open an article to see it here.</source>
        <translation>Mở một bài viết để xem tại đây.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="57"/>
        <source>Welcome to Newsdesk</source>
        <translation>Chào mừng đến với Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="59"/>
        <source>Write an article, see its printed page as you type, and export it for the web or the press.</source>
        <translation>Viết bài, xem ngay trang in trong lúc gõ, rồi xuất bản cho báo điện tử hoặc báo in.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="61"/>
        <source>New article</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="62"/>
        <source>Import a file…</source>
        <translation>Nhập bài từ tệp…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/start_page.py" line="63"/>
        <source>Open a sample article</source>
        <translation>Mở bài mẫu</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="37"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="38"/>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="39"/>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="40"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="41"/>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/library_panel.py" line="42"/>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/qt/status_bar.py" line="50"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n chữ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/qt/status_bar.py" line="51"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n ký tự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/qt/status_bar.py" line="52"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n phút đọc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/status_bar.py" line="62"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/status_bar.py" line="63"/>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/status_bar.py" line="64"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/status_bar.py" line="65"/>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>VersionChoiceDialog</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="51"/>
        <source>Two versions of this article</source>
        <translation>Hai phiên bản của bài viết</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="54"/>
        <source>The article was changed here after the review bundle was made. The reviewer&apos;s version is kept as revision %1; nothing was overwritten. Deleted words are red and struck out, added words green.</source>
        <translation>Bài viết đã được sửa ở đây sau khi gói duyệt bài được tạo. Bản của người duyệt được giữ là phiên bản %1; không có gì bị ghi đè. Chữ bị xóa có màu đỏ và bị gạch ngang, chữ thêm vào có màu xanh.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="60"/>
        <source>Someone else saved this article while you were editing it. Your text is kept as revision %1; nothing was lost. Deleted words are red and struck out, added words green.</source>
        <translation>Có người khác đã lưu bài này trong lúc bạn đang sửa. Bản của bạn được giữ là phiên bản %1; không mất gì. Chữ bị xóa có màu đỏ và bị gạch ngang, chữ thêm vào có màu xanh.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="69"/>
        <source>Keep the current version</source>
        <translation>Giữ bản hiện tại</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="71"/>
        <source>Use the reviewer&apos;s version</source>
        <translation>Dùng bản của người duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="71"/>
        <source>Use my version</source>
        <translation>Dùng bản của tôi</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="110"/>
        <source>The two versions have the same text.</source>
        <translation>Hai phiên bản có nội dung giống nhau.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/conflict_dialog.py" line="129"/>
        <source>restored my version (revision %1) after a conflict</source>
        <translation>khôi phục bản của tôi (phiên bản %1) sau xung đột</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../../src/newsdesk/qt/preview_web.py" line="104"/>
        <source>Web preview</source>
        <translation>Xem bản web</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="26"/>
        <source>Submit</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="27"/>
        <source>Start review</source>
        <translation>Bắt đầu duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="28"/>
        <source>Request changes</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="29"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="30"/>
        <source>Publish</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="31"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="32"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="38"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="39"/>
        <source>Submitted</source>
        <translation>Đã gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="40"/>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="41"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="42"/>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="43"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="62"/>
        <source>Note for this step (optional)</source>
        <translation>Ghi chú cho bước này (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="100"/>
        <source>No article</source>
        <translation>Chưa mở bài nào</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/qt/review/workflow_bar.py" line="102"/>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
</context>
</TS>
