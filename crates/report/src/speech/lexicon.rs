//! The words of 朗读: how digits, places and signs are said. Every word list of the speech stage
//! lives here.

/// The digits as said in a number: 零 一 … 九.
pub const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// The digits as said one by one in a year or a code: 〇 一 … 九 (`2024年` → 二〇二四年).
pub const YEAR_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// The places within a group of four digits, from the ones: (ones), 十, 百, 千.
pub const PLACES: [&str; 4] = ["", "十", "百", "千"];

/// The groups of four digits, from the ones: (ones), 万, 亿, 万亿.
pub const GROUPS: [&str; 4] = ["", "万", "亿", "万亿"];

/// A lone 2 said before these is 两 (`2万人` → 两万人); before a measure word of the numbers'
/// unit list too (`2项` → 两项), but not before these words of order and date.
pub const TWO_BEFORE: [char; 4] = ['千', '万', '亿', '兆'];

/// Measure words a 2 before is said 二: dates and orders (`2月`, `2号`, `2级`, `2期`).
pub const ORDER_WORDS: [char; 12] = [
    '月', '日', '号', '时', '级', '期', '楼', '层', '版', '季', '代', '档',
];

/// Before a number: it is an order, said 二 (`第2` → 第二).
pub const ORDINAL_PREFIX: char = '第';

/// The decimal point said.
pub const POINT: &str = "点";

/// A minus sign said.
pub const MINUS: &str = "负";

/// What `a-b` between two numbers is said as.
pub const TO: &str = "到";

/// A per-cent and a per-mille sign: said before the number they follow.
pub const PER: [(char, &str); 3] = [('%', "百分之"), ('％', "百分之"), ('‰', "千分之")];

/// Signs that join two numbers into a range (`5-6%`, `2021—2025年`, `3~5个`).
pub const RANGE: [char; 7] = ['-', '－', '—', '–', '~', '～', '至'];

/// Signs that make the number after them negative when no number stands before them.
pub const SIGNS: [char; 3] = ['-', '－', '−'];

/// Where a sentence ends: an utterance never runs past one.
pub const SENTENCE_END: [char; 6] = ['。', '！', '？', '!', '?', '\n'];

/// Where a long sentence may be cut into shorter utterances.
pub const CLAUSE_END: [char; 4] = ['，', '；', ',', ';'];
