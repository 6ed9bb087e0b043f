//! Words at a label's edges: growth wording, and the lead and trail words cut off.

// ---- Growth ----

/// Verbs of a rise, as a growth is written (`增长5%`, `提高2个百分点`).
pub const GROWTH_UP: &[&str] = &[
    "增长速度",
    "增长",
    "递增",
    "提高",
    "提升",
    "上升",
    "上涨",
    "增加",
    "增幅",
    "增速",
    "涨幅",
    "净增",
    "增收",
    "增支",
    "增产",
    // `财政总收入11亿元，比增7%`: up on the year before, in a word.
    "比增",
    "增", // Places a rank moved up (`比上年度再进2位`).
    "前进",
    "再进",
    "前移",
];

/// Verbs of a fall (`精简`, `压缩`, `缩短`: cutting by a share is a fall too).
pub const GROWTH_DOWN: &[&str] = &[
    "递减",
    "缩短",
    "缩减",
    "缩小",
    // `涨幅收窄3.7个百分点`: a rate's narrowing.
    "收窄",
    "下降",
    "减少",
    "降低",
    "下滑",
    "回落",
    "下跌",
    "降幅",
    "精简",
    "压缩",
    "净减少",
    "净减",
    "削减",
    "压减",
    "压降",
    "比降",
    "比减",
    "降",
    // Places a rank moved down.
    "后退",
    "后移",
];

/// Parts of a five-year plan's period named as a basis (`比“十一五”末增长`, `…期间`).
pub const PLAN_PERIOD_PARTS: &[&str] = &["期间", "时期", "末", "初"];

/// Growth wording that names no subject of its own, besides the growth verbs ([`GROWTH_UP`],
/// [`GROWTH_DOWN`]): bases, `分别`, `年均`.
pub const GROWTH_WORDING: &[&str] = &[
    "同比",
    // `可比价增长4.2%`: at comparable prices, before its shorter `可比`.
    "可比价",
    "可比",
    "现价",
    "逆势",
    "环比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "比上年同期",
    // `存款余额520亿元，比年初增长8.2%`: a balance against the start of the year.
    "比年初",
    "较年初",
    "同期",
    "同口径",
    // `同比口径增长3.6%`: compared on the same basis as a year before.
    "同比口径",
    "分别",
    "年均",
    "两年平均",
    "三年平均",
    // After the words that hold it (`年均`).
    "均",
    "了",
];

// ---- Ranks ----

/// Words right before a ranking (`全区第二`, `排名第一`, `位居全省前列`).
pub const RANK_SCOPES: &[&str] = &[
    "排名", "排位", "排行", "排在", "全区", "全市", "全省", "全国", "全县", "全旗", "全盟", "全州",
    "位居", "位列", "名列", "居", "同类",
];

/// Ends of an award or honour won (`…考核二等奖`, `…进步奖`, `文明村镇称号`): each is its own
/// result, so a rank after a list of them (`…二等奖、全县社会事业先进奖第二名`) ranks only its
/// own item.
pub const AWARD_ENDS: &[&str] = &["奖", "称号", "荣誉"];

/// Words of a ranking that moved (`中部百强县排名再进位，居53位`): said of a ranking already
/// named, no subject of the rank.
pub const RANKING_MOVES: &[&str] = &[
    "再进位",
    "进位",
    "再前移",
    "前移",
    "再提升",
    "提升",
    "上升",
    "跃升",
    "再攀升",
    "攀升",
];

/// Ranking wording that names no subject of its own: the scopes, `连续` and the adverbs of how
/// long a place is held (`始终位居全国第一`).
pub const RANK_WORDING: &[&str] = &[
    "连续", "始终", "一直", "长期", "连年", "有望", "继续", "持续",
    // `首次入围…百强`, `再次入选…`, `连续多年跻身…`: how often a place was won.
    "首次", "再次", "多年",
];

/// Measures a light verb may stand before, besides [`MEASURE_AFTER_COUNT`](super::MEASURE_AFTER_COUNT).
pub const LIGHT_VERB_MEASURES: &[&str] = &[
    "地区生产总值",
    "生产总值",
    "工业产值",
    "税收",
    "利税",
    "纯收入",
    "总收入",
];

/// Words that open a remark in brackets, which says how the text is written or what a figure
/// counts, not what is measured (`同比（下同）增长`, `规上工业产值（不含鄂钢）`).
pub const LABEL_REMARK_WORDS: &[&str] = &[
    "下同",
    "不含",
    "含",
    "不包括",
    "包括",
    "以下简称",
    "简称",
    "预计",
];

/// Words that hold a shorter word a label's wording is stripped of and are no such word
/// (`居民` holds the placing verb `居`; `系列`, `列车` hold `列`): never cut apart.
pub const KEPT_WORDS: &[&str] = &[
    "居民", "居住", "居家", "民居", "人居", "宜居", "安居", "新居", "系列", "序列", "列车", "排列",
];

/// Words that hold a word of [`MEASURE_AFTER_COUNT`](super::MEASURE_AFTER_COUNT) or [`PREDICATE_AFTER_COUNT`](super::PREDICATE_AFTER_COUNT) and are no
/// measure or bound (`低收入老年人`, `便民连锁超市`): a label is not cut inside them.
pub const CUT_WORD_COMPOUNDS: &[&str] = &[
    "增加值",
    "亩均税收",
    "亩均产值",
    "低收入",
    "高收入",
    "中等收入",
    "中低收入",
    "超市",
    "超级",
    "超高",
    // `12家商超`: shops and supermarkets.
    "商超",
];

// ---- Labels ----

/// Words stripped from the start of a label: connectors and bounding words.
pub const LEAD_WORDS: &[&str] = &[
    "——",
    "—",
    "其中",
    "此外",
    "同时",
    "另外",
    "累计",
    "预计",
    "争取",
    "力争",
    "力求",
    "共计",
    "合计",
    "总计",
    "分别",
    "、",
    "和",
    "以及",
    "及",
    "与",
    "并",
    "且",
    // `共有企业12家`: the total's `有` goes with its `共`.
    "共有",
    "共",
    "的",
    "了",
    // How the figure was obtained (`初步核算全年GDP`): no part of what it measures.
    "据初步核算",
    "经初步核算",
    "初步核算",
    "据初步统计",
    "经初步统计",
    "初步统计",
    // The standard it is counted by (`现行标准下建档立卡贫困户`).
    "在现行标准下",
    "按现行标准",
    "现行标准下",
    // The point of a list item's number (`3.做好…`).
    ".",
    "．",
];

/// Prepositions and causatives that open a label and name nothing (`对全区景区景点…`,
/// `使6万市民直接受益`, `推动全区地区生产总值突破2000亿元`, `在推动经济高质量发展方面…`,
/// `以12个片区…为重点`), and the chars after them that make a term instead (`对外`, `对口`,
/// `对接`, `使用`, `使命`, `在建`, `在校`, `以上`).
pub const LEAD_PREPOSITIONS: &[&str] = &["对", "使", "推动", "助推", "在", "以"];

pub const PREPOSITION_TERM_CHARS: &[char] = &[
    '外', '口', '接', '标', '象', '话', '照', '策', '于', '应', '称', '比', '抗', '冲', '手', '用',
    '命', '馆', '节', '者', '建', '校', '职', '岗', '线', '册', '园', '押', '途', '读', '库', '上',
    '下', '来', '及', '后', '前', '内', '便', '免',
];

/// Words of `in all` that open a label after a time word or a scope (`全年共有…`, `全县共发生…`):
/// they say how much, not what; `共有` goes whole, its `有` naming nothing.
pub const IN_ALL_LEADS: &[&str] = &["共有", "共"];

/// Words of a total after a span of years (`五年累计投入`, `五年共投资`): the span is a window.
pub const WINDOW_TOTALS: &[&str] = &["累计", "共", "合计", "总计"];

/// Words of an average after a span of years (`五年年均增长`): the span is a window.
pub const WINDOW_AVERAGES: &[&str] = &["年均", "平均"];

/// The ends of a time window in Chinese numerals (`五年间`, `三年来`, `两年内`).
pub const TIME_WINDOW_ENDS: &[&str] = &["间", "来", "内", "中"];

/// Words that end in a char [`TRAIL_WORDS`] strips (`下达`, `作为`, `截至`, `得到`): the char
/// and the chars before it that make such a word, so a label is never cut inside one.
pub const TRAIL_WORD_PARTS: &[(char, &str)] = &[
    ('达', "下到发表传送抵通"),
    ('为', "作成认行称视因"),
    ('至', "截直甚以"),
    ('到', "得受做感看遇来"),
    ('有', "拥所没具共现持占含享"),
    // `12家商超`: shops and supermarkets.
    ('超', "商"),
    // `引进人才50人`: talent, not `only`.
    ('才', "人英天奇专帅口"),
    // `惠及17个乡镇`: reaching, not `and`.
    ('及', "惠涉波顾普企触"),
    // `重点项目集中签约`: signing, saving, not `about`.
    ('约', "签节集制预履违合公特邀相条"),
];

/// Words that start with a char [`LEAD_WORDS`] strips (`共青城`, `和谐`, `及时`, `并网`): the
/// char and the chars after it that make such a word, so a label is never cut inside one.
pub const LEAD_WORD_PARTS: &[(char, &str)] = &[
    ('共', super::GONG_AFTER),
    ('和', "谐平美睦煦"),
    ('及', "时格早第"),
    ('并', "购网联入轨表"),
    ('的', "确士"),
    ('了', "解"),
];

/// Words stripped from the end of a label before the number.
pub const TRAIL_WORDS: &[&str] = &[
    // A level reached (`城镇化率提高到63.5%`) is the level, not its change.
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增长到",
    "上升到",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "减少到",
    "减少至",
    // `“四上”企业增至518家`: grew to.
    "增至",
    "减至",
    "缩减到",
    "缩减至",
    "增加至",
    "增长至",
    "上升至",
    "扩大至",
    "降至",
    "降到",
    "扩大到",
    "缩小到",
    "缩小至",
    "收窄至",
    "收窄到",
    "缩短至",
    "缩短到",
    "压缩至",
    "压缩到",
    "达到",
    // `工业投入力争达到700亿元`: the aim is the target's, not the measure's.
    "力争",
    "力求",
    "争取",
    "确保",
    // A mark crossed (`城镇化率突破60%`) is the level reached.
    "突破",
    // `人均仅0.25亩`, `人均才0.25亩`: only so much, said of the level.
    "仅有",
    "只有",
    "仅",
    "才",
    "有",
    "达",
    "为",
    "是",
    "至",
    "到",
    "了",
    "、",
    "和",
    "以及",
    "及",
    "与",
    "的",
    "分别",
    // `增长速度每年分别为11%`: year by year, no part of the measure.
    "每年",
    "控制在",
    "保持在",
    "稳定在",
    // `以12个片区、65个社区中心为重点`: the frame's close says what the things are for.
    "为重点",
    "为主体",
    "为核心",
    "为抓手",
    "为载体",
    "为依托",
    "为引领",
    "为主",
];

/// Verbs that end a subject without naming what is measured (`全市生产总值完成`): dropped when
/// the subject is long enough without them.
pub const SUBJECT_TRAIL_VERBS: &[&str] = &["完成", "实现", "达到", "突破"];

/// Adverbs of such a verb (`实际完成`, `共完成`, `累计实现`), dropped with it.
pub const SUBJECT_VERB_ADVERBS: &[&str] = &["实际", "共", "合计", "总计"];
