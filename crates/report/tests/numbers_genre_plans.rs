//! Targets as reports of the genre set them: a plan part, a sentence that states targets, a list of
//! targets on lines of its own, an aim or the year's expected change in a review and a news report
//! of a plan (issue "Numbers on reports it has never seen"), one test per class of text; the other
//! classes are in the other `numbers_genre*.rs` files. Each sentence is made up in the shape the
//! corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, lenient, plan, summary};
use report::NumberKind;

#[test]
fn a_plan_part_makes_growths_rates_and_ranks_targets() {
    let ms = plan("地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，力争全区排名靠前。");
    for m in &ms {
        assert_eq!(m.kind, Some(NumberKind::Target), "{}", m.raw);
    }
    // The label still reads the shape: a growth keeps its subject and verb.
    assert_eq!(label(&ms, "5.5%"), "地区生产总值增长");
    let ms = summary("地区生产总值增长5.5%。");
    assert_eq!(find(&ms, "5.5%").kind, Some(NumberKind::Growth));
}

#[test]
fn a_sentence_that_states_targets_makes_them_targets_outside_a_plan_part_too() {
    // A paragraph of targets ahead of the plan part's first heading, or a text without parts.
    let ms = summary(
        "建议今年主要预期目标为：全县生产总值增长7%左右，一般公共预算收入增长5%；城镇新增就业1.2万人。",
    );
    for raw in ["7%", "5%", "1.2万人"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Target), "{raw}");
    }
    let ms = summary("深化企业培育，力争新增规上企业15家、上市企业2家。");
    assert_eq!(find(&ms, "2家").kind, Some(NumberKind::Target));
    let ms = summary("促进棉花产业提质增效，确保棉花产量稳定在500万吨以上。");
    assert_eq!(find(&ms, "500万吨").kind, Some(NumberKind::Target));
    let ms = summary("确保了粮食产量稳定在50万吨。");
    assert_eq!(find(&ms, "50万吨").kind, Some(NumberKind::Amount));
    // A review that names its targets only as done keeps what it reports.
    let ms = summary("圆满完成年度目标任务，地区生产总值增长6.1%。");
    assert_eq!(find(&ms, "6.1%").kind, Some(NumberKind::Growth));
    // The statement covers its own sentence only; after a colon, the list it sets out, over
    // several sentences of its paragraph.
    let ms = summary("力争早日开工。项目完成投资3亿元。");
    assert_eq!(find(&ms, "3亿元").kind, Some(NumberKind::Amount));
    let ms =
        summary("主要预期目标是：地区生产总值增长7.5%。城镇新增就业110万人。居民消费价格上涨3%。");
    assert_eq!(find(&ms, "110万人").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "3%").kind, Some(NumberKind::Target));
    // A government's name and `要实现` state aims; `主要实现` does not.
    let ms =
        summary("2025年，肇庆市要实现地区生产总值增长5%左右。主要实现了三大转变，工业增长8%。");
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Target));
    assert_eq!(label(&ms, "5%"), "地区生产总值增长");
    assert_eq!(find(&ms, "8%").kind, Some(NumberKind::Growth));
    // The targets' noun and a colon state them too; `目标：` alone may name targets met.
    let ms = summary("2020年经济社会发展的主要预期目标:地区生产总值增长7%以上,工业投资增长9%。");
    assert_eq!(find(&ms, "9%").kind, Some(NumberKind::Target));
    let ms = summary("实现了年初确定的目标：地区生产总值增长7%，工业投资增长9%。");
    assert_eq!(find(&ms, "9%").kind, Some(NumberKind::Growth));
    // With no colon, the statement opens the first target's clause, no part of its label.
    let ms = summary("全市经济社会发展主要预期目标是地区生产总值增长7%以上，固定资产投资增长15%。");
    assert_eq!(label(&ms, "7%"), "地区生产总值增长");
}

#[test]
fn a_list_of_targets_on_lines_of_its_own_is_targets_wherever_it_stands() {
    let text = "某市2018年计划\n今年是关键之年。主要预期目标为：\n——地区生产总值增长7.5%；\n——城镇新增就业7万人。\n一、2017年工作回顾\n全年地区生产总值增长7%。\n——新增就业6万人。\n";
    let r = report::parse(text).unwrap();
    let kind = |raw: &str| r.numbers.iter().find(|m| m.raw == raw).unwrap().kind;
    assert_eq!(kind("7.5%"), Some(NumberKind::Target));
    assert_eq!(kind("7万人"), Some(NumberKind::Target));
    // A dash item after a review's sentence reports what was done.
    assert_eq!(kind("7%"), Some(NumberKind::Growth));
    assert_eq!(kind("6万人"), Some(NumberKind::Amount));
}

#[test]
fn a_paragraph_of_a_news_report_that_opens_the_plan_sets_targets() {
    // A text without headings (a news report of a plan): `今年，某镇将…` and `该县将…` open the
    // year's plan, though the text before reviews the last year.
    let text = "2020年，某镇全年实现财政总收入10.3亿元。\n今年，某镇将聚焦产业攻坚。争取实现财政总收入11亿元，比增7%。\n该县将重点抓好七个方面工作。全年新增规上工业企业25家。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("10.3亿元"), Some(NumberKind::Amount));
    assert_eq!(kind("11亿元"), Some(NumberKind::Target));
    assert_eq!(kind("7%"), Some(NumberKind::Target));
    assert_eq!(kind("25家"), Some(NumberKind::Target));
}

#[test]
fn a_sentence_that_states_the_plan_starts_it_and_plain_lines_after_it_go_on_with_it() {
    // A news report of a plan: `今年，某省将继续实施…` inside its first paragraph, then the
    // items on lines of their own.
    let text = "2024年某省政府工作报告提出，聚焦保障改善民生。今年，某省将继续实施52项民生实事。\n新增公办幼儿园学位1.5万个\n建成乡村健身广场200个\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("52项"), Some(NumberKind::Target));
    assert_eq!(kind("1.5万个"), Some(NumberKind::Target));
    assert_eq!(kind("200个"), Some(NumberKind::Target));
    // `将` before an object is `把`: a review's words.
    let text = "2023年，某镇将产业振兴作为重中之重，新建大棚30个。\n全年新增企业5家。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("30个"), Some(NumberKind::Amount));
    assert_eq!(kind("5家"), Some(NumberKind::Amount));
}

#[test]
fn a_sentence_that_sets_out_the_years_targets_starts_the_plan() {
    // A news report's lead: a sentence on the year, then its targets, then the plan's topics on
    // lines of their own.
    let text = "报告指出，2018年是决胜之年。今年经济社会发展的主要预期目标是：地区生产总值增长10%。\n基础设施\n推进城市道路建设\n建成市政道路19条，改造市政管网108公里。\n";
    let ms = lenient(text);
    for raw in ["10%", "19条", "108公里"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Target), "{raw}");
    }
    // A review's own target, reached: no plan.
    let text = "某区2023年工作总结\n全区地区生产总值同比增长6%，完成了主要预期目标。\n建成市政道路12条。\n";
    let ms = lenient(text);
    assert_eq!(find(&ms, "12条").kind, Some(NumberKind::Amount));
}

#[test]
fn a_plans_title_leading_a_paragraph_opens_the_plan() {
    let text = "其中提到，2021年全市新能源装机容量达到635.6万千瓦。\n2022年工作安排，稀土产业产值达到500亿元。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("635.6万千瓦"), Some(NumberKind::Amount));
    assert_eq!(kind("500亿元"), Some(NumberKind::Target));
}

#[test]
fn an_untitled_text_that_bounds_its_figures_and_reports_nothing_done_is_a_plan() {
    // `至少建成2个以上完整社区`, `更新改造地下管网120公里以上`: bounds a plan sets; `规模以上`
    // names a class, no bound.
    let text = "加快建设现代化人民城市。扎实推进56个老旧小区改造。中心城区每个区至少建成2个以上完整社区。更新改造地下管网120公里以上。新增绿化15公顷以上。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("56个"), Some(NumberKind::Target));
    let text = "2023年规模以上工业增加值突破4万亿元。规模以上工业总产值突破3万亿元。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("4万亿元"), Some(NumberKind::Amount));
}

#[test]
fn a_news_lead_that_reports_the_speech_does_not_make_a_plan_of_aims_a_review() {
    // `政府工作报告突出了…五个重点` (the one word of work done) before four aims: the plan.
    let text = "关于2011年工作，政府工作报告突出了五个重点。力争全市新兴产业规模达100亿元，确保新增开票销售过亿元企业20家。确保建筑业施工总产值达280亿元。力争年内新增高效农业面积5万亩。全年新增设施农业面积1万亩。\n";
    let ms = lenient(text);
    let kind = |raw: &str| find(&ms, raw).kind;
    assert_eq!(kind("1万亩"), Some(NumberKind::Target));
}

#[test]
fn a_report_quoted_at_length_splits_its_clauses_as_the_report_does() {
    // A news report quoting the report: the quote is prose, not a name.
    let ms = plan(
        "“2018年我县经济社会发展的主要预期目标是:生产总值增长8.5%以上,服务业增加值增长13%以上……”一个个具体的目标。",
    );
    assert_eq!(label(&ms, "8.5%"), "生产总值增长");
    assert_eq!(label(&ms, "13%"), "服务业增加值增长");
}

#[test]
fn targets_proposed_or_set_outside_a_plan_part_are_targets() {
    // `主要预期目标建议为：…`, `预期目标确定6%左右`: a statement of targets in a review's part.
    let ms = summary("今年主要预期目标建议为：地区生产总值增长5%左右，一般公共预算收入增长3%。");
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "3%").kind, Some(NumberKind::Target));
    let ms = summary("经济增长预期目标确定6%左右。");
    assert_eq!(find(&ms, "6%").kind, Some(NumberKind::Target));
    // What was set in the past and then done is a review's.
    let ms = summary("年初确定的目标全面完成，地区生产总值增长7%。");
    assert_eq!(find(&ms, "7%").kind, Some(NumberKind::Growth));
}

#[test]
fn an_expected_change_of_the_year_in_a_review_is_its_target() {
    // A news report's lead gives last year's result, then this year's expected growth.
    let ms = summary("去年全市地区生产总值3200亿元、增长6.1%，今年全市地区生产总值预期增长5.5%、一般公共预算收入增长5%。全年经济运行好于预期，税收收入增长4%。");
    assert_eq!(find(&ms, "6.1%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "5.5%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Target));
    // Better than expected: a result.
    assert_eq!(find(&ms, "4%").kind, Some(NumberKind::Growth));
}

#[test]
fn li_qiu_states_an_aim_as_li_zheng_does() {
    let ms = summary("下半年力求实现招商到位资金突破3亿元。");
    let m = find(&ms, "3亿元");
    assert_eq!(m.kind, Some(NumberKind::Target));
    assert_eq!(label(&ms, "3亿元"), "招商到位资金");
}

#[test]
fn a_sentence_of_figures_set_about_is_one_of_targets() {
    // `增长8%左右，…增长7%左右`: targets are set approximately; a review's estimate says so.
    let ms = lenient("对于今年的发展目标，报告显示，全年实现地区生产总值增长8%左右，地方一般公共预算收入增长7%左右。预计全年居民收入增长5%左右、消费增长4%左右。");
    assert_eq!(find(&ms, "8%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "7%").kind, Some(NumberKind::Target));
    assert_eq!(label(&ms, "8%"), "地区生产总值增长");
    assert_eq!(find(&ms, "5%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "4%").kind, Some(NumberKind::Growth));
    // The estimate goes on over a list's items at `；`, not past the sentence's `。`.
    let ms = lenient("预计全年地区生产总值增长3.2%左右；城镇、农村居民人均可支配收入分别增长4%左右和6%左右。今年实现税收增长6%左右，工业投资增长9%左右。");
    assert_eq!(find(&ms, "4%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "9%").kind, Some(NumberKind::Target));
    // Under a heading of the review, they are the year's estimates.
    let ms =
        summary("工业经济效益持续改善，规模以上工业主营业务收入增长15%左右，利润总额增长18%左右。");
    assert_eq!(find(&ms, "18%").kind, Some(NumberKind::Growth));
}

#[test]
fn a_news_report_of_a_plan_reports_the_past_in_paragraphs_that_open_with_it() {
    // Read as a plan by its lead; the paragraphs on the year past report results.
    let text = "某社1月31日电 某省省长作政府工作报告时提出，2026年全省主要预期目标是地区生产总值增长7%以上，固定资产投资增长15%左右。\n此前，官方公布，2025年全省实现生产总值3031.89亿元，同比增长6.5%。\n省长说，2025年主要目标的完成，标志着“十四五”圆满收官。这五年，财政收入突破300亿元。\n2026年，全省将积极扩大有效投资，力争完成投资2440亿元以上。\n";
    let ms = lenient(text);
    assert_eq!(find(&ms, "15%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "3031.89亿元").kind, Some(NumberKind::Amount));
    assert_eq!(find(&ms, "6.5%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "300亿元").kind, Some(NumberKind::Amount));
    assert_eq!(find(&ms, "2440亿元").kind, Some(NumberKind::Target));
    // The plan's year may first be named in the paragraph after the review's.
    let text = "2023年,全省经济运行企稳回升。生产总值增长4.3%,城镇调查失业率平均为5.2%。\n2024年主要预期目标是:生产总值增长5.5%左右,城镇新增就业40万人以上。\n";
    let ms = lenient(text);
    assert_eq!(find(&ms, "4.3%").kind, Some(NumberKind::Growth));
    assert_eq!(find(&ms, "5.5%").kind, Some(NumberKind::Target));
    // Under a heading that names the plan, every indicator is a target, whatever it opens with.
    let ms = plan("此前，全省实现生产总值3031.89亿元。");
    assert_eq!(find(&ms, "3031.89亿元").kind, Some(NumberKind::Target));
}

#[test]
fn a_news_pages_account_of_a_published_report_states_its_targets() {
    // `…政府工作报告全文发布。` then the page's account of the targets, then the document.
    let text = "2月12日,2026年某市政府工作报告全文发布。\n报告中提到,2026年经济社会发展主要预期目标是:经济增长5.5%左右,规上工业增加值增长7%左右。\n政府工作报告\n各位代表:\n一、2025年工作回顾\n生产总值达到2929.4亿元,增长5%。\n";
    let ms = lenient(text);
    assert_eq!(find(&ms, "7%").kind, Some(NumberKind::Target));
    assert_eq!(find(&ms, "2929.4亿元").kind, Some(NumberKind::Amount));
}
