<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArticleForm</name>
    <message>
        <source>The time of this computer (%1)</source>
        <translation>Giờ của máy tính này (%1)</translation>
    </message>
    <message>
        <source>The time zone the article gives (%1)</source>
        <translation>Múi giờ ghi trong bài (%1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
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
        <source>Re&amp;lated</source>
        <translation>T&amp;in khác</translation>
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
        <translation>Tiêu đề phụ 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Tiêu đề phụ 3</translation>
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
        <translation>Danh sách gạch đầu dòng</translation>
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
    <message>
        <source>Suggestions can be made in the text, not in code blocks or a photo&apos;s caption or credit. Turn off Suggest changes to edit here.</source>
        <translation>Chỉ đề xuất được trong phần chữ, không trong khối mã hay chú thích, nguồn ảnh. Tắt Đề xuất thay đổi để sửa ở đây.</translation>
    </message>
</context>
<context>
    <name>ChangesController</name>
    <message>
        <source>Suggest changes is on: what you type and delete becomes suggestions.</source>
        <translation type="vanished">Đang bật Đề xuất thay đổi: chữ bạn gõ và xóa sẽ thành đề xuất.</translation>
    </message>
    <message>
        <source>Suggest changes is on: edits in the body become suggestions.</source>
        <translation>Đang bật Đề xuất thay đổi: sửa trong thân bài sẽ thành đề xuất.</translation>
    </message>
    <message>
        <source>Suggest changes is off.</source>
        <translation>Đã tắt Đề xuất thay đổi.</translation>
    </message>
    <message>
        <source>Suggesting</source>
        <translation>Đang đề xuất</translation>
    </message>
    <message>
        <source>Suggest changes is on: what you type and delete in the body becomes suggestions (Review ▸ Suggest changes, Ctrl+Shift+E, turns it off).</source>
        <translation>Đang bật Đề xuất thay đổi: chữ bạn gõ và xóa trong thân bài sẽ thành đề xuất (Duyệt ▸ Đề xuất thay đổi, Ctrl+Shift+E, để tắt).</translation>
    </message>
    <message>
        <source>Suggest mode tracks the body; this field is changed directly (its old value stays in History).</source>
        <translation>Chế độ đề xuất chỉ theo dõi thân bài; ô này được sửa trực tiếp (giá trị cũ vẫn còn trong Lịch sử).</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>sapo</source>
        <translation>sapo</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>tác giả</translation>
    </message>
    <message>
        <source>Suggest mode tracks the body only: the %1 is changed directly.</source>
        <translation>Chế độ đề xuất chỉ theo dõi thân bài: %1 được sửa trực tiếp.</translation>
    </message>
    <message>
        <source>That suggestion is no longer in the text.</source>
        <translation>Đề xuất này không còn trong bài.</translation>
    </message>
    <message>
        <source>No more suggestions after this point.</source>
        <translation>Không còn đề xuất nào phía sau.</translation>
    </message>
    <message>
        <source>No more suggestions before this point.</source>
        <translation>Không còn đề xuất nào phía trước.</translation>
    </message>
    <message>
        <source>The article already has pending suggestions. Accept or reject them (the Changes list) before comparing a revision as suggestions.</source>
        <translation>Bài đã có đề xuất đang chờ. Hãy chấp nhận hoặc từ chối chúng (danh sách Các thay đổi) trước khi so một phiên bản dưới dạng đề xuất.</translation>
    </message>
    <message>
        <source>Wait a moment: suggestions are being decided.</source>
        <translation>Xin chờ một chút: các đề xuất đang được xử lý.</translation>
    </message>
    <message>
        <source>Revision %1 has the same text as now: nothing to suggest.</source>
        <translation>Phiên bản %1 có nội dung giống bản hiện tại: không có gì để đề xuất.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) would bring back the text of revision %1: accept the ones you want back, reject the others.</source>
        <translation>
            <numerusform>%n đề xuất sẽ đưa lại nội dung của phiên bản %1: chấp nhận những chỗ muốn lấy lại, từ chối những chỗ còn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the cursor in a suggestion first (Next change finds one).</source>
        <translation>Hãy đặt con trỏ vào một đề xuất trước (Thay đổi sau sẽ tìm giúp).</translation>
    </message>
    <message>
        <source>No pending suggestions.</source>
        <translation>Không có đề xuất nào đang chờ.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) by %1.</source>
        <translation>
            <numerusform>Đã chấp nhận %n đề xuất của %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s) by %1.</source>
        <translation>
            <numerusform>Đã từ chối %n đề xuất của %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>&amp;Previous</source>
        <translation>T&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Sau</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Chấ&amp;p nhận</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Từ &amp;chối</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Chấp nhận &amp;hết</translation>
    </message>
    <message>
        <source>Re&amp;ject all</source>
        <translation>&amp;Từ chối hết</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>&amp;Người đề xuất:</translation>
    </message>
    <message>
        <source>Pending suggestions</source>
        <translation>Các đề xuất đang chờ</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Mọi người đề xuất</translation>
    </message>
    <message>
        <source>No pending suggestions.</source>
        <translation>Không có đề xuất nào đang chờ.</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Thay</translation>
    </message>
</context>
<context>
    <name>CommentMenus</name>
    <message>
        <source>Comment…</source>
        <translation>Góp ý…</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>(passage deleted)</source>
        <translation>(đoạn văn đã bị xóa)</translation>
    </message>
    <message>
        <source>On the selected passage of the body</source>
        <translation>Về đoạn đã chọn trong nội dung</translation>
    </message>
    <message>
        <source>On the headline: “%1”</source>
        <translation>Về tiêu đề: “%1”</translation>
    </message>
    <message>
        <source>On the sapo: “%1”</source>
        <translation>Về sapo: “%1”</translation>
    </message>
    <message>
        <source>In the body: “%1”</source>
        <translation>Trong nội dung: “%1”</translation>
    </message>
    <message>
        <source>Nothing is selected: select the words to comment on in the headline, the sapo or the body.</source>
        <translation>Chưa chọn chữ nào: hãy bôi đen những chữ cần góp ý ở tiêu đề, sapo hoặc nội dung.</translation>
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
        <source>Your reply to the selected comment</source>
        <translation>Trả lời của bạn cho góp ý đã chọn</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Add your reply under the selected comment (Ctrl+Enter)</source>
        <translation>Thêm trả lời dưới góp ý đã chọn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(passage deleted)</source>
        <translation type="vanished">(đoạn văn đã bị xóa)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Back online — your changes conflict with a newer version</source>
        <translation>Đã kết nối lại — thay đổi của bạn xung đột với một phiên bản mới hơn</translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s) sent</source>
        <translation>
            <numerusform>đã gửi %n thay đổi khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online — %n change(s) sent</source>
        <translation>
            <numerusform>Đã kết nối lại — đã gửi %n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes kept on this computer</source>
        <translation>Mất kết nối — thay đổi được giữ trên máy này</translation>
    </message>
    <message>
        <source>The database server cannot be reached. The article stays editable: what you type is kept on this computer and sent, with its version check, as soon as the server answers again. Other articles, search and export need the server.</source>
        <translation>Không liên lạc được với máy chủ cơ sở dữ liệu. Bài vẫn sửa được: những gì bạn gõ được giữ trên máy này và được gửi đi, có kiểm tra phiên bản, ngay khi máy chủ trả lời trở lại. Mở bài khác, tìm kiếm và xuất bài cần có máy chủ.</translation>
    </message>
</context>
<context>
    <name>CopyfitLine</name>
    <message>
        <source>Copyfit: %1 over %2, %3 a column</source>
        <translation>Dàn trang: %1 trên %2, mỗi cột %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletedBar</name>
    <message>
        <source>Deleted by %1 — your text is kept</source>
        <translation>%1 đã xóa bài này — chữ của bạn vẫn được giữ</translation>
    </message>
    <message>
        <source>Deleted elsewhere — your text is kept</source>
        <translation>Bài đã bị xóa ở nơi khác — chữ của bạn vẫn được giữ</translation>
    </message>
    <message>
        <source>Save as new article</source>
        <translation>Lưu thành bài mới</translation>
    </message>
    <message>
        <source>Store the text as it is here as a new article in the library</source>
        <translation>Lưu nội dung đang có ở đây thành một bài mới trong thư viện</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the article: the text here is discarded</source>
        <translation>Đóng bài: nội dung ở đây bị bỏ đi</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Link</source>
        <translation type="vanished">Liên kết</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation type="vanished">Địa chỉ web:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The article needs a headline before it can be saved.</source>
        <translation>Bài viết cần có tiêu đề trước khi lưu.</translation>
    </message>
    <message>
        <source>The headline is too long: shorten it.</source>
        <translation>Tiêu đề quá dài: hãy rút gọn.</translation>
    </message>
    <message>
        <source>The language code is not valid (use vi or en, for example).</source>
        <translation>Mã ngôn ngữ không hợp lệ (ví dụ: vi hoặc en).</translation>
    </message>
    <message>
        <source>The publication time needs a valid time zone.</source>
        <translation>Thời điểm đăng cần có múi giờ hợp lệ.</translation>
    </message>
    <message>
        <source>The publication time is not a valid date and time.</source>
        <translation>Thời điểm đăng không phải ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>The URL is too long.</source>
        <translation>URL quá dài.</translation>
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
        <source>The article is not valid yet: check its fields.</source>
        <translation>Bài viết chưa hợp lệ: hãy kiểm tra các trường.</translation>
    </message>
    <message>
        <source>An article lists at most 20 related stories: remove some.</source>
        <translation>Một bài chỉ có tối đa 20 tin khác: hãy bỏ bớt.</translation>
    </message>
    <message>
        <source>A related story names an article id that is not valid.</source>
        <translation>Một tin khác ghi mã bài không hợp lệ.</translation>
    </message>
    <message>
        <source>A related story needs a library article or a web address.</source>
        <translation>Mỗi tin khác cần một bài trong thư viện hoặc một địa chỉ web.</translation>
    </message>
    <message>
        <source>The address of a related story is not a valid web address.</source>
        <translation>Địa chỉ của một tin khác không phải địa chỉ web hợp lệ.</translation>
    </message>
    <message>
        <source>A related link needs a headline.</source>
        <translation>Liên kết tin khác cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The headline of a related story is too long: shorten it.</source>
        <translation>Tiêu đề của một tin khác quá dài: hãy rút ngắn.</translation>
    </message>
    <message>
        <source>A field of the article file has the wrong kind of value.</source>
        <translation>Một trường trong tệp bài viết có giá trị sai kiểu.</translation>
    </message>
    <message>
        <source>The link address is not valid.</source>
        <translation>Địa chỉ liên kết không hợp lệ.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and the free space.</source>
        <translation>Không ghi được tệp. Hãy kiểm tra thư mục và dung lượng trống.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is still there and that you may read it.</source>
        <translation>Không đọc được tệp. Hãy kiểm tra tệp vẫn còn và bạn có quyền đọc.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Tệp quá lớn.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Không tìm thấy tệp.</translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation>Đó là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Tệp không phải văn bản UTF-8. Hãy lưu lại dạng UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <source>This file is not a photo newsdesk can use (JPEG, PNG, WebP, GIF or TIFF).</source>
        <translation>Tệp này không phải ảnh newsdesk dùng được (JPEG, PNG, WebP, GIF hoặc TIFF).</translation>
    </message>
    <message>
        <source>The photo cannot be read.</source>
        <translation>Không đọc được ảnh.</translation>
    </message>
    <message>
        <source>The photo file is incomplete. Copy it again from the camera or from the sender.</source>
        <translation>Tệp ảnh không đầy đủ. Hãy chép lại từ máy ảnh hoặc từ người gửi.</translation>
    </message>
    <message>
        <source>The photo is too large to open safely. Use a smaller copy.</source>
        <translation>Ảnh quá lớn để mở an toàn. Hãy dùng bản nhỏ hơn.</translation>
    </message>
    <message>
        <source>The photo is too large. Use a smaller copy.</source>
        <translation>Ảnh quá lớn. Hãy dùng bản nhỏ hơn.</translation>
    </message>
    <message>
        <source>This kind of image is not supported. Use JPEG, PNG, WebP, GIF or TIFF.</source>
        <translation>Loại ảnh này không được hỗ trợ. Hãy dùng JPEG, PNG, WebP, GIF hoặc TIFF.</translation>
    </message>
    <message>
        <source>The photo is not in the library.</source>
        <translation>Ảnh không có trong thư viện.</translation>
    </message>
    <message>
        <source>The photo file is empty.</source>
        <translation>Tệp ảnh rỗng.</translation>
    </message>
    <message>
        <source>The photo options are not valid.</source>
        <translation>Tùy chọn ảnh không hợp lệ.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Xuất bài không thành công.</translation>
    </message>
    <message>
        <source>That place cannot take the export. Choose another file or folder.</source>
        <translation>Không xuất được vào chỗ đó. Hãy chọn tệp hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>This export format is not known.</source>
        <translation>Không có định dạng xuất này.</translation>
    </message>
    <message>
        <source>No article has that status or section. Check the spelling, or list them first.</source>
        <translation>Không có bài nào ở trạng thái hoặc chuyên mục đó. Hãy kiểm tra lại chính tả, hoặc xem danh sách bài trước.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Đã hủy xuất bài.</translation>
    </message>
    <message>
        <source>The exported file could not be written. Check the folder and the free space.</source>
        <translation>Không ghi được tệp xuất. Hãy kiểm tra thư mục và dung lượng trống.</translation>
    </message>
    <message>
        <source>Save the article before exporting it.</source>
        <translation>Hãy lưu bài trước khi xuất.</translation>
    </message>
    <message>
        <source>A file with that name is already there. Choose another name or replace it.</source>
        <translation>Đã có tệp trùng tên. Hãy chọn tên khác hoặc thay thế tệp đó.</translation>
    </message>
    <message>
        <source>No QR code can be made for this address.</source>
        <translation>Không tạo được mã QR cho địa chỉ này.</translation>
    </message>
    <message>
        <source>A QR code needs a web address starting with https://.</source>
        <translation>Mã QR cần địa chỉ web bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code.</source>
        <translation>Địa chỉ quá dài để tạo mã QR.</translation>
    </message>
    <message>
        <source>Type the article&apos;s URL to make its QR code.</source>
        <translation>Hãy nhập URL của bài để tạo mã QR.</translation>
    </message>
    <message>
        <source>The QR code could not be saved there. Choose another file.</source>
        <translation>Không lưu được mã QR vào đó. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>The QR code options are not valid.</source>
        <translation>Tùy chọn mã QR không hợp lệ.</translation>
    </message>
    <message>
        <source>The library could not be used.</source>
        <translation>Không dùng được thư viện.</translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be written. Check its permissions or choose another data folder.</source>
        <translation>Không ghi được vào thư mục thư viện. Hãy kiểm tra quyền hoặc chọn thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <source>The library is read-only here: it can be read and exported, not changed. Ask for write access or copy the data folder to a writable place.</source>
        <translation>Thư viện ở đây chỉ đọc được: có thể xem và xuất bài, không sửa được. Hãy xin quyền ghi hoặc chép thư mục dữ liệu sang nơi ghi được.</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>Địa chỉ cơ sở dữ liệu không hợp lệ.</translation>
    </message>
    <message>
        <source>The database did not answer in time. Check the network and try again.</source>
        <translation>Cơ sở dữ liệu không trả lời kịp. Hãy kiểm tra mạng và thử lại.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: it is stopped, or the network is down. Try again once it answers.</source>
        <translation>Không liên lạc được với máy chủ cơ sở dữ liệu: máy chủ đã dừng, hoặc mạng bị ngắt. Hãy thử lại khi máy chủ trả lời.</translation>
    </message>
    <message>
        <source>The database could not be reached. Check the connection and try again.</source>
        <translation>Không kết nối được cơ sở dữ liệu. Hãy kiểm tra kết nối và thử lại.</translation>
    </message>
    <message>
        <source>This file is not a newsdesk library.</source>
        <translation>Tệp này không phải thư viện newsdesk.</translation>
    </message>
    <message>
        <source>The library was made by a newer newsdesk. Update newsdesk to open it.</source>
        <translation>Thư viện được tạo bởi phiên bản newsdesk mới hơn. Hãy cập nhật newsdesk để mở.</translation>
    </message>
    <message>
        <source>The library could not be brought up to this version of newsdesk.</source>
        <translation>Không nâng cấp được thư viện lên phiên bản newsdesk này.</translation>
    </message>
    <message>
        <source>The library is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Thư viện đang bận: một chương trình khác đang ghi vào. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>This database belongs to another program; newsdesk leaves it unchanged.</source>
        <translation>Cơ sở dữ liệu này thuộc chương trình khác; newsdesk không thay đổi nó.</translation>
    </message>
    <message>
        <source>This kind of database is not supported (use SQLite or PostgreSQL).</source>
        <translation>Loại cơ sở dữ liệu này không được hỗ trợ (hãy dùng SQLite hoặc PostgreSQL).</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then save again.</source>
        <translation>Ổ đĩa đã đầy: hãy giải phóng dung lượng rồi lưu lại.</translation>
    </message>
    <message>
        <source>The library file is damaged. Keep a copy of it; the log file says how to recover it.</source>
        <translation>Tệp thư viện bị hỏng. Hãy giữ một bản sao; tệp nhật ký hướng dẫn cách khôi phục.</translation>
    </message>
    <message>
        <source>The command was not understood.</source>
        <translation>Không hiểu lệnh.</translation>
    </message>
    <message>
        <source>The article could not be printed.</source>
        <translation>Không in được bài.</translation>
    </message>
    <message>
        <source>The page setup is not valid.</source>
        <translation>Thiết lập trang không hợp lệ.</translation>
    </message>
    <message>
        <source>There is nothing to print yet.</source>
        <translation>Chưa có gì để in.</translation>
    </message>
    <message>
        <source>Too many columns for this paper: use fewer columns or a larger paper.</source>
        <translation>Quá nhiều cột cho khổ giấy này: hãy giảm số cột hoặc chọn khổ lớn hơn.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message>
        <source>Printing took too long and was stopped. Try again.</source>
        <translation>In quá lâu nên đã dừng. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The print page could not be laid out. Try again; if it fails again, report it with the article.</source>
        <translation>Không dàn được trang in. Hãy thử lại; nếu vẫn lỗi, hãy báo lỗi kèm bài viết.</translation>
    </message>
    <message>
        <source>Printing could not start.</source>
        <translation>Không bắt đầu in được.</translation>
    </message>
    <message>
        <source>This paper size is not known.</source>
        <translation>Không có khổ giấy này.</translation>
    </message>
    <message>
        <source>The page orientation must be portrait or landscape.</source>
        <translation>Hướng trang phải là dọc hoặc ngang.</translation>
    </message>
    <message>
        <source>Margins must be between 5 and 60 mm.</source>
        <translation>Lề phải từ 5 đến 60 mm.</translation>
    </message>
    <message>
        <source>The print layout could not be loaded.</source>
        <translation>Không tải được bản dàn trang in.</translation>
    </message>
    <message>
        <source>The font size is out of range.</source>
        <translation>Cỡ chữ nằm ngoài khoảng cho phép.</translation>
    </message>
    <message>
        <source>The document to print could not be made.</source>
        <translation>Không tạo được tài liệu để in.</translation>
    </message>
    <message>
        <source>The article has pending suggestions (track changes). Accept or reject them first (newsdesk changes, accept, reject); until then it can only be exported as Markdown or as a review bundle.</source>
        <translation>Bài có đề xuất sửa đang chờ (theo dõi thay đổi). Hãy chấp nhận hoặc bác bỏ chúng trước (newsdesk changes, accept, reject); trước đó bài chỉ xuất được dạng Markdown hoặc gói duyệt.</translation>
    </message>
    <message>
        <source>There is no such pending suggestion in this article.</source>
        <translation>Bài này không có đề xuất sửa nào như vậy đang chờ.</translation>
    </message>
    <message>
        <source>The article has no pending suggestion.</source>
        <translation>Bài không có đề xuất sửa nào đang chờ.</translation>
    </message>
    <message>
        <source>A suggestion stays within one paragraph.</source>
        <translation>Một đề xuất sửa chỉ nằm trong một đoạn văn.</translation>
    </message>
    <message>
        <source>These words are already part of a suggestion.</source>
        <translation>Những chữ này đã nằm trong một đề xuất sửa.</translation>
    </message>
    <message>
        <source>There is nothing to suggest.</source>
        <translation>Không có gì để đề xuất.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s text cannot be shown as suggestions; import the bundle as usual and compare the versions.</source>
        <translation>Không thể đưa bản của người duyệt vào thành các đề xuất sửa; hãy nhập gói duyệt như thường lệ rồi so sánh các phiên bản.</translation>
    </message>
    <message>
        <source>The article already has pending suggestions. Accept or reject them (the Changes list) before comparing a revision as suggestions.</source>
        <translation>Bài đã có đề xuất đang chờ. Hãy chấp nhận hoặc từ chối chúng (danh sách Các thay đổi) trước khi so một phiên bản dưới dạng đề xuất.</translation>
    </message>
    <message>
        <source>This revision&apos;s text cannot be shown as suggestions (it holds text that reads as CriticMarkup, or line breaks inside a changed paragraph). Compare it in the History list and restore it instead.</source>
        <translation>Không thể hiện nội dung phiên bản này dưới dạng đề xuất (có chữ trông như dấu CriticMarkup, hoặc ngắt dòng trong một đoạn đã sửa). Hãy so nó trong danh sách Lịch sử rồi khôi phục.</translation>
    </message>
    <message>
        <source>The bundle&apos;s article is not in this library, so there is nothing to suggest changes to.</source>
        <translation>Bài của gói duyệt không có trong thư viện này nên không có gì để đề xuất sửa.</translation>
    </message>
    <message>
        <source>The PDF could not be written. Check the folder and the free space.</source>
        <translation>Không ghi được tệp PDF. Hãy kiểm tra thư mục và dung lượng trống.</translation>
    </message>
    <message>
        <source>The disk is full: the PDF could not be written. Free some space or choose another folder.</source>
        <translation>Ổ đĩa đã đầy: không ghi được tệp PDF. Hãy giải phóng dung lượng hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Another print is running: wait for it to finish.</source>
        <translation>Đang in một bài khác: hãy đợi in xong.</translation>
    </message>
    <message>
        <source>The article file could not be read.</source>
        <translation>Không đọc được tệp bài viết.</translation>
    </message>
    <message>
        <source>The article file&apos;s header (front matter) is not valid YAML.</source>
        <translation>Phần đầu (front matter) của tệp bài viết không phải YAML hợp lệ.</translation>
    </message>
    <message>
        <source>The article file&apos;s header is not closed by a line ---.</source>
        <translation>Phần đầu của tệp bài viết chưa được đóng bằng dòng ---.</translation>
    </message>
    <message>
        <source>The article file&apos;s header is nested too deeply.</source>
        <translation>Phần đầu của tệp bài viết lồng nhau quá sâu.</translation>
    </message>
    <message>
        <source>The article file&apos;s header must list its fields as name: value.</source>
        <translation>Phần đầu của tệp bài viết phải liệt kê các trường dạng tên: giá trị.</translation>
    </message>
    <message>
        <source>The file has no article header (front matter between two lines ---).</source>
        <translation>Tệp không có phần đầu bài viết (front matter giữa hai dòng ---).</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported. Use a Markdown article (.md), a Word document (.docx) or a review bundle (.newsdesk).</source>
        <translation>Không nhập được loại tệp này. Hãy dùng bài Markdown (.md), tài liệu Word (.docx) hoặc gói duyệt (.newsdesk).</translation>
    </message>
    <message>
        <source>The review bundle is damaged or is not a newsdesk bundle.</source>
        <translation>Gói duyệt bị hỏng hoặc không phải gói của newsdesk.</translation>
    </message>
    <message>
        <source>The comments in the review bundle are damaged.</source>
        <translation>Phần góp ý trong gói duyệt bị hỏng.</translation>
    </message>
    <message>
        <source>The history in the review bundle is damaged.</source>
        <translation>Phần lịch sử trong gói duyệt bị hỏng.</translation>
    </message>
    <message>
        <source>The review bundle&apos;s description (manifest) is damaged.</source>
        <translation>Phần mô tả (manifest) của gói duyệt bị hỏng.</translation>
    </message>
    <message>
        <source>A part of the review bundle is not valid JSON.</source>
        <translation>Một phần của gói duyệt không phải JSON hợp lệ.</translation>
    </message>
    <message>
        <source>The review bundle is too large to open safely.</source>
        <translation>Gói duyệt quá lớn để mở an toàn.</translation>
    </message>
    <message>
        <source>A file in the review bundle is too large to open safely.</source>
        <translation>Một tệp trong gói duyệt quá lớn để mở an toàn.</translation>
    </message>
    <message>
        <source>The review bundle expands too much to open safely.</source>
        <translation>Gói duyệt bung ra quá lớn để mở an toàn.</translation>
    </message>
    <message>
        <source>The review bundle holds too many files to open safely.</source>
        <translation>Gói duyệt chứa quá nhiều tệp để mở an toàn.</translation>
    </message>
    <message>
        <source>The review bundle is incomplete. Ask the sender for it again.</source>
        <translation>Gói duyệt không đầy đủ. Hãy nhờ người gửi gửi lại.</translation>
    </message>
    <message>
        <source>A part of the review bundle is missing. Ask the sender for it again.</source>
        <translation>Gói duyệt thiếu một phần. Hãy nhờ người gửi gửi lại.</translation>
    </message>
    <message>
        <source>The review bundle is damaged. Ask the sender for it again.</source>
        <translation>Gói duyệt bị hỏng. Hãy nhờ người gửi gửi lại.</translation>
    </message>
    <message>
        <source>This file is not a review bundle (not a readable zip file).</source>
        <translation>Tệp này không phải gói duyệt (không phải tệp zip đọc được).</translation>
    </message>
    <message>
        <source>Choose which version to keep.</source>
        <translation>Hãy chọn giữ phiên bản nào.</translation>
    </message>
    <message>
        <source>The review bundle was made by a newer newsdesk. Update newsdesk to open it.</source>
        <translation>Gói duyệt được tạo bởi phiên bản newsdesk mới hơn. Hãy cập nhật newsdesk để mở.</translation>
    </message>
    <message>
        <source>The review bundle holds an unsafe file name and was refused.</source>
        <translation>Gói duyệt chứa tên tệp không an toàn nên bị từ chối.</translation>
    </message>
    <message>
        <source>The review bundle holds a link to another file and was refused.</source>
        <translation>Gói duyệt chứa liên kết tới tệp khác nên bị từ chối.</translation>
    </message>
    <message>
        <source>The review bundle is encrypted: newsdesk cannot open it.</source>
        <translation>Gói duyệt đã được mã hóa: newsdesk không mở được.</translation>
    </message>
    <message>
        <source>The review bundle holds text that is not UTF-8.</source>
        <translation>Gói duyệt chứa văn bản không phải UTF-8.</translation>
    </message>
    <message>
        <source>The review bundle holds the same file twice and was refused.</source>
        <translation>Gói duyệt chứa một tệp hai lần nên bị từ chối.</translation>
    </message>
    <message>
        <source>The review bundle holds more comments than newsdesk accepts and was refused.</source>
        <translation>Gói duyệt chứa nhiều góp ý hơn mức newsdesk chấp nhận nên bị từ chối.</translation>
    </message>
    <message>
        <source>The Word document cannot be imported.</source>
        <translation>Không nhập được tài liệu Word này.</translation>
    </message>
    <message>
        <source>The Word document was not found.</source>
        <translation>Không tìm thấy tài liệu Word.</translation>
    </message>
    <message>
        <source>The Word document could not be read. Check that it is still there and that you may read it.</source>
        <translation>Không đọc được tài liệu Word. Hãy kiểm tra tệp vẫn còn đó và bạn có quyền đọc nó.</translation>
    </message>
    <message>
        <source>This file is not a Word document (.docx), or it is damaged. If Word or LibreOffice opens it, save it there as Word Document (.docx) and import it again.</source>
        <translation>Tệp này không phải tài liệu Word (.docx), hoặc đã bị hỏng. Nếu Word hoặc LibreOffice mở được tệp, hãy lưu lại dưới dạng Word Document (.docx) rồi nhập lại.</translation>
    </message>
    <message>
        <source>This file is a zip archive but not a Word document (.docx). Choose the .docx file saved from Word.</source>
        <translation>Tệp này là tệp nén zip nhưng không phải tài liệu Word (.docx). Hãy chọn tệp .docx được lưu từ Word.</translation>
    </message>
    <message>
        <source>This is an old Word 97–2003 document. Open it in Word, save it as Word Document (.docx) and import it again.</source>
        <translation>Đây là tài liệu Word 97–2003 cũ. Hãy mở bằng Word, lưu thành Word Document (.docx) rồi nhập lại.</translation>
    </message>
    <message>
        <source>The Word document is protected by a password. Save it without a password and import it again.</source>
        <translation>Tài liệu Word được bảo vệ bằng mật khẩu. Hãy lưu lại không đặt mật khẩu rồi nhập lại.</translation>
    </message>
    <message>
        <source>The Word document is too large to open safely.</source>
        <translation>Tài liệu Word quá lớn để mở an toàn.</translation>
    </message>
    <message>
        <source>A part of the Word document is too large to open safely.</source>
        <translation>Một phần của tài liệu Word quá lớn để mở an toàn.</translation>
    </message>
    <message>
        <source>The Word document expands too much to open safely and was refused.</source>
        <translation>Tài liệu Word bung ra quá lớn để mở an toàn nên bị từ chối.</translation>
    </message>
    <message>
        <source>The Word document holds too many parts to open safely.</source>
        <translation>Tài liệu Word chứa quá nhiều phần để mở an toàn.</translation>
    </message>
    <message>
        <source>The Word document holds an unsafe file name and was refused.</source>
        <translation>Tài liệu Word chứa tên tệp không an toàn nên bị từ chối.</translation>
    </message>
    <message>
        <source>The Word document holds a link to another file and was refused.</source>
        <translation>Tài liệu Word chứa liên kết tới tệp khác nên bị từ chối.</translation>
    </message>
    <message>
        <source>The Word document holds the same part twice and was refused.</source>
        <translation>Tài liệu Word chứa cùng một phần hai lần nên bị từ chối.</translation>
    </message>
    <message>
        <source>The Word document is damaged. Open it in Word, save it again and import it again.</source>
        <translation>Tài liệu Word bị hỏng. Hãy mở bằng Word, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>The Word document holds XML that Word never writes and was refused.</source>
        <translation>Tài liệu Word chứa XML mà Word không bao giờ tạo ra nên bị từ chối.</translation>
    </message>
    <message>
        <source>A stored revision is damaged.</source>
        <translation>Một phiên bản đã lưu bị hỏng.</translation>
    </message>
    <message>
        <source>A stored revision has a damaged date.</source>
        <translation>Một phiên bản đã lưu có ngày giờ bị hỏng.</translation>
    </message>
    <message>
        <source>That is not an article id.</source>
        <translation>Đó không phải mã bài viết.</translation>
    </message>
    <message>
        <source>Several articles match: give more of the id.</source>
        <translation>Có nhiều bài khớp: hãy nhập mã dài hơn.</translation>
    </message>
    <message>
        <source>The commented passage is no longer in the text.</source>
        <translation>Đoạn được góp ý không còn trong bài.</translation>
    </message>
    <message>
        <source>That comment no longer exists.</source>
        <translation>Góp ý đó không còn nữa.</translation>
    </message>
    <message>
        <source>Comments can be made on the headline, the sapo or the body only.</source>
        <translation>Chỉ góp ý được trên tiêu đề, sapo hoặc thân bài.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Hãy viết góp ý trước.</translation>
    </message>
    <message>
        <source>This workflow step is not known.</source>
        <translation>Không có bước quy trình này.</translation>
    </message>
    <message>
        <source>This status is not known.</source>
        <translation>Không có trạng thái này.</translation>
    </message>
    <message>
        <source>This step is not possible from the article&apos;s status.</source>
        <translation>Không thể làm bước này từ trạng thái hiện tại của bài.</translation>
    </message>
    <message>
        <source>That is not a revision number.</source>
        <translation>Đó không phải số phiên bản.</translation>
    </message>
    <message>
        <source>That revision does not exist.</source>
        <translation>Không có phiên bản đó.</translation>
    </message>
    <message>
        <source>Someone else saved this article meanwhile. Reload it, then redo your last change.</source>
        <translation>Người khác vừa lưu bài này. Hãy tải lại bài rồi làm lại thay đổi cuối cùng.</translation>
    </message>
    <message>
        <source>The article has pending suggestions (%1): it can be approved or published once each is accepted or rejected (Review ▸ Accept change or Reject change, or all of them, or the Changes list in the Review tab).</source>
        <translation>Bài còn đề xuất sửa đang chờ (%1): bài được duyệt hay đăng khi mỗi đề xuất đã được chấp nhận hoặc từ chối (Duyệt ▸ Chấp nhận thay đổi hoặc Từ chối thay đổi, hay tất cả một lần, hoặc danh sách Thay đổi trong thẻ Duyệt bài).</translation>
    </message>
    <message>
        <source>The article has pending suggestions (%1). Accept or reject them first: Review ▸ Accept change or Reject change (or all of them), or the Changes list in the Review tab. Until then it can only be exported as Markdown, as a review bundle, or as a PDF proof with the changes marked.</source>
        <translation>Bài còn đề xuất sửa đang chờ (%1). Hãy chấp nhận hoặc từ chối chúng trước: Duyệt ▸ Chấp nhận thay đổi hoặc Từ chối thay đổi (hay tất cả một lần), hoặc danh sách Thay đổi trong thẻ Duyệt bài. Cho đến lúc đó, bài chỉ xuất được dạng Markdown, gói duyệt, hoặc bản PDF in thử có đánh dấu sửa đổi.</translation>
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
        <source>Include co&amp;mments</source>
        <translation>Kèm &amp;góp ý</translation>
    </message>
    <message>
        <source>Print a proof for marking up on paper: each commented passage numbered in the text and the open comments listed as notes after the article</source>
        <translation>In bản in thử để sửa trên giấy: mỗi đoạn có góp ý được đánh số trong bài và các góp ý đang mở được liệt kê sau bài</translation>
    </message>
    <message>
        <source>Print changes mar&amp;ked (proof)</source>
        <translation>In đánh dấu &amp;sửa đổi (bản in thử)</translation>
    </message>
    <message>
        <source>Print the pending suggestions marked for reading on paper: inserted text underlined, deleted text struck through, each with its author&apos;s initials, and the authors listed after the article. Offered while the article has pending suggestions; accept or reject them to print the page itself.</source>
        <translation>In các đề xuất đang chờ có đánh dấu để đọc trên giấy: chữ thêm gạch dưới, chữ bỏ gạch ngang, kèm tên tắt người đề xuất, và danh sách người đề xuất sau bài. Chỉ có khi bài còn đề xuất đang chờ; chấp nhận hoặc từ chối hết thì in được trang bài.</translation>
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
        <source>InDesign story (ICML), photos beside it</source>
        <translation>Bài cho InDesign (ICML), kèm ảnh bên cạnh</translation>
    </message>
    <message>
        <source>News agency (NewsML-G2), photos beside it</source>
        <translation>Gửi hãng tin (NewsML-G2), kèm ảnh bên cạnh</translation>
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
        <source>InCopy story (*.icml)</source>
        <translation>Bài InCopy (*.icml)</translation>
    </message>
    <message>
        <source>NewsML-G2 document (*.xml)</source>
        <translation>Tài liệu NewsML-G2 (*.xml)</translation>
    </message>
    <message>
        <source>Newsdesk review bundle (*.newsdesk)</source>
        <translation>Gói duyệt bài Newsdesk (*.newsdesk)</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>khổ ngang</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>khổ dọc</translation>
    </message>
    <message numerus="yes">
        <source>Page: %1 %2, %n column(s), %3 pt (as in the print preview)</source>
        <translation>
            <numerusform>Trang in: %1 %2, %n cột, chữ %3 pt (như trong Xem bản in)</numerusform>
        </translation>
    </message>
    <message>
        <source>The page is set in the print preview (or in Preferences).</source>
        <translation>Trang in được đặt trong Xem bản in (hoặc trong Tùy chọn).</translation>
    </message>
    <message>
        <source>Or tick “Print changes marked (proof)” to print them marked.</source>
        <translation>Hoặc đánh dấu ô “In đánh dấu sửa đổi (bản in thử)” để in các đề xuất có đánh dấu.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <source>To print them marked for reading on paper, export a proof with the changes marked.</source>
        <translation>Để in chúng có đánh dấu mà đọc trên giấy, hãy xuất một bản PDF in thử có đánh dấu sửa đổi.</translation>
    </message>
    <message>
        <source>Export a &amp;proof…</source>
        <translation>Xuất PDF in &amp;thử…</translation>
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
        <source>Marks left out of the search are ignored, marks typed must be there: “ha noi” finds “Hà Nội”, “đươc” finds “được”</source>
        <translation>Dấu không gõ thì bỏ qua, dấu đã gõ phải có: “ha noi” tìm ra “Hà Nội”, “đươc” tìm ra “được”</translation>
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
        <source>Related stories</source>
        <translation>Tin khác</translation>
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
        <source>autosaved</source>
        <translation>đã tự lưu</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>đề xuất sửa</translation>
    </message>
    <message>
        <source>from review bundle %1</source>
        <translation>từ gói duyệt %1</translation>
    </message>
    <message>
        <source>merged the reviewer&apos;s changes from %1 (%2 places changed on both sides kept as here)</source>
        <translation>đã hợp nhất các sửa đổi của người duyệt từ %1 (%2 chỗ cả hai bên cùng sửa được giữ như ở đây)</translation>
    </message>
    <message>
        <source>merged the reviewer&apos;s changes from %1</source>
        <translation>đã hợp nhất các sửa đổi của người duyệt từ %1</translation>
    </message>
    <message>
        <source>restored revision %1</source>
        <translation>khôi phục phiên bản %1</translation>
    </message>
    <message>
        <source>kept: saved over an outdated version</source>
        <translation>giữ lại: đã lưu đè lên phiên bản cũ</translation>
    </message>
    <message>
        <source>chose the reviewer&apos;s version (revision %1)</source>
        <translation>chọn bản của người duyệt (phiên bản %1)</translation>
    </message>
    <message>
        <source>took the reviewer&apos;s text in %1 of %2 places changed on both sides (revision %3)</source>
        <translation>lấy chữ của người duyệt ở %1 trên %2 chỗ cả hai bên cùng sửa (phiên bản %3)</translation>
    </message>
    <message>
        <source>%1 (note: %2)</source>
        <translation>%1 (ghi chú: %2)</translation>
    </message>
    <message>
        <source>[Photo]</source>
        <translation>[Ảnh]</translation>
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
        <source>Compare as suggestions</source>
        <translation>So dưới dạng đề xuất</translation>
    </message>
    <message>
        <source>Show in the text, as suggestions, the changes that would bring it back to this revision: accept the ones you want back, reject the others.</source>
        <translation>Hiện trong bài, dưới dạng đề xuất, những thay đổi đưa bài về phiên bản này: chấp nhận những chỗ muốn lấy lại, từ chối những chỗ còn lại.</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Thay đổi trước</translation>
    </message>
    <message>
        <source>Previous change (Shift+F8)</source>
        <translation>Thay đổi trước (Shift+F8)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Thay đổi sau</translation>
    </message>
    <message>
        <source>Next change (F8)</source>
        <translation>Thay đổi sau (F8)</translation>
    </message>
    <message>
        <source>Larger view…</source>
        <translation>Xem rộng hơn…</translation>
    </message>
    <message>
        <source>The reviewer&apos;s changes, compared with revision %1, the one they were made on.</source>
        <translation>Những thay đổi của người duyệt, so với phiên bản %1, bản họ đã sửa trên đó.</translation>
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
        <source>Change %1 of %2</source>
        <translation>Thay đổi %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Các thay đổi</translation>
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
        <translation>đã khôi phục</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>created</source>
        <translation>đã tạo</translation>
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
    <name>LibraryPickDialog</name>
    <message>
        <source>Add related stories from the library</source>
        <translation>Thêm tin khác từ thư viện</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Tìm trong thư viện</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Bài trong thư viện</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Không có bài nào phù hợp.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>The words to click; the address if empty</source>
        <translation>Chữ để bấm vào; để trống thì dùng địa chỉ</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Chữ của liên kết</translation>
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
        <source>Te&amp;xt:</source>
        <translation>&amp;Chữ hiển thị:</translation>
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
    <name>LiveUpdates</name>
    <message>
        <source>You took over editing at %1; the others were told</source>
        <translation>Bạn đã nhận quyền biên tập bài lúc %1; những người khác đã được báo</translation>
    </message>
    <message>
        <source>Updated to the version saved elsewhere.</source>
        <translation>Đã cập nhật bản vừa lưu ở máy khác.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Một người</translation>
    </message>
    <message>
        <source>{who} kept their version; yours is in History as r{n}.</source>
        <translation>{who} đã giữ phiên bản của họ; bản của bạn nằm trong Lịch sử ở r{n}.</translation>
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
        <translation>&amp;Xuất bài…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Xuất &amp;HTML (trang web)…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Xuất &amp;PDF (bản in)…</translation>
    </message>
    <message>
        <source>&amp;Close article</source>
        <translation>Đó&amp;ng bài</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Suggest changes</source>
        <translation>&amp;Đề xuất thay đổi</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>Thay đổi &amp;sau</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Thay đổi &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation>&amp;Chấp nhận thay đổi</translation>
    </message>
    <message>
        <source>&amp;Reject change</source>
        <translation>Từ &amp;chối thay đổi</translation>
    </message>
    <message>
        <source>Accept a&amp;ll changes</source>
        <translation>Chấp nhận &amp;hết</translation>
    </message>
    <message>
        <source>Reject all c&amp;hanges</source>
        <translation>Từ chối h&amp;ết</translation>
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
        <source>Rev&amp;iew</source>
        <translation>D&amp;uyệt</translation>
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
        <source>Read-only library</source>
        <translation>Thư viện chỉ đọc</translation>
    </message>
    <message>
        <source>This library is read-only here: articles can be read, previewed and exported, not changed. To edit, copy the data folder to a place you may write, or ask for write access.</source>
        <translation>Thư viện này chỉ đọc ở máy này: có thể đọc, xem trước và xuất bài, không sửa được. Muốn sửa, hãy chép thư mục dữ liệu sang nơi bạn có quyền ghi, hoặc xin quyền ghi.</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>Không mở được thư viện bài viết</translation>
    </message>
    <message>
        <source>The text not yet stored in the library is kept on this computer. It will be sent when newsdesk starts again and the server answers.</source>
        <translation>Phần chữ chưa được lưu vào thư viện vẫn được giữ trên máy này. Nó sẽ được gửi đi khi newsdesk mở lại và máy chủ trả lời.</translation>
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
        <source>Word not added</source>
        <translation>Chưa thêm được từ</translation>
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
        <source>No new article</source>
        <translation>Không tạo được bài mới</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Không mở được bài viết</translation>
    </message>
    <message>
        <source>“%1” not saved yet: its text is kept, and saved as soon as it can be.</source>
        <translation>“%1” chưa được lưu: nội dung vẫn được giữ và sẽ được lưu ngay khi có thể.</translation>
    </message>
    <message>
        <source>Photo “%1” added at the end of “%2”: that article was closed before the photo was stored.</source>
        <translation>Ảnh “%1” đã được thêm vào cuối bài “%2”: bài đó đã đóng trước khi ảnh được lưu xong.</translation>
    </message>
    <message>
        <source>Save the article before commenting on it.</source>
        <translation>Hãy lưu bài viết trước khi góp ý.</translation>
    </message>
    <message>
        <source>Server unreachable — search needs the server</source>
        <translation>Không kết nối được máy chủ — tìm kiếm cần có máy chủ</translation>
    </message>
    <message>
        <source>Server unreachable — the list needs the server</source>
        <translation>Không kết nối được máy chủ — danh sách cần có máy chủ</translation>
    </message>
    <message>
        <source>Offline: the list and search need the server.</source>
        <translation type="vanished">Mất kết nối: danh sách và tìm kiếm cần có máy chủ.</translation>
    </message>
    <message>
        <source>The list cannot be shown: %1</source>
        <translation>Không hiện được danh sách: %1</translation>
    </message>
    <message>
        <source>Import an article</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <source>Articles and Word drafts (*.md *.markdown *.newsdesk *.docx);;Word documents (*.docx);;All files (*)</source>
        <translation>Bài viết và bản thảo Word (*.md *.markdown *.newsdesk *.docx);;Tài liệu Word (*.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 edited “%2” without suggestions.</source>
        <translation>%1 đã sửa “%2” mà không dùng chế độ đề xuất.</translation>
    </message>
    <message>
        <source>Show their edits as suggestions in the text, to accept or reject each one (accepting all gives their text, rejecting all keeps yours), or apply all their edits now?</source>
        <translation>Hiện các chỗ sửa của họ thành đề xuất trong bài để chấp nhận hay từ chối từng chỗ (chấp nhận tất cả cho ra bản của họ, từ chối tất cả giữ bản của bạn), hay áp dụng ngay mọi chỗ sửa?</translation>
    </message>
    <message>
        <source>Reviewed copy</source>
        <translation>Bản đã duyệt</translation>
    </message>
    <message>
        <source>Show their edits as &amp;suggestions</source>
        <translation>Hiện chỗ sửa thành &amp;đề xuất</translation>
    </message>
    <message>
        <source>&amp;Apply their edits</source>
        <translation>Á&amp;p dụng chỗ sửa của họ</translation>
    </message>
    <message>
        <source>Suggestions by %1: %2. Accept or reject them in the Changes list.</source>
        <translation>Đề xuất của %1: %2. Hãy chấp nhận hoặc từ chối trong danh sách Các thay đổi.</translation>
    </message>
    <message>
        <source>Their text is the same as this one: no suggestions.</source>
        <translation>Nội dung của họ giống bản này: không có đề xuất nào.</translation>
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
        <source>Offline: saved as soon as the server answers.</source>
        <translation>Mất kết nối: bài sẽ được lưu ngay khi máy chủ trả lời.</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? It goes from the list for everyone and cannot be opened again; its history stays in the database.</source>
        <translation>Xóa “%1” khỏi thư viện? Bài sẽ biến mất khỏi danh sách của mọi người và không mở lại được; lịch sử của bài vẫn được giữ trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is editing it.</source>
        <translation>%1 đang biên tập bài này.</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Xóa bài</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? This cannot be undone.</source>
        <translation type="vanished">Xóa “%1” khỏi thư viện? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <source>The waiting changes were not sent</source>
        <translation>Các thay đổi đang chờ chưa được gửi</translation>
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
        <source>Saved as a new article, as a draft.</source>
        <translation>Đã lưu thành bài mới, ở dạng bản nháp.</translation>
    </message>
    <message>
        <source>Its comments (%n) stayed with the deleted article.</source>
        <translation>Các góp ý của bài (%n) vẫn ở lại với bài đã xóa.</translation>
    </message>
    <message>
        <source>Insert a photo</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation type="vanished">Ảnh (*.jpg *.jpeg *.png *.webp *.gif);;Mọi tệp (*)</translation>
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
        <translation>%1 (theo gói duyệt)</translation>
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
        <source>Note from %1: “%2”</source>
        <translation>Ghi chú của %1: “%2”</translation>
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
        <translation>Góp ý mới: %1</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>The second QR code is left out: %1</source>
        <translation>Mã QR thứ hai bị bỏ ra: %1</translation>
    </message>
    <message>
        <source>The photo %1 prints at %2 dpi (%3 px for %4 mm); below 150 dpi it will look soft.</source>
        <translation>Ảnh %1 in ở %2 dpi (%3 px cho %4 mm); dưới 150 dpi ảnh sẽ bị nhòe.</translation>
    </message>
    <message>
        <source>The photo %1 is missing; a placeholder is printed.</source>
        <translation type="vanished">Thiếu ảnh %1; một ô thay thế được in vào chỗ đó.</translation>
    </message>
    <message>
        <source>The photo %1 cannot be printed; a placeholder is printed: %2</source>
        <translation>Không in được ảnh %1; một ô thay thế được in vào chỗ đó: %2</translation>
    </message>
    <message>
        <source>Columns of about %1 characters a line at %2 pt break words and leave gaps: fewer columns or a smaller type size set better.</source>
        <translation>Cột chỉ khoảng %1 ký tự một dòng ở cỡ chữ %2 pt sẽ ngắt chữ và hở khoảng trắng: nên giảm số cột hoặc cỡ chữ.</translation>
    </message>
    <message>
        <source>Lines of about %1 characters at %2 pt are hard to read: more columns or a larger type size set better.</source>
        <translation>Dòng dài khoảng %1 ký tự ở cỡ chữ %2 pt rất khó đọc: nên tăng số cột hoặc cỡ chữ.</translation>
    </message>
    <message>
        <source>The article has no URL, so no QR code is printed.</source>
        <translation>Bài chưa có URL nên không in mã QR.</translation>
    </message>
    <message>
        <source>No QR code is printed: %1</source>
        <translation>Không in mã QR: %1</translation>
    </message>
    <message>
        <source>The photo %1 could not be shown.</source>
        <translation>Không hiển thị được ảnh %1.</translation>
    </message>
    <message>
        <source>The photo %1 is printed with %2 mm cut off its top and bottom to close a gap in the columns (Preferences can turn photo fitting off).</source>
        <translation>Ảnh %1 được in với %2 mm bị cắt ở mép trên và mép dưới để lấp chỗ trống trong cột (có thể tắt việc này trong Tùy chọn).</translation>
    </message>
    <message>
        <source>The photo %1 is printed larger, with %2 mm cut off its sides, to close a gap in the columns (Preferences can turn photo fitting off).</source>
        <translation>Ảnh %1 được in lớn hơn, bị cắt %2 mm ở hai bên, để lấp chỗ trống trong cột (có thể tắt việc này trong Tùy chọn).</translation>
    </message>
    <message>
        <source>No QR code for the article URL: %1</source>
        <translation>Không có mã QR cho URL của bài: %1</translation>
    </message>
    <message>
        <source>No QR code for %1: %2</source>
        <translation>Không có mã QR cho %1: %2</translation>
    </message>
    <message>
        <source>The photo %1 is missing; a placeholder was exported.</source>
        <translation>Thiếu ảnh %1; một ô thay thế đã được xuất vào chỗ đó.</translation>
    </message>
    <message>
        <source>The photo %1 was left out: %2</source>
        <translation>Ảnh %1 bị bỏ ra: %2</translation>
    </message>
    <message>
        <source>%1: the photo %2 was skipped: %3</source>
        <translation type="vanished">%1: ảnh %2 bị bỏ qua: %3</translation>
    </message>
    <message>
        <source>%1: the photo %2 was not imported (%3); its place, caption and credit are kept, marked as missing: insert the photo again there.</source>
        <translation>%1: ảnh %2 không được nhập (%3); vị trí, chú thích và nguồn ảnh vẫn được giữ, đánh dấu là thiếu ảnh: hãy chèn lại ảnh vào đó.</translation>
    </message>
    <message>
        <source>%1: %2 NUL character(s) were removed (they are not text).</source>
        <translation>%1: đã bỏ %2 ký tự NUL (không phải chữ).</translation>
    </message>
    <message>
        <source>%1: the photo %2 is outside the article&apos;s folder and was not imported.</source>
        <translation>%1: ảnh %2 nằm ngoài thư mục của bài nên không được nhập.</translation>
    </message>
    <message>
        <source>%1: the photo %2 was not found beside the file.</source>
        <translation>%1: không tìm thấy ảnh %2 cạnh tệp.</translation>
    </message>
    <message>
        <source>%1: the photo %2 cannot be read.</source>
        <translation>%1: không đọc được ảnh %2.</translation>
    </message>
    <message>
        <source>%1: the photo %2 is not in the bundle.</source>
        <translation>%1: ảnh %2 không có trong gói.</translation>
    </message>
    <message>
        <source>%1: the unknown field “%2” was ignored.</source>
        <translation>%1: trường lạ “%2” đã được bỏ qua.</translation>
    </message>
    <message>
        <source>%1: %2 tracked insertion(s) and %3 tracked deletion(s) were accepted; check the text.</source>
        <translation type="vanished">%1: đã chấp nhận %2 chỗ thêm và %3 chỗ xóa của chế độ theo dõi thay đổi (Track Changes); hãy kiểm tra lại nội dung.</translation>
    </message>
    <message>
        <source>The photo %1 is missing; a placeholder is printed. Delete the placeholder and add the photo again with Edit ▸ Insert photo (Ctrl+Shift+I).</source>
        <translation>Thiếu ảnh %1; một ô thay thế được in vào chỗ đó. Hãy xóa ô thay thế rồi chèn lại ảnh bằng Sửa ▸ Chèn ảnh (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>The photo %1 is missing: the library never stored it (it was not beside the article when it was imported, or it is not a photo that opens); a placeholder is printed. Delete the placeholder and insert a photo that opens with Edit ▸ Insert photo (Ctrl+Shift+I).</source>
        <translation>Thiếu ảnh %1: thư viện chưa từng lưu ảnh này (khi nhập bài, tệp không nằm cạnh bài hoặc không phải ảnh mở được); một ô thay thế được in vào chỗ đó. Hãy xóa ô thay thế rồi chèn một ảnh mở được bằng Sửa ▸ Chèn ảnh (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>The photo %1 is missing: the library never stored it (it was not beside the article when it was imported, or it is not a photo that opens); a placeholder was exported. Delete the placeholder and insert a photo that opens with Edit ▸ Insert photo (Ctrl+Shift+I).</source>
        <translation>Thiếu ảnh %1: thư viện chưa từng lưu ảnh này (khi nhập bài, tệp không nằm cạnh bài hoặc không phải ảnh mở được); một ô thay thế đã được xuất vào chỗ đó. Hãy xóa ô thay thế rồi chèn một ảnh mở được bằng Sửa ▸ Chèn ảnh (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>%1: %2 tracked change(s) became pending suggestions; review them in the Changes list.</source>
        <translation>%1: %2 thay đổi được theo dõi (Track Changes) đã thành đề xuất đang chờ; hãy xem lại chúng trong danh sách Thay đổi.</translation>
    </message>
    <message>
        <source>%1: %2 tracked table row(s) added or removed were accepted; check the text.</source>
        <translation>%1: đã chấp nhận %2 hàng bảng được thêm hoặc xóa trong chế độ theo dõi thay đổi; hãy kiểm tra lại nội dung.</translation>
    </message>
    <message>
        <source>%1: %2 tracked picture(s) added or removed were accepted; check the text.</source>
        <translation>%1: đã chấp nhận %2 ảnh được thêm hoặc xóa trong chế độ theo dõi thay đổi; hãy kiểm tra lại nội dung.</translation>
    </message>
    <message>
        <source>%1: %2 tracked paragraph(s) split or joined were accepted; check the text.</source>
        <translation>%1: đã chấp nhận %2 chỗ tách hoặc nối đoạn trong chế độ theo dõi thay đổi; hãy kiểm tra lại nội dung.</translation>
    </message>
    <message>
        <source>%1: %2 tracked change(s) of formatting were accepted; check the text.</source>
        <translation>%1: đã chấp nhận %2 thay đổi định dạng trong chế độ theo dõi thay đổi; hãy kiểm tra lại nội dung.</translation>
    </message>
    <message>
        <source>%1: %2 tracked change(s) in the headline, sapo or byline, in a link or across a line break were accepted; check the text.</source>
        <translation>%1: đã chấp nhận %2 thay đổi được theo dõi nằm trong tiêu đề, sapo hoặc tên tác giả, trong một liên kết hoặc vắt qua chỗ xuống dòng; hãy kiểm tra lại nội dung.</translation>
    </message>
    <message>
        <source>%1: the text box in paragraph %2 (“%3”) was kept as ordinary text there; check where it belongs.</source>
        <translation>%1: hộp văn bản ở đoạn %2 (“%3”) được giữ thành chữ thường ngay tại đó; hãy xem nó nên nằm ở đâu.</translation>
    </message>
    <message>
        <source>%1: the EMF/WMF picture in paragraph %2 (“%3”) was not imported; save it as PNG or JPEG and add it.</source>
        <translation>%1: ảnh EMF/WMF ở đoạn %2 (“%3”) không được nhập; hãy lưu ảnh thành PNG hoặc JPEG rồi thêm vào.</translation>
    </message>
    <message>
        <source>%1: the embedded object in paragraph %2 (“%3”) was not imported (only its picture, if it has one).</source>
        <translation>%1: đối tượng nhúng ở đoạn %2 (“%3”) không được nhập (chỉ lấy hình của nó, nếu có).</translation>
    </message>
    <message>
        <source>%1: the chart or SmartArt in paragraph %2 (“%3”) was not imported.</source>
        <translation>%1: biểu đồ hoặc SmartArt ở đoạn %2 (“%3”) không được nhập.</translation>
    </message>
    <message>
        <source>%1: the equation in paragraph %2 (“%3”) was not imported.</source>
        <translation>%1: công thức toán ở đoạn %2 (“%3”) không được nhập.</translation>
    </message>
    <message>
        <source>%1: the footnote in paragraph %2 (“%3”) was kept as a numbered note at the end of the body.</source>
        <translation>%1: chú thích cuối trang ở đoạn %2 (“%3”) được giữ thành ghi chú đánh số ở cuối nội dung bài.</translation>
    </message>
    <message>
        <source>%1: a CriticMarkup mark was kept as plain text: %2</source>
        <translation>%1: một dấu CriticMarkup được giữ nguyên thành chữ thường: %2</translation>
    </message>
    <message>
        <source>%1: the comment “%2” is on words not found in the text; it is kept as an orphaned comment.</source>
        <translation>%1: góp ý “%2” gắn với những chữ không tìm thấy trong bài; góp ý vẫn được giữ nhưng không gắn vào đâu.</translation>
    </message>
    <message>
        <source>%1: the reviewer also changed the %2; only the body becomes suggestions, so it was left as it is here.</source>
        <translation>%1: người duyệt cũng sửa %2; chỉ thân bài mới thành đề xuất sửa, nên phần đó được giữ nguyên ở đây.</translation>
    </message>
    <message>
        <source>%1: the comment “%2” is on words that are not in the article&apos;s text; it is kept as an orphaned comment.</source>
        <translation>%1: góp ý “%2” gắn với những chữ không có trong bài; góp ý vẫn được giữ nhưng không gắn vào đâu.</translation>
    </message>
    <message>
        <source>%1: the first line is too long for a headline; it was shortened and kept in the body.</source>
        <translation>%1: dòng đầu quá dài để làm tiêu đề; tiêu đề được rút gọn và dòng đó vẫn nằm trong nội dung bài.</translation>
    </message>
    <message>
        <source>%1: the document has no text for a headline; the file name was used.</source>
        <translation>%1: tài liệu không có chữ nào để làm tiêu đề; đã dùng tên tệp.</translation>
    </message>
    <message>
        <source>The related story “%1” is no longer in the library: it is shown as text, without a link.</source>
        <translation>Tin khác “%1” không còn trong thư viện: được hiện thành chữ, không có liên kết.</translation>
    </message>
    <message>
        <source>The related story “%1” has no URL yet: it is shown as text.</source>
        <translation>Tin khác “%1” chưa có đường dẫn: được hiện thành chữ.</translation>
    </message>
    <message>
        <source>%1: the unknown field “%2” of related story %3 was ignored.</source>
        <translation>%1: đã bỏ qua trường lạ “%2” của tin khác thứ %3.</translation>
    </message>
    <message>
        <source>The article was changed here since the bundle was made: the reviewer&apos;s version is kept as revision %1 and nothing was overwritten. Compare it in the history.</source>
        <translation>Bài đã được sửa ở đây sau khi gói được tạo: bản của người duyệt được giữ thành phiên bản %1 và không có gì bị ghi đè. Hãy so sánh trong lịch sử.</translation>
    </message>
    <message>
        <source>%1: %2 mm cut off its top and bottom</source>
        <translation>%1: bị cắt %2 mm ở mép trên và mép dưới</translation>
    </message>
    <message>
        <source>%1: printed larger, %2 mm cut off its sides</source>
        <translation>%1: in lớn hơn, bị cắt %2 mm ở hai bên</translation>
    </message>
    <message>
        <source>Photos cut to close gaps in the columns (Preferences can turn photo fitting off):</source>
        <translation>Ảnh bị cắt để lấp chỗ trống trong cột (có thể tắt việc này trong Tùy chọn):</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
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
        <source>Let the ma&amp;ke-up crop, enlarge or space photos to close holes</source>
        <translation>Cho phép dàn trang cắt, phóng to hoặc &amp;dời ảnh để lấp chỗ trống</translation>
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
        <translation>Được ghi vào các phiên bản, góp ý và gói duyệt bạn xuất. Khi chưa đặt tên, tên đăng nhập của bạn (%1) được dùng.</translation>
    </message>
    <message>
        <source>Underline &amp;misspelt words as I type</source>
        <translation>&amp;Gạch chân từ sai chính tả khi gõ</translation>
    </message>
    <message>
        <source>Print the &amp;related stories box (Tin khác)</source>
        <translation>&amp;In khung “Tin khác” ở cuối bài</translation>
    </message>
    <message>
        <source>Let the ma&amp;ke-up crop or space photos by a line to close holes</source>
        <translation type="vanished">Cho phép dàn trang cắt hoặc &amp;dời ảnh một dòng để lấp chỗ trống</translation>
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
        <source>&amp;Orientation</source>
        <translation>&amp;Hướng giấy</translation>
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
    <message>
        <source>Spelling</source>
        <translation>Chính tả</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <source>a colleague</source>
        <translation>một đồng nghiệp</translation>
    </message>
    <message>
        <source>%1 took over editing at %2</source>
        <translation>%1 đã nhận quyền biên tập bài lúc %2</translation>
    </message>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>%1 đang biên tập bài này từ %2</translation>
    </message>
    <message>
        <source>Become the one editing this article: the others are told at once, their app saves what they typed, and they see that you took over</source>
        <translation>Nhận quyền biên tập bài này: người khác được báo ngay, ứng dụng của họ lưu những gì họ đã gõ và họ thấy bạn đã nhận bài</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Nhận bài</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Laying out the page…</source>
        <translation>Đang dàn trang…</translation>
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
        <source>Co&amp;mments</source>
        <translation>&amp;Góp ý</translation>
    </message>
    <message>
        <source>Show the proof: commented passages numbered in the text, the open comments listed after the article (as File ▸ Export… ▸ PDF with Include comments)</source>
        <translation>Xem bản in thử: các đoạn có góp ý được đánh số trong bài, các góp ý đang mở được liệt kê sau bài (như Tệp ▸ Xuất bài… ▸ PDF với Kèm góp ý)</translation>
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
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Landscape: the page is turned (click for portrait)</source>
        <translation>Khổ ngang: trang đã xoay ngang (bấm để về khổ dọc)</translation>
    </message>
    <message>
        <source>Portrait: click to turn the page to landscape</source>
        <translation>Khổ dọc: bấm để xoay trang sang khổ ngang</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending — shown marked; accept or reject them before printing</source>
        <translation>
            <numerusform>%n đề xuất đang chờ — đang hiện có đánh dấu; hãy chấp nhận hoặc từ chối trước khi in</numerusform>
        </translation>
    </message>
    <message>
        <source>Copyfit: %1 lines, filling %2 column(s) of %3 lines, %4 page(s)</source>
        <translation type="vanished">Dàn trang: %1 dòng, chiếm %2 cột (mỗi cột %3 dòng), %4 trang</translation>
    </message>
    <message>
        <source>Copyfit: —</source>
        <translation>Dàn trang: —</translation>
    </message>
    <message>
        <source>Copyfit: %1 lines in %2 column(s) of %3 lines, %4 page(s)</source>
        <translation type="vanished">Dàn trang: %1 dòng trong %2 cột, mỗi cột %3 dòng, %4 trang</translation>
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
    <name>RelatedField</name>
    <message>
        <source>Related stories</source>
        <translation>Tin khác</translation>
    </message>
    <message>
        <source>Shown after the article as “Tin khác” / “More news”. Delete removes a story, Alt+Up and Alt+Down move it.</source>
        <translation>Hiện sau bài dưới tiêu đề “Tin khác” / “More news”. Phím Delete bỏ một tin, Alt+↑ và Alt+↓ đổi thứ tự.</translation>
    </message>
    <message>
        <source>Add from library…</source>
        <translation>Thêm từ thư viện…</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Thêm liên kết…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>[Deleted] %1</source>
        <translation>[Đã xóa] %1</translation>
    </message>
    <message>
        <source>%1
No longer in the library: the exports show it as text, without a link. Remove it or pick another story.</source>
        <translation>%1
Không còn trong thư viện: khi xuất, bài chỉ hiện thành chữ, không có liên kết. Hãy gỡ bài này hoặc chọn bài khác.</translation>
    </message>
    <message>
        <source>%1
An article of the library</source>
        <translation>%1
Một bài trong thư viện</translation>
    </message>
    <message>
        <source>%1 (deleted from the library)</source>
        <translation type="vanished">%1 (đã bị xóa khỏi thư viện)</translation>
    </message>
    <message>
        <source>An article of the library</source>
        <translation type="vanished">Một bài trong thư viện</translation>
    </message>
</context>
<context>
    <name>RelatedLinkDialog</name>
    <message>
        <source>Add a related link</source>
        <translation>Thêm liên kết tin khác</translation>
    </message>
    <message>
        <source>Address of the related story</source>
        <translation>Địa chỉ của tin khác</translation>
    </message>
    <message>
        <source>Headline of the related story</source>
        <translation>Tiêu đề của tin khác</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>Not a web address: it must start with https:// or http://</source>
        <translation>Chưa phải địa chỉ web: phải bắt đầu bằng https:// hoặc http://</translation>
    </message>
    <message>
        <source>Type the headline the link is shown with.</source>
        <translation>Nhập tiêu đề hiện cho liên kết này.</translation>
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
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
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
    <name>SpellController</name>
    <message>
        <source>No suggestions</source>
        <translation>Không có gợi ý</translation>
    </message>
    <message>
        <source>Add to My Dictionary</source>
        <translation>Thêm vào từ điển của tôi</translation>
    </message>
    <message>
        <source>Add to Newsroom Dictionary</source>
        <translation>Thêm vào từ điển tòa soạn</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <source>Spelling is not checked: the dictionaries could not be read.</source>
        <translation>Không kiểm tra chính tả: không đọc được từ điển.</translation>
    </message>
    <message>
        <source>Spelling is not checked: no dictionary for this article&apos;s language.</source>
        <translation>Không kiểm tra chính tả: chưa có từ điển cho ngôn ngữ của bài này.</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <source>Spelling is not checked: no %1 dictionary was found.</source>
        <translation>Không kiểm tra chính tả: không tìm thấy từ điển %1.</translation>
    </message>
    <message>
        <source>No %1 dictionary was found: its words are not recognised.</source>
        <translation>Không tìm thấy từ điển %1: các từ %1 không được nhận ra.</translation>
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
        <translation>Viết bài, xem ngay trang in trong lúc gõ, rồi xuất bài cho báo điện tử hoặc báo in.</translation>
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
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Copyfit: —</source>
        <translation>Dàn trang: —</translation>
    </message>
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
    <message>
        <source>Kept on this computer</source>
        <translation>Đã giữ trên máy này</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>unknown author</source>
        <translation>không rõ người đề xuất</translation>
    </message>
    <message>
        <source>Inserted by %1</source>
        <translation>%1 đề xuất thêm</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>%1 đề xuất xóa</translation>
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
    <message numerus="yes">
        <source>%n suggestion(s) pending — shown marked; accept or reject them before publishing</source>
        <translation>
            <numerusform>%n đề xuất đang chờ — đang hiện có đánh dấu; hãy chấp nhận hoặc từ chối trước khi đăng</numerusform>
        </translation>
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
