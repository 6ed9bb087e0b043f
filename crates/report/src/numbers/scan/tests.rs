use super::numerals::parse_cn_numeral;
use super::*;
use crate::numbers::context::Context;

fn toks(s: &str) -> Vec<(String, Shape)> {
    let ctx = Context::new(s);
    scan(&ctx)
        .into_iter()
        .map(|t| (ctx.slice(t.start, t.end).to_string(), t.shape))
        .collect()
}

#[test]
fn chinese_numerals() {
    let p = |s: &str| parse_cn_numeral(&s.chars().collect::<Vec<_>>());
    assert_eq!(p("二十八"), Some(28));
    assert_eq!(p("十二"), Some(12));
    assert_eq!(p("一百零五"), Some(105));
    assert_eq!(p("两"), Some(2));
    assert_eq!(p("三万五千"), Some(35000));
}

#[test]
fn arabic_numbers_and_units() {
    assert_eq!(
        toks("产值329.73亿元,同比增长4.1%。"),
        vec![
            ("329.73亿元".to_string(), Shape::Number),
            ("4.1%".to_string(), Shape::Number)
        ]
    );
    assert_eq!(toks("走访老人1400余人次")[0].0, "1400余人次");
    assert_eq!(toks("数字５个")[0].0, "５个");
}

#[test]
fn a_space_from_a_pdf_between_a_number_and_its_unit_does_not_part_them() {
    assert_eq!(toks("外贸进出口总额394.8 亿元")[0].0, "394.8 亿元");
    assert_eq!(toks("增长 10 %，")[0].0, "10 %");
    assert_eq!(toks("完成　12　项")[0].0, "12　项");
    // Not across two spaces, and not onto a word that is no unit.
    assert_eq!(toks("共计12  项")[0].0, "12");
    assert_eq!(toks("增长12 同时")[0].0, "12");
}

#[test]
fn compounds_are_one_token() {
    assert_eq!(toks("“3+1+N”工作小组")[0], ("3+1+N".into(), Shape::Name));
    assert_eq!(toks("“6·30”活动")[0], ("6·30".into(), Shape::Name));
    assert_eq!(toks("PM2.5、PM10")[0], ("PM2.5".into(), Shape::Name));
    assert_eq!(toks("PM2.5、PM10")[1], ("PM10".into(), Shape::Name));
    assert_eq!(toks("企业3-5家")[0], ("3-5家".into(), Shape::Range));
    assert_eq!(toks("调整为9.2:63.7:27.1。")[0].1, Shape::Ratio);
    assert_eq!(toks("目标^[12]，")[0], ("12".into(), Shape::Footnote));
}

#[test]
fn twelve_positive_one_negative_is_two() {
    let t = toks("呈现12正1负的良好态势");
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].0, "12正");
    assert_eq!(t[1].0, "1负");
}

#[test]
fn years_and_dates() {
    assert_eq!(toks("2024年以来")[0], ("2024年".into(), Shape::Year));
    assert_eq!(
        toks("工作2、3月被列入"),
        vec![("2".into(), Shape::Date), ("3月".into(), Shape::Date)]
    );
    assert_eq!(toks("1月23日召开")[0], ("1月23日".into(), Shape::Date));
    assert_eq!(toks("投入2000万元")[0], ("2000万元".into(), Shape::Number));
}

#[test]
fn chinese_ranks_and_ordinals() {
    assert_eq!(toks("完成率全区第二。")[0], ("第二".into(), Shape::Rank));
    assert_eq!(toks("全市排名第一")[0], ("第一".into(), Shape::Rank));
    assert_eq!(toks("排名全区前列")[0], ("前列".into(), Shape::Rank));
    assert_eq!(toks("指标全区排名靠前")[0], ("靠前".into(), Shape::Rank));
    assert_eq!(toks("区级第七批非遗")[0], ("第七批".into(), Shape::Ordinal));
    assert_eq!(
        toks("市第二十八高级中学")[0],
        ("第二十八".into(), Shape::Ordinal)
    );
    assert_eq!(
        toks("开展“宝安第一课”培训")[0],
        ("第一".into(), Shape::Ordinal)
    );
    assert!(toks("第一时间处置").is_empty());
    assert!(toks("全省首个协会").is_empty());
}

#[test]
fn chinese_counts() {
    assert_eq!(
        toks("做好华测、创鑫激光、联通三个意向项目对接")[0],
        ("三个".into(), Shape::ChineseCount)
    );
    assert!(toks("落实中央八项规定精神").is_empty());
    assert!(toks("深化“三个一”企业服务").is_empty());
    assert!(toks("九年一贯制学校").is_empty());
    assert_eq!(
        toks("实现交通亡人事故零发生")[0],
        ("零".into(), Shape::Zero)
    );
    // `清零`: none left, a result; `归零` and a quoted formula are no mention.
    assert_eq!(toks("推动隐患动态清零")[0], ("零".into(), Shape::Zero));
    assert!(toks("指针归零").is_empty());
    assert!(toks("坚持“动态清零”总方针").is_empty());
}

#[test]
fn a_day_joined_to_a_date_before_it_is_a_date() {
    // `1月20日至24日`, `3月1日、5日`: the later day is of the same month.
    let t = toks("1月20日至24日，3月1日、5日召开。");
    assert_eq!(t[1], ("24日".into(), Shape::Date));
    assert_eq!(t[3], ("5日".into(), Shape::Date));
    // A count after a date stays a count.
    let t = toks("3月1日至今完成12个");
    assert_eq!(t[1].1, Shape::Number);
}

#[test]
fn a_count_in_words_of_pledged_works_counts_them_whatever_comes_before() {
    // `县政府2025年度十件民生实事项目正式出炉`: pledges, though no verb of doing leads to them.
    let t = toks("县政府2025年度十件民生实事项目正式出炉");
    assert!(t.contains(&("十件".into(), Shape::ChineseCount)), "{t:?}");
    // A titled name is no count.
    assert!(toks("发布《十五件民盼实事》").is_empty());
}

#[test]
fn a_tier_right_after_a_placing_verb_is_a_rank_without_a_scope() {
    // `各项经济指标均位于第一方阵`; a goal to get back to it (`重返`) places nothing yet.
    let t = toks("各项经济指标均位于第一方阵");
    assert_eq!(t[0], ("第一方阵".into(), Shape::Rank));
    assert_ne!(toks("重返第一方阵")[0].1, Shape::Rank);
}
