//! The unit vocabulary: the magnitudes (`万`, `亿`), the base units and measure words, and the
//! units that make a noun with the char after them.

/// Magnitude prefixes and their powers of ten, longest first; in traditional characters too
/// (`3350億元`, `540萬元`), as reports reprinted in Hong Kong or Taiwan write them.
pub(super) const MAGNITUDES: &[(&str, u32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("千万", 7),
    ("千萬", 7),
    ("百万", 6),
    ("百萬", 6),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
];

/// Base units and measure words, built from the seed report and the corpus. Matching is longest
/// first, so the order here does not matter.
pub const BASE_UNITS: &[&str] = &[
    // ratios
    "个百分点",
    "百分点",
    // `在全省提升3个位次`: places moved in a ranking.
    "个位次",
    "位次",
    "%",
    "％",
    "‰",
    // area, volume, length, mass, energy
    "平方公里",
    "平方千米",
    "平方米",
    // `97644.98㎡`: the square metre's symbol.
    "㎡",
    "立方米",
    "平米",
    "千米",
    "公里",
    "米",
    "公顷",
    "亩",
    "蒸吨",
    // energy use counted in coal of standard heat (`0.34吨标准煤/万元`)
    "吨标准煤",
    "吨标煤",
    "吨",
    "标箱",
    "重量箱",
    // logs of edible fungi (`食用菌110万棒`)
    "棒",
    "千克",
    "公斤",
    "斤",
    // the old weight of leaf tobacco and grain (`烟叶产量达到9.5万担`)
    "担",
    "微克/立方米",
    // per-unit values (`12.3万元/人`, `1500元/亩`)
    "元/人",
    "元/亩",
    "元/平方米",
    "元/吨",
    "元/月",
    "元/年",
    "吨/日",
    "立方米/日",
    "千瓦时",
    "千瓦",
    "兆瓦",
    // power in Latin letters (`单晶拉棒产能达到96GW`)
    "GW",
    "MW",
    "kW",
    "GWh",
    "kWh",
    "千伏",
    "度",
    // money
    "美元",
    "元",
    // people, organisations, things counted
    "人次",
    // `加强针近10万剂次`: doses given.
    "剂次",
    // `获赠锦旗114面、感谢信901封`, `社区党校课程100余堂`: banners, letters, lessons.
    "面",
    "封",
    "堂",
    // `配送文艺指导不少于1800课时`: hours of teaching.
    "课时",
    "学时",
    "人",
    "家次",
    "家",
    "户次",
    "户",
    "个",
    "项次",
    "项",
    "宗",
    "件次",
    "件",
    "条",
    "场次",
    "场",
    "次",
    "座",
    "株",
    "棵",
    "对",
    "所",
    "名",
    "批次",
    "批",
    "处",
    "份",
    "册",
    "张",
    "辆次",
    "车次",
    "辆",
    "台",
    "台套",
    "套",
    "栋",
    "幢",
    "眼",
    // colonies of bees (`中蜂4.2万群`)
    "群",
    // orders (`以旧换新2万单`)
    "单",
    // transactions, loans (`办理业务2585笔`)
    "笔",
    // big and small items of a list of works (`30大件、70小件民生实事`)
    "大件",
    "小件",
    "头只",
    "头",
    "只",
    "羽",
    "片",
    "种",
    "块",
    // departments (`等4部门联合表彰`), before the counter `部`
    "部门",
    "部",
    "位",
    "间",
    "床",
    "支",
    "架次",
    "架",
    "艘次",
    "艘",
    // cases (`3例确诊患者`)
    "例",
    "口",
    "盏",
    "根",
    "本",
    "篇",
    "期",
    "轮",
    "届",
    "组",
    "队",
    "起",
    "大类",
    "类",
    "幅",
    "枚",
    "层",
    "标准箱",
    "分",
    // multiples and time
    "倍",
    "岁",
    "周岁",
    "天",
    "个月",
    // quarters (`连续4个季度获评`)
    "个季度",
    // working days (`压缩至5个工作日`)
    "个工作日",
    "工作日",
    "小时",
    "分钟",
    "周年",
    "年",
];

/// A unit and the char after it that together make a noun, not a unit and its thing
/// (`7400多万人口`: population, counted in 万; `5000家庭`, `户籍人口`; `10万群众`, `群体`; `5家单位`, `3单元`; `2笔记本`). Not
/// `个体`: `3个体育公园`.
pub(super) const UNIT_NOUNS: &[(&str, char)] = &[
    ("人", '口'),
    ("家", '庭'),
    ("户", '籍'),
    ("群", '众'),
    ("群", '体'),
    ("单", '位'),
    ("单", '元'),
    ("笔", '记'),
    ("笔", '试'),
    ("笔", '者'),
];
