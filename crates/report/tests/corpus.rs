//! The four real reports of `tests/data/corpus/`: metadata, structure counts, the block
//! invariant, and no content lost between the first part heading and the end of the report.

use report::{parse, PartKind, Report};

struct Case {
    file: &'static str,
    text: &'static str,
    title: &'static str,
    publisher: Option<&'static str>,
    published: Option<&'static str>,
    source_url: bool,
    /// Sections per part.
    sections: &'static [usize],
    kinds: &'static [PartKind],
    /// The first line of the report body and the start of its last content line.
    first_line: &'static str,
    last_line: &'static str,
}

use PartKind::{Other, Plan, Summary};

const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");

const CASES: &[Case] = &[
    Case {
        file: "xinqiao-2024h1.txt",
        text: SEED,
        title: "深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划",
        publisher: Some("深圳市宝安区新桥街道办事处"),
        published: Some("2024-10-22T15:41"),
        source_url: false,
        sections: &[6, 5],
        kinds: &[Summary, Plan],
        first_line: "一、上半年工作总结",
        last_line: "加强廉政建设。",
    },
    Case {
        file: "gaoyang_county_2017.txt",
        text: include_str!("data/corpus/gaoyang_county_2017.txt"),
        title: "高阳县2017年政府工作报告",
        publisher: Some("高阳县人民政府"),
        published: Some("2017-02-23"),
        source_url: true,
        sections: &[0, 5, 8, 5],
        kinds: &[Other, Summary, Plan, Plan],
        first_line: "现在，我代表高阳县人民政府",
        last_line: "各位代表！做好2017年的工作",
    },
    Case {
        file: "hailar_district_2016.txt",
        text: include_str!("data/corpus/hailar_district_2016.txt"),
        title: "海拉尔区政府工作报告（2016年）",
        publisher: Some("海拉尔区人民政府"),
        published: Some("2016-02-19"),
        source_url: false,
        sections: &[0, 4, 0, 8],
        kinds: &[Other, Summary, Plan, Plan],
        first_line: "现在，我代表海拉尔区人民政府",
        last_line: "各位代表，站在“十三五”伟大征程新起点",
    },
    Case {
        file: "baoding_city_2022.txt",
        text: include_str!("data/corpus/baoding_city_2022.txt"),
        title: "2022年保定市政府工作报告",
        publisher: Some("保定市人民政府"),
        published: Some("2022-01-23"),
        source_url: true,
        sections: &[0, 8, 10, 0],
        kinds: &[Other, Summary, Plan, Other],
        first_line: "现在，我代表保定市人民政府",
        last_line: "[22]“8+4+3+N”国企新格局",
    },
    Case {
        file: "hebei_province_2022.txt",
        text: include_str!("data/corpus/hebei_province_2022.txt"),
        title: "2022年河北省政府工作报告",
        publisher: Some("河北省人民政府"),
        published: Some("2022-01-17"),
        source_url: true,
        sections: &[0, 8, 10],
        kinds: &[Other, Summary, Plan],
        first_line: "现在，我代表省人民政府",
        last_line: "各位代表！实干成就梦想",
    },
    Case {
        file: "baoding_city_2021.txt",
        text: include_str!("data/corpus/baoding_city_2021.txt"),
        title: "2021年保定市政府工作报告",
        publisher: Some("保定市人民政府"),
        published: Some("2021-01-31"),
        source_url: true,
        sections: &[0, 0, 7, 10, 5],
        kinds: &[Other, Summary, Plan, Plan, Other],
        first_line: "现在，我代表市人民政府",
        last_line: "各位代表！全面建设社会主义现代化国家",
    },
    Case {
        file: "hailar_district_2013.txt",
        text: include_str!("data/corpus/hailar_district_2013.txt"),
        title: "海拉尔区政府工作报告（2013年）",
        publisher: Some("海拉尔区人民政府"),
        published: Some("2013-02-28"),
        source_url: false,
        sections: &[0, 3, 4],
        kinds: &[Other, Summary, Plan],
        first_line: "现在，我代表区政府",
        last_line: "各位代表！回顾过去",
    },
    Case {
        file: "hailar_district_2014.txt",
        text: include_str!("data/corpus/hailar_district_2014.txt"),
        title: "海拉尔区政府工作报告（2014年）",
        publisher: Some("海拉尔区人民政府"),
        published: Some("2014-02-19"),
        source_url: false,
        sections: &[0, 4, 5],
        kinds: &[Other, Summary, Plan],
        first_line: "现在，我代表海拉尔区人民政府",
        last_line: "各位代表，今年经济和社",
    },
    Case {
        file: "hailar_district_2015.txt",
        text: include_str!("data/corpus/hailar_district_2015.txt"),
        title: "海拉尔区政府工作报告（2015年）",
        publisher: Some("海拉尔区人民政府"),
        published: Some("2015-02-05"),
        source_url: false,
        sections: &[0, 5, 10],
        kinds: &[Other, Summary, Plan],
        first_line: "现在，我代表海拉尔区人民政府",
        last_line: "各位代表，当前我区正处",
    },
];

fn blank(c: char) -> bool {
    report::text::is_blank_char(c)
}

/// Every block's text is found at its offset in the input, in order, without overlap.
fn assert_blocks(file: &str, input: &str, r: &Report) {
    let chars: Vec<char> = input.chars().collect();
    let mut last_end = 0;
    for b in &r.blocks {
        assert!(
            b.offset >= last_end,
            "{file}: blocks overlap or go back at {b:?}"
        );
        assert!(b.len > 0, "{file}: empty block {b:?}");
        let got: String = chars[b.offset..b.offset + b.len].iter().collect();
        assert_eq!(got, r.block_text(b), "{file}: {b:?}");
        last_end = b.offset + b.len;
    }
}

/// Every non-blank char of every line from `first` to `last` is in some block, except the
/// numbering marks of heading lines (`一、`, `（一）`, a heading's closing `。`).
fn assert_nothing_lost(case: &Case, r: &Report) {
    let chars: Vec<char> = case.text.chars().collect();
    let mut covered = vec![false; chars.len()];
    for b in &r.blocks {
        covered[b.offset..b.offset + b.len].fill(true);
    }
    let lines: Vec<(usize, String)> = {
        let mut out = Vec::new();
        let mut start = 0;
        let mut cur = String::new();
        for (i, &c) in chars.iter().enumerate() {
            if c == '\n' || c == '\r' {
                out.push((start, std::mem::take(&mut cur)));
                start = i + 1;
            } else {
                cur.push(c);
            }
        }
        out.push((start, cur));
        out
    };
    let trimmed = |s: &str| s.trim_matches(blank).to_string();
    let first = lines
        .iter()
        .position(|(_, l)| trimmed(l).starts_with(case.first_line))
        .unwrap_or_else(|| panic!("{}: first line not found", case.file));
    let last = lines
        .iter()
        .rposition(|(_, l)| trimmed(l).starts_with(case.last_line))
        .unwrap_or_else(|| panic!("{}: last line not found", case.file));
    assert!(first < last);
    let mut checked = 0;
    for (start, line) in &lines[first..=last] {
        if trimmed(line).is_empty() {
            continue;
        }
        checked += 1;
        for (k, c) in line.chars().enumerate() {
            let mark = blank(c) || "一二三四五六七八九十、（）()。".contains(c);
            assert!(
                covered[start + k] || mark,
                "{}: char {c:?} of line {line:?} is in no block",
                case.file
            );
        }
    }
    assert!(checked > 10, "{}: too few lines checked", case.file);
}

#[test]
fn corpus_reports_parse_with_known_structure() {
    for case in CASES {
        let r = parse(case.text).unwrap_or_else(|e| panic!("{}: {e}", case.file));
        let file = case.file;
        assert_eq!(r.title.as_deref(), Some(case.title), "{file} title");
        assert_eq!(r.publisher.as_deref(), case.publisher, "{file} publisher");
        assert_eq!(r.published.as_deref(), case.published, "{file} published");
        assert_eq!(r.source_url.is_some(), case.source_url, "{file} source_url");
        let sections: Vec<usize> = r.parts.iter().map(|p| p.sections.len()).collect();
        assert_eq!(sections, case.sections, "{file} sections per part");
        let kinds: Vec<PartKind> = r.parts.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, case.kinds, "{file} part kinds");
        for (pi, p) in r.parts.iter().enumerate() {
            assert!(!p.title.is_empty(), "{file} part {pi} title");
            for s in &p.sections {
                assert!(!s.title.is_empty() && s.title.chars().count() <= 60);
                assert!(!s.title.contains('。'));
            }
        }
        assert_blocks(file, case.text, &r);
        assert_nothing_lost(case, &r);
    }
}

#[test]
fn corpus_chrome_is_not_content() {
    for case in CASES {
        let r = parse(case.text).unwrap();
        let all: Vec<&str> = r.blocks.iter().map(|b| r.block_text(b)).collect();
        for chrome in [
            "落实情况公开",
            "触碰右侧展开",
            "Baidu",
            "map",
            "责任编辑",
            "相关新闻",
            "版权所有",
            "ICP",
            "网站地图",
            "技术支持：",
            "各位代表：",
            "首页",
            "您现在的位置",
            "您当前的位置",
            "冀ICP备",
        ] {
            assert!(
                !all.iter().any(|t| t.starts_with(chrome)
                    || t.contains(&format!("{chrome}："))
                    || t.contains(&format!("{chrome} "))),
                "{}: chrome {chrome:?} in content",
                case.file
            );
        }
    }
}

#[test]
fn corpus_details() {
    let get = |name: &str| {
        let case = CASES.iter().find(|c| c.file == name).unwrap();
        parse(case.text).unwrap()
    };
    // A speech's opening paragraph, before the first heading, is a part of its own.
    let g = get("gaoyang_county_2017.txt");
    assert_eq!(g.parts[0].title, report::OPENING_TITLE);
    assert!(g.parts[0].intro[0].starts_with("现在，我代表"));
    // Gaoyang: the closing of part 一 holds the paragraphs after the last section's topics.
    assert!(g.parts[1].closing[0].starts_with("刚刚过去的2016年"));
    assert!(g.parts[3].closing[0].starts_with("各位代表！做好2017年"));
    assert_eq!(g.parts[1].sections[2].intro.len(), 1);
    assert!(g.parts[1].sections[2].intro[0].starts_with("针对县城建设基础差"));
    // Gaoyang part 二: paragraphs `一是…` … `八是…` without section headings are its sections.
    let units: Vec<&str> = g.parts[2]
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(units.len(), 8);
    assert_eq!(units[0], "坚定不移抓发展");
    assert_eq!(g.parts[2].sections[7].number, "八");
    // Hailar: `(四)` with ASCII parentheses among full-width ones; a title-only section line.
    let h = get("hailar_district_2016.txt");
    assert_eq!(h.parts[1].sections[3].title, "政府自身建设取得新成效");
    assert_eq!(
        h.parts[3].sections[0].title,
        "狠抓投资融资和项目建设，保持经济稳定增长"
    );
    assert!(h.parts[1].closing[0].starts_with("各位代表，过去一年"));
    // Hebei: a section heading carrying body text.
    let he = get("hebei_province_2022.txt");
    let s = &he.parts[1].sections[0];
    assert_eq!(s.title, "齐心协力抗疫情、稳增长，经济发展稳中向好");
    assert!(s.intro[0].starts_with("面对两次突发局地疫情"));
    assert!(he.parts[2].sections[0].topics[0].title.as_deref() == Some("确保冬奥会圆满成功"));
    // Baoding: the glossary after the speech is a part of its own under its bare heading.
    let b = get("baoding_city_2022.txt");
    let notes = b.parts.last().unwrap();
    assert_eq!(notes.title, "名词解释");
    assert!(notes.intro.iter().all(|c| c.starts_with('[')));
    assert!(b.parts[2]
        .closing
        .iter()
        .any(|c| c.starts_with("各位代表！保定的今天")));
}

#[test]
fn corpus_cards_have_titles_a_reader_can_tell_apart() {
    for case in CASES {
        let r = parse(case.text).unwrap();
        for c in report::view::cards(&r) {
            assert!(!c.heading.is_empty(), "{}: {}", case.file, c.id);
            assert!(
                !["概述", "段落", "其他"].contains(&c.heading.as_str()),
                "{}: {} titled {}",
                case.file,
                c.id,
                c.heading
            );
            assert!(
                c.heading.chars().count() <= 40,
                "{}: {}",
                case.file,
                c.heading
            );
        }
        // A title names the government and the year.
        let title = r.title.as_deref().unwrap_or("");
        assert!(
            title.chars().any(|c| c.is_ascii_digit()),
            "{}: {title}",
            case.file
        );
        assert!(
            ["省", "市", "县", "区", "街道"]
                .iter()
                .any(|w| title.contains(w)),
            "{}: {title}",
            case.file
        );
        // The plan's period comes from the report.
        assert!(report::plan_period(&r).is_some(), "{}", case.file);
    }
}

#[test]
fn plan_periods_come_from_the_plan_parts() {
    let period = |name: &str| {
        let case = CASES.iter().find(|c| c.file == name).unwrap();
        report::plan_period(&parse(case.text).unwrap())
    };
    assert_eq!(period("xinqiao-2024h1.txt").as_deref(), Some("下半年"));
    assert_eq!(
        period("gaoyang_county_2017.txt").as_deref(),
        Some("今后五年和2017年")
    );
    assert_eq!(period("hebei_province_2022.txt").as_deref(), Some("2022年"));
}

#[test]
fn corpus_key_figures_pair_each_amount_with_its_own_growth() {
    for case in CASES {
        let r = parse(case.text).unwrap();
        let cards = report::view::cards(&r);
        let figures = report::view::key_figures(&r, &cards, 10);
        assert!(
            figures.len() >= 5,
            "{}: {} figures",
            case.file,
            figures.len()
        );
        let chars: Vec<char> = case.text.chars().collect();
        for f in &figures {
            let Some(g) = f.growth_number else { continue };
            let (a, g) = (&r.numbers[f.number], &r.numbers[g]);
            assert_eq!(a.block, g.block, "{}: {}", case.file, f.label);
            let (from, to) = (a.offset.min(g.offset), a.offset.max(g.offset));
            let between: String = chars[from..to].iter().collect();
            assert!(
                !between.contains(['。', '；', '！', '？']),
                "{}: {} {} and its growth {} are in different sentences",
                case.file,
                f.label,
                a.raw,
                g.raw
            );
        }
        // One figure per indicator.
        let mut labels: Vec<&str> = figures.iter().map(|f| f.label.as_str()).collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), figures.len(), "{}", case.file);
    }
    // The headline indicator leads where the report's review names it.
    for (file, lead) in [
        ("hailar_district_2013.txt", "地区生产总值"),
        ("hebei_province_2022.txt", "全省生产总值"),
        ("baoding_city_2022.txt", "全市生产总值"),
    ] {
        let case = CASES.iter().find(|c| c.file == file).unwrap();
        let r = parse(case.text).unwrap();
        let figures = report::view::key_figures(&r, &report::view::cards(&r), 10);
        assert_eq!(figures[0].label, lead, "{file}");
        assert!(figures[0].growth.is_some(), "{file}");
    }
}

#[test]
fn corpus_chart_places_name_every_part() {
    for case in CASES {
        let r = parse(case.text).unwrap();
        let cards = report::view::cards(&r);
        let charts = report::charts::build(&r, &cards, 0..cards.len());
        for chart in &charts.0 {
            for bar in chart.bars() {
                assert!(
                    !bar.place.starts_with('、') && !bar.place.starts_with(' '),
                    "{}: {:?} bar place {:?}",
                    case.file,
                    chart.kind,
                    bar.place
                );
                assert!(!bar.place.is_empty(), "{}: {:?}", case.file, chart.kind);
            }
        }
    }
}
