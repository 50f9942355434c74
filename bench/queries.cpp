#include "queries.h"

namespace offprint::bench {

const QStringList &searchQueries()
{
    static const QStringList queries = {
        QStringLiteral("芯片"),          QStringLiteral("英伟达"),        QStringLiteral("华为 手机"),
        QStringLiteral("大模型 推理"),   QStringLiteral("光刻机"),        QStringLiteral("自动驾驶"),
        QStringLiteral("开源 社区"),     QStringLiteral("数据中心"),      QStringLiteral("供应链"),
        QStringLiteral("续航"),          QStringLiteral("雷军"),          QStringLiteral("台积电 工艺"),
        QStringLiteral("的GPU"),         QStringLiteral("2024年"),        QStringLiteral("芯"),
        QStringLiteral("云"),            QStringLiteral("\"人工智能 芯片\""), QStringLiteral("英偉達"),
        QStringLiteral("RTX4090"),       QStringLiteral("RTX 4090"),      QStringLiteral("GPU"),
        QStringLiteral("Nvidia"),        QStringLiteral("open source"),   QStringLiteral("\"supply chain\""),
        QStringLiteral("database"),      QStringLiteral("compil*"),       QStringLiteral("Rust OR Python"),
        QStringLiteral("machine learning -training"), QStringLiteral("Linux 内核"), QStringLiteral("Qt 开发者"),
        QStringLiteral("tag:gpu"),       QStringLiteral("is:starred 芯片"), QStringLiteral("title:手机"),
        QStringLiteral("site:\"Kernel Times\" linux"), QStringLiteral("lang:en security"),
        QStringLiteral("after:2024-01-01 数据"), QStringLiteral("is:unread tag:ai"),
        QStringLiteral("performance"),   QStringLiteral("价格"),           QStringLiteral("the")};
    return queries;
}

const QStringList &prefixQueries()
{
    static const QStringList queries = {
        QStringLiteral("a"),     QStringLiteral("t"),     QStringLiteral("th"),   QStringLiteral("the"),
        QStringLiteral("in"),    QStringLiteral("co"),    QStringLiteral("pro"),  QStringLiteral("dat"),
        QStringLiteral("gp"),    QStringLiteral("nvid"),  QStringLiteral("RTX40"), QStringLiteral("3"),
        QStringLiteral("se"),    QStringLiteral("lin"),   QStringLiteral("open s"), QStringLiteral("芯片 g")};
    return queries;
}

} // namespace offprint::bench
