//! Words that mark a number as no measure: specs of a class, names, time windows, milestones,
//! policies and the counts that only sum a list up.

/// Words that single out the first of a kind (`首个300亿元园区`).
pub const FIRST_OF_A_KIND: &[&str] = &["首个", "第一个", "首家", "首座", "唯一"];

/// The units of a person's age (`3-11岁人群`, `80周岁以上老人`).
pub const AGE_UNITS: &[&str] = &["岁", "周岁"];

/// Nouns of a formula a list of aims is summed up in (`改革、发展、稳定三件大事`, `…三条底线`):
/// the count after the list names the formula, no things counted.
pub const FORMULA_NOUNS: &[&str] = &["大事", "底线", "主线", "红线", "原则", "关系", "理念"];

/// Rates whose bar a count of places passed (`8个市县…投资增速超过50%`).
pub const RATE_BAR_WORDS: &[&str] = &["增速", "增幅", "比重", "占比"];

/// Bounds before the bar of a class of things (`超500亿元的企业`, `过10亿元的项目`).
pub const CLASS_BAR_LEADS: &[&str] = &["超", "超过", "过", "逾"];

/// Words before a number that make it a spec of a class of things (`时速350公里的高铁`).
pub const SPEC_LEADS: &[&str] = &["时速", "设计时速"];

/// Verbs of each of the things counted crossing a mark (`3个村集体经济收入突破50万元`).
pub const EACH_CROSSED_VERBS: &[&str] = &["突破", "超过", "超", "过"];

/// Words that join a value to a class's threshold after it, which then bounds both
/// (`50亿元或5亿美元以上项目`, `5亿元(3000万美元)以上项目`).
pub const THRESHOLD_JOINERS: &[&str] = &["或", "和", "、", "及", "(", "（"];

// ---- What is not a measure ----

/// Counters of a named policy's or document's items (`30项措施`, `28条配套规定`).
pub const POLICY_COUNTERS: &[&str] = &["项", "条"];

/// Counters of the items a heading lists (`一、县示范区管委会牵头工作(8项)`).
pub const HEADING_ITEM_COUNTERS: &[&str] = &["项", "条", "件", "个"];

/// What a count of items names when it is a policy or a document (`20条措施`, `三项原则`).
pub const POLICY_WORDS: &[&str] = &[
    "规定", "措施", "意见", "举措", "办法", "细则", "原则", "要求",
];

/// Verbs of issuing a policy (`出台稳链纾困35条`): the articles (`条`) of what is issued are part
/// of its name.
pub const ISSUING_VERBS: &[&str] = &[
    "出台",
    "印发",
    "制定",
    "发布",
    "颁布",
    "修订",
    // Issued and carried out (`出台实施稳经济47条`).
    "出台实施",
    "制定实施",
    "印发实施",
];

/// Words after a rank that make it a tier's name (`第一方阵`, `第一梯队`).
pub const TIER_WORDS: &[&str] = &["方阵", "梯队"];

/// Counters that group things into categories (`10大类52项民生实事`): a count of them right
/// before the things' own count is no measure.
pub const GROUPING_COUNTERS: &[&str] = &["大类", "类", "个方面", "方面", "大领域", "领域"];

/// Units of a bound that defines a class when a noun follows (`10万元以上的村`, `20年以上小区`).
pub const THRESHOLD_UNITS: &[&str] = &[
    "元",
    "美元",
    "年",
    "吨",
    "亩",
    "平方米",
    "公里",
    "千米",
    "米",
    "千瓦",
    "立方米",
    "岁",
    "周岁",
    "小时",
    "分钟",
    "天",
    "层",
];

/// Units that rate a class of facility written right before its noun (`35千伏变电站`,
/// `20蒸吨锅炉`); `座` only with a bound (`7座以下客车`, but `3座桥梁` is a count).
pub const SPEC_UNITS: &[&str] = &["千伏", "伏", "蒸吨", "寸", "英寸", "马力"];

/// Chars right before a value that lead to it (`系数为0.3`, `达0.8`, `比2.1`): a bare decimal
/// after one is a value, not a version glued into a name.
pub const VALUE_LEAD_CHARS: &[char] = &['为', '是', '达', '至', '到', '约', '比', '由', '从', '在'];

/// What joins the marks of a list after one verb of crossing (`突破2万亿和3万亿`).
pub const MARK_JOINERS: &[&str] = &["和", "、", "及"];

/// Times before the verb that gives the figure reached (`…，去年达到39416.2亿元`), or the mark
/// the figure before passed (`…314.04亿元，首次突破300亿元`).
pub const MILESTONE_TIMES: &[&str] = &[
    "去年", "全年", "今年", "当年", "年末", "目前", "首次", "再次", "率先",
];

/// A target named as the mark crossed (`突破70亿元目标，达到74.23亿元`).
pub const MARK_TARGET: &str = "目标";

/// Verbs that give the figure reached after a mark crossed (`突破1亿元，达到1.07亿元`).
pub const MILESTONE_REACHED: &[&str] = &["达到", "达", "为", "至", "实现", "完成"];

/// Words after a span of time that make it the window a result is counted over (`5年来`,
/// `5年累计`).
pub const WINDOW_AFTER: &[&str] = &["以来", "来", "间", "内", "累计"];

/// Words before a span of time that make it a window (`近3年`, `过去5年`).
pub const WINDOW_BEFORE: &[&str] = &["近", "过去", "最近", "这"];

/// What joins a number to the next of a list or range that shares its unit (`23和29位`).
pub const SHARED_UNIT_JOINERS: &[char] = &['和', '、', '至', '到', '或', '及', '与'];

/// Extensions of the files a copied web page names (`图片7.jpg`, `附件2.pdf`).
pub const FILE_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "bmp", "pdf", "doc", "docx", "xls", "xlsx", "wps", "zip",
    "rar",
];

/// Words before the number of an attachment (`见附件1`, `附表2`): the number names it.
pub const ATTACHMENT_WORDS: &[&str] = &["附件", "附表", "附录", "附图"];

/// Counters of classes and grades, whose counts are whole (`1.1类新药` is a code).
pub const CLASS_CODE_COUNTERS: &[&str] = &["类", "级"];
