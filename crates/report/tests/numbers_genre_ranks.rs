//! Ranks as reports of the genre write them (issue "Numbers on reports it has never seen"), one
//! test per class of text; the other classes are in `numbers_genre.rs`. Each sentence is made up
//! in the shape the corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, summary};
use report::NumberKind;

#[test]
fn a_position_after_a_placing_verb_and_a_short_name_is_a_rank() {
    // A place's own name (not `全省`) or nothing between the verb and the position.
    let ms = summary("获表彰工作数量居宜州第一。8项指标列第一，走在宜州前列。");
    for raw in ["第一", "前列"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Rank), "{raw}");
    }
    assert_eq!(
        ms.iter()
            .filter(|m| m.kind == Some(NumberKind::Rank))
            .count(),
        3
    );
    // A verb rising to a place in a named list.
    let ms = summary("全镇升至全国百强镇第7、千强镇第9。");
    assert_eq!(find(&ms, "第7").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第7"), "全镇全国百强镇排名");
    assert_eq!(find(&ms, "第9").kind, Some(NumberKind::Rank));
    // Not an ordinal with its counter, nor a verb inside another word.
    let ms = summary("列入第一批试点。安排第一。全体居民第一次参加。");
    assert!(ms.iter().all(|m| !m.is_indicator), "{ms:?}");
}

#[test]
fn a_scope_opened_by_zai_is_the_scope_and_the_rank_of_a_growth_borrows_its_measure() {
    let ms = summary(
        "规上工业增加值增长8.8%，高于全省平均水平1.5个百分点，增速在全省排名由第9位上升到第5位。",
    );
    for raw in ["第9位", "第5位"] {
        assert_eq!(label(&ms, raw), "规上工业增加值增速全省排名", "{raw}");
    }
    // A gap between them lends the growth's measure, not its own words.
    assert_eq!(
        label(&ms, "1.5个百分点"),
        "规上工业增加值增长高于全省平均水平"
    );
    // Places of a kind after `在` are the scope as a whole scope is.
    let ms = summary("固定资产投资211.89亿元，增长5.8%，增速在东部市县排名第一。");
    assert_eq!(label(&ms, "第一"), "固定资产投资增速东部市县排名");
}

#[test]
fn a_streak_verb_of_a_top_place_is_no_part_of_what_is_ranked() {
    let ms = summary("某集团蝉联省企百强榜首。");
    assert_eq!(label(&ms, "榜首"), "某集团省企百强排名");
}

#[test]
fn counts_among_a_whole_named_before_them_count_its_things_and_their_ranks_rank_them() {
    let ms = summary("7项主要指标中，6项列各县区前三，其中3项列第一。");
    assert_eq!(label(&ms, "6项"), "主要指标");
    assert_eq!(label(&ms, "3项"), "主要指标");
    assert_eq!(label(&ms, "前三"), "主要指标各县区排名");
    assert_eq!(find(&ms, "第一").kind, Some(NumberKind::Rank));
    // Another counter counts other things.
    let ms = summary("7项主要指标中，6个县区增长较快。");
    assert_ne!(label(&ms, "6个"), "主要指标");
}

#[test]
fn a_place_won_in_a_contest_framed_by_zai_names_who_won_and_the_contest() {
    let ms = summary("前进村在区级乡村振兴竞赛中荣获第一名。");
    assert_eq!(find(&ms, "第一名").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第一名"), "前进村区级乡村振兴竞赛排名");
}

#[test]
fn provinces_and_cities_together_are_a_scope_and_a_growth_word_ranks_the_level_before_it() {
    let ms = summary("现代服务业实现增加值210.5亿元，增幅居省市前列。");
    assert_eq!(label(&ms, "前列"), "现代服务业增加值增幅省市排名");
}

#[test]
fn the_central_districts_are_a_scope_of_a_growths_rank() {
    let ms = summary("实现地区生产总值1500亿元，增长6.1%，增速居中心城区第一。");
    assert_eq!(label(&ms, "第一"), "地区生产总值增速中心城区排名");
}

#[test]
fn a_whole_scope_and_a_short_name_of_places_after_a_placing_verb_are_the_scope() {
    // `全国` then a kind of place (`经开区`, `行政区`) between the verb and the position.
    let ms = summary("综合实力连续6年位居全国经开区第三。税收总量均居全市行政区第一。");
    assert_eq!(find(&ms, "第三").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第三"), "综合实力全国经开区排名");
    assert_eq!(find(&ms, "第一").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "第一"), "税收总量全市行政区排名");
}

#[test]
fn a_rank_right_after_a_growth_written_as_its_rate_noun_ranks_the_rate() {
    // `增幅12%，居全市第4位`: the rate the clause before names is ranked.
    let ms = summary("完成工业总产值8.6亿元，增幅12%，居全市第4位。");
    assert_eq!(label(&ms, "第4位"), "工业总产值增幅全市排名");
    // After `增长12%` the rank is of the level, as before.
    let ms = summary("完成工业总产值8.6亿元，增长12%，居全市第4位。");
    assert_eq!(label(&ms, "第4位"), "工业总产值全市排名");
}

#[test]
fn the_first_places_of_a_ranking_in_digits_are_a_rank_of_that_many() {
    // `前20名` after a scope or a placing verb: a rank written with its `前`, value 20.
    let ms = summary("园区综合排名进入全省前20名，营商环境排名前10。");
    let top = find(&ms, "前20名");
    assert_eq!(top.kind, Some(NumberKind::Rank));
    assert_eq!(top.value, Some(20.0));
    assert_eq!(find(&ms, "前10").kind, Some(NumberKind::Rank));
    // The first months of a year are a window, no rank and no indicator.
    let ms = summary("前10个月完成投资5亿元。");
    assert!(!find(&ms, "10个月").is_indicator);
    assert_eq!(label(&ms, "5亿元"), "完成投资");
}

#[test]
fn a_ranking_named_pai_wei_is_a_ranking_and_its_de_only_joins() {
    // `在全国城市的排位由第53位升至47位`: the level before is what is ranked.
    let ms = summary("地区生产总值完成3200亿元，在全国城市的排位由第53位升至47位。");
    assert_eq!(label(&ms, "47位"), "地区生产总值全国城市排位");
}

#[test]
fn cities_of_a_rank_are_places_of_a_kind_and_a_first_crossing_is_a_milestone() {
    // `首破3000亿元，达到…`: the mark; `增速居副省级城市第一`: the growth's measure is ranked.
    let ms = summary("进出口总值首破2000亿元，达到2103.5亿元、增长19.6%，增速居副省级城市第一。");
    assert!(!find(&ms, "2000亿元").is_indicator);
    assert_eq!(label(&ms, "19.6%"), "进出口总值增长");
    assert_eq!(label(&ms, "第一"), "进出口总值增速副省级城市排名");
}

#[test]
fn an_adverb_of_holding_a_place_names_nothing_ranked() {
    // `继续走在全市前列`: `继续` says how long, not what.
    let ms = summary("招商引资工作继续走在全市前列。");
    assert_eq!(label(&ms, "前列"), "招商引资工作全市排名");
}

#[test]
fn a_ranking_named_with_its_move_is_the_ranks_said_once() {
    // `中部百强县排名再进位，居53位`: the ranking moved up and the rank is its place.
    let ms = summary("中部百强县排名再进位，居53位。");
    assert_eq!(label(&ms, "53位"), "中部百强县排名");
}

#[test]
fn to_lead_with_no_scope_ranked_in_is_an_aim_in_words() {
    // `走在前列`, `走在最前列`: no ranking is named; `走在全市前列` ranks.
    let ms = summary("努力在新征程上走在前列，干好一三五、走在最前列，招商引资工作走在全市前列。");
    let ranks: Vec<_> = ms.iter().filter(|m| m.is_indicator).collect();
    assert_eq!(ranks.len(), 1, "{ms:?}");
    assert_eq!(label(&ms, "前列"), "招商引资工作全市排名");
}

#[test]
fn a_word_that_holds_a_placing_verb_keeps_it() {
    // `人居环境` holds `居`: the placing verb is taken from the wording, never from the word.
    let ms = summary("人居环境考核稳居前列，宜居指数居全市第二。");
    assert_eq!(label(&ms, "前列"), "人居环境考核排名");
    assert_eq!(label(&ms, "第二"), "宜居指数全市排名");
}

#[test]
fn ports_and_airports_are_places_of_a_kind() {
    // `位列全国港口第12位` after a port's throughput ranks the throughput; `标箱` counts containers.
    let ms = summary("完成集装箱运量65万标箱，完成货物吞吐量3.5亿吨、位列全国港口第12位。");
    assert_eq!(label(&ms, "第12位"), "货物吞吐量全国港口排名");
    assert_eq!(label(&ms, "65万标箱"), "集装箱运量");
}

#[test]
fn a_place_in_a_slogan_of_four_character_phrases_is_no_rank() {
    // `干在实处、走在前列、勇立潮头`: listed phrases of four characters are a slogan; a ranking
    // of a measured subject (`经济总量走在全省前列`) stays a rank.
    let ms = summary("干在实处、走在前列、勇立潮头。经济总量走在全省前列、增速居全市前列。");
    let ranks: Vec<&str> = ms
        .iter()
        .filter(|m| m.is_indicator)
        .map(|m| m.label.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(ranks, ["经济总量全省排名", "经济总量增速全市排名"]);
}

#[test]
fn a_rank_held_by_all_levels_before_it_ranks_each() {
    // `…1797家，…1216家，均居全省第1`: counts of different things each rank first, like growths.
    let ms = summary("新升规工业企业1797家，新增数字化转型企业1216家，均居全省第1。");
    assert_eq!(
        label(&ms, "第1"),
        "新升规工业企业、新增数字化转型企业全省排名"
    );
    // A level with its own growth is one subject they both describe.
    let ms = summary("地区生产总值1781.8亿元、增长30%，均居西部第1。");
    assert_eq!(label(&ms, "第1"), "地区生产总值西部排名");
}

#[test]
fn places_a_rank_moved_are_a_change_not_a_place() {
    // `排名上升3位`, `再进2位`: the places moved by (a growth in 位), not third or second place;
    // a place counted without `第` after a placing verb stays a rank.
    let ms = summary("综合排名上升3位，比上年度再进2位，跃居全国高新区第23位。");
    for raw in ["3位", "2位"] {
        let m = find(&ms, raw);
        assert_eq!(
            (m.kind, m.unit.as_deref()),
            (Some(NumberKind::Growth), Some("位")),
            "{raw}"
        );
    }
    assert_eq!(find(&ms, "第23位").kind, Some(NumberKind::Rank));
}

#[test]
fn places_of_a_kind_in_a_region_are_the_scope_of_a_rank_not_its_subject() {
    // `列内地城市榜首`, `居内地大中城市第四位`: the places compared name no subject; the rank is
    // of the streak's subject or of the level before it.
    let ms = summary("深圳综合竞争力连续四年列内地城市榜首。本市生产总值2009年达到8201亿元，居内地大中城市第四位。");
    assert_eq!(label(&ms, "榜首"), "深圳综合竞争力内地城市排名");
    assert_eq!(label(&ms, "第四位"), "本市生产总值内地大中城市排名");
}

#[test]
fn the_first_places_of_a_ranking_list_are_a_rank() {
    // `进入…前50强`: a rank with the number of places, written with its `前`, whatever the
    // words between the verb and it; `前100强企业` names a class of firms, no rank.
    let ms = summary("两家企业进入全市制造业亩均税收前50强。");
    let m = find(&ms, "前50强");
    assert_eq!(
        (m.kind, m.value, m.unit.as_deref()),
        (Some(NumberKind::Rank), Some(50.0), Some("名"))
    );
    let ms = summary("3家进入前100强企业。");
    assert!(ms.iter().all(|m| m.raw != "前100强"));
}

#[test]
fn a_rank_in_a_from_to_frame_ranks_the_sentences_subject() {
    // `由全省第6位上升到第5位`: `由` opens the frame; both places rank the level before them.
    let ms = summary("地区生产总值从3979亿元跃升到6355亿元，年均增长7%，由全省第6位上升到第5位。");
    assert_eq!(label(&ms, "第6位"), "地区生产总值全省排名");
    assert_eq!(label(&ms, "第5位"), "地区生产总值全省排名");
}

#[test]
fn a_short_place_name_after_the_placing_verb_is_the_scope() {
    // `增速居温州第二`: `温州` is where the rank holds (as `全市` is), so the rank is of the
    // growth before it.
    let ms = summary("全市实现地区生产总值370.14亿元，增长6.2%，增速居温州第二。");
    assert_eq!(label(&ms, "第二"), "地区生产总值增速温州排名");
}

#[test]
fn a_rank_of_a_class_after_listed_examples_ranks_the_class() {
    // `A、B、C等多项经济指标增速居金华前列`: the class counted after `等` is what is ranked.
    let ms = summary("财政总收入、一般公共预算收入、固定资产投资等多项经济指标增速居金华前列。");
    assert_eq!(label(&ms, "前列"), "多项经济指标增速金华排名");
}

#[test]
fn a_place_in_a_ranking_list_in_words_after_a_placing_verb_is_a_rank() {
    // `挺进全省三十强`, `跻身全国百强`: the list's size is the rank's value; `获评全国百强县` (no
    // placing verb) names a class.
    let ms = summary("全县经济综合实力挺进全省三十强，全区跻身全国百强。获评全国百强县。");
    let m = find(&ms, "三十强");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(30.0)));
    assert_eq!(label(&ms, "三十强"), "全县经济综合实力全省排名");
    assert_eq!(
        ms.iter()
            .filter(|m| m.kind == Some(NumberKind::Rank))
            .count(),
        2
    );
}

#[test]
fn quoted_top_places_of_any_kind_are_ranks_and_positions_after_them_rank_in_those_lists() {
    // `“十快”县`, `“十强”县` (the quote closes before the level), `十佳`, `荣登…百强`.
    let ms = summary(
        "首次跻身全省制造业发展增速“十快”县、综合“十强”县，分别居第一、第七位。中普石油荣登全省民营企业制造业综合百强。",
    );
    for raw in ["十快", "十强", "百强"] {
        assert_eq!(find(&ms, raw).kind, Some(NumberKind::Rank), "{raw}");
    }
    assert_eq!(label(&ms, "十快"), "全省制造业发展增速排名");
    assert_eq!(label(&ms, "第一"), "全省制造业发展增速排名");
    assert_eq!(label(&ms, "第七位"), label(&ms, "十强"));
    let ms = summary("荆门上榜全国锂电产业特色城市十强。");
    assert_eq!(find(&ms, "十强").kind, Some(NumberKind::Rank));
}

#[test]
fn places_in_ranking_lists_entered_after_one_verb_are_ranks() {
    // `入围…百强和…百强`: long list names, with their years, after one placing verb.
    let ms = summary("入围2022中国建制县高质量发展百强和2022全国县域发展潜力百强。");
    let ranks = ms
        .iter()
        .filter(|m| m.kind == Some(NumberKind::Rank))
        .count();
    assert_eq!(ranks, 2);
}

#[test]
fn a_count_placed_in_a_scope_counts_only_its_things() {
    // `5项指标位居全省前三`: the things counted end before the verb placing them; the place is
    // the rank's.
    let ms = summary("全区有5项指标位居全省前三，3个乡镇排名全市第一。");
    assert_eq!(label(&ms, "5项"), "全区指标");
    assert_eq!(label(&ms, "前三"), "指标全省排名");
    assert_eq!(label(&ms, "3个"), "乡镇");
    assert_eq!(label(&ms, "第一"), "乡镇全市排名");
}

#[test]
fn a_year_opening_a_list_of_subjects_leaves_the_list_whole() {
    // `2024年地区生产总值、…`: the year is when, not a list item of its own.
    let ms = summary("2024年地区生产总值、社会消费品零售总额增速排名全市县区第一。");
    assert_eq!(
        label(&ms, "第一"),
        "地区生产总值、社会消费品零售总额增速全市县区排名"
    );
    let ms = summary("2024年地区生产总值、工业增加值分别增长5%、6%。");
    assert_eq!(label(&ms, "5%"), "地区生产总值增长");
    assert_eq!(label(&ms, "6%"), "工业增加值增长");
}

#[test]
fn counts_of_items_holding_positions_rank_and_are_labelled_with_them() {
    // `排名4项第一、2项第二`: how many indicators hold each place.
    let ms = summary("主要经济指标在全市排名4项第一、2项第二。");
    assert_eq!(find(&ms, "第一").kind, Some(NumberKind::Rank));
    assert_eq!(find(&ms, "第二").kind, Some(NumberKind::Rank));
    assert_eq!(label(&ms, "4项"), "主要经济指标在全市排名第一");
    assert_eq!(label(&ms, "2项"), "主要经济指标在全市排名第二");
    assert_eq!(label(&ms, "第一"), "主要经济指标全市排名");
    assert_eq!(label(&ms, "第二"), "主要经济指标全市排名");
}

#[test]
fn moving_up_into_a_ranking_list_is_a_place_in_it() {
    let ms = summary("宜都晋级全国县域经济百强。");
    assert_eq!(find(&ms, "百强").kind, Some(NumberKind::Rank));
}

#[test]
fn ranks_after_fenbie_rank_the_figures_of_their_own_subjects_before_them() {
    let ms = summary("规模以上工业增加值增长8.1%、固定资产投资增长10.5%、社会消费品零售总额增长9.5%，分别居全省第4、第2、第2位。");
    assert_eq!(label(&ms, "第4"), "规模以上工业增加值全省排名");
    assert_eq!(label(&ms, "第2"), "固定资产投资全省排名");
    assert_eq!(label(&ms, "第2位"), "社会消费品零售总额全省排名");
    // The next item of a list of first places is ranked as the first is.
    let ms = summary("工业增加值增长8.1%、固定资产投资增长10.5%，分别排在全市前3、前5位。");
    let m = find(&ms, "前5位");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(5.0)));
    assert_eq!(label(&ms, "前5位"), "固定资产投资全市排名");
}

#[test]
fn a_place_in_a_ranking_list_entered_is_a_rank_however_long_the_lists_name() {
    // Entered into a list whose name holds its year: a place in it, a rank.
    let ms = summary("某药业入选2024中药上市公司30强。");
    let m = find(&ms, "30强");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(30.0)));
}

#[test]
fn the_head_of_the_places_ranked_among_is_the_first_place() {
    let ms = summary("其中中央预算内资金1.43亿元、超长期特别国债资金3.96亿元，总量均居三县之首。");
    let m = find(&ms, "首");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(1.0)));
    assert!(label(&ms, "首").ends_with("总量三县排名"));
    // `之首` inside a word is no place.
    let ms = summary("这是工作之首要任务。");
    assert!(ms.iter().all(|m| m.raw != "首"));
}

#[test]
fn a_word_before_a_kind_of_places_ranked_among_names_which_of_them() {
    let ms = summary("牧区常住居民人均可支配收入连续33年位居全区牧业旗县首位。");
    assert_eq!(
        label(&ms, "首位"),
        "牧区常住居民人均可支配收入全区牧业旗县排名"
    );
}

#[test]
fn a_place_in_a_ranking_lists_front_is_a_rank() {
    let ms = summary("镇域基本竞争力继续保持中国百强镇前列。");
    let m = find(&ms, "前列");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), None));
    assert_eq!(label(&ms, "前列"), "镇域基本竞争力中国百强镇排名");
}

#[test]
fn a_place_in_a_ranking_list_of_places_after_a_placing_verb_is_a_rank() {
    // The kind of place the list ranks (`百强县`), its `榜` and a quote around its name still
    // leave the place at its phrase's end; the verb and how often it was won are no subject.
    let cases = [
        (
            "首次入围全国投资竞争力百强区。",
            "百强",
            100.0,
            "全国投资竞争力排名",
        ),
        ("蝉联全国制造业百强县。", "百强", 100.0, "全国制造业排名"),
        (
            "挺进中部六省百强县，纳入省重点项目。",
            "百强",
            100.0,
            "中部六省排名",
        ),
        (
            "连续三年跻身“云南省县域经济发展10强县”。",
            "10强",
            10.0,
            "云南省县域经济发展排名",
        ),
        (
            "岳阳跻身“中国城市GDP百强榜”。",
            "百强",
            100.0,
            "岳阳中国城市GDP排名",
        ),
        (
            "入选2018年全国投资潜力百强区、全国工业百强区。",
            "百强",
            100.0,
            "全国投资潜力排名",
        ),
    ];
    for (text, raw, value, want) in cases {
        let ms = summary(text);
        let m = find(&ms, raw);
        assert_eq!(
            (m.kind, m.value),
            (Some(NumberKind::Rank), Some(value)),
            "{text}"
        );
        assert_eq!(label(&ms, raw), want, "{text}");
    }
    // Not when the list's name goes on after the quote or the kind (`“百强县”创建`).
    for text in ["开展“百强县”创建。", "入选百强县名单。", "获评全国百强县。"]
    {
        let ms = summary(text);
        assert!(
            ms.iter().all(|m| m.kind != Some(NumberKind::Rank)),
            "{text}: {ms:?}"
        );
    }
}

#[test]
fn a_position_right_after_places_of_a_kind_counted_or_scoped_is_a_rank() {
    // `增速五城区第一`, `全省同类开发区第四`: among places counted or in a whole scope, a position
    // at its phrase's end ranks with no verb; the places are scope, not subject.
    let ms = summary("规上工业增加值增速五城区第一;开发区绩效考核全省同类开发区第四,势头强劲。");
    assert_eq!(label(&ms, "第一"), "规上工业增加值增速五城区排名");
    assert_eq!(label(&ms, "第四"), "开发区绩效考核全省同类开发区排名");
    assert_eq!(find(&ms, "第四").value, Some(4.0));
    // An ordinal of a batch goes on after the position: no rank.
    let ms = summary("五城区第一批试点启动。");
    assert!(ms.iter().all(|m| m.kind != Some(NumberKind::Rank)));
}

#[test]
fn a_named_place_and_its_kind_of_places_after_the_verb_are_scope() {
    // `排南宁市县域第一`, `总量稳居南宁市县域第一`: a city's counties ranked among; what is
    // ranked is the subject before.
    let ms = summary(
        "一般公共预算收入增长20.87%,排南宁市县域第一。税收收入增长18.46%、排南宁市县域第二。",
    );
    assert_eq!(label(&ms, "第一"), "一般公共预算收入南宁市县域排名");
    assert_eq!(label(&ms, "第二"), "税收收入南宁市县域排名");
    let ms = summary("全市地区生产总值完成423.46亿元,总量稳居南宁市县域第一。");
    assert_eq!(label(&ms, "第一"), "全市地区生产总值总量南宁市县域排名");
}

#[test]
fn a_place_held_firmly_or_again_is_placed() {
    // `雄踞全市第一`, `蝉联全省第一`: verbs of holding a place rank the subject before them.
    for verb in ["雄踞", "蝉联"] {
        let ms = summary(&format!(
            "实现地区生产总值210.42亿元、增长8.7%,连续三年{verb}全市第一。"
        ));
        assert_eq!(label(&ms, "第一"), "地区生产总值全市排名", "{verb}");
    }
}

#[test]
fn places_of_a_kind_opening_the_clause_after_a_rank_rank_too() {
    // `总量保持全市第二，中心城区第一`: the same subject, ranked among the central districts.
    let ms =
        summary("前三季度实现地区生产总值2379.80亿元,总量保持全市第二,中心城区第一,可比增长5.5%。");
    let m = find(&ms, "第一");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), Some(1.0)));
    // Not after anything but a rank.
    let ms = summary("新建学校3所,城区第一批试点启动。");
    assert!(ms.iter().all(|m| m.kind != Some(NumberKind::Rank)));
}

#[test]
fn the_period_a_rank_is_for_names_nothing_ranked() {
    // `地区生产总值今年继续保持较快增长势头，前三季度增速居全省第1`: the output's growth rate,
    // the subject of the clause before up to its time word.
    let ms = summary("地区生产总值今年继续保持较快增长势头,前三季度增速居全省第1、长三角第2位。");
    assert_eq!(label(&ms, "第1"), "地区生产总值增速全省排名");
}

#[test]
fn a_rank_after_a_list_of_awards_ranks_only_its_own_item() {
    // Each award won is its own result: the rank's words start after the last `、`.
    let ms = summary(
        "我镇获得全县招商引资二等奖、脱贫攻坚进步奖、全县社会事业先进奖第二名、文明乡镇称号。",
    );
    assert_eq!(label(&ms, "第二名"), "全县社会事业先进奖排名");
    // A list of measures before a shared rank is not a list of awards.
    let ms = summary("地区生产总值、固定资产投资增速均居全市第一。");
    assert!(label(&ms, "第一").contains("固定资产投资"));
}

#[test]
fn a_place_in_a_ranking_list_named_before_it_is_the_rank() {
    // `位列全国投资潜力百强县30强`: the list (`百强县`) only names the ranking the place is in.
    let ms = summary("地区生产总值增长2.1%，位列全国投资潜力百强县30强、全市第一。");
    assert_eq!(label(&ms, "30强"), "全国投资潜力百强县排名");
    assert!(ms.iter().all(|m| m.raw != "百强" || !m.is_indicator));
}

#[test]
fn gaps_in_a_growths_rate_name_its_measure_and_lend_it_to_the_rank_after_them() {
    let ms = summary(
        "全市实现地区生产总值3200.5亿元，增长5.9%，增速分别高于全国、全省0.9和0.4个百分点，总量前移至全国城市第31位。",
    );
    assert_eq!(label(&ms, "0.9"), "地区生产总值增速高于全国");
    assert_eq!(label(&ms, "0.4个百分点"), "地区生产总值增速高于全省");
    assert_eq!(label(&ms, "第31位"), "地区生产总值总量全国城市排名");
}

#[test]
fn the_absolute_value_ranked_is_the_level_before_it() {
    // `绝对值位居全区第一`: the level's rank, not its growth's.
    let ms = summary("限额以上社会消费品零售额251亿元，同比增长5.2%，绝对值位居全区第一。");
    assert_eq!(label(&ms, "第一"), "限额以上社会消费品零售额绝对值全区排名");
}

#[test]
fn pai_right_before_a_place_places_it() {
    // `增幅全省排第7位`: `排` is the verb; elsewhere it opens other words (`排放`).
    let ms = summary("地区生产总值增长28.6%,增幅全省排第7位;排放总量排第二。");
    assert_eq!(label(&ms, "第7位"), "地区生产总值增幅全省排名");
    assert_eq!(label(&ms, "第二"), "排放总量排名");
}

#[test]
fn a_placing_verb_is_not_taken_out_of_a_word_that_holds_it() {
    // `居` places; `居民` is residents.
    let ms = summary("农村居民人均可支配收入增速居全省第一。");
    assert_eq!(label(&ms, "第一"), "农村居民人均可支配收入增速全省排名");
}

#[test]
fn an_adverb_of_one_after_another_is_no_part_of_what_is_ranked() {
    let ms = summary(
        "地区生产总值先后突破500亿元大关、迈上550亿元新台阶，连续28年保持全州第一、全省第一方阵。",
    );
    assert_eq!(label(&ms, "第一"), "地区生产总值全州排名");
}

#[test]
fn how_many_of_the_things_counted_ranks_them_in_every_scope_listed() {
    // `数量居全市第1位、全省第3位`: the count's things, ranked twice.
    let ms = summary("纳入省重点项目28个，数量居全市第1位、全省第3位。");
    assert_eq!(label(&ms, "第1位"), "纳入省重点项目数量全市排名");
    assert_eq!(label(&ms, "第3位"), "纳入省重点项目数量全省排名");
}
