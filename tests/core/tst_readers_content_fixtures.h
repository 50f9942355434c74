#pragma once

// Export files written from each app's export code (kept out of the test source: raw strings
// confuse automoc's scan for Q_OBJECT).

// Wallabag 2.x "export_all" JSON, as src/Entity/Entry.php serialises an entry.
static const char *kWallabag = R"([
  {
    "is_archived": 1,
    "is_starred": true,
    "tags": ["阅读", "tech"],
    "is_public": false,
    "id": 17,
    "title": "慢读的艺术",
    "url": "https://example.cn/slow-reading",
    "content": "<h1>慢读</h1><p>第一段：阅读需要时间。</p><p>Second paragraph in English.</p>",
    "created_at": "2023-05-04T10:20:30+0200",
    "updated_at": "2023-05-05T08:00:00+0200",
    "published_at": "2023-04-01T00:00:00+0000",
    "published_by": ["王小明"],
    "annotations": [
      {"user": "me", "annotator_schema_version": "v1.0", "id": 3, "text": "记住这一句",
       "created_at": "2023-05-04T11:00:00+0200", "updated_at": "2023-05-04T11:05:00+0200",
       "quote": "阅读需要时间", "ranges": [{"start": "/p[1]", "startOffset": "3", "end": "/p[1]", "endOffset": "9"}]},
      {"id": 4, "text": "", "quote": "a sentence that is not in the article", "ranges": []},
      {"id": 5, "text": "a note without a passage", "quote": ""}
    ],
    "mimetype": "text/html",
    "language": "zh_CN",
    "reading_time": 1,
    "domain_name": "example.cn"
  },
  42,
  {"is_archived": 0, "is_starred": 0, "id": 18, "title": "cut", "url": "https://example.com/cut", "content": "<p>)";

// Omnivore's export: metadata_0_to_2.json, content/<slug>.html, highlights/<slug>.md.
static const char *kOmnivoreMetadata = R"([
  {"id": "a1", "slug": "rust-ownership-18c2", "title": "Ownership in Rust", "description": "What moves",
   "author": "Jane Doe", "url": "https://blog.example.org/rust-ownership", "state": "ARCHIVED",
   "readingProgress": 45, "thumbnail": null, "labels": ["编程", "rust"],
   "savedAt": "2024-02-03T04:05:06.789Z", "updatedAt": "2024-02-04T00:00:00.000Z",
   "publishedAt": "2023-12-31T12:00:00.000Z"},
  {"id": "a2", "slug": "missing-content-99", "title": "Only a link", "url": "https://example.net/only-link",
   "state": "SUCCEEDED", "readingProgress": 0, "labels": [], "savedAt": "2024-03-01T00:00:00.000Z"}
])";

static const char *kOmnivoreHighlights =
    "> Each value in Rust has an owner. [⤴️](https://omnivore.app/me/rust-ownership-18c2#h1)\n"
    "\n"
    "#important #rust\n"
    "\n"
    "The key rule.\n"
    "\n"
    "> There can only be one owner at a time.\n"
    "> \n"
    "And when the owner goes out of scope, the value is dropped.\n"
    "\n"
    "> Not in the article at all\n";


// Readeck's bookmarks/<uid>/info.json: the Bookmark record as Go's encoding/json writes it.
static const char *kReadeckInfo = R"({"ID": 3, "UID": "Ab3dE", "Created": "2024-06-01T10:00:00.123456789Z",
            "Updated": "2024-06-02T10:00:00Z", "State": 0, "URL": "https://news.example.com/story",
            "Title": "新闻故事", "SiteName": "Example News", "Published": "2024-05-30T08:00:00Z",
            "Authors": ["Li Lei", "Han Meimei"], "Lang": "zh", "Description": "一个故事",
            "Files": {"article": {"name": "index.html", "type": "text/html"}},
            "Labels": ["新闻", "later"], "ReadProgress": 60, "IsArchived": false, "IsMarked": true,
            "Annotations": [{"id": "x1", "start_selector": "section/p[1]", "start_offset": 0,
              "end_selector": "section/p[1]", "end_offset": 4, "color": "red", "created": "2024-06-01T11:00:00Z",
              "text": "故事开始", "note": "开头"}]})";
