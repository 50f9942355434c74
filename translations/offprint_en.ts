<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OriginalPage</name>
    <message>
        <source>The rest of the page is not shown: it is longer than the original-page view shows.</source>
        <translation>The rest of the page is not shown: it is longer than the original-page view shows.</translation>
    </message>
    <message>
        <source>The original page has no text to show.</source>
        <translation>The original page has no text to show.</translation>
    </message>
    <message>
        <source>The original is a %1 file. Its text:</source>
        <translation>The original is a %1 file. Its text:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
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
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Leave Search</source>
        <translation>&amp;Leave Search</translation>
    </message>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>Sa&amp;ve Search…</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Next Article</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Previous Article</translation>
    </message>
    <message>
        <source>Page Down, then Next &amp;Unread</source>
        <translation>Page Down, then Next &amp;Unread</translation>
    </message>
    <message>
        <source>Next U&amp;nread Article</source>
        <translation>Next U&amp;nread Article</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Star</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Toggle &amp;Read</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Edit &amp;Tags…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>&amp;Open Original in Browser</translation>
    </message>
    <message>
        <source>View &amp;Original Page</source>
        <translation>View &amp;Original Page</translation>
    </message>
    <message>
        <source>Sort by &amp;Saved Date</source>
        <translation>Sort by &amp;Saved Date</translation>
    </message>
    <message>
        <source>Sort by &amp;Published Date</source>
        <translation>Sort by &amp;Published Date</translation>
    </message>
    <message>
        <source>Sort by &amp;Title</source>
        <translation>Sort by &amp;Title</translation>
    </message>
    <message>
        <source>Sort by Si&amp;te</source>
        <translation>Sort by Si&amp;te</translation>
    </message>
    <message>
        <source>S&amp;ystem Theme</source>
        <translation>S&amp;ystem Theme</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>&amp;Light Theme</translation>
    </message>
    <message>
        <source>Se&amp;pia Theme</source>
        <translation>Se&amp;pia Theme</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dark Theme</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Reset Zoom</translation>
    </message>
    <message>
        <source>Go to Si&amp;debar</source>
        <translation>Go to Si&amp;debar</translation>
    </message>
    <message>
        <source>Go to Article &amp;List</source>
        <translation>Go to Article &amp;List</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>Go to &amp;Reader</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Offprint</source>
        <translation>&amp;About Offprint</translation>
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
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;Find in Article</source>
        <translation>&amp;Find in Article</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Find Ne&amp;xt</translation>
    </message>
    <message>
        <source>Find Previ&amp;ous</source>
        <translation>Find Previ&amp;ous</translation>
    </message>
    <message>
        <source>Show O&amp;utline</source>
        <translation>Show O&amp;utline</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Highlight Selection</translation>
    </message>
    <message>
        <source>All &amp;Highlights</source>
        <translation>All &amp;Highlights</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Focus Mode</translation>
    </message>
    <message>
        <source>Context &amp;Menu</source>
        <translation>Context &amp;Menu</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>Mark &amp;All as Read</translation>
    </message>
    <message>
        <source>&amp;Hide Read Articles</source>
        <translation>&amp;Hide Read Articles</translation>
    </message>
    <message>
        <source>&amp;Export as EPUB…</source>
        <translation>&amp;Export as EPUB…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Back Up Library…</translation>
    </message>
    <message>
        <source>&amp;Restore Library…</source>
        <translation>&amp;Restore Library…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader for saved tech-news articles.</source>
        <translation>A reader for saved tech-news articles.</translation>
    </message>
    <message>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Open the library in &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Saved pages or folders to import.</source>
        <translation>Saved pages or folders to import.</translation>
    </message>
    <message>
        <source>Offprint</source>
        <translation>Offprint</translation>
    </message>
    <message>
        <source>The library in %1 could not be opened.

%2</source>
        <translation>The library in %1 could not be opened.

%2</translation>
    </message>
    <message>
        <source>Measure the window on the library, print the numbers and quit.</source>
        <translation>Measure the window on the library, print the numbers and quit.</translation>
    </message>
    <message>
        <source>Time how the reader shows a sanitised page &lt;file&gt;, print the numbers and quit.</source>
        <translation>Time how the reader shows a sanitised page &lt;file&gt;, print the numbers and quit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Time select-all operations and their undo on the library and how long the window stops answering, print the numbers and quit (the library ends as it began).</source>
        <translation>Time select-all operations and their undo on the library and how long the window stops answering, print the numbers and quit (the library ends as it began).</translation>
    </message>
</context>
<context>
    <name>offprint::Error</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <source>%1: file too large (%2 MB, the limit is %3 MB)</source>
        <translation>%1: file too large (%2 MB, the limit is %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: cannot read (%2)</translation>
    </message>
    <message>
        <source>%1: file too large</source>
        <translation>%1: file too large</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: cannot write (%2)</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unknown encoding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>encoding &quot;%1&quot; is not available</source>
        <translation>encoding &quot;%1&quot; is not available</translation>
    </message>
    <message>
        <source>%1: not a readable MHTML archive</source>
        <translation>%1: not a readable MHTML archive</translation>
    </message>
    <message>
        <source>%1: MHTML archive without an HTML document</source>
        <translation>%1: MHTML archive without an HTML document</translation>
    </message>
    <message>
        <source>%1: page too large to read (%2 MB of HTML, the limit is %3 MB)</source>
        <translation>%1: page too large to read (%2 MB of HTML, the limit is %3 MB)</translation>
    </message>
    <message>
        <source>%1: is a folder; import it to import the pages inside</source>
        <translation>%1: is a folder; import it to import the pages inside</translation>
    </message>
    <message>
        <source>%1: empty file (0 bytes)</source>
        <translation>%1: empty file (0 bytes)</translation>
    </message>
    <message>
        <source>%1: not a Safari web archive</source>
        <translation>%1: not a Safari web archive</translation>
    </message>
    <message>
        <source>%1: web archive refused: %2</source>
        <translation>%1: web archive refused: %2</translation>
    </message>
    <message>
        <source>%1: damaged web archive (unreadable property list)</source>
        <translation>%1: damaged web archive (unreadable property list)</translation>
    </message>
    <message>
        <source>%1: web archive without a main resource</source>
        <translation>%1: web archive without a main resource</translation>
    </message>
    <message>
        <source>%1: web archive with an empty main document</source>
        <translation>%1: web archive with an empty main document</translation>
    </message>
    <message>
        <source>empty query</source>
        <translation>empty query</translation>
    </message>
    <message>
        <source>The query is too long (at most %2 characters)</source>
        <translation>The query is too long (at most %2 characters)</translation>
    </message>
    <message>
        <source>Nothing to search for in %1: it has no words</source>
        <translation>Nothing to search for in %1: it has no words</translation>
    </message>
    <message>
        <source>Nothing to search for in %1: it has no letters or digits</source>
        <translation>Nothing to search for in %1: it has no letters or digits</translation>
    </message>
    <message>
        <source>The query could not be read</source>
        <translation>The query could not be read</translation>
    </message>
    <message>
        <source>%1: there is no article with id %2</source>
        <translation>%1: there is no article with id %2</translation>
    </message>
    <message>
        <source>article #%1 cannot be read: %2</source>
        <translation>article #%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for stored files</source>
        <translation>%1: cannot create the folder for stored files</translation>
    </message>
    <message>
        <source>%1: refusing to write outside the library folder</source>
        <translation>%1: refusing to write outside the library folder</translation>
    </message>
    <message>
        <source>%1: not a stored file of this library</source>
        <translation>%1: not a stored file of this library</translation>
    </message>
    <message>
        <source>%1: stored file is missing from the library folder</source>
        <translation>%1: stored file is missing from the library folder</translation>
    </message>
    <message>
        <source>%1: stored file lies outside the library folder</source>
        <translation>%1: stored file lies outside the library folder</translation>
    </message>
    <message>
        <source>%1: cannot open the library (out of memory)</source>
        <translation>%1: cannot open the library (out of memory)</translation>
    </message>
    <message>
        <source>%1%2: the library is in use by another Offprint window or command; try again when it has finished</source>
        <translation>%1%2: the library is in use by another Offprint window or command; try again when it has finished</translation>
    </message>
    <message>
        <source>%1%2: the disk is full; free some space and try again</source>
        <translation>%1%2: the disk is full; free some space and try again</translation>
    </message>
    <message>
        <source>%1%2: the library cannot be changed (the file or its folder is read-only)</source>
        <translation>%1%2: the library cannot be changed (the file or its folder is read-only)</translation>
    </message>
    <message>
        <source>%1%2: permission denied</source>
        <translation>%1%2: permission denied</translation>
    </message>
    <message>
        <source>%1%2: the library file cannot be opened (missing folder or no permission)</source>
        <translation>%1%2: the library file cannot be opened (missing folder or no permission)</translation>
    </message>
    <message>
        <source>%1%2: the library file is damaged; restore it from a backup (library.sqlite.bak-v* files are kept next to it)</source>
        <translation>%1%2: the library file is damaged; restore it from a backup (library.sqlite.bak-v* files are kept next to it)</translation>
    </message>
    <message>
        <source>%1%2: this file is not an Offprint library (not an SQLite database)</source>
        <translation>%1%2: this file is not an Offprint library (not an SQLite database)</translation>
    </message>
    <message>
        <source>%1%2: a disk read or write error occurred</source>
        <translation>%1%2: a disk read or write error occurred</translation>
    </message>
    <message>
        <source>%1%2: out of memory</source>
        <translation>%1%2: out of memory</translation>
    </message>
    <message>
        <source>%1%2: the data is too large to store</source>
        <translation>%1%2: the data is too large to store</translation>
    </message>
    <message>
        <source>%1%2: the change conflicts with existing data</source>
        <translation>%1%2: the change conflicts with existing data</translation>
    </message>
    <message>
        <source>%1%2: the operation was cancelled</source>
        <translation>%1%2: the operation was cancelled</translation>
    </message>
    <message>
        <source>%1%2: internal database error (%3)</source>
        <translation>%1%2: internal database error (%3)</translation>
    </message>
    <message>
        <source>%1: no transaction to commit</source>
        <translation>%1: no transaction to commit</translation>
    </message>
    <message>
        <source>%1: there is no highlight with id %2</source>
        <translation>%1: there is no highlight with id %2</translation>
    </message>
    <message>
        <source>unknown colour &apos;%1&apos; (%2)</source>
        <translation>unknown colour &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>quote not found in #%1</source>
        <translation>quote not found in #%1</translation>
    </message>
    <message>
        <source>occurrence %2 of the quote not found in #%1 (it occurs %3 time(s))</source>
        <translation>occurrence %2 of the quote not found in #%1 (it occurs %3 time(s))</translation>
    </message>
    <message>
        <source>a highlight needs a quote</source>
        <translation>a highlight needs a quote</translation>
    </message>
    <message>
        <source>no library folder given</source>
        <translation>no library folder given</translation>
    </message>
    <message>
        <source>%1: is a file, not a library folder</source>
        <translation>%1: is a file, not a library folder</translation>
    </message>
    <message>
        <source>%1: cannot create the library folder</source>
        <translation>%1: cannot create the library folder</translation>
    </message>
    <message>
        <source>%1: this SQLite has no full-text search (FTS5); Offprint needs it</source>
        <translation>%1: this SQLite has no full-text search (FTS5); Offprint needs it</translation>
    </message>
    <message>
        <source>%1: this file is not an Offprint library</source>
        <translation>%1: this file is not an Offprint library</translation>
    </message>
    <message>
        <source>%1: the library is read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>%1: the library is read-only (the file or its folder cannot be written); nothing was changed</translation>
    </message>
    <message>
        <source>%1: this library was written by a newer Offprint (schema %2, this build knows %3); it was not modified. Update Offprint to open it.</source>
        <translation>%1: this library was written by a newer Offprint (schema %2, this build knows %3); it was not modified. Update Offprint to open it.</translation>
    </message>
    <message>
        <source>%1: this file is not an Offprint library; it was not modified</source>
        <translation>%1: this file is not an Offprint library; it was not modified</translation>
    </message>
    <message>
        <source>%1: this database is not an Offprint library; it was not modified</source>
        <translation>%1: this database is not an Offprint library; it was not modified</translation>
    </message>
    <message>
        <source>%1: creating the library failed (%2)</source>
        <translation>%1: creating the library failed (%2)</translation>
    </message>
    <message>
        <source>%1: search is unavailable (this SQLite has no full-text search)</source>
        <translation>%1: search is unavailable (this SQLite has no full-text search)</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;: the query could not be run; try fewer special characters or quote the words</source>
        <translation>search &quot;%1&quot;: the query could not be run; try fewer special characters or quote the words</translation>
    </message>
    <message>
        <source>%1: tag &apos;%2&apos; could not be stored</source>
        <translation>%1: tag &apos;%2&apos; could not be stored</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos;: no such tag</source>
        <translation>tag &apos;%1&apos;: no such tag</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos;: the new name is empty</source>
        <translation>tag &apos;%1&apos;: the new name is empty</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: JSON lines)</source>
        <translation>not a saved page (.%2 file: JSON lines)</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: plain text)</source>
        <translation>not a saved page (.%2 file: plain text)</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: a log)</source>
        <translation>not a saved page (.%2 file: a log)</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: a table)</source>
        <translation>not a saved page (.%2 file: a table)</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: settings)</source>
        <translation>not a saved page (.%2 file: settings)</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: documentation)</source>
        <translation>not a saved page (.%2 file: documentation)</translation>
    </message>
    <message>
        <source>not a saved page (.%2 file: data)</source>
        <translation>not a saved page (.%2 file: data)</translation>
    </message>
    <message>
        <source>not a regular file (FIFO/device)</source>
        <translation>not a regular file (FIFO/device)</translation>
    </message>
    <message>
        <source>cannot read (%2)</source>
        <translation>cannot read (%2)</translation>
    </message>
    <message>
        <source>not a saved page (Markdown without a clip&apos;s front matter, such as a README)</source>
        <translation>not a saved page (Markdown without a clip&apos;s front matter, such as a README)</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8 (shown with �); rename it to import it</source>
        <translation>the file name is not valid UTF-8 (shown with �); rename it to import it</translation>
    </message>
    <message>
        <source>cannot read this folder (%2)</source>
        <translation>cannot read this folder (%2)</translation>
    </message>
    <message>
        <source>a partial download (the browser has not finished it)</source>
        <translation>a partial download (the browser has not finished it)</translation>
    </message>
    <message>
        <source>resource folder of a saved page whose page is missing</source>
        <translation>resource folder of a saved page whose page is missing</translation>
    </message>
    <message>
        <source>not a saved web page (.%2 file)</source>
        <translation>not a saved web page (.%2 file)</translation>
    </message>
    <message>
        <source>no saved pages found in this folder</source>
        <translation>no saved pages found in this folder</translation>
    </message>
    <message>
        <source>a browser bookmark export, not an article</source>
        <translation>a browser bookmark export, not an article</translation>
    </message>
    <message>
        <source>not an HTML page (binary data)</source>
        <translation>not an HTML page (binary data)</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>empty file (0 bytes)</translation>
    </message>
    <message>
        <source>not a saved web page (no HTML, MHTML, webarchive or Markdown clip)</source>
        <translation>not a saved web page (no HTML, MHTML, webarchive or Markdown clip)</translation>
    </message>
    <message>
        <source>a ZIP archive that is neither a compressed SingleFile page (no index.html) nor another reader&apos;s export</source>
        <translation>a ZIP archive that is neither a compressed SingleFile page (no index.html) nor another reader&apos;s export</translation>
    </message>
</context>
<context>
    <name>offprint::gui::AllHighlightsView</name>
    <message>
        <source>Filter highlights, notes and titles</source>
        <translation>Filter highlights, notes and titles</translation>
    </message>
    <message>
        <source>Orphaned only</source>
        <translation>Orphaned only</translation>
    </message>
    <message>
        <source>Highlights whose text is no longer in their article (after it was re-imported)</source>
        <translation>Highlights whose text is no longer in their article (after it was re-imported)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>No highlights match.</source>
        <translation>No highlights match.</translation>
    </message>
    <message>
        <source>No highlights yet.

Select text in an article and press H to highlight it.</source>
        <translation>No highlights yet.

Select text in an article and press H to highlight it.</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ArticleOperations</name>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Delete %n article</numerusform>
            <numerusform>Delete %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star or unstar %n article(s)</source>
        <translation>
            <numerusform>Star or unstar %n article</numerusform>
            <numerusform>Star or unstar %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) read or unread</source>
        <translation>
            <numerusform>Mark %n article read or unread</numerusform>
            <numerusform>Mark %n articles read or unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) read</source>
        <translation>
            <numerusform>Mark %n article read</numerusform>
            <numerusform>Mark %n articles read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n article(s) unread</source>
        <translation>
            <numerusform>Mark %n article unread</numerusform>
            <numerusform>Mark %n articles unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Mark All as Read</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Edit tags</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Remove tag %1</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Add tag %1</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s)</source>
        <translation>
            <numerusform>Tag %n article</numerusform>
            <numerusform>Tag %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>Delete Articles</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)?</source>
        <translation>
            <numerusform>Delete %n article?</numerusform>
            <numerusform>Delete %n articles?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with %1.</source>
        <translation>You can undo this with %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Undoing: %1</translation>
    </message>
</context>
<context>
    <name>offprint::gui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
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
</context>
<context>
    <name>offprint::gui::HighlightController</name>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Select text in the article to highlight it.</source>
        <translation>Select text in the article to highlight it.</translation>
    </message>
    <message>
        <source>The selection could not be found in the article&apos;s text.</source>
        <translation>The selection could not be found in the article&apos;s text.</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Remove Highlight</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Highlight Colour</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Note on “%1”:</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Edit Note…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>This highlight is orphaned: its text is no longer in the article.</source>
        <translation>This highlight is orphaned: its text is no longer in the article.</translation>
    </message>
</context>
<context>
    <name>offprint::gui::HighlightRowDelegate</name>
    <message>
        <source>Orphaned: no longer in the article&apos;s text</source>
        <translation>Orphaned: no longer in the article&apos;s text</translation>
    </message>
</context>
<context>
    <name>offprint::gui::HighlightsPanel</name>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>(no longer in the text)</source>
        <translation>(no longer in the text)</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ImportController</name>
    <message>
        <source>Looking for saved pages…</source>
        <translation>Looking for saved pages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Stop importing after the current file (Escape)</source>
        <translation>Stop importing after the current file (Escape)</translation>
    </message>
    <message>
        <source>Importing %1 of %2</source>
        <translation>Importing %1 of %2</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>Import cancelled: %1</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message>
        <source>The same page as #%1, which is as good or better: left as it is</source>
        <translation>The same page as #%1, which is as good or better: left as it is</translation>
    </message>
    <message>
        <source>A better copy of #%1 (more text or saved images): replaced it, keeping its tags, state and highlights</source>
        <translation>A better copy of #%1 (more text or saved images): replaced it, keeping its tags, state and highlights</translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>%n filled in</numerusform>
            <numerusform>%n filled in</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Filled in</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s), %1</source>
        <translation>
            <numerusform>%Ln word, %1</numerusform>
            <numerusform>%Ln words, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>The same page as #%1, which is as good or better: left as it is (stored: %2; this file: %3)</source>
        <translation>The same page as #%1, which is as good or better: left as it is (stored: %2; this file: %3)</translation>
    </message>
    <message>
        <source>Replaced #%1 with this copy as asked, keeping its tags, state and highlights (it had: %2; this file: %3)</source>
        <translation>Replaced #%1 with this copy as asked, keeping its tags, state and highlights (it had: %2; this file: %3)</translation>
    </message>
    <message>
        <source>Replace with These Copies</source>
        <translation>Replace with These Copies</translation>
    </message>
    <message>
        <source>Import the selected duplicate files again, each replacing the article it is the same page as; its tags, read and starred state and highlights are kept. With no row selected: every duplicate file.</source>
        <translation>Import the selected duplicate files again, each replacing the article it is the same page as; its tags, read and starred state and highlights are kept. With no row selected: every duplicate file.</translation>
    </message>
    <message>
        <source>Another import is running: replace these when it has finished.</source>
        <translation>Another import is running: replace these when it has finished.</translation>
    </message>
    <message>
        <source>#%1 had been deleted: brought back with its tags, state and highlights</source>
        <translation>#%1 had been deleted: brought back with its tags, state and highlights</translation>
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
        <translation>Opening the library in %1…</translation>
    </message>
    <message>
        <source>Upgrading the library: rebuilding the search index (%L1 of %L2 articles)…</source>
        <translation>Upgrading the library: rebuilding the search index (%L1 of %L2 articles)…</translation>
    </message>
</context>
<context>
    <name>offprint::gui::LibraryTransfer</name>
    <message>
        <source>Library restored</source>
        <translation>Library restored</translation>
    </message>
    <message>
        <source>The library was restored into %1.

Open it in a new window?</source>
        <translation>The library was restored into %1.

Open it in a new window?</translation>
    </message>
    <message>
        <source>Another export, backup or restore is still running.</source>
        <translation>Another export, backup or restore is still running.</translation>
    </message>
    <message>
        <source>No articles to export.</source>
        <translation>No articles to export.</translation>
    </message>
    <message>
        <source>Export as EPUB</source>
        <translation>Export as EPUB</translation>
    </message>
    <message>
        <source>EPUB books (*.epub)</source>
        <translation>EPUB books (*.epub)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s) as EPUB…</source>
        <translation>
            <numerusform>Exporting %n article as EPUB…</numerusform>
            <numerusform>Exporting %n articles as EPUB…</numerusform>
        </translation>
    </message>
    <message>
        <source>EPUB export failed: %1</source>
        <translation>EPUB export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>Exported %n article to %1</numerusform>
            <numerusform>Exported %n articles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s) left out)</source>
        <translation>
            <numerusform>(%n image left out)</numerusform>
            <numerusform>(%n images left out)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Back Up Library</translation>
    </message>
    <message>
        <source>Offprint backups (*.zip)</source>
        <translation>Offprint backups (*.zip)</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Backing up the library…</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n file(s) to %1</source>
        <translation>
            <numerusform>Backed up %n file to %1</numerusform>
            <numerusform>Backed up %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Library</source>
        <translation>Restore Library</translation>
    </message>
    <message>
        <source>Restore into a new or empty folder</source>
        <translation>Restore into a new or empty folder</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Restore failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s) into %1</source>
        <translation>
            <numerusform>Restored %n file into %1</numerusform>
            <numerusform>Restored %n files into %1</numerusform>
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
        <translation>Import saved pages</translation>
    </message>
    <message>
        <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.webarchive *.md *.markdown);;All files (*)</source>
        <translation>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.webarchive *.md *.markdown);;All files (*)</translation>
    </message>
    <message>
        <source>Import a folder of saved pages</source>
        <translation>Import a folder of saved pages</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>No more unread articles in this list.</source>
        <translation>No more unread articles in this list.</translation>
    </message>
    <message>
        <source>Tags of this article:</source>
        <translation>Tags of this article:</translation>
    </message>
    <message numerus="yes">
        <source>Add tags to %n articles:</source>
        <translation>
            <numerusform>Add tags to %n article:</numerusform>
            <numerusform>Add tags to %n articles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s). Undo with %1.</source>
        <translation>
            <numerusform>Deleted %n article. Undo with %1.</numerusform>
            <numerusform>Deleted %n articles. Undo with %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first; then save it.</source>
        <translation>Type a search first; then save it.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>An import is already running.</translation>
    </message>
    <message>
        <source>About Offprint</source>
        <translation>About Offprint</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Offprint %1&lt;/h3&gt;&lt;p&gt;A calm, offline reader for saved tech-news articles in Chinese and English.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Offprint %1&lt;/h3&gt;&lt;p&gt;A calm, offline reader for saved tech-news articles in Chinese and English.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Offprint</source>
        <translation>%1 — Offprint</translation>
    </message>
    <message>
        <source>Nothing matches this search.</source>
        <translation>Nothing matches this search.</translation>
    </message>
    <message>
        <source>No articles yet.

Import saved pages with File ▸ Import Files (Ctrl+O), or drop them on this window.</source>
        <translation>No articles yet.

Import saved pages with File ▸ Import Files (Ctrl+O), or drop them on this window.</translation>
    </message>
    <message>
        <source>No articles here.</source>
        <translation>No articles here.</translation>
    </message>
    <message>
        <source>Offprint: %1</source>
        <translation>Offprint: %1</translation>
    </message>
    <message>
        <source>Offprint: unread</source>
        <translation>Offprint: unread</translation>
    </message>
    <message>
        <source>Offprint: starred</source>
        <translation>Offprint: starred</translation>
    </message>
</context>
<context>
    <name>offprint::gui::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ReaderController</name>
    <message>
        <source>Article not found</source>
        <translation>Article not found</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>It may have been deleted.</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>No article selected</translation>
    </message>
    <message>
        <source>Choose an article from the list, or import saved pages with File ▸ Import.</source>
        <translation>Choose an article from the list, or import saved pages with File ▸ Import.</translation>
    </message>
    <message>
        <source>This article has no stored original.</source>
        <translation>This article has no stored original.</translation>
    </message>
    <message>
        <source>Showing the stored original page (no scripts, no images, no network). Press V to return.</source>
        <translation>Showing the stored original page (no scripts, no images, no network). Press V to return.</translation>
    </message>
    <message>
        <source>Preparing the original page…</source>
        <translation>Preparing the original page…</translation>
    </message>
    <message>
        <source>The article cannot be read</source>
        <translation>The article cannot be read</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ReaderView</name>
    <message>
        <source>Not saved yet: only the link was imported. Import the saved page to read it here; it fills this entry and keeps its tags, state and highlights.</source>
        <translation>Not saved yet: only the link was imported. Import the saved page to read it here; it fills this entry and keeps its tags, state and highlights.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Open in Browser</translation>
    </message>
</context>
<context>
    <name>offprint::gui::ReextractController</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop updating; the rest is updated the next time the library is opened</source>
        <translation>Stop updating; the rest is updated the next time the library is opened</translation>
    </message>
    <message>
        <source>Updating articles for this version of Offprint…</source>
        <translation>Updating articles for this version of Offprint…</translation>
    </message>
    <message>
        <source>Stopping after the current article…</source>
        <translation>Stopping after the current article…</translation>
    </message>
    <message>
        <source>Updating articles for this version of Offprint: %1 of %2</source>
        <translation>Updating articles for this version of Offprint: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n article(s) for this version of Offprint.</source>
        <translation>
            <numerusform>Updated %n article for this version of Offprint.</numerusform>
            <numerusform>Updated %n articles for this version of Offprint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read again from the stored original and kept their content.</source>
        <translation>
            <numerusform>%n could not be read again from the stored original and kept its content.</numerusform>
            <numerusform>%n could not be read again from the stored original and kept their content.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the rest is updated the next time the library is opened.</source>
        <translation>Stopped; the rest is updated the next time the library is opened.</translation>
    </message>
</context>
<context>
    <name>offprint::gui::SearchController</name>
    <message>
        <source>Search (/)</source>
        <translation>Search (/)</translation>
    </message>
    <message>
        <source>Words are ANDed; &quot;exact phrase&quot;, -exclude, a OR b, prefix*.
Filters: tag:NAME site:NAME author:NAME is:unread is:starred lang:zh before:2024-01-01 after:2023-06-01</source>
        <translation>Words are ANDed; &quot;exact phrase&quot;, -exclude, a OR b, prefix*.
Filters: tag:NAME site:NAME author:NAME is:unread is:starred lang:zh before:2024-01-01 after:2023-06-01</translation>
    </message>
    <message numerus="yes">
        <source>%n+ results</source>
        <translation>
            <numerusform>%n+ result</numerusform>
            <numerusform>%n+ results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keep this search in the sidebar</source>
        <translation>Keep this search in the sidebar</translation>
    </message>
</context>
<context>
    <name>offprint::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Serif (Noto Serif CJK, Songti)</source>
        <translation>Serif (Noto Serif CJK, Songti)</translation>
    </message>
    <message>
        <source>Sans-serif (Noto Sans CJK, PingFang, YaHei)</source>
        <translation>Sans-serif (Noto Sans CJK, PingFang, YaHei)</translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation>Reader &amp;font:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Font &amp;size:</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Text &amp;width:</source>
        <translation>Text &amp;width:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies when Offprint starts again.</source>
        <translation>A new language applies when Offprint starts again.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Mark read after &amp;open for:</source>
        <translation>Mark read after &amp;open for:</translation>
    </message>
    <message>
        <source>Mark read when scrolled to the &amp;end</source>
        <translation>Mark read when scrolled to the &amp;end</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Default location</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Library folder</translation>
    </message>
    <message>
        <source>Library &amp;folder:</source>
        <translation>Library &amp;folder:</translation>
    </message>
    <message>
        <source>A new library folder is used when Offprint starts again.</source>
        <translation>A new library folder is used when Offprint starts again.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Watch folder</translation>
    </message>
    <message>
        <source>Watched folders (pages saved there are imported automatically):</source>
        <translation>Watched folders (pages saved there are imported automatically):</translation>
    </message>
</context>
<context>
    <name>offprint::gui::Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <source>New name for “%1” (an existing tag&apos;s name merges the two):</source>
        <translation>New name for “%1” (an existing tag&apos;s name merges the two):</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <source>Remove the tag “%1” from all its articles? The articles stay.</source>
        <translation>Remove the tag “%1” from all its articles? The articles stay.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>Remove saved search</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <source>Merge the tag “%1” into “%2”?</source>
        <translation>Merge the tag “%1” into “%2”?</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Rename saved search</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Edit saved search</source>
        <translation>Edit saved search</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Edit search…</source>
        <translation>Edit search…</translation>
    </message>
</context>
<context>
    <name>offprint::gui::TagEditDialog</name>
    <message>
        <source>Edit tags</source>
        <translation>Edit tags</translation>
    </message>
    <message>
        <source>rust, 芯片, to-read</source>
        <translation>rust, 芯片, to-read</translation>
    </message>
    <message>
        <source>Separate tags with commas. Tab or Enter completes a known tag.</source>
        <translation>Separate tags with commas. Tab or Enter completes a known tag.</translation>
    </message>
</context>
<context>
    <name>offprint::render::ArticleHtml</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Starred</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Published %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offprint::render::BodyHtml</name>
    <message>
        <source>Image not saved</source>
        <translation>Image not saved</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image: %1</translation>
    </message>
</context>
</TS>
