namespace Disclosure.Generator.Privacy;

/// <summary>The stable JSON name and the Chinese and English labels of each <see cref="PersonalDataKind"/>.</summary>
internal static class PersonalDataKindLabels
{
    /// <summary>The snake_case name used in JSON output and rule ids (person_name, id_number …).</summary>
    public static string JsonName(this PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.PersonName => "person_name",
        PersonalDataKind.IdNumber => "id_number",
        PersonalDataKind.Phone => "phone",
        PersonalDataKind.BankAccount => "bank_account",
        PersonalDataKind.Address => "address",
        PersonalDataKind.PropertyCertificate => "property_certificate",
        PersonalDataKind.VehiclePlate => "vehicle_plate",
        PersonalDataKind.Passport => "passport",
        PersonalDataKind.Email => "email",
        PersonalDataKind.PropertyStatus => "property_status",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The Chinese label shown to editors (姓名, 身份证号码 …).</summary>
    public static string ChineseLabel(this PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.PersonName => "姓名",
        PersonalDataKind.IdNumber => "身份证号码",
        PersonalDataKind.Phone => "电话号码",
        PersonalDataKind.BankAccount => "银行账号",
        PersonalDataKind.Address => "家庭住址",
        PersonalDataKind.PropertyCertificate => "不动产权证号",
        PersonalDataKind.VehiclePlate => "车牌号码",
        PersonalDataKind.Passport => "护照或通行证号码",
        PersonalDataKind.Email => "电子邮箱",
        PersonalDataKind.PropertyStatus => "财产状况",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The English label.</summary>
    public static string EnglishLabel(this PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.PersonName => "person's name",
        PersonalDataKind.IdNumber => "ID number",
        PersonalDataKind.Phone => "phone number",
        PersonalDataKind.BankAccount => "bank account",
        PersonalDataKind.Address => "home address",
        PersonalDataKind.PropertyCertificate => "property certificate number",
        PersonalDataKind.VehiclePlate => "vehicle plate",
        PersonalDataKind.Passport => "passport or travel permit number",
        PersonalDataKind.Email => "e-mail address",
        PersonalDataKind.PropertyStatus => "property status",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// True for kinds a reviewer weighs rather than a build refuses: property-status phrases are found by
    /// keywords and cannot be told from a company's figures with certainty.
    /// </summary>
    public static bool IsReviewOnly(this PersonalDataKind kind) => kind == PersonalDataKind.PropertyStatus;
}
