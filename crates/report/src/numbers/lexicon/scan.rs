//! Words the scanner reads to find and shape tokens: counters, magnitudes, ordinals, positions
//! and the places ranked among, and the words that make a number part of a name or a date.

/// The colons between the terms of a ratio (`9.5:46.8:43.7`), in every form a report is
/// typed or copied with: ASCII, full width, the ratio sign, the small form (`﹕`) and the
/// vertical two-dot form (`︰`, from typesetting software).
pub const RATIO_COLONS: &[char] = &[':', '：', '∶', '﹕', '︰'];

/// Words that say things were built, opened or became something (`三条主干道路建成通车`,
/// `三条高速全线贯通`, `两个开发区成为省级绿色工业园区`): a count in words of such things counts
/// them.
pub const BUILT_WORDS: &[&str] = &[
    "建成",
    "通车",
    "竣工",
    "完工",
    "投产",
    "开工",
    "投入使用",
    "启用",
    "贯通",
    "开通",
    "上线",
    "投运",
    "成为",
    "获评",
    "获批",
    // `十件民生实事全面兑现`: pledges kept, works done.
    "兑现",
    "全面完成",
    "全部完成",
    "办结",
];

/// The Party's fixed formulas with a numeral (`坚决做到两个维护`, `增强四个意识`): a name, never
/// things counted, whatever verb or list comes before it.
pub const FIXED_FORMULAS: &[&str] = &[
    "两个维护",
    "两个确立",
    "四个意识",
    "四个自信",
    "两个务必",
    "两个毫不动摇",
    "两个一百年",
    "四个全面",
    "五位一体",
    "三个代表",
    "八项规定",
    "三个务必",
];

/// What a numeral and its counter name when they count the digits of a figure (`两位数增长`,
/// `增速保持两位数`): how large a figure is, never things counted, even in a streak
/// (`连续3年保持两位数增长`).
pub const DIGITS_OF_A_FIGURE: &str = "位数";

/// Counters of single things that make `一` a quota of one after `每` (`每个县新建一所三级医院`,
/// `每月开展一次`), not an article (`一批`, `一系列`).
pub const QUOTA_COUNTERS: &[char] = &['家', '所', '个', '座', '名', '处', '次', '条', '项'];

/// Chars after a numeral's `次` that make it no count of times (`三次产业`, `两次分配`: sectors
/// and rounds of a system, named; `五次全会`, `三次会议`, `九次党代会`: a session).
pub const TIMES_NOT_DONE_NEXT: &[char] = &['产', '分', '元', '供', '全', '会', '党', '代'];

/// Chars before `一` and a counter that make it no count after a noun (`新建厂房一座` counts one;
/// `其中一个`, `唯一`, `统一`, `第一`, `是一个` do not).
pub const NOT_A_NOUN_BEFORE_ONE: &[char] = &[
    '中', '唯', '统', '第', '之', '每', '某', '这', '那', '哪', '同', '任', '是', '为', '有',
];

/// Units of measure after a magnitude in Chinese numerals (`百万平方米`, `十万亩`, `两万元`,
/// `五亿元`): longest first.
pub const MAGNITUDE_MEASURES: &[&str] = &[
    "平方公里",
    "平方米",
    "立方米",
    "千瓦",
    "公里",
    "美元",
    "亩",
    "吨",
    "元",
];

/// Words after `第N` that make it an ordinal (`第七批`), longest first.
pub const ORDINAL_SUFFIXES: &[&str] = &[
    "季度", "阶段", "批次", "批", "届", "次", "期", "轮", "号", "个", "类", "部", "版", "章", "节",
    "条", "款", "年", "天", "份",
];

/// Ranks written without a position (`全区前列`, `排名靠前`).
pub const RANK_PLACES: &[&str] = &["前列", "前茅", "靠前"];

/// Tiers a ranking names (`全市第一方阵`, `全省第一梯队`): a rank without a position.
pub const RANK_TIERS: &[&str] = &["方阵", "梯队", "集团"];

/// Verbs that place a subject among places or in a tier (`居`, `保持`, `位列`, `进入`).
pub const RANK_PLACE_VERBS: &[&str] = &[
    "居", "保持", "位列", "名列", "列", "排", "处于", "进入", "跻身", "领跑", "升至", "升到",
    "走在", "挺进", "晋级",
    // `各项经济指标均位于第一方阵`: placed in a tier.
    "位于",
    // `蝉联全国制造业百强县`, `蝉联全省第一`: a place held again; `连续三年雄踞全市第一`:
    // held firmly; `开工率并列全省第1位`: shared; `营收增长率包揽全区前三`: all of them.
    "蝉联", "雄踞", "并列", "包揽",
    // `入围2022中国建制县高质量发展百强`, `入选2024中药上市公司30强`: a place in a ranking list
    // entered.
    "入围", "入选",
    // `荣登全省民营企业制造业综合百强`, `上榜全国锂电产业特色城市十强`: a ranking list reached.
    "荣登", "上榜",
];

/// Words right before `前列` that make it an aim in words, with no scope ranked in (`走在前列`,
/// `走在最前列`).
pub const LEADING_WORDS: &[&str] = &["走在", "走在最"];

/// What the places at a ranking list's top are called after a numeral in words (`三十强`,
/// `制造业发展增速“十快”县`, `全省县域经济“十佳”`): a place in such a list.
pub const TOP_PLACE_CHARS: &[char] = &['强', '快', '佳'];

/// Words that end a ranking list's name after its places (`百强榜`). Not `名单`: `入选百强县名单`
/// names the list a place is on, no place in it.
pub const LIST_NAME_ENDS: &[&str] = &["榜"];

/// Words that hold a placing verb and place nothing (`居民`, `列入`, `安排`): before a position
/// they do not make it a rank.
pub const PLACING_VERB_COMPOUNDS: &[&str] = &[
    "居民", "居住", "居家", "居室", "列入", "列为", "系列", "安排", "排放", "排查", "排污", "排水",
    "排涝", "排除", "排头", "编排",
];

/// What a streak in Chinese numerals counts in a row (`九连冠`, `十六连丰`, `五连增`): the
/// streak's unit.
pub const IN_A_ROW_WORDS: &[&str] = &[
    "连冠", "连丰", "连增", "连涨", "连升", "连胜", "连降", "连优",
];

/// Counters written after a rank's position (`第3名`, `第3位`) or the first places
/// (`前50强`): part of the rank.
pub const RANK_COUNTERS: &[char] = &['名', '位', '强'];

/// Chars before a Chinese numeral that make it part of a word, an ordinal or a date
/// (`第三`, `前三`, `周三`, `初三`).
pub const CN_NUMERAL_BEFORE: &str = "第前星周初";

/// Chars before `零` that make it part of a verb (`归零`, `为零`).
pub const ZERO_BEFORE: &str = "清归为";

/// Wholes a fraction right after them is a part of (`达到全省总量1/6`, `相当于全市1/3`): the
/// fraction is a share, not a date.
pub const SHARE_WHOLES: &[&str] = &[
    "总量", "总数", "总额", "总和", "全国", "全省", "全市", "全区", "全县",
];

/// What joins the denominator and the numerator of a fraction in words (`五分之一`).
pub const FRACTION_OF: &str = "分之";

/// A half in words (`占比接近一半`).
pub const HALF: &str = "一半";

/// Tenths after one numeral (`占全年税收收入超四成`: 0.4).
pub const TENTH: char = '成';

/// The verb before `零` whose result it is (`债务已清零`: none left).
pub const ZERO_CLEARED: char = '清';

/// What stands between a number and a month that makes both months (`2、3月`, `3至5月`).
pub const DATE_LIST_JOINERS: &[&str] = &["、", "和", "至", "到", "-", "—", "－", "及"];

/// Fixed phrases with `第一` that are no numeric mention.
pub const FIRST_IDIOMS: &[&str] = &[
    "第一时间",
    "第一要务",
    "第一动力",
    "第一资源",
    "第一生产力",
    "第一责任",
    "第一线",
];

// ---- Counters ----

/// Measure words of more than one char a Chinese-numeral count may take (`三批次`,
/// `两个季度`), tried first.
pub const CN_MEASURE_WORDS: &[&str] = &["批次", "人次", "家次", "个月", "个季度"];

/// Units a streak's length takes after `连续` (`连续五年`, `连续举办十一届`).
pub const STREAK_UNITS: &str = "年届次天周";

/// Measure words a Chinese-numeral count may take (`三个意向项目`).
pub const CN_MEASURES: &str = "个家项场所名条座户处批类件宗位支种轮";

/// The works a government pledges for the year (`十件民生实事项目`, `两项为民办实事项目`): a count
/// in words of them counts pledges, whatever comes before it (outside a quoted or titled name).
pub const PLEDGED_WORKS: &[&str] = &["民生实事", "实事项目", "为民办实事", "惠民实事"];

/// Nouns a list of ordinals names (`第一、二、三产业`): the ordinals are words of the names.
pub const ORDINAL_LIST_NOUNS: &[&str] = &["产业", "产"];

/// Words a measure word of [`CN_MEASURES`] starts that are nouns, not a measure (`三轮车`).
pub const CN_MEASURE_NOUNS: &[&str] = &["轮车"];

/// Things `零` counts in a metric clause (`安全生产零事故`, `医护人员零感染`): the label is what
/// is before `零` and the thing (`医护人员感染`).
pub const ZERO_THINGS: &[&str] = &[
    "事故", "伤亡", "死亡", "投诉", "上访", "感染", "差错", "失误", "扩散", "外溢", "输入",
];

/// Verbs of following a policy before its quoted name (`坚持“动态清零”`): the quote names the
/// policy, not a result of none.
pub const POLICY_FOLLOWING_VERBS: &[&str] =
    &["坚持", "落实", "贯彻", "执行", "遵循", "按照", "实施"];

/// Verbs after `零` in a metric clause (`亡人事故零发生`): what happened none times is what is
/// before `零`, the label (`亡人事故`).
pub const ZERO_VERBS: &[&str] = &["发生", "新增", "报告"];
