//! Words the parser reads to tell a report's parts: review and plan openers, leads of a news
//! report, the periods a plan is for.

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

/// Marks that open the items of a list set out on lines of their own (`——…；`, `·…`).
pub const LIST_ITEM_MARKS: &[&str] = &["——", "—", "－", "·", "•", "●", "○", "◆", "■", "▪"];

/// Words that state what is aimed at (`主要预期目标为：…`, `力争新增…`): the indicators after them
/// in the sentence are targets wherever the sentence stands (a paragraph of targets before the
/// plan part's heading, a text without parts). `目标` alone is not one: a review says
/// `完成年度目标，增长8%`; nor is `确保了` (a review's account of what was ensured).
pub const TARGET_STATEMENT_WORDS: &[&str] = &["力争", "力求", "确保"];

/// Words of a news page's line that says the document itself follows (`原文如下：`,
/// `以下为报告全文：`).
pub const FULL_TEXT_WORDS: &[&str] = &["原文", "全文"];

/// Words that say a document is out (`…政府工作报告全文发布`, `全文公布`, `全文来了`).
pub const PUBLISHING_WORDS: &[&str] = &["发布", "公布", "出炉", "来了", "刊发", "播发"];
