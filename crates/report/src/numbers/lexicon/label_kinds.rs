//! Words of the labels of particular kinds of number: ranks and their scopes, amounts and
//! counts, bare measures and the numbers that describe another.

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
    "位于",
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
    // `荣登…百强`: a ranking list reached (not `上榜`, which `上榜企业` holds).
    "荣登",
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

/// Light verbs that, inside a label, only join a subject to its measure (`规模以上企业实现产值`,
/// `两大园区实现工业产值`, `规模以上工业完成增加值`): left out before a measure ([`MEASURE_AFTER_COUNT`](super::MEASURE_AFTER_COUNT),
/// [`LIGHT_VERB_MEASURES`](super::LIGHT_VERB_MEASURES)).
pub const INNER_LIGHT_VERBS: &[&str] = &["实现", "完成"];

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

/// Heads that say only that something was done (`年内完成`, `共`): the thing done is named
/// after the number's `的` (`年内完成16.9万平方米的绿化任务`).
pub const LIGHT_HEADS: &[&str] = &["完成", "完成了", "共", "累计", "开工", "竣工"];

/// Words after an amount of money that say what it is for (`投入16.54亿元用于老旧城区基础设施
/// 建设`): what follows names the owner of a generic head.
pub const PURPOSE_WORDS: &[&str] = &["用于", "用来", "专项用于"];

/// Words between a from-value and the level it changed to (`由…增加到…`, `从…降至…`, `由…调整为…`).
pub const CHANGE_TO_WORDS: &[&str] = &["到", "至", "为"];

/// The leads of [`BENCHMARK_LEADS`] that say the figure is below its benchmark.
pub const BENCHMARK_LEADS_BELOW: &[&str] = &["低于", "慢于"];

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
    // `分别比预期目标高4.8、10.4个百分点`, `增幅比年初预期目标低0.4个百分点`, `超过预期目标
    // 14.2个百分点`: the target set is the benchmark.
    "比年初预期目标",
    "比年初目标",
    "比预期目标",
    "超过预期目标",
    "超出预期目标",
    "超过预期",
    "比年度目标",
    "比预期",
    "较预期",
];

/// Words that point back to things already named (`这5个增幅全省第一`): alone before a count,
/// no label.
pub const DEMONSTRATIVES: &[&str] = &["这", "这些", "上述", "以上", "该", "其"];

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

/// Counters of items that hold a position (`排名4项第一、2项第二`).
pub const ITEM_COUNTERS: &[char] = &['项', '个'];

/// Light verbs that may open a growth's words (`全年实现地区生产总值增长8%`): no part of what grew.
pub const GROWTH_LIGHT_VERBS: &[&str] = &["实现", "完成"];

/// The word that opens a part of the whole just named (`进出口总额…，其中出口…`).
pub const PART_OF_WHOLE: &str = "其中";

/// Bases a figure is counted on (`同口径完成3.67亿元`, `自然增幅2%`): a label of only a basis
/// (and a light verb) measures the subject before, on that basis.
pub const BASIS_WORDS: &[&str] = &["同口径", "可比口径", "自然"];

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

/// Adverbs between what is cleared and `清零` (`已`, `动态`, `全部`), or before the verb of a
/// zero result (`顺利实现“零感染”`).
pub const CLEARED_ADVERBS: &[&str] = &[
    "已经", "已", "动态", "全部", "基本", "全面", "实现", "均", "都", "顺利",
];

/// Verbs whose result is a zero (`实现“零感染”`, `取得了医护人员零感染`, `确保…零事故`): what had
/// none is after them, or else before them.
pub const ZERO_RESULT_VERBS: &[&str] = &[
    "取得了",
    "取得",
    "实现了",
    "实现",
    "做到",
    "确保",
    "保持",
    "达到",
];

/// A zero said of two things at once (`疑似和确诊病例“双清零”`): no part of what had none.
pub const ZERO_PAIR: char = '双';

/// Counters of categories (`三项建设`, `3类任务`): a count of these that equals the items listed
/// right before it only sums the list up.
pub const CATEGORY_COUNTERS: &[&str] = &["类", "项", "方面", "种"];

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
    // `办成了三件大事`: things got done.
    "办成",
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
/// [`CLASS_BAR_LEADS`](super::CLASS_BAR_LEADS)): a count of such words alone (`亿元以上425宗`) counts the earlier count's
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

/// Verbs of handing out money or goods (`为1467位老年人发放高龄补贴176万元`): the amount is of what
/// was handed out, from the verb on; the words before it name who received it.
pub const GIVING_VERBS: &[&str] = &["发放", "拨付", "兑付", "兑现", "下拨"];

/// Verbs that push work on (`积极推进588个美丽乡村建设`, `优化提升12个主导产业`): before a count
/// whose noun follows it they say nothing of what is counted, and the label is the noun.
pub const PUSH_VERBS: &[&str] = &[
    "加快推进",
    // `加大生姜、杨梅种植面积`: more of what follows.
    "加大",
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

/// Areas that qualify what a list's verb is done to (`改造农村危房…、厕所…`): right after the
/// verb they are shared by the later items.
pub const AREA_MODIFIERS: &[&str] = &["农村", "城镇", "城市", "城区", "乡村", "主城区", "中心城区"];

/// Counters of events held (`政企早餐会200多次`, `招聘会35场`): such a count is of the event,
/// whoever held it.
pub const EVENT_COUNTERS: &[&str] = &["次", "场", "届", "期", "轮", "场次", "期次"];

/// Verbs of holding an event (`市县两级组织开展政企早餐会`): the event is named from the last
/// of them on; the words before it say who held it.
pub const HOLDING_VERBS: &[&str] = &["开展", "举办", "举行", "召开", "组织"];

/// Words of a share of a whole (`占比`, `比重`): a bare one after a subject that names its share
/// says it again.
pub const SHARE_OF_WHOLE_WORDS: &[&str] = &["占比", "比重"];

/// How a short rate with no subject of its own ends (`办复率`, `占比`, `完成度`): it is of the
/// number before it (`固定资产投资完成8.1亿元，完成度38.6%`).
pub const BARE_RATE_ENDS: &[&str] = &["率", "占比", "完成度"];
