//! Words that decide a number's kind and qualifiers: growth and change verbs, bounds, estimates,
//! shares and targets.

use super::{GROWTH_DOWN, GROWTH_UP};
use crate::model::Direction;

// ---- Bounding words (qualifiers) ----

/// Bounding words written right before the number (`超`, `约`), possibly stacked (`预计超`).
pub const ADJACENT_PRE: &[&str] = &[
    "不少于",
    "不低于",
    "不超过",
    "不高于",
    "不多于",
    "超过",
    "多达",
    "将近",
    "接近",
    // `一般公共预算收入趋近百亿元`: approaching.
    "趋近",
    "累计",
    "预计",
    "争取",
    "力争",
    "力求",
    "共计",
    "合计",
    "总计",
    "超",
    "约",
    "近",
    "共",
    "逾",
];

/// Bounding words that count anywhere in the segment before the number (`累计走访企业…`).
pub const ANYWHERE_PRE: &[&str] = &[
    "累计", "预计", "争取", "力争", "力求", "共计", "合计", "总计",
];

/// Chars after which `共` is part of another word (`公共`, `中共`).
pub const GONG_BEFORE: &str = "公中";

/// Chars after `共` that make it part of another word (`共建`, `共享`).
pub const GONG_AFTER: &str = "建享同治青产性识商赢和筑创育护管融进富振生存有计";

/// Nouns of a growth's rate (`增速分别高于全国、全省…`): a gap after one is in that rate.
pub const GROWTH_RATE_WORDS: &[&str] = &["增长速度", "增速", "增幅", "涨幅", "降幅"];

/// Growth verbs that also add new things (`增加公共停车位1200个`, `增收`, `增产`): a change only
/// with a rate unit, a basis, a comparison (`比上年增支126.5亿元`) or at the clause's end.
pub const WEAK_GROWTH_VERBS: &[&str] = &["增加", "增收", "增支", "增产"];

/// Verbs of a stock's net change written before the stock (`净增注册资金126.5亿元`), longest
/// first: the number is the change, a growth.
pub const NET_CHANGE_VERBS: &[(&str, Direction)] = &[
    ("净增加", Direction::Up),
    ("净增", Direction::Up),
    ("净减少", Direction::Down),
    ("净减", Direction::Down),
];

/// Verbs of cutting a measured quantity (`压减粗钢产量2171万吨`): the number after the quantity
/// is the size of its fall.
pub const REDUCTION_VERBS: &[&str] = &["压减", "削减", "压降", "减少", "降低"];

/// Words that end the name of a measured quantity (`产量`, `超采量`, `产能`, `煤炭消费`).
pub const QUANTITY_HEADS: &[&str] = &["量", "产能", "消费", "排放", "能耗"];

/// Every growth verb with its direction, longest first (so `递增` is tried before `增`).
pub fn growth_verbs() -> &'static [(&'static str, Direction)] {
    static VERBS: std::sync::OnceLock<Vec<(&'static str, Direction)>> = std::sync::OnceLock::new();
    VERBS.get_or_init(|| {
        let mut v: Vec<(&'static str, Direction)> = GROWTH_UP
            .iter()
            .map(|w| (*w, Direction::Up))
            .chain(GROWTH_DOWN.iter().map(|w| (*w, Direction::Down)))
            .collect();
        crate::sort::sort_by_key(&mut v, |(w, _)| u64::MAX - w.chars().count() as u64);
        v
    })
}

/// Words between a growth verb and its number (`增长了5%`, `增速达到8%`, `增速保持在6%`,
/// `增速分别达到…`, `涨幅控制在3%以内`).
pub const GROWTH_LEADS: &[&str] = &[
    "保持在",
    "稳定在",
    "控制在",
    "达到",
    "了",
    "为",
    "达",
    "约",
    "分别",
    // `增长速度每年分别为11%、11.4%`: year by year.
    "每年",
];

/// Verbs of upgrading things (`建筑立面提升128158平方米`): with a unit of size and no measure
/// ([`SIZE_MEASURES`]) before, work done, not a growth.
pub const UPGRADE_VERBS: &[&str] = &["提升", "提质"];

pub const SIZE_UNITS: &[&str] = &["米", "平方米", "公里", "千米", "平方公里", "亩", "公顷"];

pub const SIZE_MEASURES: &[&str] = &["面积", "长度", "里程", "规模", "量", "总长", "覆盖"];

/// The noun of an index, whose level is a bare number (`居民消费价格指数102.1`): a rate.
pub const INDEX_WORD: &str = "指数";

/// Adverbs of a later step of a course before its verb (`从一季度3.3%、到上半年4.5%、再到前三季度
/// 4.9%`).
pub const STEP_ADVERBS: &[&str] = &["再", "又", "后"];

/// The word after a figure that makes it approximate (`增长8%左右`): how targets are set.
pub const APPROXIMATE_AFTER: &str = "左右";

/// Words a few chars after a unitless number that make it a service's number (`12345政务服务
/// 热线`, `13710企业直办平台`).
pub const SERVICE_NAME_WORDS: &[&str] = &["热线", "平台", "专线"];

/// Words between a ratio measure and its value (`收入比收窄至1.81`, `城乡收入比为2.1`).
pub const RATIO_VALUE_LEADS: &[&str] = &[
    "收窄至",
    "收窄到",
    "缩小至",
    "缩小到",
    "缩小为",
    "下降至",
    "下降到",
    "降至",
    "降到",
    "达到",
    "保持在",
    "为",
    "是",
    "由",
    "从",
];

/// Chars after a span of hours or minutes that make it a time taken (`24小时内`, `2小时以上`,
/// `30分钟左右`, `2小时完成`, `3小时到达`); before any other word, the span names a kind of
/// service (`24小时智慧服务大厅`).
pub const SPAN_MEASURE_AFTER: &str = "内以之左后前的至到完办即就达可";

/// Words before a span of hours or minutes that make it a time taken (`压缩至2小时办结`).
pub const SPAN_MEASURE_BEFORE: &[&str] = &["至", "到", "为", "在", "用时", "耗时", "仅需", "只需"];

/// A change named after the percentage that sizes it (`保持40%以上增长`, `实现15%的增长`), and
/// the verbs before such a percentage that only lead to it.
pub const CHANGES_AFTER_VALUE: &[(&str, bool)] = &[
    ("增长", true),
    ("下降", false),
    // `各项指标保持20%以上的增速`: the size of a growth rate.
    ("增速", true),
    ("增幅", true),
];

/// `要实现` (is to reach) that states the figures after it as aims (`2025年，肇庆市要实现GDP增长
/// 5%左右`), and the chars before it that make `要` part of another word (`主要`, `重要`, `需要`,
/// `只要`).
pub const AIM_TO_REACH: &str = "要实现";

pub const NOT_AIM_BEFORE: &[char] = &['主', '重', '需', '只', '必', '想'];

/// Measures of a level besides [`HEADLINE_INDICATORS`](super::HEADLINE_INDICATORS) whose percentage is a change
/// (`规模以上工业增加值11.5%`, `居民消费价格指数2.0%`).
pub const CHANGING_LEVELS: &[&str] = &["增加值", "价格指数"];

/// Words that name a share or a rate (`占`, `比重`, `率`): a percentage after them is a level.
pub const SHARE_WORDS: &[&str] = &["占", "比重", "比例", "率"];

/// An expected change (`今年全省地区生产总值预期增长6.5%`, in a news report's lead before last
/// year's results): the year's target, as after [`TARGET_STATEMENT_WORDS`](super::TARGET_STATEMENT_WORDS); `预期` alone is not
/// (`好于预期`), nor is `预计` (a review's estimate). No aim of a text's opening: a lead states
/// one target before the results it reports.
pub const EXPECTED_CHANGE_WORDS: &[&str] = &["预期增长", "预期下降"];

/// The aim's noun of a statement of targets, and the words after it that state one
/// (`目标为`, `目标是`, `主要预期目标建议为：…`, `经济增长预期目标确定6%左右`, `目标定为…`): like
/// [`TARGET_STATEMENT_WORDS`](super::TARGET_STATEMENT_WORDS), found once per block by the noun.
pub const TARGET_NOUN: &str = "目标";

pub const TARGET_NOUN_STATEMENTS: &[&str] = &["为", "是", "建议为", "确定", "定为", "设定为"];

/// The year's targets named as such before a colon, then listed (`主要预期目标：地区生产总值增长
/// 7%以上，…`): a statement of targets as [`TARGET_NOUN_STATEMENTS`] make one. (`目标：` alone may
/// name targets met: `实现了年初确定的目标：…`.)
pub const TARGET_LIST_NOUNS: &[&str] = &["预期目标", "主要目标"];

/// Words with which a report introduces its own main indicators (`主要经济指标…`,
/// `主要预期目标是：…`): the indicators after them in the paragraph are headline ones too.
pub const MAIN_INDICATOR_WORDS: &[&str] = &["主要经济指标", "主要指标", "主要预期目标", "主要目标"];
