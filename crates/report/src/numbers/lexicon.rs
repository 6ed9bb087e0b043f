//! Every word list the number rules use, in one place: bounding words, growth and change verbs,
//! rank words, frame words, label edges, ordinal and counter words. A rule names the list it
//! reads; a new word goes here, with a test of the class of text it handles in the rule's module.

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

/// The colons between the terms of a ratio (`9.5:46.8:43.7`), in every form a report is
/// typed or copied with: ASCII, full width, the ratio sign, the small form (`﹕`) and the
/// vertical two-dot form (`︰`, from typesetting software).
pub const RATIO_COLONS: &[char] = &[':', '：', '∶', '﹕', '︰'];

/// Bounding words right after the number and its unit.
pub const POST: &[&str] = &["以上", "左右", "以内", "以下", "上下"];

/// Chars after which `共` is part of another word (`公共`, `中共`).
pub const GONG_BEFORE: &str = "公中";
/// Chars after `共` that make it part of another word (`共建`, `共享`).
pub const GONG_AFTER: &str = "建享同治青产性识商赢和筑创育护管融进富振生存有计";

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

/// Parts of a five-year plan's period named as a basis (`比“十一五”末增长`, `…期间`).
pub const PLAN_PERIOD_PARTS: &[&str] = &["期间", "时期", "末", "初"];

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

/// Words that say the values after them go item by item with a list (`分别增长5%、6%`), and their
/// short forms before a ranking (`分居全省第4、第3位`, `分列第一、第二`).
pub const ITEM_BY_ITEM_WORDS: &[&str] = &["分别", "分居", "分列"];

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

/// Growth verbs that make an amount a change (`比2010年增加13480元`), not a level a growth
/// or rate could describe.
pub const DELTA_VERBS: &[&str] = &[
    "增加", "减少", "增长", "提高", "下降", "降低", "提升", "上升", "扩大", "缩小", "递增",
];

// ---- Ranks ----

/// Words right before a ranking (`全区第二`, `排名第一`, `位居全省前列`).
pub const RANK_SCOPES: &[&str] = &[
    "排名", "排位", "排行", "排在", "全区", "全市", "全省", "全国", "全县", "全旗", "全盟", "全州",
    "位居", "位列", "名列", "居", "同类",
];

/// Verbs that place something in a whole scope (`位居全省`, `排名全市`): what a count counts
/// ends before them.
pub const PLACING_VERBS: &[&str] = &["位居", "位列", "名列", "排名", "稳居", "居于", "居", "排"];

/// Regions a ranking's places lie in (`内地城市`, `中部地区同等城市`): with places of a kind after
/// them, a scope, no subject.
pub const RANK_REGIONS: &[&str] = &[
    "内地",
    "中部地区",
    "西部地区",
    "东部地区",
    "沿海",
    "全国",
    "全省",
];

/// Verbs that place a subject in a ranking (`稳居全省前列`, `走在全国前列`): no part of what is
/// ranked. Longest first where one contains another.
pub const RANK_VERBS: &[&str] = &[
    "荣登",
    "荣获",
    "登上",
    "分别居",
    "分别位居",
    "分别位列",
    "分居",
    "分列",
    "上升至",
    "上升到",
    "跃升至",
    "跃居",
    "攀升至",
    "攀升到",
    "提升至",
    "提升到",
    "前移至",
    "上升",
    "跃升",
    "攀升",
    "前移",
    "升至",
    "升到",
    "蝉联",
    "重回",
    // `开工率并列全省第1位`: a place shared; `三大商超营收增长率包揽全区前三`: all of them.
    "并列",
    "包揽",
    "雄踞",
    "稳居",
    "位居",
    "居于",
    "持续保持在",
    "持续保持",
    "继续保持",
    "保持在",
    "保持",
    "走在",
    "进入",
    "跻身",
    "挺进",
    // `宜都晋级全国县域经济百强`: moved up into a ranking.
    "晋级",
    // `首次入围全国投资竞争力百强区`: a place in a ranking list entered.
    "入围",
    "入选",
    "位列",
    "名列",
    "排在",
    "分列",
    "均居",
    "居",
    "列",
];

/// Verbs of placing that place only right before the place (`增幅全省排第7位`; elsewhere `排`
/// opens other words: `排放`).
pub const RANK_VERBS_AFTER_SCOPE: &[&str] = &["排"];

/// Ranking wording that names no subject of its own: the scopes, `连续` and the adverbs of how
/// long a place is held (`始终位居全国第一`).
pub const RANK_WORDING: &[&str] = &[
    "连续", "始终", "一直", "长期", "连年", "有望", "继续", "持续",
    // `首次入围…百强`, `再次入选…`, `连续多年跻身…`: how often a place was won.
    "首次", "再次", "多年",
];

/// Measures and bounds that, after a count's noun, start a statement about those things
/// (`12家龙头企业产值超百亿`, `20个断面水质优良率90%`): the count's label stops before them.
pub const MEASURE_AFTER_COUNT: &[&str] = &[
    "产值",
    "营业收入",
    "营收",
    "收入",
    "销售额",
    "交易额",
    "总额",
    "增加值",
    "产量",
    "税收",
    "总投资",
    "投资额",
    "优良率",
    "达标率",
    "覆盖率",
    "合格率",
    "占比",
    "比重",
    "建设水平",
    "水平",
    "均超",
    "均达",
    "超过",
    "突破",
    "超",
];

/// Light verbs that, inside a label, only join a subject to its measure (`规模以上企业实现产值`,
/// `两大园区实现工业产值`, `规模以上工业完成增加值`): left out before a measure ([`MEASURE_AFTER_COUNT`],
/// [`LIGHT_VERB_MEASURES`]).
pub const INNER_LIGHT_VERBS: &[&str] = &["实现", "完成"];

/// Measures a light verb may stand before, besides [`MEASURE_AFTER_COUNT`].
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

/// Measures of a crop's yield (`总产3.95万吨`), and the words of the area it is grown on
/// (`收获面积20.52万亩`): a yield after an area is of the crop alone.
pub const YIELD_WORDS: &[&str] = &["总产量", "总产", "产量", "单产", "亩产"];
pub const CROP_AREA_WORDS: &[&str] = &["收获面积", "播种面积", "种植面积", "面积", "播种", "种植"];

/// Verbs of upgrading things (`建筑立面提升128158平方米`): with a unit of size and no measure
/// ([`SIZE_MEASURES`]) before, work done, not a growth.
pub const UPGRADE_VERBS: &[&str] = &["提升", "提质"];
pub const SIZE_UNITS: &[&str] = &["米", "平方米", "公里", "千米", "平方公里", "亩", "公顷"];
pub const SIZE_MEASURES: &[&str] = &["面积", "长度", "里程", "规模", "量", "总长", "覆盖"];

/// The noun of an index, whose level is a bare number (`居民消费价格指数102.1`): a rate.
pub const INDEX_WORD: &str = "指数";

/// Words that say a measure did not change (`同比持平`).
pub const FLAT_WORDS: &[&str] = &["持平", "基本持平"];

/// Nouns of people (`740多万玉林人民翘首以盼`): a count of people ends at one.
pub const PEOPLE_NOUNS: &[&str] = &[
    "人民", "儿女", "群众", "干群", "同胞", "百姓", "市民", "人口", "代表",
];

/// Counters of persons (`5000名群众`).
pub const PERSON_COUNTERS: &[&str] = &["人", "名", "位"];

/// Verbs and adverbs of doing that follow a plan's `将` (`今年，湖北将继续实施…`): `将` before
/// one of them is "will"; before an object it is "把" (`将产业振兴作为…`).
pub const PLAN_VERBS_AFTER_JIANG: &[&str] = &[
    "继续",
    "坚持",
    "聚焦",
    "围绕",
    "重点",
    "全力",
    "着力",
    "持续",
    "加快",
    "大力",
    "深入",
    "进一步",
    "紧紧",
    "紧扣",
    "牢牢",
    "抓好",
    "实施",
    "推进",
    "推动",
    "力争",
    "力求",
    "确保",
    "全面",
    "扎实",
    "统筹",
    "锚定",
    "突出",
    "立足",
    "按照",
    "积极",
    "努力",
    "不断",
    "切实",
    "强化",
    "加强",
    "开展",
    "以",
    "在",
    "把",
    "完成",
    "新建",
    "建设",
    "实现",
    "做好",
    "谋划",
    "投入",
    "启动",
    "争取",
    "集中",
];

/// Ends of the names of parts of a place that report their own figures (`天易经开区`,
/// `柏屹自主创新园`): a sentence that opens with one measures that part.
pub const SUB_UNIT_ENDS: &[&str] = &[
    "经开区",
    "开发区",
    "高新区",
    "示范区",
    "产业园",
    "创新园",
    "工业园",
    "园区",
];

/// Nouns of indicators themselves (`等6项指标`): a count of them after a list sums it up.
pub const INDICATOR_WORDS: &[&str] = &["指标", "经济指标", "主要指标"];

/// Words that single out the first of a kind (`首个300亿元园区`).
pub const FIRST_OF_A_KIND: &[&str] = &["首个", "第一个", "首家", "首座", "唯一"];

/// The units of a person's age (`3-11岁人群`, `80周岁以上老人`).
pub const AGE_UNITS: &[&str] = &["岁", "周岁"];

/// Words that hold a shorter word a label's wording is stripped of and are no such word
/// (`居民` holds the placing verb `居`; `系列`, `列车` hold `列`): never cut apart.
pub const KEPT_WORDS: &[&str] = &[
    "居民", "居住", "居家", "民居", "系列", "序列", "列车", "排列",
];

/// Words that hold a word of [`MEASURE_AFTER_COUNT`] or [`PREDICATE_AFTER_COUNT`] and are no
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

/// Words that, after a count's noun, start what is said of the things counted (`两个地下商城投入
/// 使用`, `7个入园项目加紧实施`, `400亩大棚建设任务`, `700万吨露天矿一季度完成核准`,
/// `两条通道如期通车`, `21个产业集群发展壮大`): the count's label stops before them. Adverbs
/// of manner and time, verbs of a project's course, the passive `被`, and the task words of a
/// plan.
pub const PREDICATE_AFTER_COUNT: &[&str] = &[
    // `三件大事圆满完成`: done, and well.
    "圆满",
    // `14个园区管理机构优化整合为7个`: merged.
    "优化整合",
    "整合为",
    "合并为",
    "投入使用",
    "投入运营",
    "投入运行",
    "正式",
    "全面",
    "加紧",
    "加快",
    "加速",
    "快速",
    "稳步",
    "顺利",
    "成功",
    "归并",
    "相继",
    "陆续",
    "先后",
    "已经",
    "已",
    "确保",
    "做大做强",
    "被",
    "获得",
    "荣获",
    "发放",
    "制定",
    // `为80位创业大学生提供担保贷款`: what was done for them.
    "提供",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "上半年",
    "下半年",
    "年内",
    "年底",
    "如期",
    "按期",
    "提前",
    "实现",
    "发展壮大",
    "全部",
    "全都",
    "均已",
    "即时",
    "深度",
    // `9.29万平方米厂房建设进入收尾阶段`: the stage the work reached.
    "进入",
];

/// Levels of government that a `、` joins inside one modifier (`省、市级美丽乡村`, `国家、省级
/// 重点实验室`): that `、` does not separate two items of a list.
pub const ADMIN_LEVELS: &[&str] = &[
    "国家",
    "省",
    "市",
    "县",
    "区",
    "乡",
    "镇",
    "自治区",
    "盟",
    "旗",
];

/// A project's course after a noun (`9条次干道路开工建设`, `50项重点项目竣工投产`, `…完成核准`): after a
/// count's noun it says which of the things are counted and stays in the label; after any
/// other measure it starts another statement (`700万吨露天矿完工`), like
/// [`PREDICATE_AFTER_COUNT`].
pub const COURSE_AFTER_COUNT: &[&str] = &[
    "开工", "完工", "竣工", "投产", "通车", "通过", "完成", "建成",
];

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
];

/// The task words of a plan after a count's noun (`400亩大棚建设任务`): the count's label
/// stops before them; after `的` they are the thing itself (`16.9万平方米的绿化任务`). A bare
/// `任务` is not one: it names the kind of task counted (`138项改革任务`, `8008户改造任务`).
pub const TASK_WORDS: &[&str] = &["建设任务", "工作任务", "前期工作"];

/// Nouns of a formula a list of aims is summed up in (`改革、发展、稳定三件大事`, `…三条底线`):
/// the count after the list names the formula, no things counted.
pub const FORMULA_NOUNS: &[&str] = &["大事", "底线", "主线", "红线", "原则", "关系", "理念"];

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

/// Words that hold `并` without joining two predicates (`合并`, `并网`): a label is not cut there.
pub const BING_WORDS: &[&str] = &[
    "合并", "兼并", "吞并", "归并", "并网", "并购", "并联", "并轨", "并行", "并列", "并入", "并存",
    "并重", "并举", "并表",
];

/// Words after the last value of a list that say the values were aims (`完成税收9亿元、新设企业
/// 1000家目标任务`): no part of what is counted.
pub const AIM_AFTER_VALUES: &[&str] = &["目标任务", "的目标任务", "的目标", "目标", "的任务"];

/// Modifiers that leave a task word the thing counted (`58项重点工作任务`, `各项工作任务`).
pub const TASK_MODIFIERS: &[&str] = &["重点", "主要", "各项", "年度"];

/// Words that end the work done on things (`危旧房屋的新建、维修、拆除工作`, `…的补植、管护任务`):
/// after `的`, what stands before them is what was done.
pub const TASK_ENDS: &[&str] = &["工作任务", "建设任务", "工作", "任务"];

/// Work done on things, ending what follows a count's `的` (`16条背街巷道的综合改造`,
/// `7个小区的节能改造`, `22.8公里道路的扩建和绿化`): the work is part of the count's label.
pub const WORK_DONE: &[&str] = &[
    "改造",
    "改扩建",
    "扩建",
    "新建",
    "建设",
    "整治",
    "治理",
    "硬化",
    "绿化",
    "亮化",
    "美化",
    "修缮",
    "维修",
    "提升",
    "铺设",
    "搬迁",
    "拆除",
];

/// Joiners of a list's items (`20项民生工程和10件民生实事`): words after a count that open with
/// one belong to the next item, words before a count that end with one to the previous item.
pub const ITEM_JOINERS: &[&str] = &["以及", "和", "及", "与"];

/// The joiners that, between two numbers of a clause, end the first one's item (`大唐2×66万
/// 千瓦发电和东海拉尔发电厂2×35万千瓦…`); not `与`, which opens words (`参与`).
pub const ITEM_JOINERS_INSIDE: &[&str] = &["以及", "和", "及"];

/// Heads that say only that something was done (`年内完成`, `共`): the thing done is named
/// after the number's `的` (`年内完成16.9万平方米的绿化任务`).
pub const LIGHT_HEADS: &[&str] = &["完成", "完成了", "共", "累计", "开工", "竣工"];

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

/// Rates whose bar a count of places passed (`8个市县…投资增速超过50%`).
pub const RATE_BAR_WORDS: &[&str] = &["增速", "增幅", "比重", "占比"];

/// Bounds before the bar of a class of things (`超500亿元的企业`, `过10亿元的项目`).
pub const CLASS_BAR_LEADS: &[&str] = &["超", "超过", "过", "逾"];

/// Words that close a conversion phrase (`按年平均汇率折算`, `按可比价计算`): how a figure was
/// reckoned, no word of its label.
pub const CONVERSION_WORDS: &[&str] = &["折算", "计算", "测算", "核算"];

/// Bracketed notes on how a figure is written (`同比(下同)增长`, `3000人(次)`): no words of a
/// label.
pub const BRACKET_NOTES: &[&str] = &["下同", "次", "人次", "现价", "可比价"];

/// Words before a number that make it a spec of a class of things (`时速350公里的高铁`).
pub const SPEC_LEADS: &[&str] = &["时速", "设计时速"];

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

/// Words after an amount of money that say what it is for (`投入16.54亿元用于老旧城区基础设施
/// 建设`): what follows names the owner of a generic head.
pub const PURPOSE_WORDS: &[&str] = &["用于", "用来", "专项用于"];

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

/// Verbs of each of the things counted crossing a mark (`3个村集体经济收入突破50万元`).
pub const EACH_CROSSED_VERBS: &[&str] = &["突破", "超过", "超", "过"];

/// Words of a total after a span of years (`五年累计投入`, `五年共投资`): the span is a window.
pub const WINDOW_TOTALS: &[&str] = &["累计", "共", "合计", "总计"];

/// The ends of a time window in Chinese numerals (`五年间`, `三年来`, `两年内`).
pub const TIME_WINDOW_ENDS: &[&str] = &["间", "来", "内", "中"];

/// Passive verbs before a count (`庞口镇被列入全国首批127个中国特色小镇`): what stands before them
/// is what the count happened to, not what it counts. Each opens with `被` (the labeler looks
/// for them only where `被` stands).
pub const PASSIVE_VERBS: &[&str] = &[
    "被确定为",
    "被认定为",
    "被命名为",
    "被列入",
    "被列为",
    "被评为",
    "被授予",
    "被纳入",
];

/// Verbs between an investment and the `的` of what it went into (`投资1.27亿元实施的…绿化工程`).
pub const DE_VERBS: &[&str] = &["实施", "建设", "完成", "改造", "新建"];

/// What follows a threshold inside a subject (`收入10万元以上的村`).
pub const THRESHOLD_OPENERS: &[&str] = &["以上的", "以下的", "及以上的", "及以下的"];

/// Words that join a value to a class's threshold after it, which then bounds both
/// (`50亿元或5亿美元以上项目`, `5亿元(3000万美元)以上项目`).
pub const THRESHOLD_JOINERS: &[&str] = &["或", "和", "、", "及", "(", "（"];

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

/// Words of manner that end a clause's subject and start what it says of it (`工业平稳发展`,
/// `农业较快发展`): the subject stops before them.
pub const SUBJECT_MANNER_WORDS: &[&str] = &[
    "平稳", "较快", "快速", "稳定", "健康", "高速", "稳中",
    // `居民消费价格指数同比持平`: no change is a manner of it too.
    "持平",
];

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

/// Words that close a topic's subject without naming it (`…改造工作`, `…片区建设`), and the
/// phase of a project (`“菜篮子”工程一期全面完工`: the project owns its investment).
pub const TOPIC_TRAIL_WORDS: &[&str] = &[
    "建设",
    "工作",
    "进程",
    "项目建设",
    "发展",
    "一期",
    "二期",
    "三期",
    "首期",
];

/// Verbs of pushing work on that open a topic clause (`持续推进白洋淀上游流域综合治理`).
pub const TOPIC_LEAD_VERBS: &[&str] = &[
    "推进", "推动", "实施", "抓好", "狠抓", "抓实", "开展", "启动", "建设", "支持", "扶持", "引导",
    "发展",
];

/// Words a topic's subject ends with when it names a body of work that money goes into: a
/// project or site ([`OWNER_HEADS`]) or a field of works (`…综合治理`, `老城区改造`). A topic
/// that ends otherwise (`…步伐`, `…力度`, `公共服务水平`) names no owner of an investment.
pub const TOPIC_HEADS: &[&str] = &[
    "改造",
    "治理",
    "基础设施",
    "片区",
    "组团",
    "新区",
    "开发区",
    "农牧业",
    "农业",
    "牧业",
    "工业",
    "服务业",
    "旅游业",
    "开发",
];

/// Openers of a from-to frame (`由11.66亿元增加到…`, `从…`): a number right after one is the
/// frame's from-value.
pub const FROM_OPENERS: &[char] = &['由', '从'];

/// Words between a from-value and the level it changed to (`由…增加到…`, `从…降至…`, `由…调整为…`).
pub const CHANGE_TO_WORDS: &[&str] = &["到", "至", "为"];

/// Openers of a comparison (`比2010年`, `较上年`): a frame only when a time follows.
pub const COMPARISON_OPENERS: &[char] = &['比', '较'];

/// Prepositions of time before a year inside a clause (`地区生产总值在2012年突破2000亿元`).
pub const YEAR_PREPOSITIONS: &[char] = &['在', '于'];

/// Times a comparison names without a number (`较上年`, `比去年`, `比同期`).
pub const COMPARISON_TIMES: &[&str] = &["上年", "去年", "同期", "年初"];

/// A from-value's peak or trough, said instead of a time (`贷款不良率由最高5.81%降至1.6%`).
pub const PEAK_WORDS: &[&str] = &["最高", "最低", "最高时", "最低时", "高峰时"];

/// Verbs before the base of a multiple (`是2011年的1.1倍`, `为上年的2倍`).
pub const MULTIPLE_VERBS: &[char] = &['是', '为'];

/// Base units of a duration (`连续5个月`): no subject a growth, rate or rank describes.
pub const DURATION_UNITS: &[&str] = &["个月", "个季度", "年", "天", "周年", "小时", "分钟"];

/// Words stripped from the start of the words after a count (`和…`).
pub const SUFFIX_LEAD_WORDS: &[&str] = &["、", "和", "及"];

/// Words stripped from the end of the words after a count: list joiners and bounding words
/// that lead to the next item (`…家企业等`, `…个项目累计`).
pub const SUFFIX_TRAIL_WORDS: &[&str] = &[
    "、", "和", "以及", "及", "等", "共", "约", "超", "近", "累计", "预计", "达", "为",
];

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

/// Adverbs of a later step of a course before its verb (`从一季度3.3%、到上半年4.5%、再到前三季度
/// 4.9%`).
pub const STEP_ADVERBS: &[&str] = &["再", "又", "后"];

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

/// Words that open a comparison with a benchmark (`高于全省平均1.2个百分点`, `比全省高1.18万元`):
/// the number is of the subject before it, not of the benchmark.
pub const BENCHMARK_LEADS: &[&str] = &[
    "超额完成",
    "超过全国",
    "超过全省",
    "超过全市",
    "超过全区",
    "高于",
    "高出",
    "低于",
    "快于",
    "慢于",
    "超出",
    "领先",
    "比全国",
    "比全省",
    "比全市",
    "比全区",
    "比全县",
    "比全州",
    "比全盟",
    "较全国",
    "较全省",
    "较全市",
    // `分别比预期目标高4.8、10.4个百分点`: the target set is the benchmark.
    "比预期目标",
    "比年度目标",
    "比预期",
    "较预期",
];

/// Words after a measure that only say its level is meant (`固定资产投资绝对额19.4亿元，同比增速
/// -21.4%`): no part of what its growth measures.
pub const LEVEL_WORDS: &[&str] = &["绝对额", "绝对值", "绝对量"];

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

/// Measures of how many things there are (`项目数`, `企业数量`): a later item of a list that is
/// only a measure (`新开工项目数、总投资`) is of the things counted.
pub const COUNT_MEASURES: &[&str] = &["数量", "个数", "数"];

/// Words after `等` that name only a kind of work (`东电热电联产等重点项目`, `广场等工程`): one
/// example before them says what is measured.
pub const EXAMPLE_CLASS_WORDS: &[&str] = &["项目", "工程", "配套设施", "设施"];

/// Heads that name projects but not which (`实施项目169个`): like [`GENERIC_HEADS`], a label of
/// only these takes the work it belongs to in front (`X治理实施项目`); unlike them, they are the
/// things themselves, so a later number of the sentence belongs to the whole label.
pub const PROJECT_HEADS: &[&str] = &["实施建设项目", "实施项目", "建设项目"];

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

/// Words that point back to things already named (`这5个增幅全省第一`): alone before a count,
/// no label.
pub const DEMONSTRATIVES: &[&str] = &["这", "这些", "上述", "以上", "该", "其"];

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
    // `已超预期完成固定资产投资35.93亿元`: done already, and beyond what was expected.
    "已",
    "超预期",
];

/// What a share of work done is a share of (`完成年计划125%`, `完成全年任务的103.5%`): such a
/// rate with no subject of its own is of the figure before it.
pub const PLAN_SHARE_WORDS: &[&str] = &["计划", "任务", "目标", "进度"];

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
];

/// Light verbs that open the label of a count or amount and name nothing counted
/// (`全年实现新增就业` → `新增就业`, `年内建成公厕` → `公厕`). A rate keeps them
/// (`完成全年任务的103.5%`).
pub const LABEL_LEAD_VERBS: &[&str] = &[
    "完成了",
    "完成",
    "实现",
    "建成",
    "启动",
    "发生",
    "保持",
    // `预计2025年可完成税收1亿元`: can be done.
    "可完成",
    "可实现",
    // `重点抓好15件大事和民生实事`: to do well, what is counted after.
    "重点抓好",
    "重点办好",
    "抓好",
    "办好",
];

/// Verbs of a stage of business that alone name no thing (`签约完成263亿元` after
/// `项目储备完成1700亿元`, `销售638万吨` after `原煤产量达到661万吨`): the label takes the thing
/// of the subject before, without its own stage or measure (`项目签约`, `原煤销售`).
pub const STAGE_VERBS: &[&str] = &[
    "储备", "签约", "落地", "开工", "投产", "竣工", "销售", "进口", "出口",
];

/// Stages that are measures on their own too (`…；出口13525万美元`, the exports): as a list's item
/// after `；` they borrow no subject.
pub const STAGES_THAT_MEASURE: &[&str] = &["进口", "出口"];

/// Words of many after `等` (`乙烯等一批石化新材料项目`): the words after them are a class the
/// example before `等` belongs to.
pub const MANY_AFTER_EXAMPLES: &[&str] = &["一批", "一系列", "多个", "多项", "多家", "一大批"];

/// Counters of items that hold a position (`排名4项第一、2项第二`).
pub const ITEM_COUNTERS: &[char] = &['项', '个'];

/// Words after a numeral that count the categories of a list just written (`三大先导产业`,
/// `两类企业`).
pub const LIST_COUNT_WORDS: &[char] = &['大', '类'];

/// Light verbs that may open a growth's words (`全年实现地区生产总值增长8%`): no part of what grew.
pub const GROWTH_LIGHT_VERBS: &[&str] = &["实现", "完成"];

/// The word after a figure that makes it approximate (`增长8%左右`): how targets are set.
pub const APPROXIMATE_AFTER: &str = "左右";

/// Words of an estimate (`预计全年增长5%左右`): a review's approximate figures.
pub const ESTIMATE_WORDS: &[&str] = &["预计", "预测", "估计", "初步"];

/// The year's plan framing a figure (`年计划完成地区生产总值617亿元`): no part of what the
/// sentence's later figures measure.
pub const PLAN_FRAME_LEADS: &[&str] = &["年计划完成", "年计划", "全年计划完成", "年度计划完成"];

/// The word that opens a part of the whole just named (`进出口总额…，其中出口…`).
pub const PART_OF_WHOLE: &str = "其中";

/// Bases a figure is counted on (`同口径完成3.67亿元`, `自然增幅2%`): a label of only a basis
/// (and a light verb) measures the subject before, on that basis.
pub const BASIS_WORDS: &[&str] = &["同口径", "可比口径", "自然"];

/// Words that end the name of a place (`东山组团`, `伊敏河`, `主城区`): in a list of places
/// before one project's name (`海拉尔河、伊敏河堤防工程`), the project starts after them.
pub const PLACE_ENDS: &[&str] = &[
    "组团", "景区", "城区", "新区", "园区", "河", "湖", "山", "镇", "乡", "村", "街道", "社区",
];

/// Words that end the name of a project, site or body a number can belong to
/// (`…的污水处理厂三期工程`, `…的颛顼公园`).
pub const OWNER_HEADS: &[&str] = &[
    "工程",
    "项目",
    "公园",
    "中心",
    "园区",
    "基地",
    "综合体",
    "小区",
    "大厦",
    "广场",
    "学校",
    "医院",
    "厂",
    "路",
    "桥",
    "站",
    "馆",
    "场",
];

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

/// Words a few chars after a unitless number that make it a service's number (`12345政务服务
/// 热线`, `13710企业直办平台`).
pub const SERVICE_NAME_WORDS: &[&str] = &["热线", "平台", "专线"];

/// Words right after a unitless number that make it part of a name (`107国道`, `1号线`,
/// `626小河`, `301医院`).
pub const NAME_SUFFIXES: &[&str] = &[
    "国道",
    "省道",
    "县道",
    "高速",
    "急救",
    "佳",
    "号",
    "版",
    "型",
    "代",
    "线",
    "楼",
    "小河",
    "河",
    "路",
    "街",
    "医院",
    // `3507厂生活区`, `3511文创园`: factories and parks named by their numbers.
    "厂",
    "园",
    "文创",
    "创意园",
    "大院",
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

/// Kinds of places a ranking compares (`中心城区第一`, `全市6县市第一`, `西部第1`): after a ranking verb,
/// a `第N` right after one is a rank.
pub const RANK_PLACE_KINDS: &[&str] = &[
    "中心城区",
    "省市",
    "西部",
    "中部",
    "东部",
    "东北",
    "西南",
    "西北",
    "城区",
    "县市",
    "县区",
    "区县",
    "市县",
    "地市",
    "副省级城市",
    "省会城市",
    "同类城市",
    "大中城市",
    "城市",
    "省份",
    "省区",
    "市州",
    "盟市",
    "旗县",
    "旗市区",
    "县（市、区）",
    "县(市、区)",
    "区（县）",
    "区(县)",
    "县（区）",
    "县(区)",
    "乡镇",
    "街道",
    "镇街",
    // `稳居南宁市县域第一`: the counties of a city.
    "县域",
    "开发区",
    "经开区",
    "高新区",
    "行政区",
    "园区",
    "港口",
    "机场",
];

/// Levels of place that a number before them makes a kind of place ranked among (`位居六区
/// 第1`, `全市9县第一`).
pub const PLACE_LEVEL_CHARS: &[char] = &['区', '县', '市', '省', '镇', '乡'];

/// Verbs that place a subject among places or in a tier (`居`, `保持`, `位列`, `进入`).
pub const RANK_PLACE_VERBS: &[&str] = &[
    "居", "保持", "位列", "名列", "列", "排", "处于", "进入", "跻身", "领跑", "升至", "升到",
    "走在", "挺进", "晋级",
    // `蝉联全国制造业百强县`, `蝉联全省第一`: a place held again; `连续三年雄踞全市第一`:
    // held firmly; `开工率并列全省第1位`: shared; `营收增长率包揽全区前三`: all of them.
    "蝉联", "雄踞", "并列", "包揽",
    // `入围2022中国建制县高质量发展百强`, `入选2024中药上市公司30强`: a place in a ranking list
    // entered.
    "入围", "入选",
];

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

/// Adverbs between what is cleared and `清零` (`已`, `动态`, `全部`).
pub const CLEARED_ADVERBS: &[&str] = &[
    "已经", "已", "动态", "全部", "基本", "全面", "实现", "均", "都",
];

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

/// Counters that group things into categories (`10大类52项民生实事`): a count of them right
/// before the things' own count is no measure.
pub const GROUPING_COUNTERS: &[&str] = &["大类", "类", "个方面", "方面", "大领域", "领域"];

/// Counters of categories (`三项建设`, `3类任务`): a count of these that equals the items listed
/// right before it only sums the list up.
pub const CATEGORY_COUNTERS: &[&str] = &["类", "项", "方面", "种"];

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

/// Words after a number that make it a milestone passed (`突破10亿元大关`).
pub const MILESTONE_WORDS: &[&str] = &["大关", "关口"];

/// Verbs of crossing a mark (`首次突破1亿元`): with the figure reached right after it
/// ([`MILESTONE_REACHED`]), the mark is a milestone.
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

/// Chars right before a value that lead to it (`系数为0.3`, `达0.8`, `比2.1`): a bare decimal
/// after one is a value, not a version glued into a name.
pub const VALUE_LEAD_CHARS: &[char] = &['为', '是', '达', '至', '到', '约', '比', '由', '从', '在'];

/// What joins the marks of a list after one verb of crossing (`突破2万亿和3万亿`).
pub const MARK_JOINERS: &[&str] = &["和", "、", "及"];

/// Times before the verb that gives the figure reached (`…，去年达到39416.2亿元`).
pub const MILESTONE_TIMES: &[&str] = &["去年", "全年", "今年", "当年", "年末", "目前"];

/// A target named as the mark crossed (`突破70亿元目标，达到74.23亿元`).
pub const MARK_TARGET: &str = "目标";

/// Verbs that give the figure reached after a mark crossed (`突破1亿元，达到1.07亿元`).
pub const MILESTONE_REACHED: &[&str] = &["达到", "达", "为", "至", "实现", "完成"];

/// Marks that open the items of a list set out on lines of their own (`——…；`, `·…`).
pub const LIST_ITEM_MARKS: &[&str] = &["——", "—", "－", "·", "•", "●", "○", "◆", "■", "▪"];

/// Words after a span of time that make it the window a result is counted over (`5年来`,
/// `5年累计`).
pub const WINDOW_AFTER: &[&str] = &["以来", "来", "间", "内", "累计"];

/// Words before a span of time that make it a window (`近3年`, `过去5年`).
pub const WINDOW_BEFORE: &[&str] = &["近", "过去", "最近", "这"];

// ---- Counters ----

/// Measure words of more than one char a Chinese-numeral count may take (`三批次`,
/// `两个季度`), tried first.
pub const CN_MEASURE_WORDS: &[&str] = &["批次", "人次", "家次", "个月", "个季度"];

/// Units a streak's length takes after `连续` (`连续五年`, `连续举办十一届`).
pub const STREAK_UNITS: &str = "年届次天周";

/// Verbs of doing right before a Chinese-numeral count make it one (`新增三家企业技术中心`).
/// Verbs that open what an item of a list brought about, not what was done (`改造老旧小区45个、
/// 惠及居民1.2万户`): such an item does not share the list's verb.
pub const RESULT_VERBS: &[&str] = &[
    "惠及", "带动", "受益", "覆盖", "吸纳", "涉及", "服务", "辐射", "解决",
];

/// The items of a list after one of them share it (`改造市政道路21条、桥梁30座` → `改造桥梁`).
pub const COUNT_VERBS: &[&str] = &[
    "实际使用",
    "实际利用",
    "办理",
    "新改扩建",
    "新改建",
    "改扩建",
    "新增",
    // `新建成现代农业产业基地17个、高标准农田37.45万亩`: built and finished.
    "新建成",
    "新建",
    "建成",
    "培育",
    "引进",
    "举办",
    "开展",
    "认定",
    "获批",
    "创建",
    "打造",
    "实施",
    "完成",
    "组织",
    "落地",
    "签约",
    "改造",
    "荣获",
    "获得",
    "入选",
    "建设",
    "培训",
    "改建",
    "扩建",
    "修建",
    "更换",
    "拆除",
    "清除",
    "整治",
    "铺设",
    "硬化",
    "安装",
    // `种植花卉1100万株、中药材5000亩`: crops planted.
    "种植",
    "栽植",
    // `累计出栏生猪86501头、肉牛5141头`: livestock sold off.
    "出栏",
    // `升规纳统…等8家企业`: firms brought into the statistics of firms above a size.
    "升规纳统",
    "升规入统",
    "升规",
];

/// Words after a bound that make it a size class (`亿元以上`, `5000万元以下`; before it:
/// [`CLASS_BAR_LEADS`]): a count of such words alone (`亿元以上425宗`) counts the earlier count's
/// things of that size.
pub const SIZE_CLASS_ENDS: &[&str] = &["及以上", "以上", "及以下", "以下"];

/// Stages a project or business reaches (`签约项目20个，开工15个，投产9个`): a later count whose
/// words are only a stage counts the earlier count's things at that stage.
pub const PROJECT_STAGES: &[&str] = &[
    "签约",
    "开工",
    "试投产",
    "投产",
    "试生产",
    "竣工",
    "完工",
    "交付",
    "投运",
    "达产",
    "开业",
    "投用",
    "落地",
    "入库",
    "纳统",
    "在建",
    "续建",
];

/// What a place has now (`高都街道现有工业规模以上企业19家`): the place before it is the one
/// reporting.
pub const HAVING_NOW: &str = "现有";

/// Chars after a span of hours or minutes that make it a time taken (`24小时内`, `2小时以上`,
/// `30分钟左右`, `2小时完成`, `3小时到达`); before any other word, the span names a kind of
/// service (`24小时智慧服务大厅`).
pub const SPAN_MEASURE_AFTER: &str = "内以之左后前的至到完办即就达可";

/// Words before a span of hours or minutes that make it a time taken (`压缩至2小时办结`).
pub const SPAN_MEASURE_BEFORE: &[&str] = &["至", "到", "为", "在", "用时", "耗时", "仅需", "只需"];

/// What joins a number to the next of a list or range that shares its unit (`23和29位`).
pub const SHARED_UNIT_JOINERS: &[char] = &['和', '、', '至', '到', '或', '及', '与'];

/// Counters of a class or grade (`1类新药`, `4A级`), not of things: right after a count they name
/// the class of the things counted.
pub const CLASS_COUNTERS: &[&str] = &["类", "级", "星"];

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

/// A change named after the percentage that sizes it (`保持40%以上增长`, `实现15%的增长`), and
/// the verbs before such a percentage that only lead to it.
pub const CHANGES_AFTER_VALUE: &[(&str, bool)] = &[("增长", true), ("下降", false)];
pub const CHANGE_AFTER_LEADS: &[&str] = &["继续保持", "保持", "实现了", "实现"];

/// Verbs of reaching before a percentage of what is done (`全村实现100%覆盖`).
pub const SHARE_REACHED_VERBS: &[&str] = &["实现了", "实现", "达到"];

/// Words of a measure per unit of its subject (`人均突破31万元`, `地均迈上76亿元/平方公里新台阶`):
/// alone, they measure the sentence's subject per person, per area or per household
/// (`人均地区生产总值`).
pub const PER_UNIT_PREFIXES: &[&str] = &["人均", "地均", "户均", "亩均", "楼均", "村均", "日均"];

/// Words of a facility's capacity before its number (`日处理80吨污泥焚烧厂`, `年产10万吨…项目`):
/// the number measures the facility named after it (`污泥焚烧厂日处理`), and inside another
/// number's owner phrase the capacity is the facility's spec, not its name.
pub const CAPACITY_WORDS: &[&str] = &[
    "日处理",
    "日供水",
    "日产",
    "年处理",
    "年产",
    "年加工",
    "年吞吐",
    "年接待",
    "总装机",
    "装机",
];

/// Verbs of handing out money or goods (`为1467位老年人发放高龄补贴176万元`): the amount is of what
/// was handed out, from the verb on; the words before it name who received it.
pub const GIVING_VERBS: &[&str] = &["发放", "拨付", "兑付", "兑现", "下拨"];

/// Verbs that push work on (`积极推进588个美丽乡村建设`, `优化提升12个主导产业`): before a count
/// whose noun follows it they say nothing of what is counted, and the label is the noun.
pub const PUSH_VERBS: &[&str] = &[
    "加快推进",
    "推进",
    "推动",
    "抓好",
    "优化提升",
    "优化",
    "提升",
    "做好",
    "组织实施好",
    "实施好",
    "培育壮大",
    "壮大",
    "发展",
];

/// Scopes that open a label and say where or for whom (`全市`, `各县`; `每` opens one too:
/// `每个县`): shared by a list's items with the verb after them.
pub const LABEL_SCOPES: &[&str] = &[
    "全市",
    "全县",
    "全区",
    "全省",
    "全旗",
    "全镇",
    "全乡",
    "全街道",
    "各县",
    "各区",
    "各市",
];

/// Verbs of choosing things for a plan (`初步安排的重点调度项目`): with the verbs of doing, a
/// clause ending in one before `的` says which things, not what they are.
pub const CHOOSING_VERBS: &[&str] = &["安排", "确定", "列入", "认定", "命名", "遴选"];

/// Words of a share that name no whole or part (`占比达到77.9%`): a rate labelled with one alone
/// is of the subject before it.
pub const BARE_SHARE_WORDS: &[&str] = &["占比", "比重", "所占比重", "占比为"];

/// Words an ordinal before them makes (`第三产业`): a label that starts with one keeps the
/// ordinal.
pub const ORDINAL_WORDS: &[&str] = &["产业"];

/// Levels of government (`其中市级1689.4亿元`): after `其中`, the level's share of the whole; as a
/// later item of a list (`国家级…29家、市级40家`), the first item's things at that level.
pub const GOVERNMENT_LEVELS: &[&str] = &[
    "国家级",
    "省级",
    "市级",
    "县级",
    "区级",
    "镇级",
    "乡级",
    "本级",
    "市本级",
    "县本级",
    "区本级",
];

/// Words of an addition before the things added (`新增市场主体`): a total of those things
/// (`总数`) is of all of them, so its label leaves these out.
pub const ADDED_WORDS: &[&str] = &["新增", "净增"];

/// Verbs that, after a count's noun, single out which of the things are counted (`5家企业入驻`,
/// `8万市民直接受益`): the label puts them first (`入驻企业`).
pub const SINGLING_VERBS: &[&str] = &[
    "入驻",
    "落户",
    "挂牌上市",
    "挂牌",
    "上市",
    "上传",
    "直接受益",
    "受益",
];

/// Areas that qualify what a list's verb is done to (`改造农村危房…、厕所…`): right after the
/// verb they are shared by the later items.
pub const AREA_MODIFIERS: &[&str] = &["农村", "城镇", "城市", "城区", "乡村", "主城区", "中心城区"];

/// Counters of events held (`政企早餐会200多次`, `招聘会35场`): such a count is of the event,
/// whoever held it.
pub const EVENT_COUNTERS: &[&str] = &["次", "场", "届", "期", "轮", "场次", "期次"];

/// Verbs of holding an event (`市县两级组织开展政企早餐会`): the event is named from the last
/// of them on; the words before it say who held it.
pub const HOLDING_VERBS: &[&str] = &["开展", "举办", "举行", "召开", "组织"];

/// Measure words of a count of things or people (`9条`, `183人`, `315栋`): [`CN_MEASURES`] and
/// the counters Arabic numerals take.
pub const COUNTERS: &str = "个家项场所名条座户处批类件宗位支种人栋套台辆块头只间张部";

/// Measure words a Chinese-numeral count may take (`三个意向项目`).
pub const CN_MEASURES: &str = "个家项场所名条座户处批类件宗位支种";

/// Things `零` counts in a metric clause (`安全生产零事故`, `医护人员零感染`): the label is what
/// is before `零` and the thing (`医护人员感染`).
pub const ZERO_THINGS: &[&str] = &[
    "事故", "伤亡", "死亡", "投诉", "上访", "感染", "差错", "失误", "扩散", "外溢",
];

/// Verbs after `零` in a metric clause (`亡人事故零发生`): what happened none times is what is
/// before `零`, the label (`亡人事故`).
pub const ZERO_VERBS: &[&str] = &["发生", "新增", "报告"];

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

/// `要实现` (is to reach) that states the figures after it as aims (`2025年，肇庆市要实现GDP增长
/// 5%左右`), and the chars before it that make `要` part of another word (`主要`, `重要`, `需要`,
/// `只要`).
pub const AIM_TO_REACH: &str = "要实现";
pub const NOT_AIM_BEFORE: &[char] = &['主', '重', '需', '只', '必', '想'];

/// `均` ends a label as an adverb (`办复率均达100%`), except in the words it ends (`人均`,
/// `平均`, `年均`, `户均`, `日均`, `月均`, and the per-unit `地均`, `楼均`, `村均`): the chars
/// before those.
pub const JUN_WORD_CHARS: &[char] = &[
    '人', '平', '年', '户', '日', '月', '亩', '周', '地', '楼', '村',
];

/// `均` starts these words (`均衡`, `均等化`), where it is no adverb.
pub const JUN_WORD_NEXT: &[char] = &['衡', '匀', '等', '值', '价', '质'];

/// Measures of a level besides [`HEADLINE_INDICATORS`] whose percentage is a change
/// (`规模以上工业增加值11.5%`, `居民消费价格指数2.0%`).
pub const CHANGING_LEVELS: &[&str] = &["增加值", "价格指数"];

/// Words that name a share or a rate (`占`, `比重`, `率`): a percentage after them is a level.
pub const SHARE_WORDS: &[&str] = &["占", "比重", "比例", "率"];

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

/// Words that state what is aimed at (`主要预期目标为：…`, `力争新增…`): the indicators after them
/// in the sentence are targets wherever the sentence stands (a paragraph of targets before the
/// plan part's heading, a text without parts). `目标` alone is not one: a review says
/// `完成年度目标，增长8%`; nor is `确保了` (a review's account of what was ensured).
pub const TARGET_STATEMENT_WORDS: &[&str] = &["力争", "力求", "确保"];

/// An expected change (`今年全省地区生产总值预期增长6.5%`, in a news report's lead before last
/// year's results): the year's target, as after [`TARGET_STATEMENT_WORDS`]; `预期` alone is not
/// (`好于预期`), nor is `预计` (a review's estimate). No aim of a text's opening: a lead states
/// one target before the results it reports.
pub const EXPECTED_CHANGE_WORDS: &[&str] = &["预期增长", "预期下降"];

/// The aim's noun of a statement of targets, and the words after it that state one
/// (`目标为`, `目标是`, `主要预期目标建议为：…`, `经济增长预期目标确定6%左右`, `目标定为…`): like
/// [`TARGET_STATEMENT_WORDS`], found once per block by the noun.
pub const TARGET_NOUN: &str = "目标";
pub const TARGET_NOUN_STATEMENTS: &[&str] = &["为", "是", "建议为", "确定", "定为", "设定为"];

/// The year's targets named as such before a colon, then listed (`主要预期目标：地区生产总值增长
/// 7%以上，…`): a statement of targets as [`TARGET_NOUN_STATEMENTS`] make one. (`目标：` alone may
/// name targets met: `实现了年初确定的目标：…`.)
pub const TARGET_LIST_NOUNS: &[&str] = &["预期目标", "主要目标"];

/// Words of a news page's line that says the document itself follows (`原文如下：`,
/// `以下为报告全文：`).
pub const FULL_TEXT_WORDS: &[&str] = &["原文", "全文"];

/// Words with which a report introduces its own main indicators (`主要经济指标…`,
/// `主要预期目标是：…`): the indicators after them in the paragraph are headline ones too.
pub const MAIN_INDICATOR_WORDS: &[&str] = &["主要经济指标", "主要指标", "主要预期目标", "主要目标"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decrease_verbs_are_listed_once() {
        assert!(GROWTH_DOWN.contains(&"下降"));
    }

    #[test]
    fn growth_verbs_are_longest_first_and_directed() {
        let v = growth_verbs();
        assert!(v
            .windows(2)
            .all(|w| w[0].0.chars().count() >= w[1].0.chars().count()));
        assert!(v.contains(&("下降", Direction::Down)));
        assert!(v.contains(&("增", Direction::Up)));
        assert_eq!(v.len(), GROWTH_UP.len() + GROWTH_DOWN.len());
    }
}
