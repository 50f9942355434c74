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
</context>
<context>
    <name>offprint::gui::ArticleDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
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
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>将在当前文件完成后停止…</translation>
    </message>
    <message>
        <source>Importing %1 of %2
%3</source>
        <translation>正在导入第 %1 个，共 %2 个
%3</translation>
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
