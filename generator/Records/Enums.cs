namespace Disclosure.Generator.Records;

/// <summary>执法类别: the category of an enforcement decision.</summary>
internal enum DecisionCategory
{
    License,
    Penalty,
    Coercion,
    Inspection,
    Expropriation,
    Benefit,
    Confirmation,
    Reward,
    Ruling,
    Other,
}

/// <summary>行政相对人类别: the kind of party a decision concerns.</summary>
internal enum TargetType
{
    Organisation,
    IndividualBusiness,
    NaturalPerson,
}

/// <summary>Whether a person is a certified officer (执法人员) or auxiliary staff (辅助人员).</summary>
internal enum OfficerRole
{
    Officer,
    Auxiliary,
}

/// <summary>性别.</summary>
internal enum Gender
{
    Male,
    Female,
}

/// <summary>The kind of procedure document (武汉 第七条 (四)(五)(六)).</summary>
internal enum ProcedureKind
{
    FlowChart,
    DocumentTemplate,
    DiscretionBenchmark,
    HearingBenchmark,
    UniformStyle,
    InsigniaStyle,
    CertificateStyle,
}

/// <summary>事中公示: the kind of process notice (武汉 第八条).</summary>
internal enum NoticeKind
{
    ExamScores,
    LotteryEligibility,
    TenderAuction,
    Hearing,
}

/// <summary>Why a published decision was taken down (武汉 第十一条第三款).</summary>
internal enum WithdrawalReason
{
    Revoked,
    PartlyRevoked,
    ConfirmedIllegal,
    ConfirmedInvalid,
    Changed,
}

/// <summary>Why a decision is not published at all (武汉 第十二条).</summary>
internal enum ExclusionReason
{
    Minor,
    StateSecret,
    CommercialSecret,
    Privacy,
    Security,
    Investigation,
    CriminalTransfer,
    OtherLegalGround,
}

/// <summary>The outcome of one inspected object.</summary>
internal enum InspectionOutcome
{
    Passed,
    Failed,
    Rectification,
}

/// <summary>A correction made by the agency, or a request to correct (武汉 第十五条).</summary>
internal enum CorrectionKind
{
    Correction,
    Request,
}

/// <summary>How a correction request ended.</summary>
internal enum CorrectionOutcome
{
    Corrected,
    Refused,
    Pending,
}
