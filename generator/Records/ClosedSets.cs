namespace Disclosure.Generator.Records;

/// <summary>The closed sets of the content model, with their Chinese values, URL slugs and English labels.</summary>
internal static class ClosedSets
{
    /// <summary>执法类别.</summary>
    public static readonly ClosedSet<DecisionCategory> Categories = new(
        (DecisionCategory.License, "行政许可", "license", "Administrative licence"),
        (DecisionCategory.Penalty, "行政处罚", "penalty", "Administrative penalty"),
        (DecisionCategory.Coercion, "行政强制", "coercion", "Administrative coercion"),
        (DecisionCategory.Inspection, "行政检查", "inspection", "Administrative inspection"),
        (DecisionCategory.Expropriation, "行政征收征用", "expropriation", "Levy and requisition"),
        (DecisionCategory.Benefit, "行政给付", "benefit", "Administrative benefit"),
        (DecisionCategory.Confirmation, "行政确认", "confirmation", "Administrative confirmation"),
        (DecisionCategory.Reward, "行政奖励", "reward", "Administrative reward"),
        (DecisionCategory.Ruling, "行政裁决", "ruling", "Administrative ruling"),
        (DecisionCategory.Other, "其他", "other", "Other"));

    /// <summary>行政相对人类别.</summary>
    public static readonly ClosedSet<TargetType> TargetTypes = new(
        (TargetType.Organisation, "法人及非法人组织", "organisation", "Organisation"),
        (TargetType.IndividualBusiness, "个体工商户", "individual-business", "Individual business"),
        (TargetType.NaturalPerson, "自然人", "person", "Natural person"));

    /// <summary>执法人员 or 辅助人员.</summary>
    public static readonly ClosedSet<OfficerRole> Roles = new(
        (OfficerRole.Officer, "执法人员", "officer", "Enforcement officer"),
        (OfficerRole.Auxiliary, "辅助人员", "auxiliary", "Auxiliary staff"));

    /// <summary>性别.</summary>
    public static readonly ClosedSet<Gender> Genders = new(
        (Gender.Male, "男", "male", "Male"),
        (Gender.Female, "女", "female", "Female"));

    /// <summary>Procedure document kinds.</summary>
    public static readonly ClosedSet<ProcedureKind> ProcedureKinds = new(
        (ProcedureKind.FlowChart, "流程图", "flow-chart", "Flow chart"),
        (ProcedureKind.DocumentTemplate, "文书样式", "document-template", "Document template"),
        (ProcedureKind.DiscretionBenchmark, "裁量基准", "discretion-benchmark", "Discretion benchmark"),
        (ProcedureKind.HearingBenchmark, "听证基准", "hearing-benchmark", "Hearing benchmark"),
        (ProcedureKind.UniformStyle, "服装样式", "uniform-style", "Uniform style"),
        (ProcedureKind.InsigniaStyle, "标志样式", "insignia-style", "Insignia style"),
        (ProcedureKind.CertificateStyle, "证件样式", "certificate-style", "Certificate style"));

    /// <summary>Process notice kinds.</summary>
    public static readonly ClosedSet<NoticeKind> NoticeKinds = new(
        (NoticeKind.ExamScores, "考试成绩", "exam-scores", "Exam scores"),
        (NoticeKind.LotteryEligibility, "摇号资格", "lottery", "Lottery eligibility"),
        (NoticeKind.TenderAuction, "招标拍卖", "tender-auction", "Tender or auction"),
        (NoticeKind.Hearing, "听证", "hearing", "Hearing"));

    /// <summary>Withdrawal reasons.</summary>
    public static readonly ClosedSet<WithdrawalReason> WithdrawalReasons = new(
        (WithdrawalReason.Revoked, "撤销", "revoked", "Revoked"),
        (WithdrawalReason.PartlyRevoked, "部分撤销", "partly-revoked", "Partly revoked"),
        (WithdrawalReason.ConfirmedIllegal, "确认违法", "confirmed-illegal", "Confirmed illegal"),
        (WithdrawalReason.ConfirmedInvalid, "确认无效", "confirmed-invalid", "Confirmed invalid"),
        (WithdrawalReason.Changed, "变更", "changed", "Changed"));

    /// <summary>Exclusion reasons.</summary>
    public static readonly ClosedSet<ExclusionReason> ExclusionReasons = new(
        (ExclusionReason.Minor, "未成年人", "minor", "Party is a minor"),
        (ExclusionReason.StateSecret, "国家秘密", "state-secret", "State secret"),
        (ExclusionReason.CommercialSecret, "商业秘密", "commercial-secret", "Commercial secret"),
        (ExclusionReason.Privacy, "个人隐私", "privacy", "Personal privacy"),
        (ExclusionReason.Security, "危及安全", "security", "Endangers security"),
        (ExclusionReason.Investigation, "影响调查", "investigation", "Would affect an investigation"),
        (ExclusionReason.CriminalTransfer, "移送公安", "criminal-transfer", "Transferred to the police"),
        (ExclusionReason.OtherLegalGround, "其他法定情形", "other-legal-ground", "Other legal ground"));

    /// <summary>Inspection outcomes.</summary>
    public static readonly ClosedSet<InspectionOutcome> Outcomes = new(
        (InspectionOutcome.Passed, "合格", "passed", "Passed"),
        (InspectionOutcome.Failed, "不合格", "failed", "Failed"),
        (InspectionOutcome.Rectification, "责令整改", "rectification", "Ordered to rectify"));

    /// <summary>Correction kinds.</summary>
    public static readonly ClosedSet<CorrectionKind> CorrectionKinds = new(
        (CorrectionKind.Correction, "更正", "correction", "Correction"),
        (CorrectionKind.Request, "更正申请", "request", "Request to correct"));

    /// <summary>Correction outcomes.</summary>
    public static readonly ClosedSet<CorrectionOutcome> CorrectionOutcomes = new(
        (CorrectionOutcome.Corrected, "已更正", "corrected", "Corrected"),
        (CorrectionOutcome.Refused, "不予更正", "refused", "Not corrected"),
        (CorrectionOutcome.Pending, "处理中", "pending", "Pending"));
}
