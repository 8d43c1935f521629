namespace Disclosure.Generator.Benchmarks.Corpus;

/// <summary>
/// Fictional people and companies: masked individuals (张某), officers' full names with a pinyin id, and
/// company names in the fictional city of 江岭市 with GB 32100 credit codes whose checksum is valid.
/// </summary>
internal sealed class FictionalNames(Random random)
{
    private const string CodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static readonly (string Hanzi, string Pinyin)[] Surnames =
    [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
        ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
        ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"), ("罗", "luo"), ("高", "gao"), ("郑", "zheng"),
        ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"),
    ];

    private static readonly (string Hanzi, string Pinyin)[] GivenNames =
    [
        ("建国", "jianguo"), ("志强", "zhiqiang"), ("秀英", "xiuying"), ("海燕", "haiyan"), ("文杰", "wenjie"),
        ("晓东", "xiaodong"), ("丽娟", "lijuan"), ("俊峰", "junfeng"), ("雪梅", "xuemei"), ("国庆", "guoqing"),
        ("婷", "ting"), ("磊", "lei"), ("静", "jing"), ("敏", "min"), ("伟", "wei"), ("勇", "yong"), ("艳", "yan"),
        ("佳琪", "jiaqi"), ("子涵", "zihan"), ("宇航", "yuhang"), ("明辉", "minghui"), ("春华", "chunhua"),
    ];

    private static readonly string[] Places =
        ["青禾县", "禾丰区", "石桥区", "溪畔县", "江岭市", "临川县", "云岫区", "桐湾镇", "柳岸县", "白沙区"];

    private static readonly string[] Trade =
    [
        "恒达", "宏远", "金源", "丰源", "瑞祥", "鑫盛", "华创", "永兴", "联合", "盛世", "天成", "泰和", "鼎新", "嘉禾",
        "锦程", "汇通", "润泽", "安康", "博远", "星河", "长青", "宏泰", "信诚", "百川",
    ];

    private static readonly string[] Business =
    [
        "建材", "食品", "餐饮管理", "物流", "化工贸易", "机械制造", "汽车运输", "医药连锁", "酒店", "建筑工程",
        "环保科技", "物业服务", "农业开发", "纺织", "印务", "电子科技", "商贸", "混凝土", "包装材料", "家具",
    ];

    private static readonly string[] Shops =
        ["便利店", "小吃店", "五金店", "理发店", "烧烤店", "药店", "水果店", "副食店", "修理部", "面馆"];

    private static readonly string[] Roads = ["禾丰大道", "人民路", "建设路", "工业园路", "滨江路", "学府路", "新华街", "长青路"];

    public string Place() => Pick(Places);

    /// <summary>A masked individual: a surname plus 某, the only way a natural person is named.</summary>
    public string MaskedPerson() => Pick(Surnames).Hanzi + "某";

    public (string Name, string Id) Officer(int serial)
    {
        var surname = Pick(Surnames);
        var given = Pick(GivenNames);
        return (surname.Hanzi + given.Hanzi, $"{surname.Pinyin}-{given.Pinyin}-{serial}");
    }

    public string Company() => $"江岭市{Pick(Places)}{Pick(Trade)}{Pick(Business)}有限公司";

    public string SoleTrader() => $"{Pick(Places)}{Pick(Roads)}{Pick(Trade)}{Pick(Shops)}";

    public string Address() => $"江岭市{Pick(Places)}{Pick(Roads)} {random.Next(1, 300)} 号";

    /// <summary>A credit code with a valid check character; <paramref name="kind"/> is 91 (company), 92 (sole trader) or 11/12 (organ).</summary>
    public string CreditCode(string kind)
    {
        var chars = new char[18];
        var prefix = kind + "219999";
        for (var i = 0; i < 17; i++)
        {
            chars[i] = i < prefix.Length ? prefix[i] : CodeAlphabet[random.Next(CodeAlphabet.Length)];
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CodeAlphabet.IndexOf(chars[i], StringComparison.Ordinal) * CodeWeights[i];
        }

        chars[17] = CodeAlphabet[(31 - (sum % 31)) % 31];
        return new string(chars);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
