#pragma once

#include <QDateTime>
#include <QString>

// Who wrote a post and when, as blogs and forums of every era print it next to the post, in Chinese
// and English, rather than in the page's metadata.
namespace offprint::extract {

// A poster named by the line that carries the post: "ggjjzhzz 发表于 2005-9-15 11:46", "本贴由 大卫
// 于2005年8月12日…", "海姑娘写于2005年3月16日", "发布时间 2005/05/17 22:11:42 by 眉间尺",
// "发表人：skywalker5", "2004年7月16日08:19 [ 黄宇 ]", "Posted by Jane Doe at 10:02". User names
// (Latin letters and digits, or up to eight Han characters) count here, since the line says who
// posted. The earliest such line wins; empty when none.
// With PosterLines::Dated (for the whole article text, where sentences also say who wrote what) only a
// name followed by a post verb and a date counts.
enum class PosterLines { Any, Dated };
QString findPosterInText(const QString &text, PosterLines lines = PosterLines::Any);

// A date that the text introduces as the post's own: "发表于 2005-9-15 11:46", "发布时间：2005/05/17",
// "发布日期： 7/5/2005" (month first after a label, as those pages wrote it), "写于2005年3月16日",
// "Posted on June 3, 2024". The earliest labelled date wins; invalid when none.
QDateTime findLabelledDate(const QString &text);

// The date in an address's path, as blogs and news sites file their posts: "/2005/05/07/slug",
// "/20050513/n225551143.shtml", "/2012-11-06/…". Invalid when the path has none.
QDateTime dateFromUrl(const QString &url);

// True for names of organisations rather than people: a Chinese name that ends like a site, a paper,
// a channel or a company (…网, …网络, …频道, …日报, …公司), or a name equal to the source the page
// credits ("来源：新浪科技").
bool isOrganisationName(const QString &name, const QString &source);

} // namespace offprint::extract
