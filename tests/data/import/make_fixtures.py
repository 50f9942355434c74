#!/usr/bin/env python3
"""Generates the import fixtures: one article saved in every supported format.

Run from this folder: python3 make_fixtures.py. The output is committed; the script documents
how each file was made (MHTML as Blink writes it, a binary-plist webarchive, SingleFile with
grouped --sf-img images, a Chrome "complete" page in GBK with its _files folder, ...).
"""
import base64
import os
import plistlib
import quopri
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
URL = "https://tech.example.cn/news/2026/inference-engine.html"
TITLE = "国产推理框架发布新版本，吞吐量提升三倍"


def png(width, height, rgb, seed):
    # Noisy pixels so the file is as large as a real small picture (extractors treat tiny data:
    # URIs as lazy-loading placeholders).
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    state = seed
    rows = []
    for _ in range(height):
        row = bytearray(b"\x00")
        for _ in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row += bytes((c + (state >> 16) % 64) % 256 for c in rgb)
        rows.append(bytes(row))
    raw = b"".join(rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
CHART = png(24, 16, (200, 30, 30), 1)
PHOTO = png(20, 20, (20, 120, 220), 2)

PARAGRAPHS = [
    "国产大模型推理框架今天发布了新版本。开发团队表示，新版本在单张显卡上的吞吐量提升了三倍，"
    "同时显存占用下降了百分之四十。",
    "这次更新重写了内存管理模块，引入了分页注意力机制，并且支持更多的开源模型。"
    "工程师在发布会上介绍了技术细节，用户可以在官方网站下载测试版本。",
    "The project also ships an English manual. Benchmarks were run on a single consumer GPU "
    "with a batch size of 32 and a context length of 8192 tokens.",
    "业内人士认为，这将降低中小企业部署人工智能应用的成本。下一个版本计划支持多机分布式推理。",
]


def article_body(chart_src, photo_src, photo_attrs=""):
    ps = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    rest = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    return f"""<header class="site"><nav><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/ai">人工智能</a></nav></header>
<main>
<article>
<h1>{TITLE}</h1>
<p class="byline">作者：李明 · 2026年11月20日</p>
{ps}
<figure><img src="{chart_src}" alt="吞吐量对比图" width="400" height="300"><figcaption>吞吐量对比</figcaption></figure>
{rest}
<p><img src="{photo_src}" alt="发布会现场"{photo_attrs}></p>
</article>
</main>
<footer><p>版权所有 © 2026 科技新闻网</p></footer>"""


def head(charset_meta, extra=""):
    return f"""<head>{charset_meta}
<title>{TITLE} - 科技新闻网</title>
<meta name="author" content="李明">
<meta property="og:site_name" content="科技新闻网">
<meta property="article:published_time" content="2026-11-20T09:30:00+08:00">
{extra}</head>"""


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def html_only():
    # "HTML only": the server's bytes, relative image links that no longer resolve, canonical URL.
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN">{head('<meta charset="utf-8">', f'<link rel="canonical" href="{URL}">')}
<body>{article_body("/images/chart.png", "https://cdn.example.cn/photo.png")}</body></html>
"""
    write("html/inference.html", doc)


def complete():
    # Chrome "Webpage, Complete": MOTW comment, original charset (GBK), local ./NAME_files/ links,
    # one file name with Chinese characters percent-encoded in the link.
    motw = f"<!-- saved from url=({len(URL):04d}){URL} -->"
    doc = f"""<!DOCTYPE html>
{motw}
<html lang="zh-CN">{head('<meta http-equiv="Content-Type" content="text/html; charset=GBK">')}
<body>{article_body("./inference_files/chart.png", "./inference_files/%E7%8E%B0%E5%9C%BA.png")}
<img src="./inference_files/logo.gif" alt="" class="tracker"></body></html>
"""
    write("complete/inference.html", doc.encode("gbk", "xmlcharrefreplace"))
    write("complete/inference_files/chart.png", CHART)
    write("complete/inference_files/现场.png", PHOTO)
    write("complete/inference_files/logo.gif", GIF)
    write("complete/inference_files/style.css", "body { font-family: serif; }\n")


def qp(data):
    return quopri.encodestring(data).replace(b"\n", b"\r\n")


def b64lines(data):
    enc = base64.b64encode(data)
    return b"\r\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def mhtml():
    # As Blink writes it: Snapshot-Content-Location, Q-encoded Subject, QP HTML, base64 images.
    boundary = "----MultipartBoundary--k2fVDbL8rU6Fp0MRlwSx9CnQaTgYx3WtEeZh1Ij----"
    subject = "=?utf-8?Q?" + "".join(f"={b:02X}" for b in TITLE.encode("utf-8")) + "?="
    doc = f"""<!DOCTYPE html><html lang="zh-CN">{head('<meta charset="utf-8">')}
<body>{article_body("https://tech.example.cn/images/chart.png", "https://cdn.example.cn/photo.png")}
<img src="cid:frame-1234@mhtml.blink" alt=""></body></html>"""
    parts = [
        ("text/html", None, URL, "quoted-printable", qp(doc.encode("utf-8"))),
        ("image/png", None, "https://tech.example.cn/images/chart.png", "base64", b64lines(CHART)),
        ("image/png", None, "https://cdn.example.cn/photo.png", "base64", b64lines(PHOTO)),
        ("image/gif", "<frame-1234@mhtml.blink>", "cid:frame-1234@mhtml.blink", "base64", b64lines(GIF)),
    ]
    out = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {URL}",
        f"Subject: {subject}",
        "Date: Fri, 20 Nov 2026 11:15:04 -0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
    ]
    body = "\r\n".join(out).encode()
    for ctype, cid, loc, cte, payload in parts:
        body += f"--{boundary}\r\nContent-Type: {ctype}\r\n".encode()
        if cid:
            body += f"Content-ID: {cid}\r\n".encode()
        body += f"Content-Transfer-Encoding: {cte}\r\nContent-Location: {loc}\r\n\r\n".encode() + payload + b"\r\n\r\n"
    body += f"--{boundary}--\r\n".encode()
    write("mhtml/inference.mhtml", body)


def old_ie_mht():
    # Old IE: boundary first, charset= on the part, GBK bytes, Content-Location file:///, no snapshot URL.
    doc = f"""<html>{head('')}
<body>{article_body("inference.files/chart.png", "http://cdn.example.cn/photo.png")}</body></html>"""
    text = f"""From: <Saved by Windows Internet Explorer 8>
Subject: {TITLE}
Date: Fri, 20 Nov 2026 19:15:04 +0800
MIME-Version: 1.0
Content-Type: multipart/related;
\tboundary="----=_NextPart_000_0000_01D0A1B2.C3D4E5F0";
\ttype="text/html"
X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609

This is a multi-part message in MIME format.

------=_NextPart_000_0000_01D0A1B2.C3D4E5F0
Content-Type: text/html;
\tcharset="gb2312"
Content-Transfer-Encoding: quoted-printable
Content-Location: {URL}

""".replace("\n", "\r\n").encode("utf-8")
    text = text.replace(TITLE.encode("utf-8"), b"=?gb2312?B?" + base64.b64encode(TITLE.encode("gbk", "xmlcharrefreplace")) + b"?=")
    text += qp(doc.encode("gbk", "xmlcharrefreplace")) + b"\r\n\r\n"
    text += (b"------=_NextPart_000_0000_01D0A1B2.C3D4E5F0\r\nContent-Type: image/png\r\n"
             b"Content-Transfer-Encoding: base64\r\nContent-Location: file:///C:/Users/li/inference.files/chart.png\r\n\r\n"
             + b64lines(CHART) + b"\r\n\r\n------=_NextPart_000_0000_01D0A1B2.C3D4E5F0--\r\n")
    write("mhtml/old-ie.mht", text)


def data_uri(mime, data):
    return f"data:{mime};base64," + base64.b64encode(data).decode()


def singlefile():
    # SingleFile: header comment as first node of <html>, data: URIs, and the photo grouped as a
    # duplicate image (placeholder SVG src + var(--sf-img-0)), used twice.
    placeholder = ('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2">'
                   '<rect fill-opacity="0"/></svg>')
    placeholder = placeholder.replace('"', "&quot;")
    photo_attrs = ' style="background-blend-mode:normal!important;background-image:var(--sf-img-0)!important"'
    body = article_body(data_uri("image/png", CHART), placeholder, photo_attrs)
    body = body.replace('<footer>', f'<aside><img src="{placeholder}" alt="" style="background-image:var(--sf-img-0)"></aside>\n<footer>')
    doc = f"""<!DOCTYPE html> <html lang="zh-CN"><!--
 Page saved with SingleFile 
 url: {URL} 
 saved date: Fri Nov 20 2026 19:15:04 GMT+0800 (中国标准时间)
-->{head('<meta charset="utf-8">', f'<link rel="canonical" href="{URL}"><style>:root{{--sf-img-0:url("{data_uri("image/png", PHOTO)}")}}</style>')}
<body>{body}</body></html>
"""
    write("singlefile/inference (2026-11-20 19_15_04).html", doc)


def keyed_response():
    # The shape of an NSKeyedArchiver'd NSHTTPURLResponse, reduced to what importers read: the
    # header dictionary as NS.keys/NS.objects UID arrays.
    uid = plistlib.UID
    objects = [
        "$null",
        {"$class": uid(6), "NSURLResponse": uid(2), "headers": uid(3)},
        URL,
        {"$class": uid(5), "NS.keys": [uid(7), uid(8)], "NS.objects": [uid(9), uid(10)]},
        "unused",
        {"$classname": "NSMutableDictionary", "$classes": ["NSMutableDictionary", "NSDictionary", "NSObject"]},
        {"$classname": "NSHTTPURLResponse", "$classes": ["NSHTTPURLResponse", "NSURLResponse", "NSObject"]},
        "Last-Modified",
        "Date",
        "Mon, 02 Nov 2026 08:00:00 GMT",
        "Fri, 20 Nov 2026 11:15:04 GMT",
    ]
    archive = {"$version": 100000, "$archiver": "NSKeyedArchiver", "$top": {"root": uid(1)}, "$objects": objects}
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)


def webarchive():
    # Safari: binary plist; the document is GBK with WebResourceTextEncodingName "gb2312".
    doc = f"""<!DOCTYPE html><html lang="zh-CN">{head('')}
<body>{article_body("https://tech.example.cn/images/chart.png", "https://cdn.example.cn/photo.png")}</body></html>"""
    archive = {
        "WebMainResource": {
            "WebResourceData": doc.encode("gbk", "xmlcharrefreplace"),
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "gb2312",
            "WebResourceURL": URL,
            "WebResourceFrameName": "",
            "WebResourceResponse": keyed_response(),
        },
        "WebSubresources": [
            {"WebResourceData": CHART, "WebResourceMIMEType": "image/png",
             "WebResourceURL": "https://tech.example.cn/images/chart.png"},
        ],
        "WebSubframeArchives": [
            {"WebMainResource": {"WebResourceData": b"<html><body>ad</body></html>", "WebResourceMIMEType": "text/html",
                                 "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": "https://ads.example.cn/frame"},
             "WebSubresources": [{"WebResourceData": PHOTO, "WebResourceMIMEType": "image/png",
                                  "WebResourceURL": "https://cdn.example.cn/photo.png"}]},
        ],
    }
    write("webarchive/inference.webarchive", plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))


def markdown():
    # Obsidian Web Clipper: YAML front matter, body in Markdown, a local attachment image.
    body = "\n\n".join(PARAGRAPHS[:2]) + "\n\n![吞吐量对比图](attachments/chart.png)\n\n" + "\n\n".join(PARAGRAPHS[2:])
    doc = f"""---
title: "{TITLE}"
source: "{URL}"
author:
  - "[[李明]]"
published: 2026-11-20
created: 2026-11-21T08:00:00+08:00
description: "新版本在单张显卡上的吞吐量提升了三倍"
tags:
  - "clippings"
  - 人工智能
---
{body}
"""
    write("markdown/inference.md", doc)
    write("markdown/attachments/chart.png", CHART)


def others():
    write("other/bookmarks.html", """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
    <DT><A HREF="https://tech.example.cn/" ADD_DATE="1700000000">科技新闻网</A>
</DL><p>
""")
    write("other/notes.txt", "购物清单：牛奶、面包。\nJust a plain text note, not a page.\n")
    write("other/.hidden.html", "<html><body><p>hidden</p></body></html>\n")


if __name__ == "__main__":
    html_only()
    complete()
    mhtml()
    old_ie_mht()
    singlefile()
    webarchive()
    markdown()
    others()
