//! Counts as reports of the genre write them: the noun a count counts, the course of the things
//! counted and the work done on them (issue "Numbers on reports it has never seen"), one test per
//! class of text; the other classes are in the other `numbers_genre*.rs` files. Each sentence is
//! made up in the shape the corpus shows; none is copied from a gold report.

mod common;

use common::{find, label, plan, summary};

#[test]
fn a_count_is_labelled_by_its_own_noun_not_by_the_examples_listed_before_it() {
    let ms = summary("依托东方、红星等12家龙头企业，在甲镇、乙镇新建3个物流中心。");
    assert_eq!(label(&ms, "12家"), "龙头企业");
    assert_eq!(label(&ms, "3个"), "物流中心");
    // Without a noun after the number, the words before it are kept whole.
    let ms = summary("困难群众、残疾对象救助资金62万元。");
    assert_eq!(label(&ms, "62万元"), "困难群众、残疾对象救助资金");
}

#[test]
fn a_course_that_leads_to_the_next_number_is_that_numbers_words() {
    let ms = summary("137个市重点项目完成投资236.8亿元，9条次干道路开工建设。");
    assert_eq!(label(&ms, "137个"), "市重点项目");
    assert_eq!(label(&ms, "236.8亿元"), "市重点项目完成投资");
    // A course that ends the clause says which of the things are counted.
    assert_eq!(label(&ms, "9条"), "次干道路开工建设");
}

#[test]
fn a_count_is_bound_to_its_own_noun_not_its_neighbours_measure() {
    let ms = summary("培育12家龙头企业产值超百亿，8个产业园区营业收入均超50亿元。");
    assert_eq!(label(&ms, "12家"), "培育龙头企业");
    assert_eq!(label(&ms, "8个"), "产业园区");
    // `其中` carries no subject of its own: the part is labelled by its own head.
    let ms = summary("全年完成固定资产投资120亿元，其中工业投资45亿元。");
    assert_eq!(label(&ms, "45亿元"), "工业投资");
}

#[test]
fn a_counts_label_stops_where_what_is_said_of_the_things_counted_starts() {
    let ms = summary("东城、西城3个体育公园投入使用，9个安置小区加紧实施。");
    assert_eq!(label(&ms, "3个"), "体育公园");
    assert_eq!(label(&ms, "9个"), "安置小区");
    let ms = plan("年内完成5个标准化卫生室建设任务，确保2所中学一季度开工。");
    assert_eq!(label(&ms, "5个"), "标准化卫生室");
    assert_eq!(label(&ms, "2所"), "中学");
    // Task words and predicates close the noun, not the number's own measure words.
    let ms = summary("新增12家规上企业被认定为高新技术企业。");
    assert_eq!(label(&ms, "12家"), "新增规上企业");
}

#[test]
fn words_that_only_say_it_was_done_leave_the_thing_to_the_words_after_de() {
    let ms =
        plan("年内完成3.5万平方米的立体绿化任务，确保2个站点投用，8万平方米的物流仓储中心完工。");
    assert_eq!(label(&ms, "3.5万平方米"), "立体绿化任务");
    assert_eq!(label(&ms, "8万平方米"), "物流仓储中心");
}

#[test]
fn a_part_that_says_only_what_happened_is_of_the_whole_before_it() {
    let ms = summary("12条支路开工建设，其中5条实现通车。");
    assert_eq!(label(&ms, "5条"), "支路实现通车");
}

#[test]
fn a_count_keeps_the_course_of_the_things_it_counts() {
    // `开工`, `竣工投产`: which of the things are counted.
    let ms = summary("12条支路开工建设，30项重点项目竣工投产。");
    assert_eq!(label(&ms, "12条"), "支路开工建设");
    assert_eq!(label(&ms, "30项"), "重点项目竣工投产");
    // After another measure it starts another statement.
    let ms = summary("8万平方米物流仓储中心完工。");
    assert_eq!(label(&ms, "8万平方米"), "物流仓储中心");
}

#[test]
fn a_count_of_events_is_of_the_event_not_of_who_held_it() {
    let ms = summary("市县两级组织开展政企早餐会200多次。");
    assert_eq!(label(&ms, "200多次"), "开展政企早餐会");
    // Counted in `场次` too.
    let ms = summary("街道班子成员带头到挂点社区开展精神宣讲12场次。");
    assert_eq!(label(&ms, "12场次"), "开展精神宣讲");
    // A streak of events held names the event after `的`.
    let ms = summary("连续举办十一届的经贸洽谈会已成为品牌。");
    assert_eq!(label(&ms, "十一届"), "连续举办经贸洽谈会");
}

#[test]
fn an_amount_handed_out_is_of_what_was_handed_out() {
    let ms = summary("为2310位70岁以上困难老人发放高龄津贴215万元。");
    assert_eq!(label(&ms, "215万元"), "发放高龄津贴");
    // A bound inside the recipients' words is part of them.
    assert_eq!(label(&ms, "2310位"), "70岁以上困难老人");
}

#[test]
fn verbs_that_push_work_on_or_a_modifier_leave_a_count_to_its_noun() {
    let ms = plan("优化提升8个省级特色产业，全力实施好涉及民生改善的45个重点项目。");
    assert_eq!(label(&ms, "8个"), "省级特色产业");
    assert_eq!(label(&ms, "45个"), "重点项目");
    // A verb of doing stays: it says which things are counted.
    let ms = plan("新建5所幼儿园。");
    assert_eq!(label(&ms, "5所"), "新建幼儿园");
}

#[test]
fn one_group_counted_in_two_units_shares_its_words() {
    let ms = plan("年底前实现农村低收入人口120户、305人全部稳定增收。");
    assert_eq!(label(&ms, "120户"), "农村低收入人口稳定增收");
    assert_eq!(label(&ms, "305人"), "农村低收入人口稳定增收");
    // With nothing between the two counts too.
    let ms = plan("实现农村低收入人口860户2150人稳定增收。");
    assert_eq!(label(&ms, "860户"), "农村低收入人口稳定增收");
    assert_eq!(label(&ms, "2150人"), "农村低收入人口稳定增收");
    // Two items of a list in the same unit are two things.
    let ms = summary("新建公园3个、广场5个。");
    assert_eq!(label(&ms, "5个"), "新建广场");
}

#[test]
fn a_later_count_of_the_same_things_with_only_what_happened_is_a_part() {
    let ms = plan("创建300个美丽乡村，150个以上通过省级验收。");
    assert_eq!(label(&ms, "150个"), "美丽乡村通过省级验收");
    // A count that names its own things is no part.
    let ms = summary("新建公园3个，改造广场5个。");
    assert_eq!(label(&ms, "5个"), "改造广场");
}

#[test]
fn a_one_char_noun_before_de_owns_what_follows() {
    let ms = summary("6个村的污水管网工程顺利完工。");
    assert_eq!(label(&ms, "6个"), "村的污水管网工程");
}

#[test]
fn the_work_done_on_the_things_counted_after_de_is_part_of_the_label() {
    let ms = plan("全面完成860户老旧房屋的加固、维修工作，完成2万亩防护林的补植、管护任务。");
    assert_eq!(label(&ms, "860户"), "老旧房屋加固、维修");
    assert_eq!(label(&ms, "2万亩"), "防护林补植、管护");
}

#[test]
fn a_measure_named_after_de_is_of_the_things_before_the_number() {
    let ms = plan("全力完成今年48个重点项目36亿元的投资计划。");
    assert_eq!(label(&ms, "36亿元"), "重点项目投资计划");
}

#[test]
fn a_clause_of_choosing_before_de_leaves_the_count_to_its_noun() {
    let ms = plan("今年，全县初步确定的重点建设项目有58个。");
    assert_eq!(label(&ms, "58个"), "重点建设项目");
    // A modifier that is no clause of doing stays.
    let ms = summary("全县规模以上的工业企业有120家。");
    assert!(label(&ms, "120家").contains("工业企业"));
}

#[test]
fn a_total_belongs_to_the_things_not_to_what_was_done_to_them() {
    let ms = summary("新增市场主体1.2万户，总数达到8.6万户。");
    assert_eq!(label(&ms, "8.6万户"), "市场主体总数");
}

#[test]
fn what_singles_out_the_things_counted_goes_before_their_noun() {
    let ms = plan("年内实现8家以上企业入驻，3家企业在新三板挂牌。");
    assert_eq!(label(&ms, "8家"), "入驻企业");
    assert_eq!(label(&ms, "3家"), "新三板挂牌企业");
    // What happened in a project's course stays after the noun.
    let ms = summary("12条支路开工建设。");
    assert_eq!(label(&ms, "12条"), "支路开工建设");
    // A quoted phrase the verb ends is kept as written.
    let ms = summary("26家企业“拎包入驻”，开启招商新路径。");
    assert_eq!(label(&ms, "26家"), "企业“拎包入驻”");
}

#[test]
fn two_counts_in_a_row_are_of_the_one_thing_done_after_them() {
    let ms = summary("全年共解决了15个村2.1万人的饮水安全问题。");
    assert_eq!(label(&ms, "15个"), "解决饮水安全问题");
    assert_eq!(label(&ms, "2.1万人"), "解决饮水安全问题");
}

#[test]
fn a_kind_of_work_after_deng_says_less_than_its_example() {
    // The number's own noun stands before `等`; what follows names only the list's kind of work.
    let ms = plan("完成起步区3公里路网等配套设施，实施南岗镇2万吨冷链仓储等项目。");
    assert_eq!(label(&ms, "3公里"), "起步区路网");
    assert!(label(&ms, "2万吨").ends_with("南岗镇冷链仓储"));
    // Examples before a count of a category: the category is what is counted (with its course,
    // which says which of them).
    let ms = summary("中俄国际汽车园丰田、本田等6家4S店建成运营。");
    assert_eq!(label(&ms, "6家"), "4S店建成运营");
    let ms = summary("垃圾焚烧发电、高端制袜等99个项目建成投用。");
    assert_eq!(label(&ms, "99个"), "项目建成投用");
}

#[test]
fn a_kind_after_qizhong_is_a_kind_of_the_wholes_things() {
    let ms = plan("今年安排重点项目80个，其中，工业类12个、农业类9个。");
    assert_eq!(label(&ms, "12个"), "工业类重点项目");
    assert_eq!(label(&ms, "9个"), "农业类重点项目");
}

#[test]
fn what_was_completed_after_a_measured_thing_is_another_statement() {
    let ms = summary("大唐300万吨露天矿完成项目核准。");
    assert_eq!(label(&ms, "300万吨"), "大唐露天矿");
}

#[test]
fn a_count_and_a_measure_of_one_group_share_its_words() {
    let ms = plan("年内完成2000户、30万平方米棚户区改造。");
    assert_eq!(label(&ms, "2000户"), "棚户区改造");
    assert_eq!(label(&ms, "30万平方米"), "棚户区改造");
}

#[test]
fn what_is_said_of_the_things_counted_is_not_what_they_are() {
    let ms = summary(
        "容易、安大两条建材通道如期通车，21个特色产业集群发展壮大，组团内9条主次干道实现通车。",
    );
    assert_eq!(label(&ms, "两条"), "建材通道");
    assert_eq!(label(&ms, "21个"), "特色产业集群");
    assert_eq!(label(&ms, "9条"), "组团内主次干道");
}

#[test]
fn the_work_done_on_things_counted_after_their_de_is_part_of_the_label() {
    let ms =
        summary("完成8条老旧街巷的综合改造和4个小区的节能改造，做好12.5公里道路的扩建和绿化。");
    assert_eq!(label(&ms, "8条"), "老旧街巷综合改造");
    assert_eq!(label(&ms, "4个"), "小区节能改造");
    assert_eq!(label(&ms, "12.5公里"), "道路扩建和绿化");
    // A thing of the things counted, or a clause of its own, is no work done.
    let ms = summary("重点做好东风、红旗两个新村的三期工程建设。对全镇9个景点的环境实施了提升。");
    assert_eq!(label(&ms, "两个"), "新村");
    assert_eq!(label(&ms, "9个"), "全镇景点");
}

#[test]
fn a_result_verb_before_a_count_takes_what_follows_its_de() {
    let ms = summary("年内解决了2100人的安全饮水问题。");
    assert_eq!(label(&ms, "2100人"), "解决安全饮水问题");
}

#[test]
fn a_bare_task_word_after_a_count_names_the_kind_of_task() {
    let ms = summary("全年96项改革任务全面完成，45项年度重点任务全部完成。");
    assert_eq!(label(&ms, "96项"), "改革任务");
    assert_eq!(label(&ms, "45项"), "重点任务");
    // A plan's task words after a thing counted are no part of it.
    let ms = plan("完成600亩大棚建设任务。");
    assert_eq!(label(&ms, "600亩"), "大棚");
}

#[test]
fn an_adverb_of_scope_after_a_counts_noun_starts_what_is_said_of_the_things() {
    let ms = summary("全县6个贫困乡全部摘帽，320个贫困村全部出列，12家企业均已投产。");
    assert_eq!(label(&ms, "6个"), "全县贫困乡");
    assert_eq!(label(&ms, "320个"), "贫困村");
    assert_eq!(label(&ms, "12家"), "企业");
}

#[test]
fn a_count_of_things_put_on_a_list_names_the_list() {
    // `N个项目列入…`: which list the things were put on is what is counted, as `入选` is.
    let ms = summary("今年有9个项目列入省重点建设项目，4家企业入选省级名单。");
    assert_eq!(label(&ms, "9个"), "项目列入省重点建设项目");
    assert_eq!(label(&ms, "4家"), "企业入选省级名单");
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
fn a_count_of_batches_right_before_a_count_of_things_shares_their_words() {
    // `推出4批次41条…举措`: a counter with `次` counts like the counter alone (`3批56项…`).
    let ms = summary("推出4批次41条“泉心泉意”便民利企举措。发布3批56项改革清单。");
    assert_eq!(label(&ms, "4批次"), "推出“泉心泉意”便民利企举措");
    assert_eq!(label(&ms, "3批"), "发布改革清单");
}

#[test]
fn a_task_word_after_only_a_modifier_is_the_thing_counted() {
    // `400亩大棚建设任务`: the count is of the greenhouses; `58项重点工作任务`: of the tasks.
    let ms = summary("形成街道58项重点工作任务。完成400亩大棚建设任务。");
    assert_eq!(label(&ms, "58项"), "形成街道重点工作任务");
    assert_eq!(label(&ms, "400亩"), "大棚");
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
fn things_merged_are_counted_before_the_merging() {
    let ms = summary("14个园区管理机构优化整合为7个;分季度制定四个稳增长工作方案。");
    assert_eq!(label(&ms, "14个"), "园区管理机构");
    assert!(find(&ms, "四个").is_indicator);
}

#[test]
fn people_a_service_is_provided_for_are_counted_by_their_noun() {
    let ms = summary("为80位创业大学生提供担保贷款和政府贴息。");
    assert_eq!(label(&ms, "80位"), "创业大学生");
}

#[test]
fn a_count_ends_before_the_stage_its_work_reached() {
    let ms = summary("二期9.29万平方米厂房建设进入收尾阶段。");
    assert_eq!(label(&ms, "9.29万平方米"), "二期厂房建设");
}

#[test]
fn a_count_of_deputies_ends_at_them() {
    let ms = summary("来自全县各条战线的230名人大代表精神饱满，陆续来到会场。");
    assert_eq!(label(&ms, "230名"), "人大代表");
}

#[test]
fn a_count_among_a_whole_says_the_shared_word_once() {
    // `24项主要经济指标中，有2项指标增速居全省第1位`: `主要经济指标增速`, not `…指标指标增速`.
    let ms = summary("在省反馈的24项主要经济指标中,有2项指标增速居全省第1位,10项居前3位。");
    assert_eq!(label(&ms, "2项"), "主要经济指标增速");
    assert!(!label(&ms, "前3位").contains("指标指标"));
}

#[test]
fn a_count_of_people_ends_before_where_they_went() {
    // `奔赴`, `驰援`, `逆行出征`: what the people did, not who they are.
    let ms = summary("3批86名援鄂医疗队员奔赴抗疫最前沿，50名勇士逆行出征。");
    assert_eq!(label(&ms, "86名"), "援鄂医疗队员");
    assert_eq!(label(&ms, "50名"), "勇士");
}
