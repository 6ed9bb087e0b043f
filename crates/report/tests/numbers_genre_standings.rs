//! Standings as reports of the genre write them: what a rank, a tier or a streak is of, and ranks
//! without digits or among places of a kind (issue "Numbers on reports it has never seen"), one
//! test per class of text; the other classes are in the other `numbers_genre*.rs` files. Each
//! sentence is made up in the shape the corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn a_rank_without_a_subject_ranks_the_subject_of_the_number_before_it() {
    let ms = summary("工业用电量增长9.3%、全市第二；外贸总额完成88亿元，增长6%，增速居全省第三。");
    assert_eq!(label(&ms, "第二"), "工业用电量全市排名");
    assert_eq!(label(&ms, "第三"), "外贸总额增速全省排名");
    // A rank that names its own subject keeps it.
    let ms = summary("粮食产量全省排名第四。");
    assert_eq!(label(&ms, "第四"), "粮食产量全省排名");
    // A written counter is part of the rank.
    let ms = summary("品牌拥有量居全省第3位。");
    assert_eq!(find(&ms, "第3位").value, Some(3.0));
}

#[test]
fn ranks_item_by_item_rank_the_figures_before_them_in_order() {
    let ms = summary("一般公共预算收入241.5亿元，增长6.4%，分居全省第4、第3位。");
    assert_eq!(label(&ms, "第4"), "一般公共预算收入全省排名");
    assert_eq!(label(&ms, "第3位"), "一般公共预算收入增长全省排名");
    let idx = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(find(&ms, "第3位").relates_to, idx("6.4%"));
}

#[test]
fn how_long_a_place_is_held_is_no_part_of_what_is_ranked() {
    let ms = summary("工业增加值一直保持全省首位，粮食总产量始终位居全国第一。");
    assert_eq!(label(&ms, "首位"), "工业增加值全省排名");
    assert_eq!(label(&ms, "第一"), "粮食总产量全国排名");
}

#[test]
fn the_top_of_a_list_is_rank_one() {
    let ms = summary("荣登全国发展潜力百强县榜首。");
    let m = find(&ms, "榜首");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(1.0)));
    assert_eq!(m.label.as_deref(), Some("全国发展潜力百强县排名"));
}

#[test]
fn a_rank_of_an_increment_ranks_what_the_number_before_it_counts() {
    let ms = summary("新增“五上”企业62户，增量全市第一。");
    assert_eq!(label(&ms, "第一"), "新增“五上”企业增量全市排名");
}

#[test]
fn a_scope_written_after_paiming_reads_as_before_it() {
    let ms = summary("地区生产总值增速排名全市第二。");
    assert_eq!(label(&ms, "第二"), "地区生产总值增速全市排名");
}

#[test]
fn ranks_without_digits_have_unit_ming_and_no_value() {
    let ms = summary("营商环境评价稳居全省前列。");
    let m = find(&ms, "前列");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rank), None, Some("名"))
    );
    assert_eq!(m.label.as_deref(), Some("营商环境评价全省排名"));
}

#[test]
fn a_streak_belongs_to_its_subject_and_so_does_the_rank_it_holds() {
    let ms = summary("全市粮食产量连续8年保持全省第一。");
    let m = find(&ms, "8年");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Amount), Some(8.0)));
    assert_eq!(m.label.as_deref(), Some("全市粮食产量保持全省第一"));
    assert_eq!(label(&ms, "第一"), "全市粮食产量全省排名");
    // `连续` places the subject in the ranking; it is no part of what is ranked.
    let ms = summary("制造业质量竞争力指数连续保持全省第一。");
    assert_eq!(label(&ms, "第一"), "制造业质量竞争力指数全省排名");
}

#[test]
fn a_rank_of_a_generic_head_or_of_nothing_ranks_the_subject_before_it() {
    let ms = summary("农村公路改造1200公里、总里程居全省第三。");
    assert_eq!(label(&ms, "第三"), "农村公路改造总里程全省排名");
    let ms = summary("全区主要经济指标保持较快增长，稳居全市前列。");
    assert_eq!(label(&ms, "前列"), "全区主要经济指标全市排名");
}

#[test]
fn a_later_rank_of_a_list_of_ranks_is_a_rank_too() {
    let ms = summary("粮食和油料产量分列全省第二和第五位。");
    let m = find(&ms, "第五位");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(5.0)));
    // Ranks of a list of subjects pair with them in order.
    assert_eq!(label(&ms, "第二"), "粮食产量全省排名");
    assert_eq!(label(&ms, "第五位"), "油料产量全省排名");
}

#[test]
fn a_streak_and_the_level_it_holds_belong_to_the_sentences_subject() {
    // The streak opens its clause: it is of the sentence's subject and what the clause says of
    // it; the level it holds is of the subject.
    let ms = summary("粮食总产量达到52.3万吨，连续8年稳定在50万吨以上。");
    assert_eq!(label(&ms, "8年"), "粮食总产量稳定在50万吨以上");
    assert_eq!(label(&ms, "50万吨"), "粮食总产量");
    let ms = summary("连续6年粮食总产稳定在1300亿斤以上，播种面积保持在1.6亿亩。");
    assert_eq!(label(&ms, "6年"), "粮食总产稳定在1300亿斤以上");
    assert_eq!(label(&ms, "1300亿斤"), "粮食总产");
    // A bare measure after it takes the thing without the subject's own measure (`总产`).
    assert_eq!(label(&ms, "1.6亿亩"), "粮食播种面积");
}

#[test]
fn a_place_counted_from_the_bottom_is_a_rank_and_so_is_the_place_it_rose_to() {
    let ms = summary("营商环境评价由倒数第3上升至第5位。");
    let m = find(&ms, "倒数第3");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(3.0)));
    assert_eq!(label(&ms, "倒数第3"), "营商环境评价排名");
    assert_eq!(label(&ms, "第5位"), "营商环境评价排名");
}

#[test]
fn a_group_counted_in_a_frame_before_a_rank_is_the_group_ranked_among() {
    // `在全国15个同类城市中居前列`: the count sizes the group (no measure); the places compared
    // stay in the rank's label, their number does not.
    let ms =
        summary("地区生产总值增速在全国15个同类城市中居前列。综合考核在全市10个镇街中排名第一。");
    assert!(!find(&ms, "15个").is_indicator);
    assert!(!find(&ms, "10个").is_indicator);
    assert_eq!(label(&ms, "前列"), "地区生产总值增速全国同类城市排名");
    assert_eq!(label(&ms, "第一"), "综合考核全市镇街排名");
    // A count of such places that is the subject stays a count.
    let ms = summary("全市15个同类城市完成改造。");
    assert!(find(&ms, "15个").is_indicator);
}

#[test]
fn a_rank_among_places_of_a_kind_and_the_group_it_is_taken_in() {
    // `保持中心城区第一`, `均居全市6县市第一`: a ranking verb, then the places compared; the
    // group's size is no measure and no part of the rank's label.
    let ms = summary(
        "三项主要经济指标总量持续保持中心城区第一。科技型中小企业224家，数量均居全市6县市第一。",
    );
    let ranks: Vec<(&str, Option<f64>)> = ms
        .iter()
        .filter(|m| m.kind == Some(NumberKind::Rank))
        .map(|m| (m.label.as_deref().unwrap_or(""), m.value))
        .collect();
    assert_eq!(
        ranks,
        [
            ("三项主要经济指标总量中心城区排名", Some(1.0)),
            ("科技型中小企业数量全市排名", Some(1.0))
        ]
    );
    assert!(!find(&ms, "6").is_indicator);
    // Without a ranking verb a `第一` after such a word is an ordinal (`新桥街道第一社区`).
    let ms = summary("新桥街道第一社区建成投用。");
    assert!(!find(&ms, "第一").is_indicator);
}

#[test]
fn a_tier_a_verb_places_the_subject_in_is_a_rank_without_a_position() {
    // `均居全市第一方阵`, quoted or not: a rank with no value; `重返全省第一方阵` names a goal.
    let ms = summary("固定资产投资增长7.5%，增幅均居全省“第一方阵”；出口增长8%，均居全市第一梯队。重返全省第一方阵。");
    let tiers: Vec<(&str, Option<NumberKind>, Option<f64>)> = ms
        .iter()
        .filter(|m| m.raw.starts_with("第一"))
        .map(|m| (m.raw.as_str(), m.kind, m.value))
        .collect();
    assert_eq!(
        tiers,
        [
            ("第一方阵", Some(NumberKind::Rank), None),
            ("第一梯队", Some(NumberKind::Rank), None),
            ("第一", None, Some(1.0))
        ]
    );
}

#[test]
fn a_rank_all_the_figures_before_it_hold_ranks_each_of_them() {
    let ms = summary("全年生产总值增长6.2%，固定资产投资增长9.1%，社会消费品零售总额增长7.3%，均居全市第一方阵。");
    assert_eq!(
        label(&ms, "第一方阵"),
        "生产总值、固定资产投资、社会消费品零售总额增长全市排名"
    );
    // The rank's own growth word stands for the items' shared one; different measures are
    // listed as they are.
    let ms = summary("出口总额增长12.5%，城镇居民人均可支配收入增长6.8%，增幅均居全省第二。");
    assert_eq!(
        label(&ms, "第二"),
        "出口总额、城镇居民人均可支配收入增幅全省排名"
    );
    let ms = summary("税收收入增长10.2%，税比75.3%，均居全市第1位。");
    assert_eq!(label(&ms, "第1位"), "税收收入增长、税比全市排名");
    // A level among them is the subject they all describe; one figure is no list.
    let ms = summary("地区生产总值达到980亿元、增长8%，均居全省第3位。");
    assert_eq!(label(&ms, "第3位"), "地区生产总值全省排名");
}

#[test]
fn a_rank_of_a_total_and_its_growth_ranks_the_sentences_subject() {
    let ms = summary("实现地区生产总值5200亿元，增长6.5%，总量和增速均居全省第4位。");
    assert_eq!(label(&ms, "第4位"), "地区生产总值总量和增速全省排名");
}

#[test]
fn a_top_n_place_among_places_of_a_kind_is_a_rank() {
    let ms = summary("经济总量稳居全国各区(县)前五。");
    let m = find(&ms, "前五");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rank), Some(5.0), Some("名"))
    );
    assert_eq!(label(&ms, "前五"), "经济总量全国各区(县)排名");
}

#[test]
fn a_rank_of_a_total_or_a_share_ranks_the_level_or_the_part() {
    let ms = summary("固定资产投资512亿元，增长7.6%，总量全市第一。");
    assert_eq!(label(&ms, "第一"), "固定资产投资总量全市排名");
    let ms = summary("发明专利授权量占全市31.2%，位居全市第二。");
    assert_eq!(label(&ms, "第二"), "发明专利授权量全市排名");
    let ms = summary("营商环境列全国县市第15位。");
    assert_eq!(label(&ms, "第15位"), "营商环境全国县市排名");
}

#[test]
fn a_ranking_lists_name_is_a_word_and_a_place_in_it_a_rank() {
    let ms = summary("新落地世界500强项目9个，2家企业入选中国民营企业500强。");
    assert!(!find(&ms, "500强").is_indicator);
    assert_eq!(label(&ms, "9个"), "新落地世界500强项目");
    let ms = summary("跻身全国综合实力20强。");
    let m = find(&ms, "20强");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rank), Some(20.0), Some("名"))
    );
}

#[test]
fn a_rank_right_after_a_streak_places_the_streaks_subject() {
    let ms = summary("粮食总产720亿斤、再获丰收，蔬菜产量连续6年全省第一。");
    assert_eq!(label(&ms, "第一"), "蔬菜产量全省排名");
}

#[test]
fn a_rank_of_a_level_ranks_its_whole_label() {
    let ms = summary("争取地方政府专项债券资金9.6亿元，居全市第一。");
    assert_eq!(label(&ms, "第一"), "地方政府专项债券资金全市排名");
}

#[test]
fn a_rank_in_a_list_framed_by_zai_zhong_names_the_list() {
    let ms = summary("在全国综合实力百强区榜单中攀升至第36位。");
    assert_eq!(label(&ms, "第36位"), "全国综合实力百强区榜单排名");
}

#[test]
fn a_place_counted_without_di_after_a_placing_verb_and_a_scope_is_a_rank() {
    let ms = summary("经济总量、创新能力分别跃居全国高新区18和25位。为60位创业青年提供贴息贷款。");
    for raw in ["18", "25位"] {
        let m = find(&ms, raw);
        assert_eq!(
            (m.kind, m.unit.as_deref()),
            (Some(NumberKind::Rank), Some("名")),
            "{raw}"
        );
    }
    assert_eq!(label(&ms, "18"), "经济总量全国高新区排名");
    assert_eq!(label(&ms, "25位"), "创新能力全国高新区排名");
    assert_eq!(find(&ms, "60位").kind, Some(NumberKind::Amount));
}

#[test]
fn ranks_listed_after_a_placing_verb_and_a_scope_are_ranks() {
    let ms = summary("位居全国百强县投资潜力第4、新型城镇化质量第6、绿色发展第9。");
    for (raw, label_) in [
        ("第4", "全国百强县投资潜力排名"),
        ("第6", "新型城镇化质量排名"),
        ("第9", "绿色发展排名"),
    ] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Rank), "{raw}");
        assert_eq!(label(&ms, raw), label_);
    }
}

#[test]
fn a_number_of_places_of_one_level_is_the_scope_of_a_rank() {
    let ms = summary(
        "社会消费品零售总额完成260亿元，位居六区第2，一般公共预算收入完成38亿元，增速六区排名第1。",
    );
    assert_eq!(label(&ms, "第2"), "社会消费品零售总额六区排名");
    assert_eq!(label(&ms, "第1"), "一般公共预算收入增速六区排名");
}

#[test]
fn a_tier_of_places_of_a_kind_in_a_whole_scope_is_a_rank() {
    let ms = summary("粮食生产“十四连丰”，稳居全国产粮大市第一方阵。");
    assert_eq!(find(&ms, "第一方阵").kind, Some(NumberKind::Rank));
}
