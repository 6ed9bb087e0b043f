//! Every word list the tracking reads: what opens a statement of targets, which verbs commit to
//! a figure, what makes a figure multi-year, and which names mean the same indicator.
//!
//! The number extractor's own lists stay in `numbers::lexicon`; these are the words that only
//! matter when one report's plan is set against the next report's review.

/// What opens the statement of a period's main targets (`经济社会发展主要预期目标是：…`).
pub const HEADLINE_MARKERS: &[&str] = &[
    "主要预期目标是",
    "主要预期目标为",
    "主要预期目标：",
    "主要预期目标:",
    "主要预期目标",
    "主要目标是",
    "主要目标为",
    "主要目标：",
    "主要目标:",
    "预期目标是",
    "预期目标为",
    "主要指标是",
    "主要指标为",
];

/// Words that put a statement or a figure on a span of several years: never a target of one
/// period, never an outcome of one.
pub const MULTI_YEAR: &[&str] = &[
    "十一五",
    "十二五",
    "十三五",
    "十四五",
    "十五五",
    "年均",
    "五年",
    "三年行动",
    "两年",
    "三年",
    "时期",
    "以来",
    "今后",
    "期间",
];

/// Words that show a figure sums up several years or a stretch before the period.
pub const CUMULATIVE: &[&str] = &["累计", "累积", "共计", "历年"];

/// Verbs of a result that commit a plan to a figure due in the period (`完成改厕8万座`,
/// `新增托位340个`): whatever follows them is a target.
pub const RESULT_VERBS: &[&str] = &[
    "完成",
    "建成",
    "实现",
    "达到",
    "新增",
    "新建",
    "新改扩建",
    "新改建",
    "改扩建",
    "改建",
    "扩建",
    "改造",
    "控制在",
    "增长",
    "提高",
    "提升",
    "下降",
    "降低",
    "减少",
    "培育",
    "引进",
    "创建",
    "突破",
    "超过",
    "增加",
    "保持在",
    "稳定在",
    "恢复到",
    "发放",
    "招引",
    "签约",
    "竣工",
    "安置",
    "治理",
    "整治",
    "造林",
    "植树",
    "种植",
    "吸纳",
    "转移",
    "帮扶",
    "解决",
    "收储",
    "供应",
    "出让",
    "消化",
    "打通",
    "培训",
    "投入使用",
    "建设任务",
];

/// Verbs of carrying out (`实施12个菜篮子项目`): a count under them is a target, a size inside
/// a clause naming a project (`实施奋斗镇1.6万吨蔬菜仓储等项目`) is not.
pub const CARRY_OUT_VERBS: &[&str] = &[
    "实施", "建设", "安排", "计划", "开展", "发展", "打造", "组织", "举办", "扩大", "争取", "力争",
    "确保", "投入",
];

/// Verbs of completion written after the figure (`2万平方米仓储库建成并投入使用`).
pub const RESULT_AFTER: &[&str] = &["建成", "完成", "竣工", "投入使用", "完工", "通车"];

/// Units that count things (`12个项目`): under a verb of carrying out, still a target.
pub const COUNT_UNITS: &[&str] = &["个", "项", "批", "家", "处", "所", "条", "座", "场"];

/// A name that adds to a stock (`新增高新技术企业`): a later figure of the whole stock is not
/// its outcome.
pub const ADDITION: &[&str] = &["新增"];

/// Verbs that only start or push on something: a figure under them is not due in the period.
pub const START_VERBS: &[&str] = &["启动", "推进", "推动", "谋划", "筹备", "开工", "前期"];

/// What in front of a figure makes it the size of a project rather than a result
/// (`总投资50亿元的…`).
pub const PROJECT_SIZE: &[&str] = &["总投资", "总规模", "占地", "总建筑面积", "规划面积", "装机"];

/// Comparator words before a figure: at most (`控制在5%以内`) …
pub const AT_MOST_BEFORE: &[&str] = &[
    "控制在",
    "不超过",
    "不高于",
    "下降到",
    "降低到",
    "降至",
    "降到",
    "低于",
    "压减到",
    "压缩到",
];
/// … and at least (`不低于95%`).
pub const AT_LEAST_BEFORE: &[&str] = &["不低于", "不少于", "超过", "突破", "高于", "以上"];
/// Bounding words after a figure (`以内`, `以下`: at most; `左右`, `上下`: about).
pub const AT_MOST_AFTER: &[&str] = &["以内", "以下"];
/// See [`AT_MOST_AFTER`].
pub const ABOUT_AFTER: &[&str] = &["左右", "上下"];

/// A growth on a different basis than the usual one (`按可比价` is the usual one).
pub const OTHER_BASIS: &[&str] = &["可比口径", "同口径"];
/// An outcome that is an estimate, not a final figure.
pub const ESTIMATE: &[&str] = &["预计", "初步预计", "预估", "初步核算"];

/// Words that lead an indicator's name without being part of it: time, place, verbs.
pub const LEAD_WORDS: &[&str] = &[
    "全年",
    "今年",
    "年内",
    "本年",
    "当年",
    "上半年",
    "下半年",
    "全区",
    "全市",
    "全省",
    "全县",
    "全旗",
    "全镇",
    "全街道",
    "全辖区",
    "全州",
    "全盟",
    "我区",
    "我市",
    "我省",
    "我县",
    "其中",
    "预计",
    "初步预计",
    "力争",
    "确保",
    "争取",
    "完成",
    "实现",
    "达到",
    "共",
    "共计",
    "合计",
    "同比",
    "主要",
    "经济社会发展",
    "即",
    "是",
    "：",
    ":",
    "、",
    "，",
    "；",
    "和",
];

/// Words that end an indicator's name without being part of it: the measure and its verb.
pub const TAIL_WORDS: &[&str] = &[
    "同比增长",
    "同比下降",
    "比上年增长",
    "比上年下降",
    "年均增长",
    "分别增长",
    "均增长",
    "增长",
    "下降",
    "增速",
    "增幅",
    "涨幅",
    "完成",
    "达到",
    "实现",
    "达",
    "为",
    "分别",
    "均",
    "提高到",
    "提高",
    "降低到",
    "降低",
    "减少",
    "控制在",
    "保持在",
    "稳定在",
    "增加",
    "突破",
    "超过",
    "占比",
    "总量",
    "同比",
    "控制",
    "按可比口径",
    "按同口径",
    "可比口径",
    "按可比价计算",
    "按可比价",
    "同比上涨",
    "上涨",
    "涨幅为",
];

/// Words of a scope narrower or other than the whole area (`区本级固定资产投资`): the same
/// indicator on another scope is not the same figure.
pub const SCOPES: &[&str] = &[
    "区本级",
    "市本级",
    "县本级",
    "省本级",
    "旗本级",
    "本级",
    "市区",
    "城区",
    "中心城区",
    "主城区",
    "全口径",
];

/// Indicators the genre names in several ways: the name used here, then every other way of
/// writing it (longest first where one contains another). `人均` and `常住` stay where they
/// change what is measured.
pub const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "地区生产总值",
        &["地区生产总值", "生产总值", "GDP", "国内生产总值"],
    ),
    (
        "一般公共预算收入",
        &[
            "地方一般公共预算收入",
            "地方公共财政预算收入",
            "一般公共预算收入",
            "公共财政预算收入",
            "公共预算收入",
            "一般预算收入",
            "公共财政收入",
        ],
    ),
    (
        "固定资产投资",
        &["全社会固定资产投资", "固定资产投资额", "固定资产投资"],
    ),
    (
        "社会消费品零售总额",
        &["社会消费品零售总额", "社会消费品零售额", "社零额"],
    ),
    (
        "规模以上工业增加值",
        &["规模以上工业增加值", "规上工业增加值"],
    ),
    (
        "进出口总额",
        &[
            "外贸进出口总额",
            "外贸进出口总值",
            "进出口总额",
            "进出口总值",
            "外贸进出口",
            "进出口",
        ],
    ),
    (
        "实际利用外资",
        &["实际利用外资", "实际使用外资", "利用外资"],
    ),
    (
        "居民人均可支配收入",
        &[
            "全体居民人均可支配收入",
            "居民人均可支配收入",
            "居民可支配收入",
        ],
    ),
    (
        "城镇居民人均可支配收入",
        &[
            "城镇常住居民人均可支配收入",
            "城镇居民人均可支配收入",
            "城镇常住居民可支配收入",
            "城镇居民可支配收入",
        ],
    ),
    (
        "农村居民人均可支配收入",
        &[
            "农村牧区常住居民人均可支配收入",
            "农村牧区居民人均可支配收入",
            "农村常住居民人均可支配收入",
            "农村居民人均可支配收入",
            "农村常住居民可支配收入",
            "农牧民人均可支配收入",
            "农民人均可支配收入",
            "农村居民可支配收入",
        ],
    ),
    (
        "农民人均纯收入",
        &["农村居民人均纯收入", "农牧民人均纯收入", "农民人均纯收入"],
    ),
    (
        "居民消费价格",
        &[
            "居民消费价格总水平",
            "居民消费价格指数",
            "居民消费价格",
            "CPI",
        ],
    ),
    (
        "城镇新增就业",
        &[
            "城镇新增就业人数",
            "城镇新增就业",
            "新增城镇就业",
            "新增就业",
        ],
    ),
    (
        "单位生产总值能耗",
        &[
            "单位地区生产总值能耗",
            "单位生产总值能耗",
            "单位GDP能耗",
            "万元GDP能耗",
            "万元生产总值能耗",
        ],
    ),
    ("粮食产量", &["粮食总产量", "粮食产量"]),
];

/// Pairs of indicators that measure nearly the same thing by different definitions: a figure
/// for one is reported for the other as `not_comparable`, never as its outcome.
pub const RELATED_DEFINITIONS: &[(&str, &str)] = &[
    ("农村居民人均可支配收入", "农民人均纯收入"),
    ("城镇调查失业率", "城镇登记失业率"),
];

/// How a subject covering both town and country opens (`城乡居民…`), and the two subjects it
/// stands for.
pub const TOWN_AND_COUNTRY: &[(&str, [&str; 2])] = &[
    ("城乡居民", ["城镇居民", "农村居民"]),
    ("城乡常住居民", ["城镇常住居民", "农村常住居民"]),
];

/// Words that join two subjects sharing one value (`城镇和农村居民…均增长8%`).
pub const SUBJECT_JOINERS: &[&str] = &["、", "和", "及", "与"];

/// Words that end a clause naming a project: a figure inside such a clause (`实施奋斗镇1.6万吨
/// 蔬菜仓储等项目`) is the project's size.
pub const PROJECT_WORDS: &[&str] = &["项目", "工程"];

/// A count whose name, or the words right before it, end so is one category of a breakdown
/// (`城市建设类28个`), not a target.
pub const BREAKDOWN_ENDS: &[&str] = &["类"];

/// Units a change is measured in; `提升11条市政路` is an amount, not a change.
pub const CHANGE_UNITS: &[&str] = &["%", "‰", "个百分点", "倍"];

/// Names that only say what kind of figure it is (besides the number lexicon's generic heads):
/// never matched to another report's figure by likeness.
pub const BARE_HEADS: &[&str] = &[
    "产值",
    "产量",
    "收入",
    "面积",
    "重点项目",
    "项目",
    "工程",
    "任务",
    "企业",
    "道路工程",
];

/// Words that open a paragraph looking back over several years (`五年来，…`): its figures are
/// not for one year unless a sentence names that year.
pub const RETROSPECT: &[&str] = &[
    "五年来",
    "过去五年",
    "五年间",
    "几年来",
    "近年来",
    "十一五",
    "十二五",
    "十三五",
    "十四五",
];

/// How a plan sets a deadline in a later year (`Y` stands for the year): `到2015年`, `2015年底前`.
pub const DEADLINE_FORMS: &[&str] = &["到Y年", "至Y年", "Y年底", "Y年末", "Y年前"];
