using System.Buffers;
using System.Collections.Frozen;

namespace Disclosure.Generator.Privacy;

/// <summary>
/// 姓氏: the single-character surnames of the 百家姓 plus common modern ones (肖, 付, 闫 …), and the compound
/// surnames (复姓) that are checked first, so 欧阳某 is read as 欧阳 + 某 and not as 欧 + 阳某.
/// </summary>
internal static class ChineseSurnames
{
    private static readonly SearchValues<char> Single = SearchValues.Create(
        "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎" +
        "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄" +
        "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭" +
        "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚" +
        "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫" +
        "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻" +
        "莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向" +
        "古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾" +
        "毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公" +
        "肖付闫岳代兰练邸谌佘覃仝亓缑邝涂麦冼粟卿展晋鄢揭银");

    private static readonly FrozenSet<string> Compound = FrozenSet.Create(
        StringComparer.Ordinal,
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
        "令狐", "钟离", "闾丘", "端木", "西门", "南宫", "独孤", "万俟", "澹台", "申屠", "太史", "公冶", "宗政", "濮阳",
        "淳于", "单于", "太叔", "仲孙", "赫连", "呼延", "鲜于", "百里", "东郭", "拓跋", "乐正", "漆雕", "羊舌", "微生",
        "公良", "梁丘", "左丘", "东门", "司空", "亓官", "司寇", "子车", "颛孙");

    /// <summary>
    /// The length of the surname that starts <paramref name="name"/>: 2 for a compound surname, 1 for a single
    /// one, 0 when the text does not start with a known surname.
    /// </summary>
    public static int SurnameLength(ReadOnlySpan<char> name)
    {
        if (name.Length >= 2 && Compound.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[..2]))
        {
            return 2;
        }

        return name.Length >= 1 && Single.Contains(name[0]) ? 1 : 0;
    }
}
