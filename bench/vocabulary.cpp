// Word lists for the library generator, written for this project: the tech-news vocabulary that a
// reader of Chinese and English articles meets every day. Frequencies come from repetition in the
// generator, not from these lists.
#include "vocabulary.h"

namespace offprint::bench {

const QStringList &chineseContentWords()
{
    static const QStringList words = QStringLiteral(
        "芯片 处理器 显卡 内存 存储 手机 平板 笔记本 电脑 服务器 数据中心 云计算 人工智能 大模型 机器学习 深度学习 "
        "神经网络 算法 训练 推理 框架 开源 社区 开发者 程序员 工程师 代码 编译器 操作系统 浏览器 应用 软件 硬件 "
        "系统 平台 生态 用户 市场 份额 价格 性能 功耗 续航 屏幕 摄像头 电池 充电 快充 无线 网络 信号 基站 运营商 "
        "通信 标准 协议 安全 漏洞 补丁 更新 版本 发布 推出 宣布 表示 认为 指出 透露 消息 报道 记者 采访 分析师 "
        "机构 数据 显示 同比 增长 下降 季度 财报 营收 利润 亏损 投资 融资 估值 上市 股价 市值 公司 企业 厂商 品牌 "
        "产品 型号 配置 参数 规格 工艺 纳米 制程 架构 核心 线程 主频 频率 缓存 带宽 延迟 吞吐 效率 功能 特性 体验 "
        "设计 外观 材质 重量 厚度 尺寸 分辨率 刷新率 亮度 色彩 音质 扬声器 耳机 手表 汽车 电动车 自动驾驶 激光雷达 "
        "传感器 电池 续航里程 充电桩 能源 光伏 储能 半导体 晶圆 光刻机 封装 测试 良率 产能 供应链 出口 进口 管制 "
        "政策 监管 法规 隐私 数据保护 合规 竞争 对手 合作 伙伴 协议 收购 合并 团队 员工 招聘 裁员 总部 研发 实验室 "
        "高校 研究 论文 成果 突破 技术 创新 专利 授权 许可 开放 接口 文档 教程 示例 测试 调试 部署 运维 监控 日志 "
        "数据库 索引 查询 事务 缓存 队列 消息 分布式 集群 节点 容器 虚拟机 镜像 仓库 分支 合并 提交 评审 持续集成 "
        "游戏 主机 玩家 画面 帧率 光线追踪 引擎 内容 视频 直播 短视频 平台 算法推荐 广告 电商 支付 金融 银行 区块链")
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

const QStringList &chineseFunctionWords()
{
    static const QStringList words = QStringLiteral(
        "的 了 在 是 和 与 也 都 就 还 又 很 更 最 被 把 让 对 从 到 向 将 会 能 要 有 没有 这 那 这个 这些 一个 "
        "今年 去年 明年 目前 未来 近期 此前 随后 同时 此外 不过 但是 因此 然而 并且 而且 或者 以及 对于 关于 根据 "
        "通过 由于 为了 可能 已经 正在 将会 仍然 依然 逐渐 迅速 明显 显著 大幅 小幅 全面 进一步 首次 再次 持续 "
        "重要 关键 主要 核心 基础 领先 落后 稳定 成熟 复杂 简单 困难 容易 便宜 昂贵 轻薄 强大 高效 智能 自主 国产 "
        "全球 国内 海外 行业 领域 方向 趋势 机会 挑战 问题 方案 方法 思路 经验 教训 原因 结果 影响 意义 价值 成本 "
        "一些 多个 每个 所有 其中 之一 之后 之前 以上 以下 左右 大约 超过 不到 达到 实现 提供 支持 采用 使用 基于 "
        "开始 结束 继续 完成 计划 预计 希望 需要 应该 可以 不能 无法 之所以 是因为 换句话说 总的来说 值得注意的是")
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

const QStringList &chineseNames()
{
    static const QStringList names = QStringLiteral(
        "英伟达 华为 小米 阿里巴巴 腾讯 字节跳动 百度 台积电 中芯国际 联想 苹果 微软 谷歌 三星 英特尔 高通 联发科 "
        "特斯拉 比亚迪 蔚来 理想 大疆 京东 美团 拼多多 网易 新浪 搜狐 海思 寒武纪 龙芯 鸿蒙 麒麟 骁龙 天玑 "
        "张伟 李娜 王磊 刘洋 陈静 杨帆 赵敏 黄晓明 周杰 吴昊 徐丽 孙强 马云 雷军 任正非")
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return names;
}

const QStringList &englishFunctionWords()
{
    static const QStringList words = QStringLiteral(
        "the of and to in a is that for it as was with be by on not he this are or his from at which but have an had "
        "they you were their one all we can her has there been if more when will would who so no about up out then "
        "them some could into only other new time these two may first any like now people my made over did down way")
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

const QStringList &englishContentWords()
{
    static const QStringList words = QStringLiteral(
        "chip chips processor processors graphics card cards memory storage phone phones tablet laptop laptops desktop "
        "server servers data center cloud computing artificial intelligence model models machine learning training "
        "inference framework open source community developer developers programmer engineer engineers code compiler "
        "operating system browser application software hardware platform ecosystem user users market share price "
        "performance power battery life screen camera charging wireless network signal carrier standard protocol "
        "security vulnerability patch update version release launch announced said according report reported "
        "analyst analysts company companies startup startups revenue profit loss quarter growth decline investment "
        "funding valuation shares stock design display resolution refresh rate brightness speaker headphones watch "
        "car electric vehicle autonomous driving sensor lidar energy solar semiconductor wafer lithography "
        "packaging yield capacity supply chain export controls policy regulation privacy compliance competition "
        "rival partner partnership acquisition merger team employees hiring layoffs headquarters research lab "
        "university paper results breakthrough technology innovation patent license interface documentation "
        "tutorial example testing debugging deployment monitoring logging database index query transaction cache "
        "queue distributed cluster node container virtual machine image repository branch commit review continuous "
        "integration game console players frame ray tracing engine content video streaming advertising commerce "
        "payment banking blockchain this year last year next year currently future recently however therefore "
        "meanwhile although because while despite instead significantly rapidly gradually important key major core "
        "leading stable mature complex simple difficult cheaper expensive thin powerful efficient smart global "
        "industry trend opportunity challenge problem solution approach experience lesson reason impact value cost "
        "faster slower larger smaller better worse higher lower million billion percent users said would could should")
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

const QStringList &englishNames()
{
    static const QStringList names = QStringLiteral(
        "Nvidia Huawei Xiaomi Alibaba Tencent ByteDance Baidu TSMC Lenovo Apple Microsoft Google Samsung Intel "
        "Qualcomm MediaTek Tesla BYD AMD Arm RISC-V Linux Windows Android iOS macOS Rust Python Qt SQLite PostgreSQL "
        "Kubernetes Docker GitHub OpenAI Anthropic Meta Amazon RTX4090 RTX5080 iPhone15 M3 Snapdragon Ryzen Xeon "
        "GPU CPU NPU SSD DDR5 PCIe USB-C Wi-Fi 5G 6G LLM API SDK")
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return names;
}

const QStringList &siteNames()
{
    static const QStringList sites = {
        QStringLiteral("离线科技"), QStringLiteral("数码观察"), QStringLiteral("码农札记"), QStringLiteral("芯片周刊"),
        QStringLiteral("云端日报"), QStringLiteral("硬件前线"), QStringLiteral("极客公园"), QStringLiteral("开源中国观察"),
        QStringLiteral("Hardware Weekly"), QStringLiteral("Offline Engineering"), QStringLiteral("Desktop Notes"),
        QStringLiteral("The Silicon Ledger"), QStringLiteral("Kernel Times"), QStringLiteral("Cloud Dispatch"),
        QStringLiteral("Open Source Digest"), QStringLiteral("Mobile Insider")};
    return sites;
}

const QStringList &tagNames()
{
    static const QStringList tags = {
        QStringLiteral("gpu"), QStringLiteral("ai"), QStringLiteral("芯片"), QStringLiteral("手机"), QStringLiteral("rust"),
        QStringLiteral("linux"), QStringLiteral("database"), QStringLiteral("cloud"), QStringLiteral("security"),
        QStringLiteral("电动车"), QStringLiteral("开源"), QStringLiteral("to-read"), QStringLiteral("reference"),
        QStringLiteral("qt"), QStringLiteral("performance"), QStringLiteral("industry"), QStringLiteral("政策"),
        QStringLiteral("评测"), QStringLiteral("tutorial"), QStringLiteral("history")};
    return tags;
}

} // namespace offprint::bench
