#pragma once

// A Wallabag JSON export with one damaged entry (kept out of the test source: raw strings
// confuse moc).
static const char *kWallabagExport = R"([{"is_archived": 1, "is_starred": 0, "id": 1, "title": "第一篇", "url": "https://a.example.cn/one", "tags": ["中文标签"], "content": "<p>第一篇文章的正文，用来测试导入。</p>", "language": "zh", "created_at": "2022-01-02T03:04:05+0000", "domain_name": "a.example.cn", "annotations": [{"quote": "文章的正文", "text": "注释"}]}, "oops", {"is_archived": 0, "id": 2, "title": "Second", "url": "https://b.example.com/two", "content": "<p>The second article body.</p>", "tags": []} ])";
