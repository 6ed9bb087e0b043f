//! The parser's unit tests: structure, numbering, chrome, kinds.

use super::plan::{leads_to_the_plan, opens_plan};
use super::*;
use crate::model::{BlockRole, PartKind, Report};

fn check_blocks(input: &str, r: &Report) {
    for b in &r.blocks {
        let s: String = input.chars().skip(b.offset).take(b.len).collect();
        assert_eq!(s, r.block_text(b), "{b:?}");
    }
}

#[test]
fn errors() {
    assert_eq!(parse_structure(""), Err(ParseError::Empty));
    assert_eq!(
        parse_structure(" \r\n\u{3000}\u{feff}"),
        Err(ParseError::Empty)
    );
    assert_eq!(
        parse_structure("只有一句话。\n没有结构"),
        Err(ParseError::NoStructure)
    );
    assert_eq!(
        parse_structure("二、不从一开始\n"),
        Err(ParseError::NoStructure)
    );
}

#[test]
fn small_report() {
    let input = "\u{feff}关于2024年工作的报告\r\n一、上半年工作总结\r\n总的来说,还不错。\r\n（一）经济发展。稳中有进。\r\n经济指标持续向好。产值增长。\r\n2016年，全县增长。\r\n此外,还有其他。\r\n二、下半年工作计划\r\n(一)抓发展\r\n抓一产。种地。\r\n三、附则\r\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(r.title.as_deref(), Some("关于2024年工作的报告"));
    assert_eq!(r.parts.len(), 3);
    let p = &r.parts[0];
    assert_eq!(
        (p.number.as_str(), p.title.as_str(), p.kind),
        ("一", "上半年工作总结", PartKind::Summary)
    );
    assert_eq!(p.intro, ["总的来说,还不错。"]);
    let s = &p.sections[0];
    assert_eq!((s.number.as_str(), s.title.as_str()), ("一", "经济发展"));
    assert_eq!(s.intro, ["稳中有进。"]);
    assert_eq!(s.topics.len(), 1);
    assert_eq!(s.topics[0].title.as_deref(), Some("经济指标持续向好"));
    assert_eq!(p.closing, ["2016年，全县增长。", "此外,还有其他。"]);
    assert_eq!(r.parts[1].kind, PartKind::Plan);
    assert_eq!(r.parts[1].sections[0].title, "抓发展");
    assert_eq!(r.parts[2].kind, PartKind::Other);
    let roles: Vec<_> = r.blocks.iter().map(|b| b.role).collect();
    use BlockRole::*;
    assert_eq!(
        roles,
        [
            PartTitle,
            PartIntro,
            SectionTitle,
            SectionIntro,
            Topic,
            Closing,
            Closing,
            PartTitle,
            SectionTitle,
            Topic,
            PartTitle
        ]
    );
}

#[test]
fn numbering_must_continue() {
    let input = "一、总结\n内容。\n一、不是标题\n（二）不是小节\n（一）小节\n一是抓发展。\n（三）也不是\n二、计划\n（二）接着编号\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(r.parts.len(), 2);
    assert_eq!(
        r.parts[0].intro,
        ["内容。", "一、不是标题", "（二）不是小节"]
    );
    assert_eq!(r.parts[0].sections.len(), 1);
    assert_eq!(r.parts[0].sections[0].topics.len(), 1);
    assert_eq!(r.parts[0].closing, ["（三）也不是"]);
    assert_eq!(r.parts[1].sections[0].number, "二");
}

#[test]
fn inline_marks_are_not_headings() {
    let input = "一、工作回顾\n2016年，全县生产总值完成96.3亿元。\n主要做了以下工作：（一）抓发展；（二）抓民生。\n一是抓发展。二、抓民生。\n（一）真正的小节\n内容。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(r.parts.len(), 1);
    assert_eq!(r.parts[0].intro.len(), 3);
    assert_eq!(r.parts[0].sections.len(), 1);
    assert_eq!(r.parts[0].sections[0].title, "真正的小节");
}

#[test]
fn sections_without_parts() {
    let input = "2024年工作总结\n前言。\n（一）第一件事\n做了。\n（二）第二件事\n也做了。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(r.parts.len(), 1);
    assert_eq!(r.parts[0].number, "");
    assert_eq!(r.parts[0].kind, PartKind::Summary);
    assert_eq!(r.parts[0].intro, ["前言。"]);
    assert_eq!(r.parts[0].sections.len(), 2);
    assert_eq!(r.blocks[0].role, BlockRole::PartIntro);
}

#[test]
fn an_opening_without_title_or_salutation_is_kept() {
    // A text that starts with its first paragraph (an excerpt, a plan without a cover): every
    // paragraph before the first part heading is the opening, none is dropped.
    let input = "今年是关键之年。主要预期目标为：\n——地区生产总值增长7.5%；\n——城镇新增就业70万人。\n一、着力打好三大攻坚战\n（一）防范化解重大风险。做了。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(r.parts[0].title, OPENING_TITLE);
    assert_eq!(r.parts[0].intro.len(), 3, "{:?}", r.parts[0].intro);
    assert_eq!(r.parts[1].title, "着力打好三大攻坚战");
}

#[test]
fn an_excerpt_that_starts_at_a_later_part() {
    // The plan part copied alone keeps its heading's numeral; the parts go on from it. A
    // heading past `一` that names neither a review nor a plan is no start (a list's line).
    let input = "二、2025年发展目标任务\n今年的目标是：增长6%。\n（一）抓产业\n新建学校3所。\n三、加强政府自身建设\n（一）依法行政\n做了。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    let parts: Vec<(&str, &str, PartKind)> = r
        .parts
        .iter()
        .map(|p| (p.number.as_str(), p.title.as_str(), p.kind))
        .collect();
    assert_eq!(
        parts,
        [
            ("二", "2025年发展目标任务", PartKind::Plan),
            ("三", "加强政府自身建设", PartKind::Other)
        ]
    );
    let input = "某某报告\n二、推进改革开放\n（一）甲\n做了。\n";
    let r = parse_structure(input).unwrap();
    assert!(r.parts.iter().all(|p| p.number != "二"), "{:?}", r.parts);
}

#[test]
fn trailing_chrome_and_addresses() {
    let input = "一、工作回顾\n（一）甲\n没有标题的段落,一。\n各位代表！我们要努力。\n名词解释\n[1]某某：即某某。\n（责任编辑：某某）\n版权所有\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    let p = &r.parts[0];
    assert_eq!(p.sections[0].topics.len(), 1);
    assert_eq!(p.closing, ["各位代表！我们要努力。"]);
    // Notes after the speech are a part of their own, under their bare heading.
    let notes = &r.parts[1];
    assert_eq!(
        (notes.number.as_str(), notes.title.as_str()),
        ("", "名词解释")
    );
    assert_eq!(notes.intro, ["[1]某某：即某某。"]);
}

#[test]
fn a_short_last_line_that_counts_things_is_content_not_chrome() {
    // The items of a list of tasks on lines of their own, the last one short and without a
    // full stop; page chrome is dropped as before.
    let input = "一、全文\n今年将继续实施民生实事。\n新增公办幼儿园学位1.5万个\n建成乡村健身广场200个\n打印本页\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(
        r.parts[0].intro,
        [
            "今年将继续实施民生实事。",
            "新增公办幼儿园学位1.5万个",
            "建成乡村健身广场200个"
        ]
    );
    // Any counter (`100张`) or measure of size (`600公里`) counts things.
    let input = "一、全文
今年将继续实施民生实事。
新增100张养老床位
新改建农村公路600公里
打印本页
";
    let r = parse_structure(input).unwrap();
    assert_eq!(
        r.parts[0].intro,
        [
            "今年将继续实施民生实事。",
            "新增100张养老床位",
            "新改建农村公路600公里"
        ]
    );
}

#[test]
fn a_line_that_opens_with_a_bullet_is_an_item_not_a_heading() {
    // `·新增人才公寓房源242间`: short and without a full stop, but an item of a list; so are
    // the items right before the first line of running text.
    let input = "紧扣产城融合\n·完成3个小区“美丽家园”建设\n·新增人才公寓房源242间\n·启动沧源路等道路修缮工程\n·完成2个一级微型消防站建设,增配54个电动自行车充电设备、59个简易喷淋装置等消防设施\n塑造经济发展强劲引擎\n·下半年预计新增9个工业投资项目,总投资24.55亿元。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(r.parts.len(), 2);
    assert_eq!(r.parts[1].title, "塑造经济发展强劲引擎");
    let intro = &r.parts[0].intro;
    assert!(intro.iter().any(|l| l.contains("242间")), "{intro:?}");
    assert!(intro.iter().any(|l| l.contains("3个小区")), "{intro:?}");
}

#[test]
fn a_plan_word_inside_a_name_or_a_field_of_work_makes_no_plan() {
    // `未来` looks ahead before a span or the work (`未来五年`, `未来工作`) or at the end
    // (`展望未来`); in a name (`未来路街道`, `未来科技城`) it does not.
    assert_eq!(part_kind("未来五年发展目标"), PartKind::Plan);
    assert_eq!(part_kind("未来工作打算"), PartKind::Plan);
    assert_eq!(part_kind("展望未来"), PartKind::Plan);
    assert_eq!(part_kind("未来一个时期的主要任务"), PartKind::Plan);
    assert_eq!(
        part_kind("郑州市未来路街道第四届“三代会”铺设发展轨道"),
        PartKind::Other
    );
    assert_eq!(part_kind("未来科技城建设成效显著"), PartKind::Summary);
    // `规划` ends a plan's title; before other words it is a field of the work.
    assert_eq!(part_kind("2025年发展规划"), PartKind::Plan);
    assert_eq!(part_kind("“十四五”规划和2024年工作"), PartKind::Plan);
    assert_eq!(
        part_kind("区域整体规划统筹引领，经济社会平稳健康发展"),
        PartKind::Other
    );
}

#[test]
fn kinds() {
    assert_eq!(part_kind("上半年工作总结"), PartKind::Summary);
    assert_eq!(part_kind("某镇人民政府2025年工作要点"), PartKind::Plan);
    assert_eq!(part_kind("下半年工作计划"), PartKind::Plan);
    assert_eq!(part_kind("“十二五”时期和2015年工作回顾"), PartKind::Summary);
    assert_eq!(
        part_kind("“十三五”经济社会发展的主要目标和任务"),
        PartKind::Plan
    );
    assert_eq!(part_kind("过去五年主要工作"), PartKind::Summary);
    assert_eq!(part_kind("今后五年发展目标"), PartKind::Plan);
    assert_eq!(part_kind("2017年重点工作任务"), PartKind::Plan);
    assert_eq!(part_kind("附则"), PartKind::Other);
    // A review of a plan's course names the plan first.
    assert_eq!(
        part_kind("2023年国民经济和社会发展计划执行情况"),
        PartKind::Summary
    );
    assert_eq!(part_kind("年度目标任务完成情况"), PartKind::Summary);
    // What the year's key work achieved is a review of it.
    assert_eq!(
        part_kind("2022年重点工作成效和特色亮点工作"),
        PartKind::Summary
    );
    assert_eq!(part_kind("主要成效"), PartKind::Summary);
    assert_eq!(
        part_kind("2024年国民经济和社会发展计划草案"),
        PartKind::Plan
    );
    // A plan named inside what is reviewed (`“十四五”规划工作回顾`) makes no plan part; two
    // parts joined in one title are named in order.
    assert_eq!(part_kind("2025年及“十四五”规划工作回顾"), PartKind::Summary);
    assert_eq!(part_kind("2025年工作安排和2024年工作回顾"), PartKind::Plan);
    // A budget proposed for the year is its plan; how last year's was carried out, a review.
    assert_eq!(part_kind("2024年预算草案"), PartKind::Plan);
    assert_eq!(part_kind("2023年预算执行情况"), PartKind::Summary);
}

#[test]
fn a_document_of_the_years_pledges_is_a_plan() {
    // `实事项目`: what the government undertakes to do this year; as a part's title it may
    // head their review, so only the document's title says so.
    assert_eq!(title_kind("苏州市2021年实事项目"), PartKind::Plan);
    assert_eq!(title_kind("2024年长宁区政府为民办实事项目"), PartKind::Plan);
    assert_eq!(part_kind("扎实办好民生实事"), PartKind::Other);
    assert_eq!(title_kind("2023年民生实事项目完成情况"), PartKind::Summary);
    let r = crate::parse(
        "某市2021年实事项目

一、教育文体方面

1、新建、改扩建40所学校。
",
    )
    .unwrap();
    assert_all_plan(&r.parts);
    // A page's title with its date after it on the same line is still the title.
    let r = crate::input::parse_lenient(
        "2024年某区政府为民办实事项目公布 发布时间:2024-01-18

新增100张养老床位
",
    )
    .unwrap()
    .0;
    let m = r.numbers.iter().find(|m| m.raw == "100张").unwrap();
    assert_eq!(m.kind, Some(crate::NumberKind::Target));
}

#[test]
fn a_report_on_the_course_of_pledges_reads_its_numbered_pledge_lines_as_targets() {
    // A numbered line restates the pledge; the line under it reports its progress.
    let input = "2025年某区为民办实事项目一季度进展情况\n1.新增200张家庭照护床位\n新增200张家庭照护床位：目前已确定服务机构。\n2.新增2个社区长者食堂\n已选定1个社区长者食堂。\n";
    let r = crate::input::parse_lenient(input).unwrap().0;
    let kind = |raw: &str, nth: usize| {
        r.numbers
            .iter()
            .filter(|m| m.raw == raw)
            .nth(nth)
            .unwrap()
            .kind
    };
    assert_eq!(kind("200张", 0), Some(crate::NumberKind::Target));
    assert_eq!(kind("200张", 1), Some(crate::NumberKind::Amount));
    assert_eq!(kind("2个", 0), Some(crate::NumberKind::Target));
    assert_eq!(kind("1个", 0), Some(crate::NumberKind::Amount));
    // Without a title on the pledges' course, a numbered line is what the text says it is.
    let r = crate::input::parse_lenient(&input.replace("为民办实事项目", "重点工作"))
        .unwrap()
        .0;
    assert!(r
        .numbers
        .iter()
        .all(|m| m.kind != Some(crate::NumberKind::Target)));
}

#[test]
fn a_heading_slogan_for_a_title_leaves_a_list_of_aims_a_plan() {
    // `强化城市管理` names no document: the aims that follow make the excerpt a plan's, as
    // they would with no title at all.
    let input = "强化城市管理\n·力争新建避难场所2.95万平方米\n·力争按时办结率达到100%\n·新增人才公寓房源242间\n";
    let r = crate::input::parse_lenient(input).unwrap().0;
    let m = r.numbers.iter().find(|m| m.raw == "242间").unwrap();
    assert_eq!(m.kind, Some(crate::NumberKind::Target));
    // With no aims, the same title leaves the lines what they say.
    let r = crate::input::parse_lenient(
        "强化城市管理\n·新建避难场所2.95万平方米\n·新增人才公寓房源242间\n",
    )
    .unwrap()
    .0;
    let m = r.numbers.iter().find(|m| m.raw == "242间").unwrap();
    assert_ne!(m.kind, Some(crate::NumberKind::Target));
}

#[test]
fn a_paragraph_on_the_year_past_ends_a_news_reports_run_of_plan() {
    // The targets first, then `在过去的一年，…`: the review of the year past.
    let input = "某报讯 据悉，今年某市经济社会发展的主要预期目标是：地区生产总值增长5%以上。\n此外，2024年，某市还将保持固定资产投资稳定增长、力争达到3%。\n在过去的一年，某市预计全市地区生产总值增长4.7%左右，新签约产业项目9个。\n";
    let r = crate::input::parse_lenient(input).unwrap().0;
    let kind = |raw: &str| r.numbers.iter().find(|m| m.raw == raw).unwrap().kind;
    assert_eq!(kind("3%"), Some(crate::NumberKind::Target));
    assert_eq!(kind("4.7%"), Some(crate::NumberKind::Growth));
    assert_eq!(kind("9个"), Some(crate::NumberKind::Amount));
}

#[test]
fn a_news_lead_on_a_years_pledges_chosen_leads_to_the_plan() {
    // `…票选表决县政府2025年度十件民生实事项目 正式出炉!`: the list that follows is what will
    // be done, though its items say no `将`.
    let r = crate::parse(
        "在某县人大会议闭幕式上通过代表票选表决县政府2025年度十件民生实事项目 正式出炉!\n一、2025年村内基础设施提升工程\n在17个乡镇硬化道路10万平方米并安装路灯1000盏。\n",
    )
    .unwrap();
    assert_eq!(r.parts[0].kind, PartKind::Plan);
    let m = r.numbers.iter().find(|n| n.raw == "1000盏").unwrap();
    assert_eq!(m.kind, Some(crate::NumberKind::Target));
    // A lead on their progress is a review's.
    assert!(!super::plan::lead_on_chosen_pledges(
        ["县政府公布2024年十件民生实事项目完成情况"].into_iter(),
        std::iter::empty()
    ));
}

#[test]
fn a_news_lead_on_the_years_targets_leads_to_the_plan() {
    // `…作政府工作报告。今年深圳将怎么做，有哪些新目标…`: what follows is the report's plan.
    assert!(leads_to_the_plan(
        "某报讯 2月25日，市人大会议开幕，市长向大会作政府工作报告。今年将怎么做，有哪些新目标？"
    ));
    // The report's year, its subject and `将`: the same.
    assert!(leads_to_the_plan(
        "1月4日，区长在会议上做《2024年政府工作报告》，他表示，2024年，琅琊区将紧盯政策走向。"
    ));
    assert!(!leads_to_the_plan(
        "区长做《2024年政府工作报告》，他表示，2023年，琅琊区将产业作为重点。"
    ));
    // A lead on the year past reports the review too.
    assert!(!leads_to_the_plan(
        "市长作政府工作报告，回顾过去一年的工作，部署今年的目标任务。"
    ));
    // The plan's year, then a later year of a longer aim: the plan's year leads.
    assert!(leads_to_the_plan(
        "区长作政府工作报告。报告表示，2016年西城常住人口将比2015年下降3%左右，2020年常住人口总量控制在110.7万人以内。"
    ));
    // What the report proposes (`作政府工作报告时提出`) is its plan, with no year named.
    assert!(leads_to_the_plan(
        "本报讯 1月4日，某县人大会议上，县长作政府工作报告时提出，围绕“五个某县”建设，奋力谱写新篇章。"
    ));
    assert!(!leads_to_the_plan(
        "县长作政府工作报告时提出，回顾过去一年，全县经济稳中向好。"
    ));
    let r = crate::input::parse_lenient(
        "某报讯 市长向大会作政府工作报告。今年将怎么做，有哪些新目标？\n新改扩建中小学校50所以上，新增停车位10万个。\n",
    )
    .unwrap()
    .0;
    let m = r.numbers.iter().find(|m| m.raw == "10万个").unwrap();
    assert_eq!(m.kind, Some(crate::NumberKind::Target));
}

#[test]
fn a_news_report_quoting_the_years_plan_is_a_plan() {
    // `…在《政府工作报告》中指出，今年，我市要…`: the lead names who said it; the plan follows.
    assert!(opens_plan(
        "市长某某在《政府工作报告》中指出,今年,我市要聚焦粮食安全,有效推进乡村全面振兴。"
    ));
    assert!(opens_plan("今年，我区要全力以赴稳增长。"));
    // `主要` holds `要` too: only after the government's own name is it the plan's.
    assert!(!opens_plan("今年，主要经济指标稳中有进。"));
    assert!(!opens_plan("记者在《某某日报》中看到，去年全市增长5%。"));
    // A news report that opens with the words it quotes.
    assert!(opens_plan(
        "“2023年，某镇将聚焦‘升级产业、振兴乡村’，牢牢抓好粮食生产。”谈到今年的工作方向，镇长某某说。"
    ));
}

#[test]
fn the_parts_of_a_document_whose_title_names_a_plan_are_of_the_plan() {
    let r = crate::parse(
        "某镇人民政府2025年工作要点\n\n一、凝心聚力谋发展\n\n地区生产总值增长5%，新增内资企业1300家。\n\n二、用心用情惠民生\n\n新建养老床位200张。\n",
    )
    .unwrap();
    assert_all_plan(&r.parts);
    assert!(r
        .numbers
        .iter()
        .filter(|m| m.is_indicator)
        .all(|m| m.kind == Some(crate::NumberKind::Target)));
    // `工作谋划` (the work as planned) is such a title too, and the text without parts is the
    // plan's.
    let r = crate::parse(
        "某街道2025年工作谋划\n\n（一）聚力产业\n\n新发展企业170家，新增就业200人。\n",
    )
    .unwrap();
    assert_eq!(r.title.as_deref(), Some("某街道2025年工作谋划"));
    assert_all_plan(&r.parts);
    // A report whose title names no plan keeps such a part as neither.
    let r = crate::parse("某镇2024年政府工作报告\n\n一、过去一年工作回顾\n\n增长5%。\n\n二、加强政府自身建设\n\n做好工作。\n").unwrap();
    assert_eq!(r.parts[1].kind, PartKind::Other);
}

#[test]
fn a_plan_title_over_a_review_of_the_year_so_far_is_a_review() {
    let r = crate::parse(
        "某街道2021年工作计划\n\n今年以来，街道统筹推进各项工作，取得扎实成效。\n\n（一）经济运行\n\n1-10月，完成规模工业产值47.6亿元。\n",
    )
    .unwrap();
    assert_eq!(r.parts[0].kind, PartKind::Summary);
    let m = r.numbers.iter().find(|m| m.raw == "47.6亿元").unwrap();
    assert_eq!(m.kind, Some(crate::NumberKind::Amount));
}

#[test]
fn a_part_that_names_neither_after_a_plan_part_is_of_the_plan() {
    let r = crate::parse(
        "某县政府工作报告\n\n一、2022年工作回顾\n\n增长5%。\n\n二、2023年工作安排\n\n增长6%。\n\n三、突出大干项目\n\n新开工项目60个。\n",
    )
    .unwrap();
    let kinds: Vec<PartKind> = r
        .parts
        .iter()
        .filter(|p| !p.number.is_empty())
        .map(|p| p.kind)
        .collect();
    assert_eq!(kinds, [PartKind::Summary, PartKind::Plan, PartKind::Plan]);
    // Before any plan part it stays neither.
    let r = crate::parse("某县政府工作报告\n\n一、2022年工作回顾\n\n增长5%。\n\n二、突出大干项目\n\n新开工项目60个。\n").unwrap();
    assert_eq!(r.parts.last().map(|p| p.kind), Some(PartKind::Other));
}

#[test]
fn a_text_that_opens_with_the_years_plan_is_a_plan() {
    // No title, the first line announces this year's work: its opening and the parts that name
    // neither review nor plan are of the plan.
    let input = "今年要办好五件实事：\n1.新建学校3所。\n今年要重点抓好三项工作：\n一、以产业为主\n（一）抓项目\n新开工项目8个。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    let kinds: Vec<(&str, PartKind)> = r.parts.iter().map(|p| (p.title.as_str(), p.kind)).collect();
    assert_eq!(
        kinds,
        [
            (OPENING_TITLE, PartKind::Plan),
            ("以产业为主", PartKind::Plan)
        ]
    );
    // A review's opening stays as it was: no plan.
    let input = "今年是关键之年。\n一、以产业为主\n（一）抓项目\n新开工项目8个。\n";
    let r = parse_structure(input).unwrap();
    assert_no_plan(&r.parts);
}

#[test]
fn a_text_that_starts_inside_a_plans_targets_is_a_plan() {
    // The list of targets copied without its heading: the paragraph after it says what it was.
    let input = "地区生产总值增长6%；城镇登记失业率控制在4%以内。\n为实现上述目标，我们将着重抓好三个方面的工作：\n（一）加快产业升级\n新开工项目8个。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_all_plan(&r.parts);
    // The words deep in a review say nothing of its start.
    let input = "经济平稳增长。\n新开工项目8个。\n完成投资5亿元。\n实现税收1亿元。\n为实现上述目标，做了很多。\n（一）加快产业升级\n做了。\n";
    let r = parse_structure(input).unwrap();
    assert_no_plan(&r.parts);
}

#[test]
fn a_text_that_opens_with_its_targets_or_its_future_is_a_plan() {
    // The targets set out first, or `2023年，某街道将…` after a headline: the plan.
    for input in [
        "全市主要预期目标是：地区生产总值增长5.5%以上。\n着力扩大有效需求\n全年实施项目1400个。\n（一）抓项目\n新开工项目8个。\n",
        "某街道：奋力书写新答卷\n2023年，某街道将坚持实干为先，地区生产总值增长8%以上。\n一、敢扛领跑旗\n新引进企业10家。\n",
    ] {
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_all_plan(&r.parts);
    }
    // A review that opens with its year and a word ending in `要` is no plan.
    let input = "2022年主要经济指标完成良好。\n一、经济运行\n（一）工业\n增长8%。\n";
    let r = parse_structure(input).unwrap();
    assert_no_plan(&r.parts);
}

#[test]
fn an_opening_that_sets_aims_and_reports_nothing_done_is_a_plan() {
    // An excerpt from inside a plan part (its heading names a task, not the plan), or a
    // 工作要点 without its title: aims (`力争`, `争取`, `年内`) and no account of work done.
    let input = "三、加快经济结构调整\n（一）优化工业结构。全年工业投入力争达到700亿元以上。争取新增国家级研发中心1家以上。\n（二）推进园区建设。年内建成标准厂房20万平方米。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_all_plan(&r.parts);
    // Under a report's title the same opening opens the whole report, review and all.
    let input = "某区2025年政府工作报告\n各位代表：\n我们坚持把产业工作放在突出位置，确保各项部署落地见效。\n我们坚持把交通工作放在突出位置，确保各项部署落地见效。\n（一）产业事业稳步发展\n产值增长5%。\n";
    let r = parse_structure(input).unwrap();
    assert_no_plan(&r.parts);
    // The same aims beside a comparison with the year before, or a `了`, are a review's
    // account of what it strove for.
    for input in [
        "三、经济运行\n（一）工业。力争达到的700亿元已经实现，同比增长8%。争取新增研发中心1家。\n",
        "三、经济运行\n（一）工业。我们力争上游，争取了新增研发中心1家。\n",
    ] {
        let r = parse_structure(input).unwrap();
        assert_no_plan(&r.parts);
    }
}

/// Every part of a text that plans as a whole is of the plan.
#[track_caller]
fn assert_all_plan(parts: &[crate::Part]) {
    assert!(parts.iter().all(|p| p.kind == PartKind::Plan), "{parts:?}");
}

/// No part of a review is of a plan.
#[track_caller]
fn assert_no_plan(parts: &[crate::Part]) {
    assert!(parts.iter().all(|p| p.kind != PartKind::Plan), "{parts:?}");
}

#[test]
fn a_list_numbered_again_after_the_governments_own_conduct_is_an_annex() {
    // `一、方便市民出行` after `三、全面加强政府自身建设`: a part of its own, of the plan when the
    // report has a plan part (the year's 民生实事).
    let input = "某市政府工作报告\n一、2018年工作回顾\n增长5%。\n二、2019年工作安排\n增长6%。\n三、全面加强政府自身建设\n依法行政。\n一、方便市民出行\n1.新改建农村公路200公里以上\n二、提升教育质量\n新建学校3所。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    let kinds: Vec<(&str, PartKind)> = r.parts.iter().map(|p| (p.title.as_str(), p.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("2018年工作回顾", PartKind::Summary),
            ("2019年工作安排", PartKind::Plan),
            ("全面加强政府自身建设", PartKind::Other),
            ("方便市民出行", PartKind::Plan),
            ("提升教育质量", PartKind::Plan)
        ]
    );
    // Before the government's own conduct, `一、` again is no part (a section numbered as one).
    let input = "某市政府工作报告\n一、2018年工作回顾\n一、经济运行\n增长5%。\n二、2019年工作安排\n增长6%。\n";
    let r = parse_structure(input).unwrap();
    assert_eq!(r.parts.len(), 2, "{:?}", r.parts);
}

#[test]
fn a_news_pages_account_before_the_document_it_reprints_is_content() {
    // `原文如下：`, then the document's title and salutation: the page's own account before
    // them reports the document, figures and all; the title is still the document's.
    let input = "3月12日，某盟下达2024年计划。\n计划提出，力争全年火电装机规模达到1700万千瓦。\n原文如下：\n某盟行政公署关于下达2024年计划的通知\n各旗县人民政府：\n现将计划印发给你们。\n一、2024年主要目标\n新建学校3所。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(
        r.title.as_deref(),
        Some("某盟行政公署关于下达2024年计划的通知")
    );
    let texts: Vec<&str> = r
        .blocks
        .iter()
        .filter(|b| !matches!(b.role, BlockRole::PartTitle | BlockRole::SectionTitle))
        .map(|b| r.block_text(b))
        .collect();
    assert!(
        texts.contains(&"计划提出，力争全年火电装机规模达到1700万千瓦。"),
        "{texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.starts_with("原文如下") || t.starts_with("某盟行政公署")),
        "{texts:?}"
    );
    // A first line that says the report's full text is out marks the account the same way.
    let input = "2月12日，2026年某市政府工作报告全文发布。\n报告中提到，2026年主要预期目标是：经济增长5.5%左右。\n政府工作报告\n各位代表：\n一、2025年工作回顾\n生产总值达到2929.4亿元。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert!(r
        .blocks
        .iter()
        .any(|b| r.block_text(b).starts_with("报告中提到")));
    // Without the marker, text before a later salutation stays the page's preamble.
    let input = "某页面导航说明文字很长，不属于正文。\n某县人民政府关于印发计划的通知\n各乡镇人民政府：\n现将计划印发给你们。\n一、2024年工作计划\n新建学校3所。\n";
    let r = parse_structure(input).unwrap();
    assert!(!r
        .blocks
        .iter()
        .any(|b| r.block_text(b).starts_with("某页面")));
}

#[test]
fn a_paragraph_that_opens_with_a_time_past_reports_it() {
    assert_eq!(
        latest_year("2025年实现…2026年主要预期目标是…，12345年"),
        Some(2026)
    );
    assert_eq!(latest_year("今年将…"), None);
    assert!(reports_the_past(
        "此前，官方公布，2025年全区实现生产总值3031.89亿元。",
        Some(2026)
    ));
    assert!(reports_the_past(
        "省长说，2025年主要目标的完成，标志着…",
        Some(2026)
    ));
    assert!(!reports_the_past(
        "2026年，全省将积极扩大有效投资。",
        Some(2026)
    ));
    assert!(!reports_the_past(
        "2025年全区实现生产总值3031.89亿元。",
        None
    ));
    // A plan stated in it: not only the past.
    assert!(!reports_the_past(
        "去年全区增长6%。今年，全区将继续扩大投资。",
        Some(2026)
    ));
}

#[test]
fn bare_headings_of_a_review_and_a_plan_after_a_news_lead_head_parts_not_the_document() {
    // `2020年工作安排` is title-shaped, but the review before it is the document's content.
    let input = "4月27日，某市人大会议召开，市长向大会作政府工作报告。\n\n  2019年工作回顾\n\n  2019年，全市生产总值完成1362.4亿元，增长6.5%。\n\n  2020年工作安排\n\n  今年经济社会发展的主要目标是：全市生产总值增长6.2%左右。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    let kinds: Vec<_> = r.parts.iter().map(|p| (p.title.as_str(), p.kind)).collect();
    assert!(
        kinds.contains(&("2019年工作回顾", PartKind::Summary)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("2020年工作安排", PartKind::Plan)),
        "{kinds:?}"
    );
    let r = crate::parse(input).unwrap();
    let m = r.numbers.iter().find(|m| m.raw == "1362.4亿元").unwrap();
    assert_eq!(m.kind, Some(crate::NumberKind::Amount));
}

#[test]
fn a_title_broken_after_its_joiner_goes_on_on_the_next_line() {
    let input = "某镇2010年政府工作总结及\n2011年工作计划\n今年以来，全镇经济平稳发展。\n一、基本情况\n全镇面积2.31万平方公里。\n二、2011年工作计划\n新建学校3所。\n";
    let r = parse_structure(input).unwrap();
    check_blocks(input, &r);
    assert_eq!(
        r.title.as_deref(),
        Some("某镇2010年政府工作总结及2011年工作计划")
    );
    // Only the numbered part is titled so; the review before it is no plan's.
    let titled = r
        .parts
        .iter()
        .filter(|p| p.title == "2011年工作计划")
        .count();
    assert_eq!(titled, 1, "{:?}", r.parts);
    let basic = r.parts.iter().find(|p| p.title == "基本情况").unwrap();
    assert_ne!(basic.kind, PartKind::Plan);
}

#[test]
fn a_line_that_lists_the_years_projects_opens_the_plan() {
    // A news report of a meeting, then `…2023年十大实事项目包括：` and the items: what will be
    // done. A list of the projects' progress is a review's.
    let input = "3月23日，街道社区代表大会召开。\n会议表决通过了街道2023年实事项目。\n据了解，街道2023年十大实事项目包括：\n一、推进“双美”建设，维护更新小区信报箱200户。\n二、新增、修整绿化1000平方米。\n";
    let r = crate::input::parse_lenient(input).unwrap().0;
    for raw in ["200户", "1000平方米"] {
        let m = r.numbers.iter().find(|m| m.raw == raw).unwrap();
        assert_eq!(m.kind, Some(crate::NumberKind::Target), "{raw}");
    }
    let done = input.replace("十大实事项目包括", "十大实事项目完成情况如下");
    let r = crate::input::parse_lenient(&done).unwrap().0;
    let m = r.numbers.iter().find(|m| m.raw == "200户").unwrap();
    assert_eq!(m.kind, Some(crate::NumberKind::Amount));
}
