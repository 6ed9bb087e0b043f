//! Words around a number that its label takes in or leaves out: what comes before it in the
//! sentence and what its `的` leads to.

/// Growth verbs that make an amount a change (`比2010年增加13480元`), not a level a growth
/// or rate could describe.
pub const DELTA_VERBS: &[&str] = &[
    "增加", "减少", "增长", "提高", "下降", "降低", "提升", "上升", "扩大", "缩小", "递增",
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
    // `22个亿元以上项目开复工率100%`: how far the projects got.
    "开复工率",
    "开工率",
    "复工率",
    "投产率",
    "完成率",
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

/// Nouns of people (`740多万玉林人民翘首以盼`): a count of people ends at one.
pub const PEOPLE_NOUNS: &[&str] = &[
    "人民", "儿女", "群众", "干群", "同胞", "百姓", "市民", "人口", "代表",
];

/// Counters of persons (`5000名群众`).
pub const PERSON_COUNTERS: &[&str] = &["人", "名", "位"];

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
    // `86名援鄂医疗队员奔赴抗疫最前沿`: where the people went.
    "奔赴",
    "驰援",
    "出征",
    "逆行",
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

/// The task words of a plan after a count's noun (`400亩大棚建设任务`): the count's label
/// stops before them; after `的` they are the thing itself (`16.9万平方米的绿化任务`). A bare
/// `任务` is not one: it names the kind of task counted (`138项改革任务`, `8008户改造任务`).
pub const TASK_WORDS: &[&str] = &["建设任务", "工作任务", "前期工作"];

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

/// Bracketed notes on how a figure is written (`同比(下同)增长`, `3000人(次)`): no words of a
/// label.
pub const BRACKET_NOTES: &[&str] = &["下同", "次", "人次", "现价", "可比价"];

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

/// Words of manner that end a clause's subject and start what it says of it (`工业平稳发展`,
/// `农业较快发展`): the subject stops before them.
pub const SUBJECT_MANNER_WORDS: &[&str] = &[
    "平稳", "较快", "快速", "稳定", "健康", "高速", "稳中",
    // `粮食稳产增收，总产达到58.7亿斤`: steady output.
    "稳产", // `居民消费价格指数同比持平`: no change is a manner of it too.
    "持平",
];

/// Casualties of events (`发生安全生产事故3起，死亡4人`): a count of them alone is of the events
/// counted before it.
pub const CASUALTY_WORDS: &[&str] = &["死亡", "受伤", "伤亡", "遇难", "失踪", "重伤"];

/// Verbs of events happening (`发生`, `共发生`): no part of the events' name.
pub const EVENT_VERBS: &[&str] = &["共发生", "发生"];

/// Verbs of entering a class or a list (`新能源动力电池产业跻身国家级集群，产值突破600亿元`):
/// what a subject is said to have entered is no part of it.
pub const ENTERING_VERBS: &[&str] = &[
    "跻身", "进入", "入选", "入围", "荣登", "上榜", "晋级", "挺进", "列入", "纳入",
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

/// Base units of a duration (`连续5个月`): no subject a growth, rate or rank describes.
pub const DURATION_UNITS: &[&str] = &["个月", "个季度", "年", "天", "周年", "小时", "分钟"];

/// Words stripped from the start of the words after a count (`和…`).
pub const SUFFIX_LEAD_WORDS: &[&str] = &["、", "和", "及"];

/// Words stripped from the end of the words after a count: list joiners and bounding words
/// that lead to the next item (`…家企业等`, `…个项目累计`).
pub const SUFFIX_TRAIL_WORDS: &[&str] = &[
    "、", "和", "以及", "及", "等", "共", "约", "超", "近", "累计", "预计", "达", "为",
];

/// Words of many after `等` (`乙烯等一批石化新材料项目`): the words after them are a class the
/// example before `等` belongs to.
pub const MANY_AFTER_EXAMPLES: &[&str] = &["一批", "一系列", "多个", "多项", "多家", "一大批"];

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

/// Measure words of a count of things or people (`9条`, `183人`, `315栋`): [`CN_MEASURES`](super::CN_MEASURES) and
/// the counters Arabic numerals take.
pub const COUNTERS: &str = "个家项场所名条座户处批类件宗位支种人栋套台辆块头只间张部";
