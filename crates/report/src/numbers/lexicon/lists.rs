//! Words of lists and gaps: separators, pair words split in order, heads the items share, and
//! the benchmarks a gap is measured against.

/// Words that say the values after them go item by item with a list (`分别增长5%、6%`), and their
/// short forms before a ranking (`分居全省第4、第3位`, `分列第一、第二`).
pub const ITEM_BY_ITEM_WORDS: &[&str] = &["分别", "分居", "分列"];

/// Verbs that place something in a whole scope (`位居全省`, `排名全市`): what a count counts
/// ends before them.
pub const PLACING_VERBS: &[&str] = &["位居", "位列", "名列", "排名", "稳居", "居于", "居", "排"];

/// Nouns of indicators themselves (`等6项指标`): a count of them after a list sums it up.
pub const INDICATOR_WORDS: &[&str] = &["指标", "经济指标", "主要指标"];

// ---- Lists ----

/// What stands between two items of a list of values (`2.36万元和1.53万元`, `5.8%、8.1%`).
pub const LIST_SEPARATORS: &[&str] = &["、", "和", "及", "与", "、和", "以及"];

/// Adverbs between a list of subjects and its verb (`…和环卫工人工资再次提高`).
pub const LIST_PREDICATE_ADVERBS: &[&str] =
    &["再次", "均", "都", "全部", "同步", "相继", "分别", "大幅"];

/// Category heads that a list of kinds writes once, after its last item
/// (`新能源及智能电网、新材料、生物医药健康产业增速` → `新材料产业增速`), and measures of how many
/// (`政府会议和发文数量` → `政府会议数量`).
pub const LIST_SHARED_HEADS: &[&str] = &[
    "产业", "行业", "企业", "集群", "基地", "园区", "项目", "数量", "总量",
];

/// Subjects that name two things at once, and the two in the order a list gives their values
/// (`城乡居民人均可支配收入分别达到…`).
/// `城乡低保` is the 城市 and the 农村 minimum living guarantee (the schemes' own names), before
/// the general `城乡` → 城镇, 农村.
pub const SUBJECT_PAIRS: &[(&str, &[&str])] = &[
    ("城乡低保", &["城市低保", "农村低保"]),
    ("城、乡", &["城镇", "农村"]),
    ("城乡", &["城镇", "农村"]),
    ("进出口", &["进口", "出口"]),
    ("存贷款", &["存款", "贷款"]),
    ("产销量", &["产量", "销量"]),
    // `利用内外资分别增长12%和15%`: domestic and foreign capital.
    ("内外资", &["内资", "外资"]),
    ("中外资", &["中资", "外资"]),
];

/// Heads that come in pairs, the second written bare after the first (`一般公共预算收入和支出`,
/// `财政收入、支出`): the bare one shares the words before the first (`一般公共预算支出`).
pub const HEAD_COUNTERPARTS: &[(&str, &str)] = &[
    ("收入", "支出"),
    ("支出", "收入"),
    ("进口", "出口"),
    ("出口", "进口"),
    ("存款", "贷款"),
    ("贷款", "存款"),
];

/// One-char words a list abbreviates before a shared rest (`存、贷款余额` is 存款余额 and 贷款余额,
/// `进、出口总额`, `中、小学`): the first char of a pair ends the first item, the second opens the
/// next one.
pub const ABBREVIATED_PAIRS: &[(char, char)] = &[
    ('存', '贷'),
    ('贷', '存'),
    ('进', '出'),
    ('出', '进'),
    ('中', '小'),
    ('大', '中'),
];

/// Words that end a topic clause's subject and start what it says of it (`老城区改造工作成效
/// 明显`, `东山组团基础设施建设取得突破性进展`, `“菜篮子”工程一期全面完工`).
pub const TOPIC_PREDICATES: &[&str] = &[
    "取得",
    "成效",
    "进展",
    "全面",
    "顺利",
    "稳步",
    "不断",
    "持续",
    "加快",
    "扎实",
    "深入",
    "有序",
    "初具",
    "初步",
    "明显",
    "显著",
    "实现",
    "完成",
    "开工",
    "完工",
    "竣工",
    "建成",
    "投入",
    "保持",
    "做大做强",
    "做优做强",
    "发展壮大",
];

/// Measures of how many things there are (`项目数`, `企业数量`): a later item of a list that is
/// only a measure (`新开工项目数、总投资`) is of the things counted.
pub const COUNT_MEASURES: &[&str] = &["数量", "个数", "数"];
