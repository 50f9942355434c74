<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down, then Next &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next U&amp;nread Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Original Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Saved Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Published Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by Si&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;pia Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Si&amp;debar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Article &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Offprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for saved tech-news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved pages or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleOperations</name>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offprint::gui::ImportController</name>
    <message>
        <source>Looking for saved pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offprint::gui::MainWindow</name>
    <message>
        <source>Offprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import saved pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.webarchive *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of saved pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more unread articles in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of this article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add tags to %n articles:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s). Undo with %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first; then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Offprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Offprint %1&lt;/h3&gt;&lt;p&gt;A calm, offline reader for saved tech-news articles in Chinese and English.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offprint::gui::ReaderController</name>
    <message>
        <source>Article not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article from the list, or import saved pages with File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no stored original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is a %1 file. Its text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the stored original page (no scripts, no images, no network). Press V to return.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offprint::gui::ReaderView</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>image not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offprint::gui::SearchController</name>
    <message>
        <source>Search (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words are ANDed; &quot;exact phrase&quot;, -exclude, a OR b, prefix*.
Filters: tag:NAME site:NAME author:NAME is:unread is:starred lang:zh before:2024-01-01 after:2023-06-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offprint::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serif (Noto Serif CJK, Songti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans-serif (Noto Sans CJK, PingFang, YaHei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> em</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Offprint starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read after &amp;open for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read when scrolled to the &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new library folder is used when Offprint starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folders (saved pages there are offered for import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offprint::gui::Sidebar</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1” (an existing tag&apos;s name merges the two):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag “%1” from all its articles? The articles stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the tag “%1” into “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offprint::gui::TagEditDialog</name>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rust, 芯片, to-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas. Tab or Enter completes a known tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
