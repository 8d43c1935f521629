using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class DigitNumberDetectorTests
{
    [Theory]
    [InlineData("公民身份号码211122199001011233。")]
    [InlineData("备注：11010519491231002X")]
    [InlineData("备注：420102198506150026")]
    [InlineData("备注：11010519491231002x")]
    public void A_valid_18_character_id_is_found_anywhere(string text)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.IdNumber, "id_number.gb11643", 18), (finding.Kind, finding.Rule, finding.Length));
    }

    [Theory]
    [InlineData("身份证号：110101199003070035")]
    [InlineData("身份证号码：211122199002301234")]
    [InlineData("| 证件号码 | 110101199003070035 |")]
    public void A_checksum_failing_or_impossible_id_after_an_id_word_is_still_an_id(string text)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.IdNumber, "id_number.context"), (finding.Kind, finding.Rule));
    }

    [Theory]
    [InlineData("批次 110101199003070035")]
    [InlineData("批次 211122199002301234")]
    public void A_checksum_failing_or_impossible_id_without_context_is_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }

    [Fact]
    public void A_table_column_headed_id_number_gives_context_to_its_cells()
    {
        var text = "| 姓名 | 身份证号 |\n|---|---|\n| 张某 | 110101199003070035 |";

        ScanAssert.Finds(text, PersonalDataKind.IdNumber, "id_number.context", 3, 8, 18);
    }

    [Theory]
    [InlineData("旧证 110105491231002", "id_number.legacy15")]
    [InlineData("身份证 110105491299002", "id_number.context")]
    public void Fifteen_digit_ids_are_found(string text, string rule)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.IdNumber, rule), (finding.Kind, finding.Rule));
    }

    [Fact]
    public void A_15_digit_business_registration_number_is_not_an_id()
    {
        ScanAssert.Clean("营业执照注册号：110105491231002");
    }

    [Theory]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    [InlineData("110105 19491231 002X")]
    [InlineData("110105-19491231-002X")]
    [InlineData("１１０１０５－１９４９１２３１－００２Ｘ")]
    public void Full_width_and_split_ids_are_read_whole_at_their_original_position(string id)
    {
        var finding = ScanAssert.Single("证号为" + id + "。");

        Assert.Equal((PersonalDataKind.IdNumber, 4, id.Length), (finding.Kind, finding.Column, finding.Length));
        Assert.Equal("110***********002X", finding.Masked);
    }

    [Theory]
    [InlineData("联系 13812345678", "phone.mobile")]
    [InlineData("联系 +86 13912345678", "phone.mobile")]
    [InlineData("联系 138 1234 5678", "phone.mobile")]
    [InlineData("联系 138-1234-5678", "phone.mobile")]
    [InlineData("联系 １３８１２３４５６７８", "phone.mobile")]
    [InlineData("联系 0427-2812345", "phone.landline")]
    [InlineData("联系 027-82761234", "phone.landline")]
    [InlineData("联系 04272812345", "phone.landline")]
    [InlineData("联系 (027)82761234", "phone.landline")]
    [InlineData("联系 （0427）2812345", "phone.landline")]
    [InlineData("联系电话：2812345", "phone.landline_context")]
    [InlineData("phone: 82761234", "phone.landline_context")]
    public void Mobile_and_landline_numbers_are_found(string text, string rule)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.Phone, rule), (finding.Kind, finding.Rule));
        Assert.DoesNotContain("12345678", finding.Masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("138123456789")]
    [InlineData("010-12345678")]
    [InlineData("编号 2812345")]
    [InlineData("12345 热线、12315、12348 公共法律服务热线")]
    [InlineData("客服 400-820-8820，800-810-8888，95588")]
    [InlineData("服务电话 4008208820")]
    public void Hotlines_and_number_shapes_that_are_not_phones_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }

    [Theory]
    [InlineData("卡 6228480012345671", "bank_account.luhn")]
    [InlineData("卡 6217 0012 3456 7890 122", "bank_account.luhn")]
    [InlineData("开户行：青禾农商银行，账号：1234567890123", "bank_account.context")]
    [InlineData("账户 6228480012345672", "bank_account.context")]
    [InlineData("| 户名 | 卡号 |\n|---|---|\n| 张某 | 81234567 |", "bank_account.context")]
    public void Bank_cards_and_accounts_are_found(string text, string rule)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.BankAccount, rule), (finding.Kind, finding.Rule));
    }

    [Fact]
    public void A_luhn_failing_card_without_context_is_not_reported()
    {
        ScanAssert.Clean("卡 6228480012345672");
    }

    [Theory]
    [InlineData("罚款 5000.00 元，没收违法所得 220,000.00 元，货值 1,234,567 元。")]
    [InlineData("2025-03-07、2025年3月7日、2025/03/07、20250307、8:30—17:30")]
    [InlineData("青市监罚〔2025〕12号；统一社会信用代码：91219999MA0111110X；11219999MB15301690")]
    [InlineData("统一社会信用代码：912199991234567890")]
    [InlineData("《中华人民共和国食品安全法》第一百二十四条第一款第五项；GB 3544；GB 2763-2021")]
    [InlineData("化学需氧量浓度为 168 mg/L，超过限值 0.87 倍；批号 20250307001")]
    [InlineData("W_i = 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28")]
    [InlineData("执法人员（执法证号：99020031307、99020134393）出示执法证件")]
    public void Organisation_numbers_amounts_dates_and_citations_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }

    [Fact]
    public void Two_numbers_side_by_side_are_read_apart()
    {
        var findings = ScanAssert.Scan("电话 13812345678 2025 年");

        Assert.Equal([(PersonalDataKind.Phone, 11)], findings.Select(f => (f.Kind, f.Length)));
    }

    [Theory]
    [InlineData("台胞证号码 12345678")]
    [InlineData("护照：98765432")]
    public void A_digit_only_travel_permit_is_found_after_a_permit_word(string text)
    {
        var finding = ScanAssert.Single(text);

        Assert.Equal((PersonalDataKind.Passport, "passport.context"), (finding.Kind, finding.Rule));
    }
}
