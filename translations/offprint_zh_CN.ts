<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OriginalPage</name>
    <message>
        <source>The rest of the page is not shown: it is longer than the original-page view shows.</source>
        <translation>页面其余部分未显示：超出了原始网页视图能显示的长度。</translation>
    </message>
    <message>
        <source>The original page has no text to show.</source>
        <translation>原始网页没有可显示的文本。</translation>
    </message>
    <message>
        <source>The original is a %1 file. Its text:</source>
        <translation>原始文件是 %1 文件。其文本如下：</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Leave Search</source>
        <translation>退出搜索(&amp;L)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>保存搜索(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Page Down, then Next &amp;Unread</source>
        <translation>向下翻页，然后下一篇未读(&amp;U)</translation>
    </message>
    <message>
        <source>Next U&amp;nread Article</source>
        <translation>下一篇未读(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>加星标(&amp;S)</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>切换已读(&amp;R)</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>编辑标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>在浏览器中打开原始网页(&amp;O)</translation>
    </message>
    <message>
        <source>View &amp;Original Page</source>
        <translation>查看原始网页(&amp;O)</translation>
    </message>
    <message>
        <source>Sort by &amp;Saved Date</source>
        <translation>按保存日期排序(&amp;S)</translation>
    </message>
    <message>
        <source>Sort by &amp;Published Date</source>
        <translation>按发布日期排序(&amp;P)</translation>
    </message>
    <message>
        <source>Sort by &amp;Title</source>
        <translation>按标题排序(&amp;T)</translation>
    </message>
    <message>
        <source>Sort by Si&amp;te</source>
        <translation>按网站排序(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ystem Theme</source>
        <translation>跟随系统主题(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <source>Se&amp;pia Theme</source>
        <translation>护眼主题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>恢复默认大小(&amp;R)</translation>
    </message>
    <message>
        <source>Go to Si&amp;debar</source>
        <translation>转到侧栏(&amp;D)</translation>
    </message>
    <message>
        <source>Go to Article &amp;List</source>
        <translation>转到文章列表(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>转到阅读区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Offprint</source>
        <translation>关于 Offprint(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find in Article</source>
        <translation>在文章中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Find Previ&amp;ous</source>
        <translation>查找上一个(&amp;O)</translation>
    </message>
    <message>
        <source>Show O&amp;utline</source>
        <translation>显示目录(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选文字(&amp;H)</translation>
    </message>
    <message>
        <source>All &amp;Highlights</source>
        <translation>全部高亮(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>专注模式(&amp;F)</translation>
    </message>
    <message>
        <source>Context &amp;Menu</source>
        <translation>上下文菜单(&amp;M)</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>全部标为已读(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hide Read Articles</source>
        <translation>隐藏已读文章(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Export as EPUB…</source>
        <translation>导出为 EPUB(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>备份文库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore Library…</source>
        <translation>恢复文库(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for saved tech-news articles.</source>
        <translation>保存的科技新闻文章阅读器。</translation>
    </message>
    <message>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>打开 &lt;folder&gt; 中的文章库。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Saved pages or folders to import.</source>
        <translation>要导入的已保存网页或文件夹。</translation>
    </message>
    <message>
        <source>Offprint</source>
        <translation>Offprint</translation>
    </message>
    <message>
        <source>The library in %1 could not be opened.

%2</source>
        <translation>无法打开位于 %1 的文章库。

%2</translation>
    </message>
    <message>
        <source>Measure the window on the library, print the numbers and quit.</source>
        <translation>在文章库上测量窗口性能，输出结果后退出。</translation>
    </message>
    <message>
        <source>Time how the reader shows a sanitised page &lt;file&gt;, print the numbers and quit.</source>
        <translation>测量阅读器显示经过净化的网页 &lt;file&gt; 所需时间，输出结果后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Time select-all operations and their undo on the library and how long the window stops answering, print the numbers and quit (the library ends as it began).</source>
        <translation>在文库上计时全选操作及其撤销，以及窗口停止响应的最长时间，输出数字后退出（文库最终保持原样）。</translation>
    </message>
</context>
<context>
    <name>offprint::Error</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: file too large (%2 MB, the limit is %3 MB)</source>
        <translation>%1：文件太大（%2 MB，上限为 %3 MB）</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: file too large</source>
        <translation>%1：文件太大</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>encoding &quot;%1&quot; is not available</source>
        <translation>编码“%1”不可用</translation>
    </message>
    <message>
        <source>%1: not a readable MHTML archive</source>
        <translation>%1：不是可读取的 MHTML 归档</translation>
    </message>
    <message>
        <source>%1: MHTML archive without an HTML document</source>
        <translation>%1：MHTML 归档中没有 HTML 文档</translation>
    </message>
    <message>
        <source>%1: page too large to read (%2 MB of HTML, the limit is %3 MB)</source>
        <translation>%1：页面太大，无法读取（HTML 共 %2 MB，上限为 %3 MB）</translation>
    </message>
    <message>
        <source>%1: is a folder; import it to import the pages inside</source>
        <translation>%1：是文件夹；导入该文件夹即可导入其中的网页</translation>
    </message>
    <message>
        <source>%1: empty file (0 bytes)</source>
        <translation>%1：空文件（0 字节）</translation>
    </message>
    <message>
        <source>%1: not a Safari web archive</source>
        <translation>%1：不是 Safari 网页归档</translation>
    </message>
    <message>
        <source>%1: web archive refused: %2</source>
        <translation>%1：已拒绝此网页归档：%2</translation>
    </message>
    <message>
        <source>%1: damaged web archive (unreadable property list)</source>
        <translation>%1：网页归档已损坏（属性列表无法读取）</translation>
    </message>
    <message>
        <source>%1: web archive without a main resource</source>
        <translation>%1：网页归档中没有主资源</translation>
    </message>
    <message>
        <source>%1: web archive with an empty main document</source>
        <translation>%1：网页归档的主文档为空</translation>
    </message>
    <message>
        <source>empty query</source>
        <translation>搜索内容为空</translation>
    </message>
    <message>
        <source>The query is too long (at most %2 characters)</source>
        <translation>搜索内容太长（最多 %2 个字符）</translation>
    </message>
    <message>
        <source>Nothing to search for in %1: it has no words</source>
        <translation>%1 中没有可搜索的内容：其中没有词语</translation>
    </message>
    <message>
        <source>Nothing to search for in %1: it has no letters or digits</source>
        <translation>%1 中没有可搜索的内容：其中没有字母或数字</translation>
    </message>
    <message>
        <source>The query could not be read</source>
        <translation>无法解析搜索内容</translation>
    </message>
    <message>
        <source>%1: there is no article with id %2</source>
        <translation>%1：没有编号为 %2 的文章</translation>
    </message>
    <message>
        <source>article #%1 cannot be read: %2</source>
        <translation>无法读取文章 #%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for stored files</source>
        <translation>%1：无法创建存放文件的文件夹</translation>
    </message>
    <message>
        <source>%1: refusing to write outside the library folder</source>
        <translation>%1：拒绝写入文库文件夹之外的位置</translation>
    </message>
    <message>
        <source>%1: not a stored file of this library</source>
        <translation>%1：不是本文库存储的文件</translation>
    </message>
    <message>
        <source>%1: stored file is missing from the library folder</source>
        <translation>%1：存储的文件已从文库文件夹中丢失</translation>
    </message>
    <message>
        <source>%1: stored file lies outside the library folder</source>
        <translation>%1：存储的文件位于文库文件夹之外</translation>
    </message>
    <message>
        <source>%1: cannot open the library (out of memory)</source>
        <translation>%1：无法打开文库（内存不足）</translation>
    </message>
    <message>
        <source>%1%2: the library is in use by another Offprint window or command; try again when it has finished</source>
        <translation>%1%2：文库正被另一个 Offprint 窗口或命令使用；请在其完成后重试</translation>
    </message>
    <message>
        <source>%1%2: the disk is full; free some space and try again</source>
        <translation>%1%2：磁盘已满；请释放一些空间后重试</translation>
    </message>
    <message>
        <source>%1%2: the library cannot be changed (the file or its folder is read-only)</source>
        <translation>%1%2：无法修改文库（文件或其所在文件夹为只读）</translation>
    </message>
    <message>
        <source>%1%2: permission denied</source>
        <translation>%1%2：权限不足</translation>
    </message>
    <message>
        <source>%1%2: the library file cannot be opened (missing folder or no permission)</source>
        <translation>%1%2：无法打开文库文件（文件夹不存在或没有权限）</translation>
    </message>
    <message>
        <source>%1%2: the library file is damaged; restore it from a backup (library.sqlite.bak-v* files are kept next to it)</source>
        <translation>%1%2：文库文件已损坏；请从备份恢复（旁边保留有 library.sqlite.bak-v* 备份文件）</translation>
    </message>
    <message>
        <source>%1%2: this file is not an Offprint library (not an SQLite database)</source>
        <translation>%1%2：此文件不是 Offprint 文库（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1%2: a disk read or write error occurred</source>
        <translation>%1%2：发生了磁盘读写错误</translation>
    </message>
    <message>
        <source>%1%2: out of memory</source>
        <translation>%1%2：内存不足</translation>
    </message>
    <message>
        <source>%1%2: the data is too large to store</source>
        <translation>%1%2：数据太大，无法存储</translation>
    </message>
    <message>
        <source>%1%2: the change conflicts with existing data</source>
        <translation>%1%2：此更改与已有数据冲突</translation>
    </message>
    <message>
        <source>%1%2: the operation was cancelled</source>
        <translation>%1%2：操作已取消</translation>
    </message>
    <message>
        <source>%1%2: internal database error (%3)</source>
        <translation>%1%2：数据库内部错误（%3）</translation>
    </message>
    <message>
        <source>%1: no transaction to commit</source>
        <translation>%1：没有可提交的事务</translation>
    </message>
    <message>
        <source>%1: there is no highlight with id %2</source>
        <translation>%1：没有编号为 %2 的高亮</translation>
    </message>
    <message>
        <source>unknown colour &apos;%1&apos; (%2)</source>
        <translation>未知颜色“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>quote not found in #%1</source>
        <translation>在 #%1 中找不到这段引文</translation>
    </message>
    <message>
        <source>occurrence %2 of the quote not found in #%1 (it occurs %3 time(s))</source>
        <translation>在 #%1 中找不到引文的第 %2 处（共出现 %3 次）</translation>
    </message>
    <message>
        <source>a highlight needs a quote</source>
        <translation>高亮需要一段引文</translation>
    </message>
    <message>
        <source>no library folder given</source>
        <translation>未指定文库文件夹</translation>
    </message>
    <message>
        <source>%1: is a file, not a library folder</source>
        <translation>%1：是文件，不是文库文件夹</translation>
    </message>
    <message>
        <source>%1: cannot create the library folder</source>
        <translation>%1：无法创建文库文件夹</translation>
    </message>
    <message>
        <source>%1: this SQLite has no full-text search (FTS5); Offprint needs it</source>
        <translation>%1：此 SQLite 不支持全文搜索（FTS5），而 Offprint 需要它</translation>
    </message>
    <message>
        <source>%1: this file is not an Offprint library</source>
        <translation>%1：此文件不是 Offprint 文库</translation>
    </message>
    <message>
        <source>%1: the library is read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>%1：文库为只读（文件或其所在文件夹不可写）；未作任何修改</translation>
    </message>
    <message>
        <source>%1: this library was written by a newer Offprint (schema %2, this build knows %3); it was not modified. Update Offprint to open it.</source>
        <translation>%1：此文库由更新版本的 Offprint 写入（结构版本 %2，本程序支持 %3）；文库未被修改。请更新 Offprint 后再打开。</translation>
    </message>
    <message>
        <source>%1: this file is not an Offprint library; it was not modified</source>
        <translation>%1：此文件不是 Offprint 文库；未作任何修改</translation>
    </message>
    <message>
        <source>%1: this database is not an Offprint library; it was not modified</source>
        <translation>%1：此数据库不是 Offprint 文库；未作任何修改</translation>
    </message>
    <message>
        <source>%1: creating the library failed (%2)</source>
        <translation>%1：创建文库失败（%2）</translation>
    </message>
    <message>
        <source>%1: search is unavailable (this SQLite has no full-text search)</source>
        <translation>%1：搜索不可用（此 SQLite 不支持全文搜索）</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;: the query could not be run; try fewer special characters or quote the words</source>
        <translation>搜索“%1”：无法执行；请减少特殊字符，或给词语加上引号</translation>
    </message>
    <message>
        <source>%1: tag &apos;%2&apos; could not be stored</source>
        <translation>%1：无法保存标签“%2”</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos;: no such tag</source>
        <translation>标签“%1”：不存在</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos;: the new name is empty</source>
        <translation>标签“%1”：新名称为空</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: JSON lines)</source>
        <translation>不是已保存的网页（.%2 文件：JSON 行数据）</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: plain text)</source>
        <translation>不是已保存的网页（.%2 文件：纯文本）</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: a log)</source>
        <translation>不是已保存的网页（.%2 文件：日志）</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: a table)</source>
        <translation>不是已保存的网页（.%2 文件：表格）</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: settings)</source>
        <translation>不是已保存的网页（.%2 文件：设置）</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: documentation)</source>
        <translation>不是已保存的网页（.%2 文件：文档）</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: data)</source>
        <translation>不是已保存的网页（.%2 文件：数据）</translation>
    </message>
    <message>
        <source>not a regular file (FIFO/device)</source>
        <translation>不是普通文件（FIFO 或设备）</translation>
    </message>
    <message>
        <source>cannot read (%2)</source>
        <translation>无法读取（%2）</translation>
    </message>
    <message>
        <source>not a saved page (Markdown without a clip&apos;s front matter, such as a README)</source>
        <translation>不是已保存的网页（没有剪藏元数据的 Markdown，例如 README）</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8 (shown with �); rename it to import it</source>
        <translation>文件名不是有效的 UTF-8（显示为 �）；请重命名后再导入</translation>
    </message>
    <message>
        <source>cannot read this folder (%2)</source>
        <translation>无法读取此文件夹（%2）</translation>
    </message>
    <message>
        <source>a partial download (the browser has not finished it)</source>
        <translation>未下载完的文件（浏览器尚未完成下载）</translation>
    </message>
    <message>
        <source>resource folder of a saved page whose page is missing</source>
        <translation>已保存网页的资源文件夹，但网页本身不见了</translation>
    </message>
    <message>
        <source>not a saved web page (.%2 file)</source>
        <translation>不是已保存的网页（.%2 文件）</translation>
    </message>
    <message>
        <source>no saved pages found in this folder</source>
        <translation>此文件夹中没有找到已保存的网页</translation>
    </message>
    <message>
        <source>a browser bookmark export, not an article</source>
        <translation>浏览器导出的书签，不是文章</translation>
    </message>
    <message>
        <source>not an HTML page (binary data)</source>
        <translation>不是 HTML 网页（二进制数据）</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>not a saved web page (no HTML, MHTML, webarchive or Markdown clip)</source>
        <translation>不是已保存的网页（不是 HTML、MHTML、网页归档或 Markdown 剪藏）</translation>
    </message>
    <message>
        <source>a ZIP archive that is neither a compressed SingleFile page (no index.html) nor another reader&apos;s export</source>
        <translation>既不是压缩的 SingleFile 网页（没有 index.html），也不是其他阅读器的导出文件的 ZIP 压缩包</translation>
    </message>
</context>
<context>
    <name>offprint::gui::AllHighlightsView</name>
    <message>
        <source>Filter highlights, notes and titles</source>
        <translation>筛选高亮、笔记和标题</translation>
    </message>
    <message>
        <source>Orphaned only</source>
        <translation>仅显示失效的</translation>
    </message>
    <message>
        <source>Highlights whose text is no longer in their article (after it was re-imported)</source>
        <translation>原文已不在文章中的高亮（文章重新导入之后）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>No highlights match.</source>
        <translation>没有匹配的高亮。</translation>
    </message>
    <message>
        <source>No highlights yet.

Select text in an article and press H to highlight it.</source>
        <translation>还没有高亮。

在文章中选中文字，按 H 即可高亮。</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleOperations</name>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>删除 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star or unstar %n article(s)</source>
        <translation>
            <numerusform>加星或取消加星 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) read or unread</source>
        <translation>
            <numerusform>将 %n 篇文章标为已读或未读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) read</source>
        <translation>
            <numerusform>将 %n 篇文章标为已读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) unread</source>
        <translation>
            <numerusform>将 %n 篇文章标为未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s)</source>
        <translation>
            <numerusform>为 %n 篇文章添加标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>删除文章</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)?</source>
        <translation>
            <numerusform>删除 %n 篇文章？</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation>可以用 %1 撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>正在撤销：%1</translation>
    </message>
</context>
<context>
    <name>offprint::gui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一处 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一处 (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>offprint::gui::HighlightController</name>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Select text in the article to highlight it.</source>
        <translation>请先在文章中选中文字，再进行高亮。</translation>
    </message>
    <message>
        <source>The selection could not be found in the article&apos;s text.</source>
        <translation>在文章正文中找不到所选文字。</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>“%1”的批注：</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>编辑批注…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>This highlight is orphaned: its text is no longer in the article.</source>
        <translation>此高亮已失效：它的文字已不在文章中。</translation>
    </message>
</context>
<context>
    <name>offprint::gui::HighlightRowDelegate</name>
    <message>
        <source>Orphaned: no longer in the article&apos;s text</source>
        <translation>已失效：文字已不在文章中</translation>
    </message>
</context>
<context>
    <name>offprint::gui::HighlightsPanel</name>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>(no longer in the text)</source>
        <translation>（已不在正文中）</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ImportController</name>
    <message>
        <source>Looking for saved pages…</source>
        <translation>正在查找已保存的网页…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>将在当前文件完成后停止…</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>已导入 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>已更新 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n 篇已在文章库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>已跳过 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Stop importing after the current file (Escape)</source>
        <translation>导入完当前文件后停止（Esc）</translation>
    </message>
    <message>
        <source>Importing %1 of %2</source>
        <translation>正在导入第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>导入已取消：%1</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>导入完成：%1</translation>
    </message>
    <message>
        <source>The same page as #%1, which is as good or better: left as it is</source>
        <translation>与 #%1 是同一网页，且 #%1 同样好或更好：保持不变</translation>
    </message>
    <message>
        <source>A better copy of #%1 (more text or saved images): replaced it, keeping its tags, state and highlights</source>
        <translation>#%1 的更好副本（文字或已保存的图片更多）：已替换，保留其标签、状态和高亮</translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>%n 条已补全</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>已补全</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s), %1</source>
        <translation>
            <numerusform>%Ln 字，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>The same page as #%1, which is as good or better: left as it is (stored: %2; this file: %3)</source>
        <translation>与 #%1 是同一网页，且 #%1 同样好或更好：保持不变（已存：%2；此文件：%3）</translation>
    </message>
    <message>
        <source>Replaced #%1 with this copy as asked, keeping its tags, state and highlights (it had: %2; this file: %3)</source>
        <translation>已按要求用此副本替换 #%1，保留其标签、状态和高亮（原有：%2；此文件：%3）</translation>
    </message>
    <message>
        <source>Replace with These Copies</source>
        <translation>用这些副本替换</translation>
    </message>
    <message>
        <source>Import the selected duplicate files again, each replacing the article it is the same page as; its tags, read and starred state and highlights are kept. With no row selected: every duplicate file.</source>
        <translation>重新导入所选的重复文件，各自替换与其为同一网页的文章；文章的标签、已读和星标状态以及高亮均保留。未选择任何行时：所有重复文件。</translation>
    </message>
    <message>
        <source>Another import is running: replace these when it has finished.</source>
        <translation>另一项导入正在进行：请在其完成后再替换。</translation>
    </message>
    <message>
        <source>#%1 had been deleted: brought back with its tags, state and highlights</source>
        <translation>#%1 曾被删除：已连同其标签、状态和高亮一起恢复</translation>
    </message>
</context>
<context>
    <name>offprint::gui::LibraryOpener</name>
    <message>
        <source>Offprint</source>
        <translation>Offprint</translation>
    </message>
    <message>
        <source>Opening the library in %1…</source>
        <translation>正在打开 %1 中的资料库…</translation>
    </message>
    <message>
        <source>Upgrading the library: rebuilding the search index (%L1 of %L2 articles)…</source>
        <translation>正在升级资料库：重建搜索索引（%L1 / %L2 篇文章）…</translation>
    </message>
</context>
<context>
    <name>offprint::gui::LibraryTransfer</name>
    <message>
        <source>Library restored</source>
        <translation>文库已恢复</translation>
    </message>
    <message>
        <source>The library was restored into %1.

Open it in a new window?</source>
        <translation>文库已恢复到 %1。

要在新窗口中打开它吗？</translation>
    </message>
    <message>
        <source>Another export, backup or restore is still running.</source>
        <translation>另一项导出、备份或恢复仍在进行。</translation>
    </message>
    <message>
        <source>No articles to export.</source>
        <translation>没有可导出的文章。</translation>
    </message>
    <message>
        <source>Export as EPUB</source>
        <translation>导出为 EPUB</translation>
    </message>
    <message>
        <source>EPUB books (*.epub)</source>
        <translation>EPUB 电子书 (*.epub)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s) as EPUB…</source>
        <translation>
            <numerusform>正在将 %n 篇文章导出为 EPUB…</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB export failed: %1</source>
        <translation>EPUB 导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>已将 %n 篇文章导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s) left out)</source>
        <translation>
            <numerusform>（%n 张图片未包含）</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>备份文库</translation>
    </message>
    <message>
        <source>Offprint backups (*.zip)</source>
        <translation>Offprint 备份 (*.zip)</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>正在备份文库…</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件备份到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Library</source>
        <translation>恢复文库</translation>
    </message>
    <message>
        <source>Restore into a new or empty folder</source>
        <translation>恢复到新的或空的文件夹</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s) into %1</source>
        <translation>
            <numerusform>已将 %n 个文件恢复到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offprint::gui::MainWindow</name>
    <message>
        <source>Offprint</source>
        <translation>Offprint</translation>
    </message>
    <message>
        <source>Import saved pages</source>
        <translation>导入已保存的网页</translation>
    </message>
    <message>
        <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.webarchive *.md *.markdown);;All files (*)</source>
        <translation>已保存的网页 (*.html *.htm *.xhtml *.mhtml *.mht *.webarchive *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of saved pages</source>
        <translation>导入包含已保存网页的文件夹</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>No more unread articles in this list.</source>
        <translation>此列表中没有更多未读文章。</translation>
    </message>
    <message>
        <source>Tags of this article:</source>
        <translation>这篇文章的标签：</translation>
    </message>
    <message numerus="yes">
        <source>Add tags to %n articles:</source>
        <translation>
            <numerusform>为 %n 篇文章添加标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s). Undo with %1.</source>
        <translation>
            <numerusform>已删除 %n 篇文章。按 %1 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first; then save it.</source>
        <translation>请先输入搜索内容，然后再保存。</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>About Offprint</source>
        <translation>关于 Offprint</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Offprint %1&lt;/h3&gt;&lt;p&gt;A calm, offline reader for saved tech-news articles in Chinese and English.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Offprint %1&lt;/h3&gt;&lt;p&gt;一个安静的离线阅读器，用于阅读保存的中英文科技新闻文章。&lt;/p&gt;&lt;p&gt;文章库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Offprint</source>
        <translation>%1 — Offprint</translation>
    </message>
    <message>
        <source>Nothing matches this search.</source>
        <translation>没有符合此搜索的文章。</translation>
    </message>
    <message>
        <source>No articles yet.

Import saved pages with File ▸ Import Files (Ctrl+O), or drop them on this window.</source>
        <translation>还没有文章。

通过“文件 ▸ 导入文件”（Ctrl+O）导入已保存的网页，或把它们拖放到此窗口。</translation>
    </message>
    <message>
        <source>No articles here.</source>
        <translation>这里没有文章。</translation>
    </message>
    <message>
        <source>Offprint: %1</source>
        <translation>Offprint：%1</translation>
    </message>
    <message>
        <source>Offprint: unread</source>
        <translation>Offprint：未读</translation>
    </message>
    <message>
        <source>Offprint: starred</source>
        <translation>Offprint：已加星标</translation>
    </message>
</context>
<context>
    <name>offprint::gui::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ReaderController</name>
    <message>
        <source>Article not found</source>
        <translation>找不到文章</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>它可能已被删除。</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>未选择文章</translation>
    </message>
    <message>
        <source>Choose an article from the list, or import saved pages with File ▸ Import.</source>
        <translation>从列表中选择一篇文章，或通过“文件 ▸ 导入”导入已保存的网页。</translation>
    </message>
    <message>
        <source>This article has no stored original.</source>
        <translation>这篇文章没有保存原始网页。</translation>
    </message>
    <message>
        <source>Showing the stored original page (no scripts, no images, no network). Press V to return.</source>
        <translation>正在显示保存的原始网页（不运行脚本、不加载图片、不访问网络）。按 V 返回。</translation>
    </message>
    <message>
        <source>Preparing the original page…</source>
        <translation>正在准备原始网页…</translation>
    </message>
    <message>
        <source>The article cannot be read</source>
        <translation>无法读取文章</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ReaderView</name>
    <message>
        <source>Not saved yet: only the link was imported. Import the saved page to read it here; it fills this entry and keeps its tags, state and highlights.</source>
        <translation>尚未保存：只导入了链接。导入保存的网页即可在此阅读；它会补全这一条目，并保留其标签、状态和高亮。</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ReextractController</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop updating; the rest is updated the next time the library is opened</source>
        <translation>停止更新；其余文章会在下次打开文库时更新</translation>
    </message>
    <message>
        <source>Updating articles for this version of Offprint…</source>
        <translation>正在为此版本的 Offprint 更新文章…</translation>
    </message>
    <message>
        <source>Stopping after the current article…</source>
        <translation>当前文章完成后停止…</translation>
    </message>
    <message>
        <source>Updating articles for this version of Offprint: %1 of %2</source>
        <translation>正在为此版本的 Offprint 更新文章：第 %1 篇，共 %2 篇</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n article(s) for this version of Offprint.</source>
        <translation>
            <numerusform>已为此版本的 Offprint 更新 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read again from the stored original and kept their content.</source>
        <translation>
            <numerusform>%n 篇无法从保存的原始文件重新读取，保留了原有内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the rest is updated the next time the library is opened.</source>
        <translation>已停止；其余文章会在下次打开文库时更新。</translation>
    </message>
</context>
<context>
    <name>offprint::gui::SearchController</name>
    <message>
        <source>Search (/)</source>
        <translation>搜索 (/)</translation>
    </message>
    <message>
        <source>Words are ANDed; &quot;exact phrase&quot;, -exclude, a OR b, prefix*.
Filters: tag:NAME site:NAME author:NAME is:unread is:starred lang:zh before:2024-01-01 after:2023-06-01</source>
        <translation>多个词需同时匹配；&quot;精确短语&quot;、-排除、a OR b、前缀*。
筛选：tag:标签 site:网站 author:作者 is:unread is:starred lang:zh before:2024-01-01 after:2023-06-01</translation>
    </message>
    <message numerus="yes">
        <source>%n+ results</source>
        <translation>
            <numerusform>%n+ 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>将此搜索保存到侧栏</translation>
    </message>
</context>
<context>
    <name>offprint::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文章库</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Serif (Noto Serif CJK, Songti)</source>
        <translation>衬线体（思源宋体、宋体）</translation>
    </message>
    <message>
        <source>Sans-serif (Noto Sans CJK, PingFang, YaHei)</source>
        <translation>无衬线体（思源黑体、苹方、雅黑）</translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source> em</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>Text &amp;width:</source>
        <translation>正文宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Offprint starts again.</source>
        <translation>新的语言将在 Offprint 重新启动后生效。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Mark read after &amp;open for:</source>
        <translation>打开多久后标为已读(&amp;O)：</translation>
    </message>
    <message>
        <source>Mark read when scrolled to the &amp;end</source>
        <translation>滚动到文末时标为已读(&amp;E)</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>文章库文件夹</translation>
    </message>
    <message>
        <source>Library &amp;folder:</source>
        <translation>文章库文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>A new library folder is used when Offprint starts again.</source>
        <translation>新的文章库文件夹将在 Offprint 重新启动后使用。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <source>Watched folders (pages saved there are imported automatically):</source>
        <translation>监视的文件夹（保存到这里的网页会自动导入）：</translation>
    </message>
</context>
<context>
    <name>offprint::gui::Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for “%1” (an existing tag&apos;s name merges the two):</source>
        <translation>“%1”的新名称（使用已有标签的名称会将两者合并）：</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Remove the tag “%1” from all its articles? The articles stay.</source>
        <translation>要从所有文章中移除标签“%1”吗？文章本身会保留。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>移除已保存的搜索</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge the tag “%1” into “%2”?</source>
        <translation>要将标签“%1”合并到“%2”吗？</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>重命名保存的搜索</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Edit saved search</source>
        <translation>编辑保存的搜索</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Edit search…</source>
        <translation>编辑搜索…</translation>
    </message>
</context>
<context>
    <name>offprint::gui::TagEditDialog</name>
    <message>
        <source>Edit tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>rust, 芯片, to-read</source>
        <translation>rust, 芯片, 待读</translation>
    </message>
    <message>
        <source>Separate tags with commas. Tab or Enter completes a known tag.</source>
        <translation>用逗号分隔标签。按 Tab 或 Enter 补全已有标签。</translation>
    </message>
</context>
<context>
    <name>offprint::render::ArticleHtml</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>阅读约 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offprint::render::BodyHtml</name>
    <message>
        <source>Image not saved</source>
        <translation>图片未保存</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>图片：%1</translation>
    </message>
</context>
</TS>
