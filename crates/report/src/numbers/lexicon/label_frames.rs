//! Words of the frames a label is read in: comparisons and periods, generic heads and their
//! leads, time words, milestones, and the names a government gives itself.

/// Times a comparison names without a number (`较上年`, `比去年`, `比同期`).
pub const COMPARISON_TIMES: &[&str] = &["上年", "去年", "同期", "年初"];

/// A from-value's peak or trough, said instead of a time (`贷款不良率由最高5.81%降至1.6%`).
pub const PEAK_WORDS: &[&str] = &["最高", "最低", "最高时", "最低时", "高峰时"];

/// Chars after a leading `等` that make it part of a word (`等级`, `等待`, `等同`, `等候`,
/// `等于`), not a list's end left at a label's start.
pub const DENG_AFTER: &[char] = &['级', '待', '同', '候', '于'];

/// Words that open a time or comparison frame after a subject: `地区生产总值由2010年的…`,
/// `排放量比2010年…`, `旅游收入…,是2010年的2.6倍`.
pub const FRAME_OPENERS: &[char] = &['由', '从', '比', '较', '是'];

/// Words of a frame that name nothing measured: time words and from-to verbs, longest first
/// where one contains another.
pub const FRAME_WORDS: &[&str] = &[
    // `增速由一季度的2.8%回升至全年的5.2%`: a growth rate's way back up or down.
    "回升至",
    "回升到",
    "回落至",
    "回落到",
    "增加到",
    "增长到",
    "提高到",
    "提升到",
    "上升到",
    "下降到",
    "降低到",
    "减少到",
    "扩大到",
    "缩小到",
    "调整为",
    "调整到",
    "调整",
    "优化为",
    "优化到",
    "优化至",
    "优化",
    "提高至",
    "跃升至",
    "跃升到",
    "攀升至",
    "攀升到",
    "跃升",
    "攀升",
    "下降至",
    "增至",
    "升至",
    "降至",
    "减至",
    "变为",
    "上年同期",
    "上年",
    "去年",
    "同期",
    "年末",
    "年底",
    "分别",
    "的",
    "年",
    "末",
    "底",
    "到",
    "至",
    "均",
    // `连续8年稳定在50万吨以上`: how long, not what.
    "连续",
];

/// Periods of the year a figure is counted over (`一季度`, `上半年`, `全年`): a time a from-to
/// frame names (`增速由一季度的2.8%回升至全年的5.2%`), not a subject.
pub const YEAR_PERIODS: &[&str] = &[
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "上半年",
    "下半年",
    "全年",
    "年初",
];

/// The heads of an investment (`总投资1.2亿元的…`, `投资3000万元铅锌矿采选项目`), longest first.
pub const INVESTMENT_HEADS: &[&str] = &["计划总投资", "总投资", "计划投资", "投资"];

/// Heads that name a measure but not whose it is (`总投资30亿元`): a label of only these takes
/// the owner of the number (`投资5.2亿元的X工程`) or the sentence's subject in front.
/// Longest first where one contains another.
pub const GENERIC_HEADS: &[&str] = &[
    "新开工",
    "开工",
    "竣工",
    "完成投资",
    "计划总投资",
    "计划投资额",
    "计划投资",
    "总投资额",
    "总投资",
    "投资额",
    "投资",
    "总投入",
    "投入",
    "占地面积",
    "建筑面积",
    "总面积",
    "占地",
    "总长",
    "总里程",
    "全长",
    "总规模",
    "规模",
    "总量",
    "增量",
    // `…零售额251亿元，…，绝对值位居全区第一`: the level itself, not its growth.
    "绝对值",
    "总数",
    // `纳入省重点项目28个，数量居全市第1位`: how many of the things counted before.
    "数量",
    "资金",
    "交易额",
    // `提报市外到位资金项目3个、金额6100万元`: the sum of the things counted.
    "金额",
    "完成",
    "共",
    "累计",
];

/// Words after `等` that name only a kind of work (`东电热电联产等重点项目`, `广场等工程`): one
/// example before them says what is measured.
pub const EXAMPLE_CLASS_WORDS: &[&str] = &["项目", "工程", "配套设施", "设施"];

/// Time words of the report's own period, and the government naming itself, that open a label
/// and name nothing measured (`全年完成投资`, `年内建成公厕`, `我区…`).
pub const LABEL_TIME_WORDS: &[&str] = &[
    // `截至目前库存应急物资有46种`: up to now.
    "截至目前",
    "截止目前",
    "到目前为止",
    "去年",
    "上年",
    "年末",
    "年初",
    "目前",
    "全年",
    "年内",
    // `当年度因…减收`: the year of the report, said whole (never cut before `度`).
    "当年度",
    "当年",
    "今年",
    "本年",
    "年度",
    "年底前",
    "底前",
    // Quarters and halves say when (`前三季度全街生产总值`).
    "前三季度",
    "一季度",
    "上半年",
    "下半年",
    "我区",
    "我市",
    "我县",
    "我省",
    "我旗",
];

/// How a field of work stands, in the four characters a heading sums it up with
/// (`工业经济稳中有进`): a copy that lost the break after such a heading runs it into the figure's
/// subject (`工业经济稳中有进规上工业总产值1818亿元`), and the label starts after it.
pub const STANDING_PHRASES: &[&str] = &[
    "稳中有进",
    "稳中向好",
    "稳中有升",
    "稳中有增",
    "稳中提质",
    "稳中求进",
    "进中提质",
    "持续向好",
    "量质齐升",
    "质效双升",
    "提质增效",
    "提速增效",
    "加快发展",
    "蓬勃发展",
    // `资金争取实现新突破向上争取各类竞争性资金46.4亿元`: a heading of a new high.
    "实现新突破",
    "取得新突破",
    "取得新成效",
    "迈上新台阶",
    "成效显著",
    "成效明显",
];

/// Adverbs that open a label and name nothing measured (`确保…`, `全面完成…`).
pub const LABEL_LEAD_ADVERBS: &[&str] = &[
    "预计",
    "圆满",
    "顺利",
    "进一步",
    "就是要",
    "确保",
    // `下半年力争新增…`: an aim after a time.
    "力争",
    "力求",
    "争取",
    "全力",
    "全面",
    "积极",
    "持续",
    "加快",
    "努力",
    "继续",
    "精心",
    // `切实完成2.766万亩粮食生产种植`, `着力建成1.5万亩…基地`: how hard, not what.
    "切实",
    "着力",
    "扎实",
    "大力",
    // `已超预期完成固定资产投资35.93亿元`: done already, and beyond what was expected.
    "已",
    "超预期",
];

/// Verbs before a generic head that leave it generic (`启动投资1.3亿元的…工程`).
pub const HEAD_LEAD_VERBS: &[&str] = &[
    "启动",
    "做好",
    "抓好",
    // `加快建设总投资7.58亿元的县医院迁建项目`, `精心实施了总投资1.6亿元的…`: the work done on
    // the thing the investment is of (not `实施`: `实施项目782个` counts the projects).
    "建设",
    "实施了",
    "推进",
    "推动",
];

/// Words after a numeral that count the categories of a list just written (`三大先导产业`,
/// `两类企业`).
pub const LIST_COUNT_WORDS: &[char] = &['大', '类'];

/// Words that end the name of a place (`东山组团`, `伊敏河`, `主城区`): in a list of places
/// before one project's name (`海拉尔河、伊敏河堤防工程`), the project starts after them.
pub const PLACE_ENDS: &[&str] = &[
    "组团", "景区", "城区", "新区", "园区", "河", "湖", "山", "镇", "乡", "村", "街道", "社区",
];

/// Levels of place that a number before them makes a kind of place ranked among (`位居六区
/// 第1`, `全市9县第一`).
pub const PLACE_LEVEL_CHARS: &[char] = &['区', '县', '市', '省', '镇', '乡'];

/// Words after a number that make it a milestone passed (`突破10亿元大关`).
pub const MILESTONE_WORDS: &[&str] = &["大关", "关口"];

/// Verbs of crossing a mark (`首次突破1亿元`): with the figure reached right after it
/// ([`MILESTONE_REACHED`](super::MILESTONE_REACHED)), the mark is a milestone.
pub const MILESTONE_VERBS: &[&str] = &[
    "突破", "首破", "再破", "超过", "跨越", "跨过", "越过", "迈过", "跨上", "迈上", "站上", "跃上",
];

/// Crossing a step besides [`MILESTONE_VERBS`] (`连跨两个千亿级台阶`), the chars of the steps'
/// count and size between the verb and the step (`两个千亿级`), and the streak before the verb.
pub const STEP_CROSSING_VERBS: &[&str] = &["跨"];

pub const STEP_SIZE_CHARS: &[char] = &['个', '级', '亿', '万', '千', '百', '十'];

pub const STEP_STREAK: char = '连';

/// Words after a mark crossed that make it a step reached (`跨上3000亿元新台阶`): a milestone
/// when the mark is round.
pub const MILESTONE_STEPS: &[&str] = &[
    "新台阶",
    "大台阶",
    "台阶",
    // `总量跨过3000亿元历史性节点`.
    "历史性节点",
    "重要节点",
    "节点",
];

/// Adverbs before a verb of crossing (`首次突破`): no part of what crossed the mark.
pub const MILESTONE_ADVERBS: &[&str] = &["首次", "再次", "率先", "成功", "一举", "历史性", "接连"];

/// What a place has now (`高都街道现有工业规模以上企业19家`): the place before it is the one
/// reporting.
pub const HAVING_NOW: &str = "现有";

/// The words around what affected a figure (`受疫情影响同比降幅9.3%`) or how long it took
/// (`用四年时间基本实现了经济总量翻一番`): neither names anything measured.
pub const OPENING_FRAMES: &[(&str, &str)] = &[
    ("受", "影响"),
    ("用", "时间"),
    // `通过线上线下相结合的方式培训1200人`: the means of what is counted.
    ("通过", "方式"),
    ("通过", "形式"),
    ("通过", "途径"),
    ("通过", "渠道"),
];

/// Words of a means after a list of examples (`通过“以商招商”“以链招商”等形式广泛收集线索`):
/// what follows them is the action, not the examples' kind.
pub const MEANS_AFTER_EXAMPLES: &[&str] = &["形式", "方式", "途径", "渠道", "手段", "模式"];

/// Words of having (nearly) reached a result that open a label (`基本实现了经济总量翻一番`): no
/// part of what is measured.
pub const REACHED_LEADS: &[&str] = &["基本实现了", "基本实现", "实现了"];

/// Adverbs of bound, totality or estimate inside a label (`每个县至少建成示范区`, `…全部完工`,
/// `数字经济增加值预计增长`): they say how much or how sure, not what is measured, so a label
/// leaves them out (not at its start: `全部财政收入` is a term). So do `共有` (`全区共有规模以上
/// 工业企业126家`: there are, in all) and the light verb `进行` (`主干道路进行综合改造`). So
/// does `各项` inside (`全区各项主要经济指标`: "all of them", as the adverb `均` does); at the
/// start it is part of a term (`各项贷款余额`). So does `已` (`…收入已连续18年居全省第一`: already).
pub const LABEL_INNER_ADVERBS: &[&str] = &[
    "至少", "全部", "预计", "共有", "进行", "各项", "已经", "已", "先后",
];

/// How a government names itself (`筛选确定我市100户重点工业企业`): no part of what is measured,
/// anywhere in a label (the scope is the report's own).
pub const SELF_REFERENCES: &[&str] = &[
    "我市",
    "我区",
    "我县",
    "我省",
    "我镇",
    "我乡",
    "我旗",
    "我街道",
    "我州",
    "我盟",
];

/// How a news report names the government it reports on (`该镇今年将完成…`).
pub const REPORTED_SELVES: &[&str] = &[
    "该省",
    "该市",
    "该区",
    "该县",
    "该镇",
    "该乡",
    "该街道",
    "该旗",
];

/// `将` (will) before what is planned (`今年将完成地区生产总值…`), and the chars after it that
/// make another word (`将近`, `将来`, `将军`).
pub const PLAN_WILL: &str = "将";

pub const NOT_WILL_AFTER: &[char] = &['近', '来', '军'];

/// `要` (is to) after a government's name (`肇庆市要实现GDP增长5%左右`): a plan's statement as
/// `将` is.
pub const PLAN_MUST: &str = "要";

/// `均` ends a label as an adverb (`办复率均达100%`), except in the words it ends (`人均`,
/// `平均`, `年均`, `户均`, `日均`, `月均`, and the per-unit `地均`, `楼均`, `村均`): the chars
/// before those.
pub const JUN_WORD_CHARS: &[char] = &[
    '人', '平', '年', '户', '日', '月', '亩', '周', '地', '楼', '村',
];

/// `均` starts these words (`均衡`, `均等化`), where it is no adverb.
pub const JUN_WORD_NEXT: &[char] = &['衡', '匀', '等', '值', '价', '质'];

/// The headline indicators of a work report, as their labels name them: a reader looks for
/// these first, so they lead the key figures (`地区生产总值`, `全县生产总值` …).
pub const HEADLINE_INDICATORS: &[&str] = &[
    "生产总值",
    "一般公共预算收入",
    "公共财政预算收入",
    "财政总收入",
    "固定资产投资",
    "社会消费品零售总额",
    "人均可支配收入",
];
