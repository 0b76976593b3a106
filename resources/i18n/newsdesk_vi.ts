<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArticleForm</name>
    <message>
        <source>&amp;Byline</source>
        <translation>&amp;Tác giả</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>&amp;Nguồn tin</translation>
    </message>
    <message>
        <source>Se&amp;ction</source>
        <translation>&amp;Chuyên mục</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Từ khóa</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Xuất bản lúc</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>Đường &amp;dẫn</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sapo: the lead paragraph, shown in bold</source>
        <translation>Sapo: đoạn dẫn, in đậm dưới tiêu đề</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>comma, separated, keywords</source>
        <translation>các, từ khóa, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Article URL</source>
        <translation>Đường dẫn bài viết</translation>
    </message>
    <message>
        <source>Set a publication time</source>
        <translation>Đặt thời điểm xuất bản</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Thời điểm xuất bản</translation>
    </message>
    <message>
        <source>Not a web address: start with https://</source>
        <translation>Chưa phải địa chỉ web: hãy bắt đầu bằng https://</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>Địa chỉ quá dài.</translation>
    </message>
    <message>
        <source>The address contains a space: web addresses have none (write %20 where a space is meant).</source>
        <translation>Địa chỉ có dấu cách: địa chỉ web không có dấu cách (viết %20 nếu cần một dấu cách).</translation>
    </message>
    <message>
        <source>Not a valid web address: check the part after https://</source>
        <translation>Địa chỉ web không hợp lệ: hãy kiểm tra phần sau https://</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article body</source>
        <translation>Nội dung bài</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Article body</source>
        <translation>Nội dung bài</translation>
    </message>
    <message>
        <source>The text of the article, with headings, lists, quotes, links and photos</source>
        <translation>Nội dung bài viết: tiêu đề phụ, danh sách, trích dẫn, liên kết và ảnh</translation>
    </message>
    <message>
        <source>Write the article here…</source>
        <translation>Viết nội dung bài ở đây…</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Gạch ngang</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Liên kết…</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Tiêu đề 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Tiêu đề 3</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Danh sách dấu đầu dòng</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="vanished">Liên kết</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation type="vanished">Địa chỉ (https://…):</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Nguồn ảnh</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Show resolved</source>
        <translation>Hiện cả góp ý đã xử lý</translation>
    </message>
    <message>
        <source>Your comment on the selected passage</source>
        <translation>Góp ý của bạn về đoạn đã chọn</translation>
    </message>
    <message>
        <source>Comment on selection</source>
        <translation>Góp ý đoạn đã chọn</translation>
    </message>
    <message>
        <source>Add the comment to the selected passage (Ctrl+Enter)</source>
        <translation>Thêm góp ý vào đoạn đã chọn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected comment</source>
        <translation>Xóa góp ý đang chọn</translation>
    </message>
    <message>
        <source>(passage deleted)</source>
        <translation>(đoạn văn đã bị xóa)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Địa chỉ web:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The article needs a headline before it can be saved.</source>
        <translation>Bài viết cần có tiêu đề trước khi lưu.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>Đường dẫn phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>The URL is not a valid web address.</source>
        <translation>Đường dẫn không phải địa chỉ web hợp lệ.</translation>
    </message>
    <message>
        <source>Someone else saved this article meanwhile. Reload it, then redo your last change.</source>
        <translation>Người khác vừa lưu bài này. Hãy tải lại bài rồi làm lại thay đổi cuối cùng.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Bài viết này không còn trong thư viện.</translation>
    </message>
    <message>
        <source>The disk is full: the file could not be written. Free some space or choose another folder.</source>
        <translation>Ổ đĩa đã đầy: không ghi được tệp. Hãy giải phóng bớt dung lượng hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The file could not be written or read</source>
        <translation>Không đọc hoặc ghi được tệp</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Đã có lỗi. Chi tiết được ghi vào tệp nhật ký.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your text is autosaved; the details were written to the log file.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Nội dung của bạn đã được tự lưu; chi tiết được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export article</source>
        <translation>Xuất bài viết</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Xuất đến</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Hiện trong thư mục</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Định dạng</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Đến</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Trang web (HTML)</translation>
    </message>
    <message>
        <source>Print (PDF)</source>
        <translation>Bản in (PDF)</translation>
    </message>
    <message>
        <source>Markdown with photos</source>
        <translation>Markdown kèm ảnh</translation>
    </message>
    <message>
        <source>Folder for the CMS</source>
        <translation>Thư mục cho CMS</translation>
    </message>
    <message>
        <source>Bundle for offline review (.newsdesk)</source>
        <translation>Gói để duyệt ngoại tuyến (.newsdesk)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown document (*.md)</source>
        <translation>Tài liệu Markdown (*.md)</translation>
    </message>
    <message>
        <source>Newsdesk review bundle (*.newsdesk)</source>
        <translation>Gói duyệt bài Newsdesk (*.newsdesk)</translation>
    </message>
    <message>
        <source>Export into a folder</source>
        <translation>Xuất vào thư mục</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Xuất thành</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Tạo thư mục?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it and export there?</source>
        <translation>Thư mục %1 chưa có. Tạo thư mục đó và xuất vào đó?</translation>
    </message>
    <message>
        <source>Not exported: the folder %1 does not exist.</source>
        <translation>Chưa xuất: thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Choose where to export.</source>
        <translation>Hãy chọn nơi xuất.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Đã hủy việc xuất bài.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Thay tất cả</translation>
    </message>
    <message>
        <source>Ignore tones</source>
        <translation>Bỏ qua dấu</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Đã thay %n chỗ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Xuất bản lúc</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>đã hợp nhất</translation>
    </message>
    <message>
        <source>%1 (note: %2)</source>
        <translation>%1 (ghi chú: %2)</translation>
    </message>
    <message>
        <source>Compare with current</source>
        <translation>So với bản hiện tại</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <source>The first revision.</source>
        <translation>Phiên bản đầu tiên.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Không có khác biệt.</translation>
    </message>
    <message>
        <source>Restored as a new revision.</source>
        <translation>Đã khôi phục thành một phiên bản mới.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <source>status</source>
        <translation>đổi trạng thái</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>nhập về</translation>
    </message>
    <message>
        <source>received</source>
        <translation>nhận về</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <source>Select a revision to see what changed.</source>
        <translation>Chọn một phiên bản để xem những gì đã thay đổi.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search articles…</source>
        <translation>Tìm bài viết…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Tìm bài viết</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>Lọc theo chuyên mục</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Các bài viết</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Không có bài nào phù hợp.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Địa chỉ web</translation>
    </message>
    <message>
        <source>Optional: shown when the pointer rests on it</source>
        <translation>Không bắt buộc: hiện khi rê chuột lên liên kết</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Bỏ liên kết</translation>
    </message>
    <message>
        <source>Type the web address the text should link to, e.g. https://vnexpress.net/…</source>
        <translation>Nhập địa chỉ web mà chữ được chọn sẽ liên kết tới, ví dụ https://vnexpress.net/…</translation>
    </message>
    <message>
        <source>Links to “%1:” addresses are not allowed: use an address starting with https://, http:// or mailto:.</source>
        <translation>Không được liên kết tới địa chỉ “%1:”: hãy dùng địa chỉ bắt đầu bằng https://, http:// hoặc mailto:.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it must not contain spaces.</source>
        <translation>“%1” không phải là địa chỉ web: địa chỉ không được có dấu cách.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Bài mới</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập bài…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất bản…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Xuất trang &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Xuất bản in &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Delete article</source>
        <translation>&amp;Xóa bài</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Th&amp;ay thế…</translation>
    </message>
    <message>
        <source>Insert &amp;photo…</source>
        <translation>Chèn ả&amp;nh…</translation>
    </message>
    <message>
        <source>New co&amp;mment on selection</source>
        <translation>&amp;Góp ý đoạn đã chọn</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>Chữ đậ&amp;m</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>Chữ ngh&amp;iêng</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>Gạch &amp;ngang</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Liên kết…</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>Đoạn &amp;văn</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Tiêu đề phụ &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Tiêu đề phụ &amp;3</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Trích dẫn</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>Danh sách &amp;gạch đầu dòng</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Thư viện bài</translation>
    </message>
    <message>
        <source>&amp;Previews</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Không mở được thư viện bài viết</translation>
    </message>
    <message>
        <source>QR code saved to %1</source>
        <translation>Đã lưu mã QR vào %1</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>Chưa chèn được ảnh</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Không mở được bài viết</translation>
    </message>
    <message>
        <source>Save the article before commenting on it.</source>
        <translation>Hãy lưu bài viết trước khi góp ý.</translation>
    </message>
    <message>
        <source>Import an article</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.newsdesk);;All files (*)</source>
        <translation>Bài viết (*.md *.markdown *.newsdesk);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Imported with remarks</source>
        <translation>Đã nhập, có lưu ý</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>The article was not saved</source>
        <translation>Bài viết chưa được lưu</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Xóa bài</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? This cannot be undone.</source>
        <translation>Xóa “%1” khỏi thư viện? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Chưa xóa được</translation>
    </message>
    <message>
        <source>Insert a photo</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.gif);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <source>Newsdesk %1 — write, preview and publish news articles.</source>
        <translation>Newsdesk %1 — viết, xem trước và xuất bản bài báo.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>%1 (from bundle)</source>
        <translation>%1 (theo gói)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ai đó</translation>
    </message>
    <message>
        <source>The reviewer&apos;s changes</source>
        <translation>Thay đổi của người duyệt</translation>
    </message>
    <message>
        <source>%1 edited this article while it was also changed here. Their changes that do not touch yours were applied; your own edits are kept. Places where both sides changed the same text: %2. The article keeps yours there until you choose.</source>
        <translation>%1 đã sửa bài này trong lúc bài cũng được sửa ở đây. Những thay đổi không chạm vào phần bạn sửa đã được áp dụng; các sửa đổi của bạn được giữ nguyên. Số chỗ cả hai bên cùng sửa: %2. Ở những chỗ đó bài giữ bản của bạn cho đến khi bạn chọn.</translation>
    </message>
    <message>
        <source>%1 edited this article while it was also changed here. All their changes were applied; your own edits are kept.</source>
        <translation>%1 đã sửa bài này trong lúc bài cũng được sửa ở đây. Mọi thay đổi của họ đã được áp dụng; các sửa đổi của bạn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Changes made by %1:</source>
        <translation>Thay đổi do %1 thực hiện:</translation>
    </message>
    <message>
        <source>The reviewer changed no text.</source>
        <translation>Người duyệt không sửa chữ nào.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation>Áp dụng lựa chọn</translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation>%1 — cả hai bên cùng sửa</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Ở đây:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Người duyệt:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Use the reviewer&apos;s</source>
        <translation>Dùng bản của người duyệt</translation>
    </message>
    <message>
        <source>The article from the review bundle was added to the library.</source>
        <translation>Bài trong gói duyệt đã được thêm vào thư viện.</translation>
    </message>
    <message>
        <source>The bundle holds the text the article has now.</source>
        <translation>Gói chứa đúng nội dung hiện tại của bài.</translation>
    </message>
    <message>
        <source>The bundle holds an earlier text of this article (revision %1): nothing was applied. Taking it would roll the article back.</source>
        <translation>Gói chứa một nội dung cũ hơn của bài này (phiên bản %1): không áp dụng gì. Nếu lấy nó, bài sẽ bị quay về bản cũ.</translation>
    </message>
    <message>
        <source>The changes of %2 were applied.</source>
        <translation>Đã áp dụng các thay đổi của %2.</translation>
    </message>
    <message>
        <source>This review bundle is already in the library: nothing new.</source>
        <translation>Gói duyệt này đã có trong thư viện: không có gì mới.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>New comments: %1</source>
        <translation>Bình luận mới: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Tên bạn</translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation>&amp;Tên viết tắt</translation>
    </message>
    <message>
        <source>Recorded on revisions, comments and the bundles you export. Until you set a name, your login name (%1) is used.</source>
        <translation>Được ghi vào các phiên bản, bình luận và gói bạn xuất. Khi chưa đặt tên, tên đăng nhập của bạn (%1) được dùng.</translation>
    </message>
    <message>
        <source>P&amp;ublication</source>
        <translation>Tên &amp;ấn phẩm</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Khổ giấy</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Số cột</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <source>&amp;Autosave after</source>
        <translation>&amp;Tự lưu sau</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Khổ giấy</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Số cột</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Số cột</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem bản in</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>Th&amp;u phóng</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Phóng to (Ctrl++, Ctrl+con lăn)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>Thu nhỏ (Ctrl+-, Ctrl+con lăn)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Copyfit: %1 lines in %2 column(s) of %3 lines, %4 page(s)</source>
        <translation>Dàn trang: %1 dòng trong %2 cột, mỗi cột %3 dòng, %4 trang</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <source>Save as SV&amp;G…</source>
        <translation>Lưu &amp;SVG…</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Lưu &amp;PNG…</translation>
    </message>
    <message>
        <source>QR code of the article URL</source>
        <translation>Mã QR của đường dẫn bài viết</translation>
    </message>
    <message>
        <source>Type the article&apos;s URL to get its QR code.</source>
        <translation>Nhập đường dẫn bài viết để có mã QR.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Không tạo được mã QR.</translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation>Lưu mã QR dạng SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>Lưu mã QR dạng PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>The QR code was not saved</source>
        <translation>Chưa lưu được mã QR</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>Recover unsaved text</source>
        <translation>Khôi phục nội dung chưa lưu</translation>
    </message>
    <message>
        <source>Newsdesk did not close properly last time. Unsaved text of “%1” was kept (%2). Restore it?</source>
        <translation>Lần trước Newsdesk đóng không bình thường. Nội dung chưa lưu của “%1” đã được giữ lại (%2). Khôi phục?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Góp ý</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Print preview</source>
        <translation>Xem bản in</translation>
    </message>
    <message>
        <source>Web preview</source>
        <translation>Xem bản web</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Mã QR</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt bài</translation>
    </message>
    <message>
        <source>Open an article to see it here.</source>
        <translation>Mở một bài viết để xem tại đây.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation>Chào mừng đến với Newsdesk</translation>
    </message>
    <message>
        <source>Write an article, see its printed page as you type, and export it for the web or the press.</source>
        <translation>Viết bài, xem ngay trang in trong lúc gõ, rồi xuất bản cho báo điện tử hoặc báo in.</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Nhập bài từ tệp…</translation>
    </message>
    <message>
        <source>Open a sample article</source>
        <translation>Mở bài mẫu</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n chữ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n ký tự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n phút đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>VersionChoiceDialog</name>
    <message>
        <source>Two versions of this article</source>
        <translation>Hai phiên bản của bài viết</translation>
    </message>
    <message>
        <source>The article was changed here after the review bundle was made. The reviewer&apos;s version is kept as revision %1; nothing was overwritten. Deleted words are red and struck out, added words green.</source>
        <translation>Bài viết đã được sửa ở đây sau khi gói duyệt bài được tạo. Bản của người duyệt được giữ là phiên bản %1; không có gì bị ghi đè. Chữ bị xóa có màu đỏ và bị gạch ngang, chữ thêm vào có màu xanh.</translation>
    </message>
    <message>
        <source>Someone else saved this article while you were editing it. Your text is kept as revision %1; nothing was lost. Deleted words are red and struck out, added words green.</source>
        <translation>Có người khác đã lưu bài này trong lúc bạn đang sửa. Bản của bạn được giữ là phiên bản %1; không mất gì. Chữ bị xóa có màu đỏ và bị gạch ngang, chữ thêm vào có màu xanh.</translation>
    </message>
    <message>
        <source>Keep the current version</source>
        <translation>Giữ bản hiện tại</translation>
    </message>
    <message>
        <source>Use the reviewer&apos;s version</source>
        <translation>Dùng bản của người duyệt</translation>
    </message>
    <message>
        <source>Use my version</source>
        <translation>Dùng bản của tôi</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Hai phiên bản có nội dung giống nhau.</translation>
    </message>
    <message>
        <source>restored my version (revision %1) after a conflict</source>
        <translation>khôi phục bản của tôi (phiên bản %1) sau xung đột</translation>
    </message>
</context>
<context>
    <name>VersionChoices</name>
    <message>
        <source>The article was not saved</source>
        <translation>Bài viết chưa được lưu</translation>
    </message>
    <message>
        <source>Review bundle imported</source>
        <translation>Đã nhập gói duyệt</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Không mở được bài viết</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <source>Web preview</source>
        <translation>Xem bản web</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Submit</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Bắt đầu duyệt</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi duyệt</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>Note for this step (optional)</source>
        <translation>Ghi chú cho bước này (không bắt buộc)</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Chưa mở bài nào</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
</context>
</TS>
