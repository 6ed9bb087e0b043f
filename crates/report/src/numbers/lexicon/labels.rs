//! Words the labeler reads to compose a label from the words before and after a number.

/// Bounding words right after the number and its unit.
pub const POST: &[&str] = &["以上", "左右", "以内", "以下", "上下"];

/// Measures of a crop's yield (`总产3.95万吨`), and the words of the area it is grown on
/// (`收获面积20.52万亩`): a yield after an area is of the crop alone.
pub const YIELD_WORDS: &[&str] = &["总产量", "总产", "产量", "单产", "亩产"];

pub const CROP_AREA_WORDS: &[&str] = &["收获面积", "播种面积", "种植面积", "面积", "播种", "种植"];

/// Words that say a measure did not change (`同比持平`).
pub const FLAT_WORDS: &[&str] = &["持平", "基本持平"];

/// Words that close a conversion phrase (`按年平均汇率折算`, `按可比价计算`): how a figure was
/// reckoned, no word of its label.
pub const CONVERSION_WORDS: &[&str] = &["折算", "计算", "测算", "核算"];

/// What follows a threshold inside a subject (`收入10万元以上的村`).
pub const THRESHOLD_OPENERS: &[&str] = &["以上的", "以下的", "及以上的", "及以下的"];

/// Adverbs that end a clause's subject before its verb (`工资标准逐年提高`).
pub const SUBJECT_TRAIL_ADVERBS: &[&str] = &[
    "逐年",
    "持续",
    "不断",
    "稳步",
    "大幅",
    "高幅",
    "明显",
    "进一步",
    "首次",
    "一举",
    // `价格指数同比持平`: the basis of the manner cut off after it.
    "同比",
    // `农村居民收入已连续18年居全省第一`: already.
    "已经",
    "已",
];

/// Openers of a from-to frame (`由11.66亿元增加到…`, `从…`): a number right after one is the
/// frame's from-value.
pub const FROM_OPENERS: &[char] = &['由', '从'];

/// Openers of a comparison (`比2010年`, `较上年`): a frame only when a time follows.
pub const COMPARISON_OPENERS: &[char] = &['比', '较'];

/// Prepositions of time before a year inside a clause (`地区生产总值在2012年突破2000亿元`).
pub const YEAR_PREPOSITIONS: &[char] = &['在', '于'];

/// Verbs before the base of a multiple (`是2011年的1.1倍`, `为上年的2倍`).
pub const MULTIPLE_VERBS: &[char] = &['是', '为'];

/// Ratios of two groups' incomes named without the groups (`收入比`, `收入倍差`): the groups are
/// the sentence's subject's (`城乡居民人均可支配收入…，收入比缩小到1.60:1` → `城乡居民收入比`),
/// without the income it names ([`COMPARED_INCOMES`]).
pub const INCOME_RATIOS: &[&str] = &["收入比", "收入倍差"];

/// A ratio named by its word alone (`倍差缩小至1.56`): of the sentence's subject, whole
/// (`城镇、农村居民人均可支配收入倍差`); after a measure, like `比`, it makes the value a ratio
/// (`收入倍差1.56`).
pub const BARE_RATIOS: &[&str] = &["倍差"];

/// Incomes a ratio of [`INCOME_RATIOS`] compares, as a subject ends with them, longest first.
pub const COMPARED_INCOMES: &[&str] = &[
    "人均可支配收入",
    "可支配收入",
    "人均纯收入",
    "纯收入",
    "人均收入",
    "收入",
];

/// Words after a measure that only say its level is meant (`固定资产投资绝对额19.4亿元，同比增速
/// -21.4%`): no part of what its growth measures.
pub const LEVEL_WORDS: &[&str] = &["绝对额", "绝对值", "绝对量"];

/// Measures that name no thing measured (`产量达到15万吨`, `实现产值2.5亿元`, `年出口10亿美元`): a
/// label of only one takes the thing the sentence is about, the sentence's last subject without
/// its own measure (`马铃薯总产量…，实现产值` → `马铃薯产值`), else the previous clause's subject.
/// Longest first where one ends another.
pub const BARE_MEASURES: &[&str] = &[
    "收购量",
    "销售量",
    "销量",
    "均价",
    "种植面积",
    "播种面积",
    "总产量",
    "年产量",
    "产量",
    "总产值",
    "总产",
    "年产值",
    "产值",
    "年出口额",
    "出口额",
    "年出口",
    "出口",
    "销售收入",
    "主营业务收入",
    "营业总收入",
    "营业收入",
    // `快递服务业务量和业务收入`: a service's volume and its revenue.
    "业务量",
    "业务收入",
    "销售额",
    "交易额",
    // `肉牛、生猪年出栏量`: livestock kept and sold in a year.
    "年出栏量",
    "出栏量",
    "年存栏量",
    "存栏量",
    "存栏",
    "出栏",
    "增加值",
    "利润",
    "利税",
    "税收",
];

/// Words that restate the amount before them in another unit (`175亿美元、约合1243亿元人民币`).
pub const RESTATING_WORDS: &[&str] =
    &["约合", "折合", "合", "折合人民币", "约合人民币", "合人民币"];

/// Heads that name projects but not which (`实施项目169个`): like [`GENERIC_HEADS`](super::GENERIC_HEADS), a label of
/// only these takes the work it belongs to in front (`X治理实施项目`); unlike them, they are the
/// things themselves, so a later number of the sentence belongs to the whole label.
pub const PROJECT_HEADS: &[&str] = &["实施建设项目", "实施项目", "建设项目"];

/// What a share of work done is a share of (`完成年计划125%`, `完成全年任务的103.5%`): such a
/// rate with no subject of its own is of the figure before it.
pub const PLAN_SHARE_WORDS: &[&str] = &["计划", "任务", "目标", "进度"];

/// Words of an estimate (`预计全年增长5%左右`): a review's approximate figures.
pub const ESTIMATE_WORDS: &[&str] = &["预计", "预测", "估计", "初步"];

/// The year's plan framing a figure (`年计划完成地区生产总值617亿元`): no part of what the
/// sentence's later figures measure.
pub const PLAN_FRAME_LEADS: &[&str] = &["年计划完成", "年计划", "全年计划完成", "年度计划完成"];

/// Counters of a class or grade (`1类新药`, `4A级`), not of things: right after a count they name
/// the class of the things counted.
pub const CLASS_COUNTERS: &[&str] = &["类", "级", "星"];

pub const CHANGE_AFTER_LEADS: &[&str] = &["继续保持", "保持", "实现了", "实现"];

/// Verbs of reaching before a percentage of what is done (`全村实现100%覆盖`).
pub const SHARE_REACHED_VERBS: &[&str] = &["实现了", "实现", "达到"];

/// Words of a measure per unit of its subject (`人均突破31万元`, `地均迈上76亿元/平方公里新台阶`):
/// alone, they measure the sentence's subject per person, per area or per household
/// (`人均地区生产总值`).
pub const PER_UNIT_PREFIXES: &[&str] = &["人均", "地均", "户均", "亩均", "楼均", "村均", "日均"];

/// Words of a share that name no whole or part (`占比达到77.9%`): a rate labelled with one alone
/// is of the subject before it.
pub const BARE_SHARE_WORDS: &[&str] = &["占比", "比重", "所占比重", "占比为"];

/// Words an ordinal before them makes (`第三产业`): a label that starts with one keeps the
/// ordinal.
pub const ORDINAL_WORDS: &[&str] = &["产业"];

/// Words of an addition before the things added (`新增市场主体`): a total of those things
/// (`总数`) is of all of them, so its label leaves these out.
pub const ADDED_WORDS: &[&str] = &["新增", "净增"];
