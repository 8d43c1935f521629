namespace Disclosure.Generator.Privacy;

/// <summary>
/// 个人信息类别: the kinds of personal data the scanner finds, after the redaction list of 法释〔2016〕19号
/// 第十条 and the 武汉 seed (姓名、身份证号、联系方式、家庭住址、银行账号、不动产权证号、财产状况). Their JSON names,
/// Chinese and English labels are in <see cref="PersonalDataKindLabels"/>.
/// </summary>
internal enum PersonalDataKind
{
    /// <summary>姓名: a natural person's unmasked name after a context word (当事人, 证人 …).</summary>
    PersonName,

    /// <summary>身份证号码: an 18-character (GB 11643) or 15-digit resident ID number.</summary>
    IdNumber,

    /// <summary>电话号码: a mobile or landline number that is not a declared public number.</summary>
    Phone,

    /// <summary>银行账号: a bank card (Luhn) or a long account number beside 账号/账户/开户行/卡号.</summary>
    BankAccount,

    /// <summary>家庭住址: an individual's home address below county level.</summary>
    Address,

    /// <summary>不动产权证号: a real-estate, house or land certificate number.</summary>
    PropertyCertificate,

    /// <summary>车牌号码: a vehicle plate, new-energy plates included.</summary>
    VehiclePlate,

    /// <summary>护照或通行证号码: a passport or travel-permit number.</summary>
    Passport,

    /// <summary>电子邮箱: an e-mail address outside government domains.</summary>
    Email,

    /// <summary>财产状况: a phrase about a person's savings, income or property; a reviewer's warning, not a block.</summary>
    PropertyStatus,
}
