namespace Disclosure.Generator.Privacy;

/// <summary>
/// A labelled party line (当事人：…, also 申请人, 被申请人, 请求人, 被请求人, 第三人, 被处罚人, 相对人) and whether its
/// value is a natural person's name, masked or not. The address detector reads a later 住所 as a home address
/// only when the nearest such party is a person.
/// </summary>
/// <param name="Index">Offset of the label.</param>
/// <param name="IsPerson">True for a name (张某, 张三), false for an organisation or anything else.</param>
internal readonly record struct PartyMention(int Index, bool IsPerson);
