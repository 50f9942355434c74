#!/usr/bin/env python3
"""Highlights on real pages through `import --update` after edits (README, "Highlights and notes").

For each page of a folder (../shared/bench/pages/<set>): import it (with a canonical address of its own,
so that the edited copy updates it), highlight four sentences that occur once in the text and verbatim
in the HTML, then edit the HTML: a paragraph inserted before the first, a word in the second replaced,
the third deleted, the fourth left alone. Import the edited copy with --update and check every
highlight: a quote still in the text is anchored at its place (position in code points of
`show --format text`), the edited one is anchored at the edited sentence (or orphaned when the edit is
more than a quarter of it), the deleted one is orphaned; none is lost.

Usage: scripts/check_highlights.py build/app/cli/offprint-cli ../shared/bench/pages/scrapinghub-aeb [PAGES]
Prints one JSON line of counts, and a line for each highlight that is wrong or lost.
"""
import html as htmlmod
import json
import os
import random
import re
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
PAGES = sys.argv[2]
LIMIT = int(sys.argv[3]) if len(sys.argv) > 3 else 50
random.seed(7)


def run(lib, *args):
    r = subprocess.run([CLI, '--library', lib, *args], capture_output=True, text=True)
    return r


def cp_index(text, sub):
    i = text.find(sub)
    return None if i < 0 else len(text[:i])  # python str indexes are code points


def sentences(text):
    out = []
    for para in text.split('\n\n'):
        for s in re.split(r'(?<=[.!?。！？])\s*', para):
            s = s.strip()
            if 25 <= len(s) <= 160:
                out.append(s)
    return out


stats = dict(pages=0, skipped=0, highlights=0, anchored_ok=0, orphaned_ok=0, wrong=0, lost=0, edited_ok=0,
             edited_orphaned=0)
files = sorted(f for f in os.listdir(PAGES) if f.endswith('.html'))
random.shuffle(files)
for name in files:
    if stats['pages'] >= LIMIT:
        break
    raw = open(os.path.join(PAGES, name), 'rb').read()
    encoding = 'utf-8'
    try:
        page = raw.decode('utf-8')
    except UnicodeDecodeError:
        try:
            encoding = 'gb18030'
            page = raw.decode('gb18030')
        except UnicodeDecodeError:
            stats['skipped'] += 1
            continue
    with tempfile.TemporaryDirectory() as tmp:
        lib = os.path.join(tmp, 'lib')
        path = os.path.join(tmp, 'page.html')
        canonical = '<link rel="canonical" href="https://check.invalid/%s">' % name
        page = re.sub(r'<link[^>]*rel=["\']?canonical[^>]*>', '', page, flags=re.I)
        page = re.sub(r'(<head[^>]*>)', r'\1' + canonical, page, count=1, flags=re.I) if re.search(r'<head', page, re.I) else canonical + page
        open(path, 'w', encoding=encoding, errors='replace').write(page)
        r = run(lib, 'import', path)
        m = re.search(r'imported #(\d+)', r.stdout)
        if not m:
            stats['skipped'] += 1
            continue
        aid = m.group(1)
        text = run(lib, 'show', aid, '--format', 'text').stdout[:-1]
        # Sentences that occur once in the text and verbatim once in the page's HTML (so that they can be edited).
        cands = [s for s in sentences(text) if text.count(s) == 1 and page.count(s) == 1]
        if len(cands) < 4:
            stats['skipped'] += 1
            continue
        stats['pages'] += 1
        picks = random.sample(cands, 4)
        a, b, c, d = sorted(picks, key=lambda s: text.find(s))
        ids = {}
        for role, s in zip('abcd', (a, b, c, d)):
            r = run(lib, 'highlight', aid, '--quote', s, '--note', 'note ' + role)
            mm = re.match(r'highlight #(\d+) on #' + aid, r.stdout)
            assert mm, r.stdout + r.stderr
            ids[role] = int(mm.group(1))
        # Edits: a paragraph before a, a word inside b replaced, c deleted; d is left alone (the other edits are elsewhere to it).
        new = page
        pa = new.find(a)
        ppos = new.rfind('<p', 0, pa)
        inserted = '<p>An inserted paragraph says something new about the story before the passage.</p>'
        new = new[:ppos] + inserted + new[ppos:] if ppos >= 0 else new.replace(a, 'Inserted words come first here. ' + a)
        words = b.split(' ')
        if len(words) >= 4:
            i = len(words) // 2
            words[i] = 'revised'
            b2 = ' '.join(words)
        else:
            b2 = b[:len(b) // 2] + '改' + b[len(b) // 2 + 1:]
        new = new.replace(b, b2, 1)
        new = new.replace(c, '', 1)
        open(path, 'w', encoding=encoding, errors='replace').write(new)
        r = run(lib, 'import', '--update', path)
        if 'updated #' + aid not in r.stdout:
            print('not updated', name, r.stdout, r.stderr)
            stats['pages'] -= 1
            stats['skipped'] += 1
            continue
        text2 = run(lib, 'show', aid, '--format', 'text').stdout[:-1]
        hl = {h['id']: h for h in json.loads(run(lib, 'highlights', aid, '--json').stdout)}
        stats['highlights'] += 4
        for role, s in zip('abcd', (a, b, c, d)):
            h = hl.get(ids[role])
            if h is None:
                stats['lost'] += 1
                print('LOST', name, role)
                continue
            if role == 'b' and s not in text2:
                # edited: anchored at the edited sentence, or orphaned when the edit was too large
                if h['anchored']:
                    pos = h['position']
                    ok = text2[pos:pos + len(h['quote'])] == h['quote']
                    if b2 in text2:
                        start2 = cp_index(text2, b2)
                        ok = ok and abs(pos - start2) <= 10 and abs(len(h['quote']) - len(b2)) <= 10
                    stats['edited_ok' if ok else 'wrong'] += 1
                    if not ok:
                        print('WRONG edited', name, h)
                else:
                    stats['edited_orphaned'] += 1
                    print('edited orphaned', name, repr(s), '->', repr(b2))
                continue
            if s in text2:
                expect = cp_index(text2, s)
                if h['anchored'] and h['position'] == expect and h['quote'] == s:
                    stats['anchored_ok'] += 1
                else:
                    stats['wrong'] += 1
                    print('WRONG', name, role, repr(s), h, expect)
            else:
                if not h['anchored'] and h['position'] is None:
                    stats['orphaned_ok'] += 1
                else:
                    pos = h['position']
                    stats['wrong'] += 1
                    print('WRONG not orphaned', name, role, repr(s), repr(text2[pos:pos + len(h['quote'])]))
print(json.dumps(stats))
