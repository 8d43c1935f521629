using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// Reads the name, if any, that starts at an offset right after a context word. A name is a known surname
/// and one or two given characters (two or three after a compound surname), followed by a non-Han character
/// or by a word that typically follows a name (于, 在, 称, 证实 …). It is masked when 某 follows the surname.
/// Words of enforcement prose that start with a surname character (陈述, 应当, 申请, 安排 …), given names
/// with characters names do not use (局, 的, 所 …), and organisations (…店, …公司) are not names.
/// </summary>
internal static class NameReader
{
    private const int LongestRun = 12;

    // The first character of a word that commonly follows a name: 张三于…, 李四证实…, 王五称….
    private static readonly SearchValues<char> Followers = SearchValues.Create(
        "于在的称系是等与和及向对将已未因到说为并均也自现经签陈承确提拒同表证所以从被把让给不无没曾又还才就都便即则却但而持驾购销擅私非违隐骗冒虚故伪利用取开办带携之该其此作具出来去前后时主如多仍");

    // A name of three characters whose last is one of these is more likely a two-character name and a particle.
    private static readonly SearchValues<char> Particles = SearchValues.Create("于在的等与和及称系将已未对向");

    private static readonly SearchValues<char> NeverInGivenName = SearchValues.Create(
        "的了在其该此之与或等已未不无没所被把从对因以到说称系是局司店厂部科室组队站院校们这那么吗呢吧着过本及于证件号码址电话某");

    private static readonly SearchValues<char> OrganisationEndings = SearchValues.Create("司店厂局社院校部站所馆场队处室股厅铺坊委办村镇乡区县市省");

    private static readonly string[] OrganisationSuffixes = ["中心", "超市", "商行", "银行", "车行", "协会", "学会", "商会", "委员会", "幼儿园", "合作社", "公园", "工作室", "集团"];

    // Surname characters that far more often start an ordinary word (于当日, 向本局, 经查, 全部 …). Right after a
    // context word with no separator, a name starting with one of them must end at a non-Han character.
    private static readonly SearchValues<char> WordLikeSurnames = SearchValues.Create(
        "于向和从经时应将全安成高常平明都通能双相后公计关查游益文国广东师简沙那利越冷居步满别充古易容连尚农温边党印宿白索池" +
        "卓束幸司符甘宁秋班车山富段封家曲惠程吉石左包单宣宗解干房管支万田路强季纪米元余齐乐史任方花马水云金华施严江林童夏" +
        "雷毛黄龙叶景项舒屈谈戴贝禹汪穆顾康殷费唐鲍柏章范苏鲁韦凤苗");

    // Words of enforcement prose that start with, or contain, a surname character.
    private static readonly FrozenSet<string> ProseWords = FrozenSet.Create(
        StringComparer.Ordinal,
        """
        陈述 申辩 申请 申报 申领 申明 应当 应该 应予 应急 安排 安装 安置 许可 许多 经营 经查 经核 经过 经本 经济 经手
        管理 管道 管控 管护 通过 通知 成绩 成立 成年 成为 成员 成品 从业 从事 从轻 从重 从而 从未 全部 全体 全面 全额 全程 全县
        全市 全省 方面 方式 方法 方案 方向 文书 文件 高度 高速 高温 常住 常年 常规 常务 时间 时期 时效 余额 余款 万元 万一 车辆
        车间 车主 车牌 车库 明确 明知 明显 明细 平时 平台 能够 双方 双倍 相关 相应 相同 相对 相邻 公司 公民 公开 公共 公告 公示
        公众 公安 公路 公用 后续 后果 后厨 后期 后来 居住 居民 都是 都市 计划 水质 任何 任意 任职 任务 单位 单独 单据 包括 包装
        包含 齐全 齐备 康复 司机 司法 施工 施行 严重 严格 尤其 何时 张贴 章程 范围 范例 马上 马路 费用 关于 关闭 关联 关系 查处
        查明 查封 查验 查获 查看 权利 权属 权益 盖章 项目 项下 董事 纪律 强制 路段 路口 江岭 江边 林地 林业 房屋 房产 房间 解除
        宣传 程序 程度 家属 家庭 家具 封存 储存 景区 符合 白天 白色 党员 党政 牛肉 牛奶 边境 尚未 尚有 农业 农村 农药 温度 庄稼
        庄园 连续 连同 习惯 向其 向本 向社 古桥 易燃 易于 戈壁 满足 满意 国家 国有 广告 广场 广泛 东侧 欧洲 师傅 师生 冷藏 冷冻
        冷库 辛苦 简易 简单 简称 曾经 沙石 游客 金额 金属 华城 花园 苗木 柳湾 罗列 毕业 于是 于本 于此 伍拾 元件 顾客 黄色 和解
        毛重 谈话 杜绝 蓝色 季度 童装 颜色 夏季 田间 胡乱 凌晨 洪水 左侧 石材 陆续 荣誉 曲线 段落 焦点 班组 仲裁 武器 索取 卓有
        柴油 付款 代表 代理 代为 展开 展示 银行 本人 本局 本案 其他 以上 以下 如下 同意 确认 拒绝 放弃 表示 认为 集体 讨论 批准
        审议 考核 培训 合格 结果 资格 初次 首次 涉嫌 涉案 承担 承诺 核对 补报 存放 仍然 继续 名下 及时 立即 主动 配合 部分 有关
        上述 收到 送达 到场 未到 缺席 出席 接受 签字 签名 姓名 名称 身份 证件 证明 证言 联系 地址 住所 住址 电话 号码 期限 日期
        年度 工程 货车 驾驶 运输 排放 检查 调查 询问 笔录 依法 违法 生产 销售 使用 未经 取得 提出 提交 承认 要求 听证 意见 所属
        主要 法定 委托 负责 环保 员工 人员 组织 工作 企业 门店 总店 处罚 决定 情况 基本 信息 当场 拒不 正当 理由 行为 事实 证据
        材料 自行 自愿 如实 书面 对于 根据 按照 依照 由于 因为 所以 强调 当日 当天 当晚 当月 当年 次日 同日
        近日 日前 此前 该日 案发 现场 上午 下午 晚上 中午 期间 今年 去年 每日 每天 平日 平常
        """.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Reads a name at <paramref name="start"/> in <paramref name="text"/>. <paramref name="glued"/> says the
    /// name follows its context word with no separator (当事人于…), where prose is likelier than a name.
    /// </summary>
    public static NameReading Read(string text, int start, bool glued)
    {
        Span<int> offsets = stackalloc int[LongestRun + 1];
        var count = HanRun(text, start, offsets);
        if (count < 2)
        {
            return NameReading.None;
        }

        var surname = ChineseSurnames.SurnameLength(text.AsSpan(start));
        if (surname == 0)
        {
            return NameReading.None;
        }

        if (count > surname && text[offsets[surname]] == '某')
        {
            var end = surname;
            while (end < count && text[offsets[end]] == '某')
            {
                end++;
            }

            return new NameReading(true, true, start, offsets[end] - start, surname);
        }

        int shortest = surname + 1, longest = surname + 2;
        if (count < shortest)
        {
            return NameReading.None;
        }

        if (count <= longest)
        {
            // The whole run is the name: 张三， or 张三于 (then 于 is a particle, not part of the name).
            var length = count > shortest && Particles.Contains(text[offsets[count - 1]]) ? count - 1 : count;
            return EndsLikeOrganisation(text.AsSpan(start, offsets[count] - start)) ? NameReading.None : Accept(text, start, offsets[length] - start, surname);
        }

        if (glued && WordLikeSurnames.Contains(text[start]))
        {
            return NameReading.None;
        }

        // A longer run: the name ends where a following word starts (李四证实…, 赵六称其…).
        for (var length = longest; length >= shortest; length--)
        {
            if (Followers.Contains(text[offsets[length]]))
            {
                var reading = Accept(text, start, offsets[length] - start, surname);
                if (reading.IsPerson)
                {
                    return reading;
                }
            }
        }

        return NameReading.None;
    }

    private static NameReading Accept(string text, int start, int length, int surname) =>
        LooksLikeProse(text.AsSpan(start, length), surname) ? NameReading.None : new NameReading(true, false, start, length, surname);

    private static bool LooksLikeProse(ReadOnlySpan<char> name, int surname)
    {
        if (name[surname..].ContainsAny(NeverInGivenName))
        {
            return true;
        }

        var words = ProseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i + 2 <= name.Length; i++)
        {
            if (words.Contains(name.Slice(i, 2)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsLikeOrganisation(ReadOnlySpan<char> run)
    {
        if (run.Length > 0 && OrganisationEndings.Contains(run[^1]))
        {
            return true;
        }

        foreach (var suffix in OrganisationSuffixes)
        {
            if (run.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Fills offsets[i] with the UTF-16 offset of the i-th Han code point and offsets[count] with the run's end.
    private static int HanRun(string text, int start, Span<int> offsets)
    {
        var count = 0;
        var i = start;
        while (count < LongestRun && i < text.Length && Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) == OperationStatus.Done && IsHan(rune.Value))
        {
            offsets[count++] = i;
            i += consumed;
        }

        offsets[count] = i;
        return count;
    }

    private static bool IsHan(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x323AF);
}
