//! Labels as reports of the genre write them (issue "Numbers on reports it has never seen"),
//! one test per class of text; the other classes are in `numbers_genre.rs` and
//! `numbers_genre_ranks.rs`. Each sentence is made up in the shape the corpus shows; none is
//! copied from a gold report.

mod common;

use common::{find, label, plan, summary};
use report::NumberKind;

#[test]
fn a_measure_inside_the_subjects_own_measure_is_a_part_of_it() {
    // `出口` of `进出口总额`: no `进出口总额出口`.
    let ms = summary("外贸进出口总额86.2亿美元，增长12%，其中出口51.3亿美元，增长9%。");
    assert_eq!(label(&ms, "51.3亿美元"), "出口");
    assert_eq!(label(&ms, "9%"), "出口增长");
    // A measure of the thing the sentence is about still takes the thing.
    let ms = summary("茶叶总产量达到3万吨，实现产值12亿元。");
    assert_eq!(label(&ms, "12亿元"), "茶叶产值");
}

#[test]
fn a_total_or_a_later_course_is_of_the_things_not_of_their_adding_or_starting() {
    let ms = summary("规上工业企业新增85户，总数达到910户。");
    assert_eq!(label(&ms, "910户"), "规上工业企业总数");
    let ms = summary("重点项目新开工36个，竣工21个。");
    assert_eq!(label(&ms, "21个"), "重点项目竣工");
}

#[test]
fn a_rate_after_a_verb_of_crossing_a_mark_is_the_level_reached() {
    let ms = summary("城镇化率突破65%，民间投资占全部投资比重突破55%。");
    assert_eq!(label(&ms, "65%"), "城镇化率");
    assert_eq!(label(&ms, "55%"), "民间投资占全部投资比重");
}

#[test]
fn a_bare_price_or_volume_takes_the_thing_the_sentence_is_about() {
    let ms = summary("蚕茧收购量60万公斤，实现产值1800万元，均价30元。");
    assert_eq!(label(&ms, "1800万元"), "蚕茧产值");
    assert_eq!(label(&ms, "30元"), "蚕茧均价");
}

#[test]
fn a_topic_that_opens_with_a_verb_of_pushing_work_owns_no_investment() {
    let ms = plan("三要狠抓项目建设，确保拟建项目尽快开工，力争年内投资总规模突破80亿元。");
    assert_eq!(label(&ms, "80亿元"), "年内投资总规模");
}

#[test]
fn a_bare_measure_after_a_semicolon_takes_the_thing_of_the_statement_before_it() {
    let ms = summary(
        "规模以上工业增加值620亿元，增长9.1%；实现利税180.5亿元、利润96.2亿元，分别增长12%和8%。",
    );
    assert_eq!(label(&ms, "180.5亿元"), "规模以上工业利税");
    assert_eq!(label(&ms, "96.2亿元"), "规模以上工业利润");
    assert_eq!(label(&ms, "8%"), "规模以上工业利润增长");
    // A full stop ends the statement.
    let ms = summary("规模以上工业增加值620亿元。实现利税180.5亿元。");
    assert_eq!(label(&ms, "180.5亿元"), "利税");
}

#[test]
fn a_list_joiner_inside_brackets_joins_words_of_one_item() {
    let ms = summary("4个县(市、区)被评为先进单位，新建学校3所、医院2家。");
    assert_eq!(label(&ms, "4个"), "县(市、区)");
    assert_eq!(label(&ms, "3所"), "新建学校");
}

#[test]
fn a_list_of_subjects_in_the_clause_before_fenbie_leaves_out_what_it_says_of_them() {
    let ms = summary("新材料、高端装备产业增速明显，产值分别增长12.5%、20.1%。");
    assert_eq!(label(&ms, "12.5%"), "新材料产业产值增长");
    assert_eq!(label(&ms, "20.1%"), "高端装备产业产值增长");
}

#[test]
fn a_mark_crossed_in_words_before_the_figure_reached_is_no_part_of_its_label() {
    let ms = summary(
        "经济总量突破千亿大关，达到1012.5亿元，增长6.8%；社会消费品零售总额在全市率先突破千亿，达到1003.3亿元。",
    );
    assert_eq!(label(&ms, "1012.5亿元"), "经济总量");
    assert_eq!(label(&ms, "6.8%"), "经济总量增长");
    assert_eq!(label(&ms, "1003.3亿元"), "社会消费品零售总额");
}

#[test]
fn a_from_value_at_a_time_leaves_the_time_out_of_the_subject() {
    let ms = summary(
        "人均生产总值由“十五”末的2100美元提高到5600美元，高新技术企业由2017年820家增长到3100家。",
    );
    assert_eq!(label(&ms, "2100美元"), "人均生产总值");
    assert_eq!(label(&ms, "5600美元"), "人均生产总值");
    assert_eq!(label(&ms, "820家"), "高新技术企业");
    // A share's words name no subject: the frame finds it before them.
    let ms = summary("地方财政收入120亿元，占生产总值比重由上年的9.1%提高到9.8%。");
    assert_eq!(label(&ms, "9.1%"), "地方财政收入占生产总值比重");
}

#[test]
fn a_category_head_inside_the_last_item_of_a_list_is_every_items_with_its_measure() {
    let ms = summary("汽车零部件、电气产业规上工业增加值分别增长21.3%、19.5%。");
    assert_eq!(label(&ms, "21.3%"), "汽车零部件产业规上工业增加值增长");
    assert_eq!(label(&ms, "19.5%"), "电气产业规上工业增加值增长");
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
fn the_adverb_and_scope_of_crossing_a_mark_are_no_part_of_the_label() {
    let ms =
        summary("新增企业8.5万家，总数在全省各区(县)率先突破50万家。税收在全市率先突破10亿元。");
    assert_eq!(label(&ms, "50万家"), "企业总数");
    assert_eq!(label(&ms, "10亿元"), "税收");
    // A scope without such an adverb may be a rank's.
    let ms = summary("主要经济指标增速在全省排名靠前。");
    assert_eq!(label(&ms, "靠前"), "主要经济指标增速全省排名");
}

#[test]
fn a_category_head_inside_the_last_of_short_items_is_every_items() {
    let ms = summary("陶瓷、服饰产业增加值分别增长8.8%、11.2%。全区肉、奶产量分别增长1%、2%。");
    assert_eq!(label(&ms, "8.8%"), "陶瓷产业增加值增长");
    assert_eq!(label(&ms, "2%"), "奶产量增长");
}

#[test]
fn a_subject_clause_before_a_growth_keeps_its_measure_and_leaves_what_it_says_of_the_rate() {
    let ms = summary("规模以上工业增加值增速由负转正，增长2.5%以上。");
    assert_eq!(label(&ms, "2.5%"), "规模以上工业增加值增长");
}

#[test]
fn an_owner_after_de_that_opens_with_a_counter_char_keeps_it() {
    // `项目`, `场馆`: their first char is a counter only after digits.
    let ms = summary("投资8亿元的项目12个，投资2亿元的场馆改造顺利完成。");
    assert_eq!(label(&ms, "8亿元"), "项目投资");
    assert_eq!(label(&ms, "2亿元"), "场馆投资");
}

#[test]
fn a_statement_after_a_measure_is_no_part_of_its_label() {
    let ms =
        summary("东风村盘活闲置土地约120亩以建设产业园二期，盘活土地面积6.5亩引进检测公司一家。");
    assert_eq!(label(&ms, "120亩"), "东风村盘活闲置土地");
    assert_eq!(label(&ms, "6.5亩"), "盘活土地面积");
    // A project's name, an investment's work and a span keep what follows them.
    let ms = plan("实施城北水厂5万吨扩建项目。");
    assert_eq!(label(&ms, "5万吨"), "实施城北水厂扩建项目");
    let ms = summary("投资800万元完成了实验中学教学楼建设。");
    assert_eq!(label(&ms, "800万元"), "实验中学教学楼建设投资");
}

#[test]
fn a_rate_of_a_generic_head_is_of_the_sentences_subject() {
    let ms = summary("96个市重点项目完成投资180.5亿元，年度投资完成率108.2%。");
    assert_eq!(label(&ms, "108.2%"), "市重点项目年度投资完成率");
}

#[test]
fn a_bare_measure_after_a_semicolon_borrows_a_thing_not_another_measure() {
    let ms = summary("限上社销零总额2.1亿元，增长5%；税收1589万元，占全年目标的83%。");
    assert_eq!(label(&ms, "1589万元"), "税收");
}

#[test]
fn an_investment_after_a_list_items_number_and_a_verb_of_doing_is_of_the_project_after_de() {
    let ms = plan("2.发展绿色电力。3.做好投资13亿元的新材料产业园项目建设。");
    assert_eq!(label(&ms, "13亿元"), "新材料产业园项目投资");
}

#[test]
fn a_bracketed_note_on_how_a_figure_is_written_is_no_word_of_its_label() {
    let ms = summary(
        "完成地区生产总值2100亿元，同比(下同)增长5.2%。输转富余劳动力3000人(次)，比上年增长15%。",
    );
    assert_eq!(label(&ms, "5.2%"), "地区生产总值同比增长");
    assert_eq!(label(&ms, "3000人"), "输转富余劳动力");
    // Alternates in brackets stay (`县(市、区)`).
    let ms = summary("4个县(市、区)被评为先进单位。");
    assert_eq!(label(&ms, "4个"), "县(市、区)");
}

#[test]
fn a_conversion_phrase_names_nothing_measured() {
    let ms = summary(
        "人均地区生产总值年均增长5.2%，按年平均汇率折算达到12800美元。人均收入按可比价计算增长6%。",
    );
    assert_eq!(label(&ms, "12800美元"), "人均地区生产总值");
    assert_eq!(label(&ms, "6%"), "人均收入增长");
}

#[test]
fn a_count_of_things_put_on_a_list_names_the_list() {
    // `N个项目列入…`: which list the things were put on is what is counted, as `入选` is.
    let ms = summary("今年有9个项目列入省重点建设项目，4家企业入选省级名单。");
    assert_eq!(label(&ms, "9个"), "项目列入省重点建设项目");
    assert_eq!(label(&ms, "4家"), "企业入选省级名单");
}

#[test]
fn a_bare_measure_after_another_measure_takes_no_thing_from_it() {
    // `一般公共预算收入…，税收…`: the revenue is a measure, not the thing the taxes are of.
    let ms = summary("一般公共预算收入从3000万元增加到5000万元，税收由1200万元增加到2600万元。");
    assert_eq!(label(&ms, "1200万元"), "税收");
    // A thing with its own measure still lends the thing.
    let ms = summary("茶叶总产量达到2万吨，实现产值6亿元。");
    assert_eq!(label(&ms, "6亿元"), "茶叶产值");
}

#[test]
fn a_level_of_government_after_qizhong_is_its_share_of_the_whole() {
    // `其中市级…`: the city level's part of the level before, past its growth.
    let ms = summary("全县实现财政总收入86.5亿元、增长6.1%，其中县级41.2亿元。");
    assert_eq!(label(&ms, "41.2亿元"), "县级财政总收入");
}

#[test]
fn a_level_of_government_before_fenbie_shares_each_level_before_it() {
    // `…，市级分别为A、B`: the city level's part of each amount before, in order.
    let ms = summary(
        "完成财政总收入120.5亿元、一般公共预算收入80.2亿元，市级分别为60.1亿元、40.3亿元。",
    );
    assert_eq!(label(&ms, "60.1亿元"), "市级财政总收入");
    assert_eq!(label(&ms, "40.3亿元"), "市级一般公共预算收入");
}

#[test]
fn a_count_of_a_lists_items_says_what_each_item_is_and_names_none() {
    // `A、B、C三大特色产业基地分别实现产值…`: every item is a `特色产业基地`, none is `三大`.
    let ms = summary("纺织、机械、化工三大特色产业基地分别实现产值50亿元、40亿元、30亿元。");
    assert_eq!(label(&ms, "50亿元"), "纺织特色产业基地产值");
    assert_eq!(label(&ms, "30亿元"), "化工特色产业基地产值");
}

#[test]
fn a_later_item_that_is_only_a_measure_is_of_the_first_items_thing() {
    // `规模工业销售收入、利税分别增长…`: the taxes are the same industry's.
    let ms = summary("规模工业销售收入、利税分别增长12%、15%。");
    assert_eq!(label(&ms, "15%"), "规模工业利税增长");
}

#[test]
fn an_estimate_remark_and_a_multiple_name_nothing_of_what_follows() {
    // `(预计,下同)`: how the figure was got; a growth after a multiple is of the level.
    let ms = summary("2020年完成地区生产总值(预计,下同)650亿元，是2015年的1.5倍，年均增长7.2%。");
    assert_eq!(label(&ms, "650亿元"), "地区生产总值");
    assert_eq!(label(&ms, "1.5倍"), "地区生产总值是2015年的倍数");
    assert_eq!(label(&ms, "7.2%"), "地区生产总值年均增长");
}

#[test]
fn an_ordinal_that_makes_a_word_and_a_price_basis_stay_in_the_label() {
    // `第三产业` is one word; `可比价` says how the growth is measured, not of what.
    let ms = summary("其中第三产业增加值520.3亿元。预计实现地区生产总值1200亿元、可比价增长5.1%。");
    assert_eq!(label(&ms, "520.3亿元"), "第三产业增加值");
    assert_eq!(label(&ms, "5.1%"), "地区生产总值可比价增长");
}

#[test]
fn a_later_list_item_that_is_only_a_level_counts_the_first_items_things_there() {
    // `新增国家级A 29家、市级40家`: the city-level A.
    let ms = summary("新增国家级专精特新企业12家、省级30家。");
    assert_eq!(label(&ms, "30家"), "新增省级专精特新企业");
}

#[test]
fn a_share_that_names_only_itself_is_of_the_subject_before_it() {
    // `其中税收收入增长17.2%，占比达到77.9%`: the taxes' share.
    let ms = summary("一般公共预算收入达到86.3亿元，其中税收收入增长12.1%，占比达到75.2%。");
    assert_eq!(label(&ms, "75.2%"), "税收收入占比");
}

#[test]
fn a_counts_label_stops_before_how_its_things_went() {
    // `加速推进`, `成功下线`, `投入运行`: what is said of the things counted, not the things.
    let ms = summary("目前96个在建项目加速推进，3个省实验室投入运行，7家参股公司归并重组。");
    assert_eq!(label(&ms, "96个"), "在建项目");
    assert_eq!(label(&ms, "3个"), "省实验室");
    assert_eq!(label(&ms, "7家"), "参股公司");
}

#[test]
fn a_later_count_of_only_a_stage_counts_the_earlier_counts_things() {
    // `签约项目20个，开工15个`: the stage before the things or after them, as the first count
    // has it; a verb of doing alone (`新增5家`) the same.
    let ms = summary("全年签约项目20个，开工15个，投产9个。引进企业10家，新增5家。“双百”项目新开工43个，竣工18个。");
    assert_eq!(label(&ms, "15个"), "开工项目");
    assert_eq!(label(&ms, "9个"), "投产项目");
    assert_eq!(label(&ms, "5家"), "新增企业");
    assert_eq!(label(&ms, "18个"), "“双百”项目竣工");
}

#[test]
fn a_later_count_of_only_a_stage_follows_things_named_without_one() {
    // `规上工业企业10家，其中新入库2家`: the first count names only its things; with no count
    // before it, the owners of the level just before (`限上商贸全年营业收入0.7亿元，新入库2家`).
    let ms = summary("规上工业企业10家，完成产值8.5亿元，其中新入库2家；限上商贸全年营业收入0.7亿元，新入库3家。");
    assert_eq!(label(&ms, "2家"), "规上工业企业新入库");
    assert_eq!(label(&ms, "3家"), "限上商贸新入库");
}

#[test]
fn a_later_count_of_only_a_size_class_counts_the_earlier_counts_things() {
    // `亿元以上425宗`: a bound with `以上`/`以下` (or `过`/`超` before it) names only a size; the
    // things are the earlier count's, without that count's own size class.
    let ms = summary("引进30亿元以上重大产业链项目11宗，亿元以上425宗。建成千亩以上连片项目12个、万亩以上1个。新开工项目20个，其中5000万元以上8个。");
    assert_eq!(label(&ms, "425宗"), "亿元以上重大产业链项目");
    assert_eq!(label(&ms, "1个"), "万亩以上连片项目");
    assert_eq!(label(&ms, "8个"), "5000万元以上项目");
    // A grade alone (`先进级19家`) is a class too.
    let ms = summary("培育卓越级智能工厂2家、先进级19家，新增国家级专精特新企业5家、省级12家。");
    assert!(
        label(&ms, "19家").ends_with("先进级智能工厂"),
        "{}",
        label(&ms, "19家")
    );
    assert!(
        label(&ms, "12家").ends_with("省级专精特新企业"),
        "{}",
        label(&ms, "12家")
    );
    // The earlier count's words end in its class: the same words with this count's class.
    let ms = summary("新设企业中注册资本在千万元以上121家，亿元以上4家。");
    assert_eq!(label(&ms, "4家"), "新设企业中注册资本亿元以上");
    // After the count, the size class opens the count's own noun: nothing borrowed.
    let ms = summary("新增1家产销过100亿元、10家过10亿元、50家过亿元的骨干企业。");
    assert!(
        !label(&ms, "50家").contains("新增"),
        "{}",
        label(&ms, "50家")
    );
}

#[test]
fn a_count_in_brackets_after_a_count_is_a_part_of_it() {
    // The bracket is a remark: the first count's words stop before it; inside, a class of the
    // things (`亿元以上`) takes the things, a count that names them keeps its own words, and
    // the bracket's commas separate its items.
    let ms = summary("全年新签约项目14个(亿元以上2个)，新开工14个。街道有13个项目列入区重点项目（新建项目8个，续建项目5个）。");
    assert_eq!(label(&ms, "14个"), "新签约项目");
    assert_eq!(label(&ms, "2个"), "亿元以上项目");
    assert_eq!(label(&ms, "8个"), "新建项目");
    assert_eq!(label(&ms, "5个"), "续建项目");
    // A short bracket inside a name stays (`县（市）`).
    let ms = plan("3个县（市）争创国家卫生城市。");
    assert_eq!(label(&ms, "3个"), "县（市）争创国家卫生城市");
}

#[test]
fn a_capacity_takes_its_owners_name_with_the_project() {
    let ms = summary("祥发油脂年产12500吨米糠油项目进入试生产阶段，实施总装机26.9万千瓦光伏项目。");
    assert_eq!(label(&ms, "12500吨"), "祥发油脂米糠油项目年产");
    assert_eq!(label(&ms, "26.9万千瓦"), "光伏项目总装机");
}

#[test]
fn a_bare_growth_after_a_clause_on_a_rate_is_of_that_clauses_subject() {
    // `其中金融业增速最高，年均增长14%`: nearer than the sentence's earlier subject.
    let ms = summary("四大产业年均增长11%，其中金融业增速最高、拉动力最强，年均增长14%。");
    assert_eq!(label(&ms, "14%"), "金融业年均增长");
    // A clause that says no rate lends nothing: the earlier subject stands.
    let ms = summary("利润增长5%，预计年底可转负为正，增幅约1%。");
    assert_eq!(label(&ms, "1%"), "利润增幅");
}

#[test]
fn a_planned_total_investment_is_a_generic_head() {
    // `计划总投资` after a count of projects is the projects' planned investment.
    let ms = plan("申报三级重点项目超37个，计划总投资超170亿元。");
    assert!(label(&ms, "170亿元").ends_with("三级重点项目计划总投资"));
}

#[test]
fn a_level_before_a_per_unit_frame_ends_before_the_frame() {
    // `由每年每亩19元提高到25元`: the from-value's per-unit words say how it is counted; the
    // count before the frame counts the things, not the frame.
    let ms = summary("4000万亩省级以上生态公益林补偿标准由每年每亩19元提高到25元。");
    assert_eq!(label(&ms, "4000万亩"), "省级以上生态公益林补偿标准");
    assert_eq!(label(&ms, "19元"), "省级以上生态公益林补偿标准");
}

#[test]
fn a_per_unit_word_alone_measures_the_sentences_subject_per_unit() {
    // `人均突破31万元`, `地均迈上76亿元/平方公里新台阶`: per person, per area of the subject; the
    // step reached around the number names nothing.
    let ms = summary("地区生产总值1600亿元，人均突破31万元、地均迈上76亿元/平方公里新台阶。");
    assert_eq!(label(&ms, "31万元"), "人均地区生产总值");
    assert_eq!(label(&ms, "76亿元/平方公里"), "地均地区生产总值");
}

#[test]
fn a_level_after_a_multiple_written_first_is_of_the_multiples_subject() {
    // `是2020年的1.4倍、跃升至1851.7亿元`: the multiple's words before `是` are the subject the
    // level after it and the rank after that take.
    let ms = summary("社会消费品零售总额是2020年的1.4倍、跃升至1851.7亿元，居全市第2。");
    assert_eq!(label(&ms, "1851.7亿元"), "社会消费品零售总额");
    assert_eq!(label(&ms, "第2"), "社会消费品零售总额全市排名");
}

#[test]
fn what_affected_a_figure_names_nothing_measured() {
    // `受疫情影响`: the cause; the rate is of the figure before it.
    let ms = summary("完成规模工业应税销售39.61亿元，受疫情影响同比降幅9.3%。");
    assert_eq!(label(&ms, "9.3%"), "规模工业应税销售同比降幅");
}

#[test]
fn sets_of_machines_and_cases_of_glass_are_units_and_lifts_are_counted() {
    let ms = summary("推广使用工业机器人1000余台套，压减平板玻璃产能330万重量箱。老楼加装电梯新开工1000部、完工600部。");
    assert_eq!(find(&ms, "1000余台套").unit.as_deref(), Some("台套"));
    assert_eq!(find(&ms, "330万重量箱").base_value, Some(3_300_000.0));
    assert_eq!(label(&ms, "600部"), "老楼加装电梯完工");
}

#[test]
fn a_quarter_or_half_says_when_and_an_abbreviation_repeats_the_term() {
    let ms =
        summary("前三季度全街生产总值(GDP)99.12亿元，可比增长4.6%。上半年空气质量优良率达94.9%。");
    assert_eq!(label(&ms, "99.12亿元"), "全街生产总值");
    assert_eq!(label(&ms, "4.6%"), "全街生产总值可比增长");
    assert_eq!(label(&ms, "94.9%"), "空气质量优良率");
}

#[test]
fn of_actions_listed_before_a_count_the_count_is_of_the_last() {
    // Each action with its verb and object: the last one's; verbs alone share the object.
    let ms = plan("推进核心区平房整院落退租、完成申请式退租2000户，新建、改扩建酒店10家。");
    assert_eq!(label(&ms, "2000户"), "申请式退租");
    assert_eq!(label(&ms, "10家"), "新建、改扩建酒店");
}

#[test]
fn how_a_figure_was_obtained_is_no_part_of_its_label() {
    // `初步核算`, `据初步统计`: the estimate's source, not what is measured.
    let ms = summary("初步核算地区生产总值达1284.61亿元。据初步统计社会消费品零售总额120亿元。");
    assert_eq!(label(&ms, "1284.61亿元"), "地区生产总值");
    assert_eq!(label(&ms, "120亿元"), "社会消费品零售总额");
    // The standard it is counted by too.
    let ms = summary("现行标准下建档立卡贫困户1121户全部脱贫。");
    assert_eq!(label(&ms, "1121户"), "建档立卡贫困户脱贫");
}

#[test]
fn a_later_measure_takes_the_thing_without_the_earlier_measure() {
    // `X主营业务收入…、增加值…`: the second measure is of `X`, not of `X主营业务收入`.
    let ms = summary("数字经济核心产业主营业务收入突破2万亿元、增加值突破7000亿元。");
    assert_eq!(label(&ms, "7000亿元"), "数字经济核心产业增加值");
}

#[test]
fn a_fenbie_list_of_a_count_and_a_generic_head_measures_one_thing() {
    // `新开工入库项目数、总投资分别增长…`: the later item, a generic head, is of the things counted.
    let ms = summary(
        "新开工入库项目数、总投资分别增长38%和48.9%。签约项目数量、投资额分别增长20%、35%。",
    );
    assert_eq!(label(&ms, "38%"), "新开工入库项目数增长");
    assert_eq!(label(&ms, "48.9%"), "新开工入库项目总投资增长");
    assert_eq!(label(&ms, "35%"), "签约项目投资额增长");
}

#[test]
fn an_amount_restated_in_another_unit_measures_the_same_thing() {
    // `约合`, `折合人民币`: the second amount is the first one in another currency.
    let ms = summary(
        "实际使用外资175亿美元左右、约合1243亿元人民币。出口额15亿美元，折合人民币100亿元。",
    );
    assert_eq!(label(&ms, "1243亿元"), "实际使用外资");
    assert_eq!(label(&ms, "100亿元"), "出口额");
}

#[test]
fn a_total_after_a_count_added_is_of_the_things_not_of_the_adding() {
    // `新认定60家，累计达到1016家`: the total counts the things, not the ones newly recognised.
    let ms =
        summary("跨国公司地区总部、外资研发中心分别新认定60家和30家，累计分别达到1016家和591家。");
    assert_eq!(label(&ms, "60家"), "跨国公司地区总部新认定");
    assert_eq!(label(&ms, "1016家"), "跨国公司地区总部");
    assert_eq!(label(&ms, "591家"), "外资研发中心");
}

#[test]
fn the_level_a_share_reached_in_a_frame_is_the_same_parts_share() {
    // `X…，占生产总值比重由上年的9.6%提高到10.8%`: both values are X's share.
    let ms = summary("地方一般预算收入178.2亿元，增长23%，占生产总值比重由上年的9.6%提高到10.8%。");
    assert_eq!(label(&ms, "9.6%"), "地方一般预算收入占生产总值比重");
    assert_eq!(label(&ms, "10.8%"), "地方一般预算收入占生产总值比重");
}

#[test]
fn a_count_of_batches_right_before_a_count_of_things_shares_their_words() {
    // `推出4批次41条…举措`: a counter with `次` counts like the counter alone (`3批56项…`).
    let ms = summary("推出4批次41条“泉心泉意”便民利企举措。发布3批56项改革清单。");
    assert_eq!(label(&ms, "4批次"), "推出“泉心泉意”便民利企举措");
    assert_eq!(label(&ms, "3批"), "发布改革清单");
}

#[test]
fn a_from_value_at_its_peak_is_framed_like_one_at_a_time() {
    // `由最高5.81%降至1.6%`: the peak says when, like `由上年的`; both values are the rate's.
    let ms = summary("贷款不良率由最高5.81%降至1.6%。");
    assert_eq!(label(&ms, "5.81%"), "贷款不良率");
    assert_eq!(label(&ms, "1.6%"), "贷款不良率");
}

#[test]
fn a_measure_right_after_a_count_of_its_owners_is_theirs() {
    // `入驻7家企业总投资1.24亿元`: the count stops before the measure, which is of the owners as
    // the count names them; after a count of things named before it (`项目12个总投资…`), the
    // measure is the next number's.
    let ms = summary("新湖智造产业园入驻7家企业总投资1.24亿元。新签约项目12个总投资50亿元。");
    assert_eq!(label(&ms, "7家"), "新湖智造产业园入驻企业");
    assert_eq!(label(&ms, "1.24亿元"), "新湖智造产业园入驻企业总投资");
    assert_eq!(label(&ms, "12个"), "新签约项目");
    assert_eq!(label(&ms, "50亿元"), "新签约项目总投资");
}

#[test]
fn a_light_verb_before_a_measure_named_with_its_scope_says_nothing() {
    // `全街实现规上工业总产值`: like `规模以上企业实现产值`, the verb only joins subject and measure.
    let ms = summary("全街实现规上工业总产值200.72亿元，规模以上工业企业实现增加值240亿元。");
    assert_eq!(label(&ms, "200.72亿元"), "全街规上工业总产值");
    assert_eq!(label(&ms, "240亿元"), "规模以上工业企业增加值");
}

#[test]
fn a_bare_value_added_after_a_light_verb_takes_the_sentences_thing() {
    // `…总产值…，实现增加值…`: `增加值` holds a growth verb but is a measure, of the sentence's thing.
    let ms = summary("规模以上工业企业总产值1265.13亿元，实现增加值240.91亿元，同口径增长5.2%。");
    assert_eq!(label(&ms, "240.91亿元"), "规模以上工业企业增加值");
    assert_eq!(label(&ms, "5.2%"), "规模以上工业企业增加值同口径增长");
}

#[test]
fn a_change_in_points_after_a_share_is_a_change_of_the_share() {
    // `占生产总值的比重达到41.5%，比上年提高2.7个百分点`: the points are the share's, named whole.
    let ms = summary("第三产业增加值714.37亿元，比上年增长15.5%，占生产总值的比重达到41.5%，比上年提高2.7个百分点。");
    assert_eq!(
        label(&ms, "2.7个百分点"),
        "第三产业增加值占生产总值的比重比上年提高"
    );
}

#[test]
fn a_bare_measure_is_of_the_thing_its_clause_speaks_of() {
    // `钢铁、铝业…等五大支柱产业不断做大做强，完成增加值…`: the thing is the class after the
    // examples, without what the clause says of it.
    let ms = summary(
        "钢铁、铝业、装备制造等五大支柱产业不断做大做强，完成增加值910亿元，是2007年的2.5倍。",
    );
    assert_eq!(label(&ms, "910亿元"), "五大支柱产业增加值");
}

#[test]
fn a_task_word_after_only_a_modifier_is_the_thing_counted() {
    // `400亩大棚建设任务`: the count is of the greenhouses; `58项重点工作任务`: of the tasks.
    let ms = summary("形成街道58项重点工作任务。完成400亩大棚建设任务。");
    assert_eq!(label(&ms, "58项"), "形成街道重点工作任务");
    assert_eq!(label(&ms, "400亩"), "大棚");
}

#[test]
fn a_part_of_a_statement_naming_only_its_time_measures_what_the_statement_does() {
    // `…累计完成2039亿元；2025年达到600亿元`, `…；其中2025年完成305亿元`: the later part names
    // only a year and a light verb; it measures the statement's amount in that year, and the
    // growth after it grows that measure.
    let ms = summary(
        "全社会固定资产投资累计完成2039亿元，年均增长16.5%；2025年达到600亿元，比上年增长34.7%。",
    );
    assert_eq!(label(&ms, "600亿元"), "全社会固定资产投资");
    assert_eq!(label(&ms, "34.7%"), "全社会固定资产投资比上年增长");
    let ms =
        summary("五年累计完成全社会工业投入876.8亿元；其中2025年完成305亿元，比上年净增100亿元。");
    assert_eq!(label(&ms, "305亿元"), "全社会工业投入");
    // A year with its own subject keeps it.
    let ms = summary("全社会固定资产投资累计完成2039亿元；2025年工业投资达到300亿元。");
    assert_eq!(label(&ms, "300亿元"), "工业投资");
}

#[test]
fn the_stage_of_a_level_is_no_part_of_what_a_later_number_measures() {
    // `工业产值累计达6.88亿元，同比增长2.25%`: the growth is of the output, not of `累计`.
    let ms = summary("工业产值累计达6.88亿元，同比增长2.25%。");
    assert_eq!(label(&ms, "2.25%"), "工业产值同比增长");
    let ms = summary("全社会固定资产投资累计完成2039亿元，年均增速16.5%。");
    assert_eq!(label(&ms, "16.5%"), "全社会固定资产投资年均增速");
}

#[test]
fn a_bracketed_note_of_several_remarks_is_no_part_of_a_label() {
    // `（预计数，下同）`: how the figures are given, for this one and the ones after.
    let ms = summary("实现地区生产总值1135亿元（预计数，下同），增长9%。");
    assert_eq!(label(&ms, "1135亿元"), "地区生产总值");
    assert_eq!(label(&ms, "9%"), "地区生产总值增长");
}

#[test]
fn growth_on_the_same_basis_names_no_subject_of_its_own() {
    // `同比口径增长`: the basis of the comparison, the measure is the level's before it.
    let ms = summary("一般公共预算收入80.5亿元，同比口径增长3.6%。");
    assert_eq!(label(&ms, "3.6%"), "一般公共预算收入同比口径增长");
}

#[test]
fn an_aim_before_the_verb_is_no_part_of_the_measure() {
    // `工业投入力争达到700亿元`: `力争` makes it a target; the measure is the investment.
    let ms = plan("全年工业投入力争达到700亿元以上，重点项目投资争取达到300亿元。");
    assert_eq!(label(&ms, "700亿元"), "工业投入");
    assert_eq!(label(&ms, "300亿元"), "重点项目投资");
}

#[test]
fn a_time_and_a_light_verb_after_a_topic_clause_measure_the_topic() {
    // `…技改投资高幅增长，全年完成190亿元`: the clause before names what was completed.
    let ms = summary("规模以上工业技改投资高幅增长，全年完成190亿元，增长35%。");
    assert_eq!(label(&ms, "190亿元"), "规模以上工业技改投资");
    assert_eq!(label(&ms, "35%"), "规模以上工业技改投资增长");
}

#[test]
fn the_absolute_value_ranked_is_the_level_before_it() {
    // `绝对值位居全区第一`: the level's rank, not its growth's.
    let ms = summary("限额以上社会消费品零售额251亿元，同比增长5.2%，绝对值位居全区第一。");
    assert_eq!(label(&ms, "第一"), "限额以上社会消费品零售额绝对值全区排名");
}

#[test]
fn a_step_crossed_in_words_is_no_part_of_what_grew() {
    // `地区生产总值跃上百亿元台阶，增长3.8%`: the growth is of the output, not of the step.
    let ms = summary("全县地区生产总值跃上百亿元台阶，增长3.8%。");
    assert_eq!(label(&ms, "3.8%"), "全县地区生产总值增长");
}

#[test]
fn a_government_naming_itself_is_no_part_of_a_label() {
    // `筛选确定我市100户重点工业企业`: `我市` is the report's own scope.
    let ms = plan("筛选确定我市100户重点工业企业，支持我区30家企业上市。");
    assert_eq!(label(&ms, "100户"), "筛选确定重点工业企业");
}

#[test]
fn a_remark_right_after_a_number_is_about_the_figure() {
    // `达到1207.76亿元（预计，下同）`: the remark is no label; the level is the sentence's
    // measure, not the comparison's basis before it (`比“九五”时期提高`).
    let ms = summary("全市地区生产总值年均增速为12.6%，比“九五”时期提高0.6个百分点；2025年达到1207.76亿元（预计，下同）。");
    assert_eq!(label(&ms, "1207.76亿元"), "全市地区生产总值");
}

#[test]
fn already_is_no_part_of_a_label() {
    // `农村居民收入已连续18年居全省第一`: `已` says when, not what.
    let ms = summary("农村居民收入已连续18年居全省第一。");
    assert_eq!(label(&ms, "18年"), "农村居民收入居全省第一");
    assert_eq!(label(&ms, "第一"), "农村居民收入全省排名");
}

#[test]
fn a_plans_period_opening_the_words_says_when() {
    // `“十三五”期间年均增长6.3%`: the growth is of the sentence's subject; a year opening the
    // clause before (`2020年地区生产总值突破两千亿元`) leaves its subject after it.
    let ms = summary(
        "2020年地区生产总值突破两千亿元，达到2086.93亿元，同比增长2.8%；“十三五”期间年均增长6.3%。",
    );
    assert_eq!(label(&ms, "2086.93亿元"), "地区生产总值");
    assert_eq!(label(&ms, "2.8%"), "地区生产总值同比增长");
    assert_eq!(label(&ms, "6.3%"), "地区生产总值年均增长");
    // The same with the mark crossed written in digits.
    let ms = summary("2020年地区生产总值突破2000亿元，达到2086.93亿元，同比增长2.8%。");
    assert_eq!(label(&ms, "2086.93亿元"), "地区生产总值");
}

#[test]
fn a_headline_indicators_head_is_part_of_its_name() {
    // `固定资产投资…，四年累计3847.77亿元，年均增长22.1%`: later numbers measure the investment,
    // not `固定资产`.
    let ms = summary("固定资产投资达到1325.29亿元，四年累计3847.77亿元，年均增长22.1%。");
    assert_eq!(label(&ms, "22.1%"), "固定资产投资年均增长");
}

#[test]
fn a_time_between_a_light_verb_and_a_generic_head_keeps_the_head_generic() {
    // `完成年度投资607亿元`: the year's investment of the projects counted before.
    let ms = summary("实施小清河复航等141个“七网”建设项目，完成年度投资607亿元。");
    assert!(label(&ms, "607亿元").ends_with("“七网”建设项目年度投资"));
}

#[test]
fn a_bare_measure_in_a_from_to_frame_is_of_the_sentences_thing() {
    // `…总产值从…增加到…，增加值从4364.33亿元增加到4924.88亿元`: `增加值` holds a growth verb
    // but names the measure; the thing is the one the sentence is about.
    let ms = summary(
        "规模以上工业总产值从1.95万亿元增加到2.33万亿元，增加值从4364.33亿元增加到4924.88亿元。",
    );
    assert_eq!(label(&ms, "4364.33亿元"), "规模以上工业增加值");
    assert_eq!(label(&ms, "4924.88亿元"), "规模以上工业增加值");
}

#[test]
fn a_bar_led_by_chao_right_before_the_things_counted_is_their_class() {
    // `引进总投资超30亿元或3亿美元重大项目5个`: the bar (in two currencies) says which projects;
    // the count's label keeps it, as `超500亿元的企业` does before `的`.
    let ms = summary("引进总投资超30亿元或3亿美元重大项目5个，新签约超10亿元项目12个。");
    for raw in ["30亿元", "3亿美元", "10亿元"] {
        assert!(!find(&ms, raw).is_indicator, "{raw}");
    }
    assert_eq!(label(&ms, "5个"), "引进总投资超30亿元或3亿美元重大项目");
    assert_eq!(label(&ms, "12个"), "新签约超10亿元项目");
    // A bar with no things counted after it is a level reached.
    let ms = summary("全年实际利用外资超3亿美元，增长5%。");
    assert!(find(&ms, "3亿美元").is_indicator);
}

#[test]
fn a_growth_against_the_start_of_the_year_is_of_the_balance_before_it() {
    // `存款余额520亿元，比年初增长8.2%`: balances grow against the year's start, as others
    // against the year before.
    let ms =
        summary("各项存款余额达到520亿元，比年初增长8.2%；贷款余额400亿元，较年初增加28亿元。");
    assert_eq!(label(&ms, "8.2%"), "各项存款余额比年初增长");
    assert_eq!(label(&ms, "28亿元"), "贷款余额较年初增加");
}

#[test]
fn a_level_word_after_a_measure_is_no_part_of_what_its_growth_measures() {
    // `投资绝对额19.4亿元，同比增速-21.4%`: `绝对额` says the level is meant.
    let ms = summary("全社会固定资产投资绝对额19.4亿元,同比增速-21.4%,全区排名第七。");
    assert_eq!(label(&ms, "-21.4%"), "全社会固定资产投资同比增速");
}

#[test]
fn a_net_count_opening_its_clause_counts_the_things_added_before_it() {
    // `新增“四上”企业14家，净增7家`: the net count is of the same things, an amount.
    let ms = summary("上半年新增“四上”企业14家,净增7家,增量居全县首位。");
    let m = find(&ms, "7家");
    assert_eq!(m.kind, Some(NumberKind::Amount));
    assert_eq!(label(&ms, "7家"), "净增“四上”企业");
    // After the stock it is the stock's change.
    let ms = summary("市场主体净增36.4万户。");
    assert_eq!(find(&ms, "36.4万户").kind, Some(NumberKind::Growth));
}

#[test]
fn up_to_now_says_when_not_what() {
    let ms = summary("截至目前库存应急物资有46种,17.05万份。");
    assert_eq!(label(&ms, "46种"), "库存应急物资");
}

#[test]
fn an_ordinal_and_an_age_before_the_words_of_a_count_are_part_of_them() {
    // `3-11岁人群第一针累计接种35649人`: which people and which dose; the age is no measure.
    let ms = summary("12岁及以上人群第一针累计接种280255人;3-11岁人群第一针累计接种35649人。");
    assert_eq!(label(&ms, "280255人"), "12岁及以上人群第一针累计接种");
    assert_eq!(label(&ms, "35649人"), "3-11岁人群第一针累计接种");
    assert!(!find(&ms, "3-11岁").is_indicator);
    assert!(!find(&ms, "12岁").is_indicator);
    // An age measured is an indicator.
    let ms = summary("人均预期寿命78.5岁，比上年提高0.3岁。");
    assert!(find(&ms, "78.5岁").is_indicator);
}

#[test]
fn a_count_of_people_ends_at_the_peoples_noun() {
    // `740多万玉林人民翘首以盼的“高铁梦”`: what follows is said of them.
    let ms = summary("740多万玉林人民翘首以盼的“高铁梦”照进现实。");
    assert_eq!(label(&ms, "740多万"), "玉林人民");
}

#[test]
fn a_crops_yield_after_its_area_is_of_the_crop() {
    let ms = summary("完成夏粮收获面积20.52万亩,总产3.95万吨。");
    assert_eq!(label(&ms, "3.95万吨"), "夏粮总产");
}

#[test]
fn a_flat_level_of_an_index_is_a_rate_named_by_the_index() {
    // `居民消费价格指数同比持平（100）`: an index's level; `持平` is said of it.
    let ms = summary("居民消费价格指数同比持平(100),涨幅较上年同期收窄3.7个百分点,全省排第4位。");
    let m = find(&ms, "100");
    assert_eq!(m.kind, Some(NumberKind::Rate));
    assert_eq!(label(&ms, "100"), "居民消费价格指数");
    assert_eq!(
        label(&ms, "3.7个百分点"),
        "居民消费价格指数涨幅较上年同期收窄"
    );
}

#[test]
fn pai_right_before_a_place_places_it() {
    // `增幅全省排第7位`: `排` is the verb; elsewhere it opens other words (`排放`).
    let ms = summary("地区生产总值增长28.6%,增幅全省排第7位;排放总量排第二。");
    assert_eq!(label(&ms, "第7位"), "地区生产总值增幅全省排名");
    assert_eq!(label(&ms, "第二"), "排放总量排名");
}

#[test]
fn later_crops_of_a_list_are_planted_by_its_verb() {
    let ms = summary("种植花卉1100万株、中药材5000亩、食用菌110万棒。");
    assert_eq!(label(&ms, "5000亩"), "种植中药材");
    assert_eq!(label(&ms, "110万棒"), "种植食用菌");
}

#[test]
fn a_word_that_ends_in_a_bound_is_not_cut_there() {
    // `商超` (shops and supermarkets) ends in `超`, which elsewhere leads a bound.
    let ms = summary("对15个写字楼、12家商超、8个农贸市场开展督导。");
    assert_eq!(label(&ms, "12家"), "商超");
}

#[test]
fn a_word_that_ends_in_yue_after_a_count_keeps_it() {
    // `签约` (signing) ends in `约`, which elsewhere bounds the next number (`…个项目约`).
    let ms = summary("全年175个重点项目集中签约，总投资320亿元。");
    assert_eq!(label(&ms, "175个"), "重点项目集中签约");
}

#[test]
fn in_all_there_are_after_a_time_word_opens_no_label() {
    // `共有` (there are, in all) goes whole: its `有` names nothing counted.
    let ms = summary("今年共有3个项目获批。全县共有规模以上企业12家。");
    assert_eq!(label(&ms, "3个"), "项目获批");
    assert_eq!(label(&ms, "12家"), "全县规模以上企业");
}

#[test]
fn a_share_of_the_years_progress_is_of_the_figure_before_it() {
    let ms = summary("1-10月累计完成一般预算收入1832万,完成全年进度92.99%,同比增长31.8%。");
    assert_eq!(label(&ms, "92.99%"), "一般预算收入完成全年进度");
    assert_eq!(label(&ms, "31.8%"), "一般预算收入同比增长");
}

#[test]
fn gai_and_a_noun_name_the_thing_the_paragraphs_lead_names() {
    // `（四）酒村净菜加工项目：该项目占地10亩`: `该项目` points back at the lead.
    let ms = summary("(四)酒村净菜加工项目:该项目占地10亩,预计投资1000余万元。");
    assert_eq!(label(&ms, "10亩"), "酒村净菜加工项目占地");
}

#[test]
fn a_sentence_about_what_a_part_of_the_place_achieved_measures_that_part() {
    // `天易经开区实现…；完成…；…`: each figure of the sentence is the zone's.
    let ms = summary(
        "天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;引进项目90个。全县新增企业5家。",
    );
    assert_eq!(label(&ms, "1200亿元"), "天易经开区技工贸总收入");
    assert_eq!(label(&ms, "430亿元"), "天易经开区地区生产总值");
    assert_eq!(label(&ms, "90个"), "天易经开区引进项目");
    assert_eq!(label(&ms, "5家"), "全县新增企业");
    // A class of zones built is no part named.
    let ms = summary("建成省级以上开发区22个，注册企业1.5万余家。");
    assert_eq!(label(&ms, "1.5万余家"), "注册企业");
}

#[test]
fn a_list_of_periods_before_one_subject_splits_item_by_item_and_so_do_its_ranks() {
    // `一季度、上半年…全市GDP分别增长6.7%、6.6%…，分别排全区第2、第1…`.
    let ms =
        summary("一季度、上半年、全年全市GDP分别增长6.7%、6.6%、6.0%,分别排全区第2、第1、第3位。");
    assert_eq!(label(&ms, "6.7%"), "一季度全市GDP增长");
    assert_eq!(label(&ms, "6.0%"), "全年全市GDP增长");
    assert_eq!(label(&ms, "第1"), "上半年全市GDP增长全区排名");
    assert_eq!(label(&ms, "第3位"), "全年全市GDP增长全区排名");
}

#[test]
fn values_of_a_fenbie_list_may_be_parted_by_a_comma() {
    // `…、增加值分别年均增长22.2%，16%，均排全区前列`.
    let ms = summary("规上工业总产值、增加值分别年均增长22.2%,16%,均排全区前列。");
    assert_eq!(find(&ms, "16%").kind, Some(NumberKind::Growth));
    assert_eq!(label(&ms, "16%"), "规上工业增加值年均增长");
    assert_eq!(label(&ms, "前列"), "规上工业总产值、增加值年均增长全区排名");
}

#[test]
fn circumstances_and_a_generic_heads_share_take_the_subject() {
    // `在高基数下` says how; `总量占全区` is the share of the figure before.
    let ms = summary("外贸进出口总额在高基数下实现2730亿元,总量占全区36%。");
    assert_eq!(label(&ms, "2730亿元"), "外贸进出口总额");
    assert_eq!(label(&ms, "36%"), "外贸进出口总额占全区");
}

#[test]
fn a_growth_rates_value_after_a_streak_is_a_growth() {
    let ms = summary("我市地区生产总值增速连续四年超过6%,2021-2024年年均增长7.4%。");
    assert_eq!(find(&ms, "6%").kind, Some(NumberKind::Growth));
    assert_eq!(label(&ms, "7.4%"), "地区生产总值年均增长");
}

#[test]
fn things_merged_are_counted_before_the_merging() {
    let ms = summary("14个园区管理机构优化整合为7个;分季度制定四个稳增长工作方案。");
    assert_eq!(label(&ms, "14个"), "园区管理机构");
    assert!(find(&ms, "四个").is_indicator);
}

#[test]
fn a_placing_verb_is_not_taken_out_of_a_word_that_holds_it() {
    // `居` places; `居民` is residents.
    let ms = summary("农村居民人均可支配收入增速居全省第一。");
    assert_eq!(label(&ms, "第一"), "农村居民人均可支配收入增速全省排名");
}

#[test]
fn a_light_verb_only_joins_a_place_to_its_measure() {
    let ms = summary("相沟镇实现一般公共预算收入1569.49万元。");
    assert_eq!(label(&ms, "1569.49万元"), "相沟镇一般公共预算收入");
}

#[test]
fn places_moved_after_a_rank_and_points_after_a_growth_change_them() {
    // `排名全省第4，较上年前移2位`: the rank moved; `增长3.8%，较上年提高0.3个百分点`: the
    // growth rate rose, not the income.
    let ms = summary("社会消费品零售总额增长6.9%,排名全省第4,较上年前移2位;一般公共预算收入增长3.8%,较上年提高0.3个百分点。");
    assert_eq!(label(&ms, "2位"), "社会消费品零售总额全省排名较上年前移");
    assert_eq!(label(&ms, "0.3个百分点"), "一般公共预算收入增长较上年提高");
}

#[test]
fn an_amount_after_a_count_of_things_is_theirs() {
    let ms = summary("提报市外到位资金项目3个、金额6100万元。");
    assert_eq!(label(&ms, "6100万元"), "提报市外到位资金项目金额");
}

#[test]
fn numerals_alone_before_the_last_item_share_what_follows_its_numeral() {
    // `一、二、三产增加值`: the primary, secondary and tertiary industries' value added.
    let ms = summary("一、二、三产增加值分别增长4.4%、5.9%、5.8%。");
    assert_eq!(label(&ms, "4.4%"), "一产增加值增长");
    assert_eq!(label(&ms, "5.9%"), "二产增加值增长");
    assert_eq!(label(&ms, "5.8%"), "三产增加值增长");
}

#[test]
fn a_stage_of_business_alone_takes_the_thing_before_it() {
    // `签约…，落地…`: the stages of the projects the first clause names.
    let ms = summary("项目储备完成1700亿元，签约完成263亿元，落地完成183亿元，投产完成137亿元。原煤产量达到661万吨，销售638万吨。木材进口初见成效，合计进口240多万美元。");
    assert_eq!(label(&ms, "263亿元"), "项目签约");
    assert_eq!(label(&ms, "183亿元"), "项目落地");
    assert_eq!(label(&ms, "137亿元"), "项目投产");
    assert_eq!(label(&ms, "638万吨"), "原煤销售");
    assert_eq!(label(&ms, "240多万美元"), "木材进口");
}

#[test]
fn a_basis_alone_measures_the_subject_before_on_that_basis() {
    // `自然增幅`, `同口径完成`: the same revenue, counted another way.
    let ms = summary("地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%。");
    assert_eq!(label(&ms, "2%"), "地方一般公共预算收入自然增幅");
    assert_eq!(label(&ms, "3.67亿元"), "地方一般公共预算收入同口径");
    assert_eq!(label(&ms, "6.1%"), "地方一般公共预算收入同口径增幅");
}

#[test]
fn people_a_service_is_provided_for_are_counted_by_their_noun() {
    let ms = summary("为80位创业大学生提供担保贷款和政府贴息。");
    assert_eq!(label(&ms, "80位"), "创业大学生");
}

#[test]
fn a_count_of_the_categories_just_listed_names_them_all() {
    // `A、B、C三大…`: the count sums the list up; the label starts at it.
    let ms = summary("集成电路、生物医药、人工智能三大先导产业规模达到1.6万亿元。");
    assert_eq!(label(&ms, "1.6万亿元"), "三大先导产业规模");
    // So does a quoted name that counts them.
    let ms = summary("太阳能电池、电动载人汽车、离子蓄电池“新三样”出口额增长73.5%。");
    assert_eq!(label(&ms, "73.5%"), "“新三样”出口额增长");
    // A list of values splits item by item instead.
    let ms = plan("先进装备制造、新材料、电子信息三大产业产值分别达到380亿元、80亿元、60亿元。");
    assert_eq!(label(&ms, "80亿元"), "新材料产业产值");
}

#[test]
fn a_list_of_values_that_lost_its_separators_still_splits() {
    // A page copy that dropped the `、` between the values of a `分别` list.
    let ms = summary("一、二、三产增加值分别增长4.4%5.9%5.8%。");
    assert_eq!(label(&ms, "4.4%"), "一产增加值增长");
    assert_eq!(label(&ms, "5.9%"), "二产增加值增长");
    assert_eq!(label(&ms, "5.8%"), "三产增加值增长");
}

#[test]
fn how_long_a_result_took_is_no_part_of_what_it_measures() {
    // `用四年时间基本实现了…`: the time taken and the result reached open the words.
    let ms = summary("用四年时间基本实现了经济总量翻一番。");
    assert_eq!(label(&ms, "一番"), "经济总量翻番");
}

#[test]
fn steps_crossed_counted_in_words_are_no_part_of_the_label() {
    // `连跨两个千亿级台阶`: how many steps of what size the measure crossed.
    let ms = summary("生产总值连跨两个千亿级台阶，2015年达到3384.8亿元，是2010年的2.2倍。");
    assert_eq!(label(&ms, "3384.8亿元"), "生产总值");
    assert_eq!(label(&ms, "2.2倍"), "生产总值是2010年的倍数");
    // The level's stage is no part of what a multiple compares.
    let ms = summary("固定资产投资累计完成538.08亿元，是前五年的1.25倍。");
    assert_eq!(label(&ms, "1.25倍"), "固定资产投资是前五年的倍数");
}

#[test]
fn who_states_a_plan_and_when_open_no_label() {
    // A news report's `该镇今年将完成…`, a report's `我镇今年将…`.
    let ms = plan("该镇今年将完成地区生产总值164亿元，全镇将实现工业总产值480亿元。");
    assert_eq!(label(&ms, "164亿元"), "地区生产总值");
    assert_eq!(label(&ms, "480亿元"), "全镇工业总产值");
    // A light verb alone may be the measure's own words.
    let ms = summary("完成投资5.2亿元。");
    assert_eq!(label(&ms, "5.2亿元"), "完成投资");
}

#[test]
fn a_verb_before_examples_stays_with_the_things_counted_after_them() {
    // `成功引进A、B等3个项目`: what was done to the things, after the adverb of how.
    let ms = summary("成功引进工业原料林种植、商品混凝土搅拌站工程等3个项目。");
    assert_eq!(label(&ms, "3个"), "引进项目");
    let ms = summary("成功升规纳统挂车制造、铝业、纺织等8家企业。");
    assert_eq!(label(&ms, "8家"), "升规纳统企业");
}

#[test]
fn a_means_of_the_work_is_no_part_of_what_it_counted() {
    // `通过…等形式`, `通过…的方式`: how the work was done.
    let ms = summary("通过“以商招商”“以链招商”等形式收集线索32条。");
    assert_eq!(label(&ms, "32条"), "收集线索");
    let ms = summary("通过线上线下相结合的方式培训1200人。");
    assert_eq!(label(&ms, "1200人"), "培训");
}

#[test]
fn a_value_in_brackets_after_a_reference_is_that_references_value() {
    // `完成预期目标(5100万元)139.3%`: the target's value, then the share of it done.
    let ms = summary(
        "完成税收收入7106万元，完成预期目标(5100万元)139.3%，比上年同期(5181万元)增长37.2%。",
    );
    assert_eq!(label(&ms, "5100万元"), "税收收入预期目标");
    assert_eq!(label(&ms, "139.3%"), "税收收入完成预期目标");
    assert_eq!(label(&ms, "5181万元"), "上年同期税收收入");
    assert_eq!(label(&ms, "37.2%"), "税收收入比上年同期增长");
    let level = ms.iter().position(|m| m.raw == "7106万元");
    assert_eq!(find(&ms, "139.3%").relates_to, level);
    assert_eq!(find(&ms, "37.2%").relates_to, level);
}

#[test]
fn a_growth_after_a_share_of_the_work_done_is_of_the_level() {
    let ms = summary("完成税收收入7106万元，完成预期目标的139.3%，比上年同期增长37.2%。");
    let level = ms.iter().position(|m| m.raw == "7106万元");
    assert_eq!(find(&ms, "37.2%").relates_to, level);
}

#[test]
fn a_lead_on_the_schedule_is_of_the_level_before_it() {
    let ms = summary("完成固定资产投资34301万元，超序时进度24.7%。");
    assert_eq!(label(&ms, "24.7%"), "固定资产投资超序时进度");
}

#[test]
fn a_bare_measures_growth_is_of_the_thing_whose_other_measure_grew() {
    // `…企业营业收入增长10%，利润增长15%`: the firms' profit.
    let ms = summary("规模以上工业企业营业收入增长10%，利润增长15%。");
    assert_eq!(label(&ms, "15%"), "规模以上工业企业利润增长");
    // A subject that is no measure of a thing lends nothing.
    let ms = summary("地区生产总值增长5%，利润增长3%。");
    assert_eq!(label(&ms, "3%"), "利润增长");
}

#[test]
fn a_place_before_what_it_has_is_the_government_reporting() {
    let ms = summary("高都街道现有工业规模以上企业19家。");
    assert_eq!(label(&ms, "19家"), "工业规模以上企业");
}

#[test]
fn a_verb_of_building_and_finishing_is_carried_whole_along_its_list() {
    let ms = summary("新建成现代农业产业基地17个、高标准农田37.45万亩。");
    assert_eq!(label(&ms, "37.45万亩"), "新建成高标准农田");
}

#[test]
fn a_trial_stage_counts_the_earlier_counts_things() {
    let ms = summary("引进亿元以上项目38个，开工31个，试投产12个。");
    assert_eq!(label(&ms, "12个"), "试投产亿元以上项目");
}

#[test]
fn a_count_ends_before_the_stage_its_work_reached() {
    let ms = summary("二期9.29万平方米厂房建设进入收尾阶段。");
    assert_eq!(label(&ms, "9.29万平方米"), "二期厂房建设");
}

#[test]
fn a_list_of_verbs_done_to_the_things_stays_whole() {
    let ms = plan("新建、改扩建40所学校，新建、改建12个体育公园。");
    assert_eq!(label(&ms, "40所"), "新建、改扩建学校");
    assert_eq!(label(&ms, "12个"), "新建、改建体育公园");
}

#[test]
fn an_adverb_of_one_after_another_is_no_part_of_what_is_ranked() {
    let ms = summary(
        "地区生产总值先后突破500亿元大关、迈上550亿元新台阶，连续28年保持全州第一、全省第一方阵。",
    );
    assert_eq!(label(&ms, "第一"), "地区生产总值全州排名");
}

#[test]
fn a_share_with_no_figure_before_it_is_of_the_sentences_subject() {
    // The figures before it are marks crossed, no measures.
    let ms =
        summary("地区生产总值先后突破500亿元大关、迈上550亿元新台阶，占全州GDP比重连续5年超18%。");
    assert_eq!(label(&ms, "18%"), "地区生产总值占全州GDP比重");
}

#[test]
fn spaces_a_copy_left_around_a_lists_values_part_nothing() {
    let ms = plan("城乡居民人均可支配收入分别增长 5.5%和 7.5%。");
    assert_eq!(find(&ms, "7.5%").kind, Some(NumberKind::Target));
    assert_eq!(label(&ms, "5.5%"), "城镇居民人均可支配收入增长");
    assert_eq!(label(&ms, "7.5%"), "农村居民人均可支配收入增长");
}

#[test]
fn only_so_much_is_said_of_the_level_not_named_by_it() {
    // `人均仅0.25亩`: the per-person level of the subject before; `才`, `仅` say it is small.
    let ms = summary("耕地面积缩减到6700亩，人均仅0.25亩。");
    assert_eq!(label(&ms, "6700亩"), "耕地面积");
    assert_eq!(label(&ms, "0.25亩"), "人均耕地面积");
    let ms = summary("耕地面积6700亩，人均才0.25亩。");
    assert_eq!(label(&ms, "0.25亩"), "人均耕地面积");
    // Talent is no `only`.
    let ms = summary("引进人才50人。");
    assert_eq!(label(&ms, "50人"), "引进人才");
}

#[test]
fn done_already_and_beyond_what_was_expected_name_nothing_measured() {
    let ms = summary("截至目前，已超预期完成固定资产投资35.93亿元，同比增长168%。");
    assert_eq!(label(&ms, "35.93亿元"), "固定资产投资");
    assert_eq!(label(&ms, "168%"), "固定资产投资同比增长");
}

#[test]
fn a_total_investment_after_a_count_is_of_the_things_counted() {
    let ms = summary("累计策划项目14个、签约项目19个，总投资额41.14亿元。");
    assert_eq!(label(&ms, "41.14亿元"), "签约项目总投资额");
}

#[test]
fn places_ranked_among_with_their_other_level_in_brackets_are_the_scope() {
    // `八县(市)`: eight counties (and county-level cities).
    let ms = summary("固定资产投资同比增长15%，增速位居八县(市)第2位。");
    assert_eq!(label(&ms, "第2位"), "固定资产投资增速八县(市)排名");
}

#[test]
fn a_word_saying_a_lists_values_were_aims_is_no_part_of_a_label() {
    let ms = plan("确保完成税收9亿元、新设企业1000家目标任务。");
    assert_eq!(label(&ms, "1000家"), "新设企业");
}

#[test]
fn livestock_sold_off_is_carried_along_its_list() {
    let ms = summary("累计出栏生猪86501头、肉牛5141头、肉羊43363只。");
    assert_eq!(label(&ms, "5141头"), "出栏肉牛");
}

#[test]
fn times_a_thing_was_done_are_counted() {
    // `两次亲临`: how often; `三次产业`, a session (`五次全会`) and `二次供水` are names.
    let ms = summary("习近平总书记两次视察河北并作出重要指示。");
    assert_eq!(find(&ms, "两次").value, Some(2.0));
    assert_eq!(label(&ms, "两次"), "习近平总书记视察河北");
    let ms = summary("三次产业结构优化，贯彻区委十四届五次全会精神，改造二次供水设施。");
    assert!(ms.iter().all(|m| !m.raw.ends_with('次')), "{ms:?}");
}

#[test]
fn and_also_joins_another_thing_done_not_a_part_of_the_label() {
    // `…改造并推进…`: cut at `并`; not inside `并网`, `合并`.
    let ms = summary("完成北银、裕园2个老旧小区改造并推进华顺公寓等3个老旧小区改造。");
    assert_eq!(label(&ms, "2个"), "老旧小区改造");
    let ms = summary("光伏电站1座并网发电。");
    assert_eq!(label(&ms, "1座"), "光伏电站并网发电");
}

#[test]
fn a_share_of_a_whole_the_last_item_writes_is_every_items() {
    let ms = plan("使全市大健康产业和数字经济占GDP比重分别达到20%和45%以上。");
    assert_eq!(label(&ms, "20%"), "全市大健康产业占GDP比重");
    assert_eq!(label(&ms, "45%"), "数字经济占GDP比重");
}

#[test]
fn a_count_of_deputies_ends_at_them() {
    let ms = summary("来自全县各条战线的230名人大代表精神饱满，陆续来到会场。");
    assert_eq!(label(&ms, "230名"), "人大代表");
}

#[test]
fn domestic_and_foreign_capital_split_in_order() {
    let ms = plan("全年利用内外资分别增长12%和15%以上。");
    assert_eq!(label(&ms, "12%"), "利用内资增长");
    assert_eq!(label(&ms, "15%"), "利用外资增长");
}

#[test]
fn how_many_of_the_things_counted_ranks_them_in_every_scope_listed() {
    // `数量居全市第1位、全省第3位`: the count's things, ranked twice.
    let ms = summary("纳入省重点项目28个，数量居全市第1位、全省第3位。");
    assert_eq!(label(&ms, "第1位"), "纳入省重点项目数量全市排名");
    assert_eq!(label(&ms, "第3位"), "纳入省重点项目数量全省排名");
}

#[test]
fn a_later_item_named_only_by_its_period_measures_what_the_first_does() {
    let ms = plan("项目开工率一季度达到50%、上半年达到80%、三季度达到100%。");
    assert_eq!(label(&ms, "80%"), "项目开工率上半年");
    assert_eq!(label(&ms, "100%"), "项目开工率三季度");
}

#[test]
fn what_can_be_done_names_nothing_counted() {
    let ms = summary("预计2025年可完成税收1亿元。");
    assert_eq!(label(&ms, "1亿元"), "税收");
}

#[test]
fn a_place_naming_itself_before_an_aim_or_a_time_is_no_part_of_the_label() {
    let ms = plan("山南市力争今年地区生产总值增长8%左右。");
    assert_eq!(label(&ms, "8%"), "地区生产总值增长");
    // Each of a kind of place is a quota's scope, kept.
    let ms = plan("每个县区全年至少招引链主企业或头部企业一个。");
    assert_eq!(label(&ms, "一个"), "每个县区全年招引链主企业或头部企业");
}

#[test]
fn grew_to_is_no_part_of_the_things_counted() {
    let ms = summary("“四上”企业增至518家，同比增长15.37%。");
    assert_eq!(label(&ms, "518家"), "“四上”企业");
    assert_eq!(label(&ms, "15.37%"), "“四上”企业同比增长");
}

#[test]
fn banners_letters_and_lessons_are_counted() {
    let ms = summary("获赠锦旗114面、感谢信901封，开设社区党校课程100余堂。");
    assert_eq!(find(&ms, "114面").unit.as_deref(), Some("面"));
    assert_eq!(find(&ms, "901封").unit.as_deref(), Some("封"));
    assert_eq!(find(&ms, "100余堂").unit.as_deref(), Some("堂"));
}

#[test]
fn a_list_with_its_own_noun_after_the_count_counts_its_items() {
    // `发布40条…清单`: items of a list, counted; `出台稳链纾困35条`: a policy's name.
    let ms =
        summary("发布40条社区名中医服务资源清单。出台稳链纾困35条、稳经济促发展10条等系列政策。");
    assert!(find(&ms, "40条").is_indicator);
    assert!(!find(&ms, "35条").is_indicator);
}

#[test]
fn a_standing_phrase_run_into_the_sentence_is_no_part_of_the_subject() {
    // A copy that lost the break after a heading `工业经济稳中有进`.
    let ms = summary("工业经济稳中有进规上工业总产值1818亿元，现价增长24.2%。");
    assert_eq!(label(&ms, "1818亿元"), "规上工业总产值");
    assert_eq!(label(&ms, "24.2%"), "规上工业总产值现价增长");
    // A heading of a new high (`资金争取实现新突破`) the same way.
    let ms = summary("资金争取实现新突破向上争取各类竞争性资金46.4亿元、同比增长60.5%。");
    assert_eq!(label(&ms, "46.4亿元"), "向上争取各类竞争性资金");
    // Nothing named after it: the phrase stays where it is.
    let ms = summary("粮食生产稳中有升，总产量达到52万吨。");
    assert_eq!(label(&ms, "52万吨"), "粮食生产总产量");
}

#[test]
fn a_list_of_indicators_named_as_such_and_set_by_a_growth_names_each() {
    // `…指标分别按增长…掌握`: the items are indicators; `按` says how the targets are set.
    let ms =
        plan("固定资产投资、一般公共预算收入、社会消费品零售总额指标分别按增长5%、9.1%、6%掌握。");
    assert_eq!(label(&ms, "5%"), "固定资产投资增长");
    assert_eq!(label(&ms, "6%"), "社会消费品零售总额增长");
}

#[test]
fn the_marker_of_a_paragraphs_place_in_a_run_is_no_part_of_a_label() {
    let ms = summary("一是完成8个老旧小区改造项目。");
    assert_eq!(label(&ms, "8个"), "老旧小区改造项目");
    let ms = summary("第二，全年新增就业1.2万人。");
    assert_eq!(label(&ms, "1.2万人"), "新增就业");
}

#[test]
fn shares_of_a_list_not_yet_split_are_each_of_its_items() {
    let ms = summary("存贷款余额分别为100亿元、200亿元，占全省比重30%、40%。");
    assert_eq!(label(&ms, "30%"), "存款余额占全省比重");
    assert_eq!(label(&ms, "40%"), "贷款余额占全省比重");
    let at = |raw: &str| ms.iter().position(|m| m.raw == raw);
    assert_eq!(find(&ms, "30%").relates_to, at("100亿元"));
    assert_eq!(find(&ms, "40%").relates_to, at("200亿元"));
}

#[test]
fn a_share_of_a_list_of_wholes_is_held_by_the_same_thing_for_each() {
    let ms = summary("全市税收收入占财政总收入和地方一般公共预算收入的比重分别达到89.6%、80.5%。");
    assert_eq!(label(&ms, "89.6%"), "全市税收收入占财政总收入的比重");
    assert_eq!(
        label(&ms, "80.5%"),
        "全市税收收入占地方一般公共预算收入的比重"
    );
}

#[test]
fn a_growth_in_brackets_after_its_level_keeps_its_wording() {
    let ms = summary(
        "区级税收贡献7.75亿元（同比增长8.8%），快递服务业务量和业务收入分别增长44.7%、46%。",
    );
    assert_eq!(label(&ms, "8.8%"), "区级税收贡献同比增长");
    assert_eq!(label(&ms, "46%"), "快递服务业务收入增长");
}

#[test]
fn a_star_marking_items_of_a_list_is_no_word_of_a_label() {
    let ms = plan("*新增1家社区长者食堂、*3家乡村长者照护之家。");
    assert_eq!(label(&ms, "3家"), "新增乡村长者照护之家");
}

#[test]
fn a_line_of_a_plans_progress_measures_what_the_plan_names() {
    // The year's plan frames the first figure; the later ones, and an estimate, measure it.
    let ms = summary("——年计划完成地区生产总值617亿元以上，1—9月完成428.3亿元，同比增长2.2%，全年预计完成600亿元。");
    assert_eq!(label(&ms, "428.3亿元"), "地区生产总值");
    assert_eq!(label(&ms, "600亿元"), "地区生产总值");
    let ms = summary("——年计划固定资产投资增长9%以上，1—10月完成170.6亿元，同比增长7.9%，排湘潭市第一，全年预计同比增长8.0%。");
    assert_eq!(label(&ms, "第一"), "固定资产投资湘潭市排名");
    assert_eq!(label(&ms, "8.0%"), "固定资产投资同比增长");
    // `排名` is the ranking's word, no `排` before a place.
    let ms = summary("规模以上工业增加值增长8%，排名全省第1。");
    assert_eq!(label(&ms, "第1"), "规模以上工业增加值全省排名");
}

#[test]
fn a_generic_head_is_not_said_twice_after_an_owner_that_ends_in_it() {
    let ms = summary("统筹整合资金3.9亿元实施项目251个。");
    assert!(!label(&ms, "251个").contains("实施项目实施项目"));
}

#[test]
fn a_change_in_the_measures_unit_after_its_growth_rate_changes_the_level() {
    // `…年均增速达到10.8%，比“十二五”末增加242亿元`: the 242亿元 changes the revenue itself, and
    // a share after it is of the revenue, not of its basis.
    let ms =
        summary("一般公共预算收入年均增速达到10.8%,比“十二五”末增加242亿元,占GDP的比重达到10.2%。");
    assert_eq!(label(&ms, "242亿元"), "一般公共预算收入比“十二五”末增加");
    assert_eq!(label(&ms, "10.2%"), "一般公共预算收入占GDP的比重");
    let ms = summary("地区生产总值增长8%,比上年增加50亿元。");
    assert_eq!(label(&ms, "50亿元"), "地区生产总值比上年增加");
}

#[test]
fn a_later_growth_of_a_list_is_an_item_of_the_list_not_of_a_level_before() {
    // `…趋近百亿元，城乡居民人均可支配收入年均增长5.4%和9.5%`: the 9.5% is the rural income's
    // growth, not the revenue's; `趋近` is a bound word whole.
    let ms = summary("一般公共预算收入趋近百亿元,城乡居民人均可支配收入年均增长5.4%和9.5%。");
    assert_eq!(label(&ms, "百亿元"), "一般公共预算收入");
    assert_eq!(label(&ms, "5.4%"), "城镇居民人均可支配收入年均增长");
    assert_eq!(label(&ms, "9.5%"), "农村居民人均可支配收入年均增长");
    assert_eq!(find(&ms, "9.5%").relates_to, None);
    // Values of a list of levels still take their growths in order.
    let ms = summary("工业产值100亿元、服务业产值50亿元,分别增长5%、8%。");
    assert_eq!(label(&ms, "8%"), "服务业产值增长");
}

#[test]
fn a_value_with_its_magnitude_alone_shares_the_lists_counter() {
    // `肉牛、生猪年出栏量分别达0.15万、2万头`: 0.15万头, and the measure is both items'.
    let ms = summary("全镇肉牛、生猪年出栏量分别达0.15万、2万头。");
    let m = find(&ms, "0.15万");
    assert_eq!(m.unit.as_deref(), Some("万头"));
    assert_eq!(m.base_value, Some(1500.0));
    assert_eq!(label(&ms, "0.15万"), "全镇肉牛年出栏量");
    assert_eq!(label(&ms, "2万头"), "生猪年出栏量");
}

#[test]
fn a_generic_head_after_a_verb_of_work_belongs_to_the_thing_after_its_de() {
    // `加快建设总投资7.58亿元的县医院迁建项目`: the investment is the project's.
    let ms = plan("加快建设总投资7.58亿元的县医院迁建项目。");
    assert_eq!(label(&ms, "7.58亿元"), "县医院迁建项目总投资");
    let ms = summary("精心实施了总投资1.6亿元的扶贫项目42个。");
    assert_eq!(label(&ms, "1.6亿元"), "扶贫项目总投资");
    let ms = plan("加快推动总投资949.6亿元的103个省市区重点项目建设。");
    assert_eq!(label(&ms, "949.6亿元"), "省市区重点项目总投资");
    // `实施项目782个` counts the projects of the sentence's subject.
    let ms = summary("北京市投入帮扶资金16.4亿元，实施项目782个。");
    assert_eq!(label(&ms, "782个"), "北京市投入帮扶实施项目");
}

#[test]
fn to_do_well_names_nothing_counted() {
    // `重点抓好15件大事和民生实事`: the count is of the affairs.
    let ms = plan("县政府将继续优先保障民生投入,重点抓好15件大事和民生实事。");
    assert_eq!(label(&ms, "15件"), "大事和民生实事");
}

#[test]
fn exports_as_an_item_of_a_list_of_indicators_stand_alone() {
    // `实际利用外资15975万美元；出口13525万美元`: the exports, not the foreign capital's.
    let ms = summary("实际利用外资15975万美元,增长20.1%;出口13525万美元,增长3.6%。");
    assert_eq!(label(&ms, "13525万美元"), "出口");
    assert_eq!(label(&ms, "3.6%"), "出口增长");
    // A stage of business after a comma still borrows its thing.
    let ms = summary("项目储备完成1700亿元，签约完成263亿元。");
    assert_eq!(label(&ms, "263亿元"), "项目签约");
}

#[test]
fn a_rate_of_a_level_is_of_its_measure_whole() {
    // `工业投资完成2.49亿元，完成度41.5%`: the investment's rate, not the industry's.
    let ms = summary("固定资产投资完成8.1亿元,完成度38.6%;工业投资完成2.49亿元,完成度41.5%。");
    assert_eq!(label(&ms, "38.6%"), "固定资产投资完成度");
    assert_eq!(label(&ms, "41.5%"), "工业投资完成度");
    let ms = summary("工业投资完成2.49亿元,占比41.5%。");
    assert_eq!(label(&ms, "41.5%"), "工业投资占比");
}

#[test]
fn a_rate_of_the_task_set_is_of_the_figure_before_it() {
    // `任务完成率`: the share of the task done names no measure of its own.
    let ms = summary("培育市场主体138家，任务完成率达122%。");
    assert_eq!(label(&ms, "122%"), "培育市场主体任务完成率");
}

#[test]
fn a_count_among_a_whole_says_the_shared_word_once() {
    // `24项主要经济指标中，有2项指标增速居全省第1位`: `主要经济指标增速`, not `…指标指标增速`.
    let ms = summary("在省反馈的24项主要经济指标中,有2项指标增速居全省第1位,10项居前3位。");
    assert_eq!(label(&ms, "2项"), "主要经济指标增速");
    assert!(!label(&ms, "前3位").contains("指标指标"));
}

#[test]
fn a_count_stops_before_the_rate_of_its_things_and_a_head_after_takes_the_things() {
    // `全县22个亿元以上项目开复工率100%，完成投资24亿元`.
    let ms = summary("全县22个亿元以上项目开复工率100%,完成投资24亿元,创造了历史最高水平。");
    assert_eq!(label(&ms, "22个"), "全县亿元以上项目");
    assert_eq!(label(&ms, "100%"), "亿元以上项目开复工率");
    assert_eq!(label(&ms, "24亿元"), "亿元以上项目完成投资");
}

#[test]
fn an_estimate_alone_borrows_the_subject_that_opens_its_sentence() {
    // `地区生产总值今年继续保持较快增长势头，…，全年预计达1100亿元、增长6%`.
    let ms = summary(
        "地区生产总值今年继续保持较快增长势头,前三季度增速居全省第1、长三角第2位,全年预计达1100亿元、增长6%。",
    );
    assert_eq!(label(&ms, "1100亿元"), "地区生产总值");
    assert_eq!(label(&ms, "6%"), "地区生产总值增长");
}

#[test]
fn a_growth_after_a_bracketed_aside_is_of_the_level_before_the_brackets() {
    // The aside's number (`当年度…减收近7600万元`) says something of the level; the growth after
    // the brackets is the level's, and `当年度` is one time word.
    let ms = summary(
        "地方一般公共预算收入完成7130万元(当年度因国家政策增值税留抵退税因素减收近7600万元),同口径增长12.7%。",
    );
    assert_eq!(label(&ms, "12.7%"), "地方一般公共预算收入同口径增长");
    assert!(!label(&ms, "7600万元").starts_with('度'));
}

#[test]
fn an_adverb_of_effort_opens_no_label() {
    // `切实完成…`, `着力建成…`, `扎实推进…`: how hard the work is done, not what is measured.
    let ms = plan(
        "切实完成2.766万亩粮食生产种植，着力建成1.5万亩烟叶示范基地，扎实推进56个老旧小区改造。",
    );
    assert_eq!(label(&ms, "2.766万亩"), "粮食生产种植");
    assert_eq!(label(&ms, "1.5万亩"), "烟叶示范基地");
    assert!(label(&ms, "56个").starts_with("老旧小区"));
}

#[test]
fn short_kinds_of_work_listed_after_a_count_are_examples_of_the_kind_counted() {
    // `46个水库维养、移民、防渗漏等水利惠民项目`: the count is of the projects.
    let ms = summary("46个水库维养、移民、防渗漏等水利惠民项目竣工投用。");
    assert!(label(&ms, "46个").starts_with("水利惠民项目"));
    // A long first item is the count's own things.
    let ms =
        plan("加速推进12条道路及新桥市民广场综合整治工程、中心路慢行贯通工程等在建项目工程进度。");
    assert!(label(&ms, "12条").contains("道路"));
}

#[test]
fn a_bare_share_after_a_subject_naming_its_share_says_it_once_and_a_years_du_is_the_years() {
    // `上半年度占比`: `上半年度` is the period, `占比` the share `…比重` already names.
    let ms = summary("非房收入占区级收入比重稳步提升,上半年度占比达到14%。");
    assert_eq!(label(&ms, "14%"), "非房收入占区级收入比重");
}

#[test]
fn a_bare_measure_takes_the_thing_of_its_topic_without_its_manner_or_the_class_it_entered() {
    // `粮食稳产增收`: how the crop did; `跻身国家级集群`: what the industry entered.
    let ms = summary(
        "粮食稳产增收，总产达到58.7亿斤。新能源动力电池产业跻身国家级集群，产值突破600亿元。",
    );
    assert_eq!(label(&ms, "58.7亿斤"), "粮食总产");
    assert_eq!(label(&ms, "600亿元"), "新能源动力电池产业产值");
}

#[test]
fn a_growth_over_a_time_window_describes_the_level_before_it() {
    // `五年间年均增长9.4%`: the window says over how long, not whose growth.
    let ms = summary("2015年全市生产总值1850.01亿元，增长8.4%，五年间年均增长9.4%。");
    assert_eq!(label(&ms, "9.4%"), "全市生产总值五年间年均增长");
}

#[test]
fn casualties_alone_are_of_the_events_counted_before_them() {
    // `发生安全生产事故3起，死亡4人`: the deaths are the accidents'.
    let ms = summary("全县共发生安全生产事故3起，死亡4人，同比分别下降50%、42.9%。");
    assert_eq!(label(&ms, "4人"), "安全生产事故死亡");
    assert_eq!(label(&ms, "42.9%"), "安全生产事故死亡同比下降");
}

#[test]
fn later_items_of_a_farm_list_share_the_first_items_verb_or_crop_measure() {
    // `年出栏生猪…、肉牛…`: the verb after a time is every item's, the time is no part of it;
    // `辣椒种植…、青菜头…`: so is a crop's planting after the first crop.
    let ms = summary("年出栏生猪22800头、肉牛2800头，辣椒种植3000亩、青菜头900亩、羊肚菌1200亩。");
    assert_eq!(label(&ms, "2800头"), "出栏肉牛");
    assert_eq!(label(&ms, "900亩"), "青菜头种植");
    assert_eq!(label(&ms, "1200亩"), "羊肚菌种植");
}

#[test]
fn a_count_of_people_ends_before_where_they_went() {
    // `奔赴`, `驰援`, `逆行出征`: what the people did, not who they are.
    let ms = summary("3批86名援鄂医疗队员奔赴抗疫最前沿，50名勇士逆行出征。");
    assert_eq!(label(&ms, "86名"), "援鄂医疗队员");
    assert_eq!(label(&ms, "50名"), "勇士");
}

#[test]
fn a_growth_named_by_a_later_period_measures_what_the_first_period_did() {
    // A list of one measure's growth over periods of the year: the later items name only
    // their period; the subject a later rank borrows leaves the period out.
    let ms = summary("GDP一季度累计增长4.7%、二季度累计增长6.3%，全年累计增长6.7%，增幅居全省第4位。地区生产总值上半年增长5%，全年增长6%。");
    assert_eq!(label(&ms, "6.3%"), "GDP二季度累计增长");
    assert_eq!(label(&ms, "6.7%"), "GDP全年累计增长");
    assert_eq!(label(&ms, "第4位"), "GDP增幅全省排名");
    assert_eq!(label(&ms, "6%"), "地区生产总值全年增长");
}

#[test]
fn a_facility_rating_before_its_noun_is_a_word_of_what_is_measured() {
    // `10千伏` rates the lines (no indicator of its own), and the length is of those lines.
    let ms = summary("改造规模10千伏线路8.46公里。建成35千伏变电站2座。");
    assert_eq!(label(&ms, "8.46公里"), "改造规模10千伏线路");
    assert_eq!(label(&ms, "2座"), "35千伏变电站");
}

#[test]
fn a_verb_that_ends_in_ji_keeps_it() {
    // `惠及` (reaching), `涉及` end in `及`, which elsewhere joins a list.
    let ms = summary("硬化道路10万平方米，惠及17个乡镇。");
    assert_eq!(label(&ms, "17个"), "惠及乡镇");
}

#[test]
fn a_list_of_ordinals_naming_industries_splits_by_its_ordinals() {
    // `第一、二、三产业`: the primary, secondary and tertiary industries; `第一、` opening the
    // sentence is the list's first ordinal, no marker of a numbered run.
    let ms = summary("第一、二、三产业增加值分别完成83.07亿元、119.37亿元和139.83亿元，增长3.6%、18.8%和8.4%。全市第一、第二、第三产业增加值分别为1亿元、2亿元和3亿元。");
    assert_eq!(label(&ms, "83.07亿元"), "第一产业增加值");
    assert_eq!(label(&ms, "119.37亿元"), "第二产业增加值");
    assert_eq!(label(&ms, "8.4%"), "第三产业增加值增长");
    assert_eq!(label(&ms, "2亿元"), "全市第二产业增加值");
    assert!(ms
        .iter()
        .filter(|m| m.raw.starts_with('第'))
        .all(|m| !m.is_indicator));
}

#[test]
fn a_mark_passed_right_after_its_figure_restates_it_and_lends_no_subject() {
    // `314.04亿元，首次突破300亿元`: the mark repeats the figure before it; the growths after it
    // describe that figure, over a span of years too (`五年年均增长`).
    let ms = summary("全市生产总值314.04亿元，首次突破300亿元，比上年增长7.8%，五年年均增长9.9%。");
    assert!(!find(&ms, "300亿元").is_indicator);
    assert_eq!(label(&ms, "7.8%"), "全市生产总值比上年增长");
    assert_eq!(label(&ms, "9.9%"), "全市生产总值五年年均增长");
}

#[test]
fn the_last_example_before_a_class_and_what_was_done_is_named_alone() {
    // `…、5亿元圆通物流园等项目建设封顶`: `等项目` closes the list of examples, what follows is
    // said of them all.
    let ms = summary(
        "22亿元乐京智能家电、5亿元圆通物流园等项目建设封顶，10亿元冠盛体育夹网布等项目签约。",
    );
    assert_eq!(label(&ms, "5亿元"), "圆通物流园");
    assert_eq!(label(&ms, "10亿元"), "冠盛体育夹网布");
}

#[test]
fn a_total_put_in_takes_its_owner_after_de_the_project_a_dash_names() {
    // `总投入` is a generic head like `总投资`; after a dash, the project within a larger one.
    let ms = summary("总投入600余万元的乡村美丽宜居二期工程-斜蚌线提升改造工程完工，总投入5000余万元的土牛咀流域水生态治理项目加快推进。");
    assert_eq!(label(&ms, "600余万元"), "斜蚌线提升改造工程总投入");
    assert_eq!(label(&ms, "5000余万元"), "土牛咀流域水生态治理项目总投入");
}

#[test]
fn a_word_that_starts_with_a_lead_char_keeps_it() {
    // `和谐`, `共青城`: `和`, `共` open words here, no joiner or `in all`.
    let ms = summary("建成和谐社区12个。共青城市新增企业30家。");
    assert_eq!(label(&ms, "12个"), "和谐社区");
    assert!(label(&ms, "30家").starts_with("共青城"));
}

#[test]
fn times_a_thing_was_done_count_all_that_was_done() {
    // `大庆四次获得国务院表彰激励`: the subject, then what it did that many times, whole.
    let ms = summary("大庆四次获得国务院表彰激励，入选全国示范区。");
    assert_eq!(label(&ms, "四次"), "大庆获得国务院表彰激励");
}
