//! Owners as reports of the genre write them: what a generic head (`投资`, `总投资`), a bare investment
//! or a bare measure belongs to, and subjects borrowed from a figure or a topic before (issue
//! "Numbers on reports it has never seen"), one test per class of text; the other classes are in
//! the other `numbers_genre*.rs` files. Each sentence is made up in the shape the corpus shows;
//! none is copied from a gold report.

mod common;

use common::{label, plan, summary};

#[test]
fn a_growth_lends_its_subject_to_the_level_that_follows() {
    let ms = plan("全区财政收入增长6%，达到12.5亿元。");
    assert_eq!(label(&ms, "12.5亿元"), "全区财政收入");
}

#[test]
fn a_generic_head_takes_the_owner_after_de_or_the_sentence_subject() {
    let ms =
        summary("投资3.6亿元的城东污水处理厂二期工程投入运行，占地120亩的滨河湿地公园建成开放。");
    assert_eq!(label(&ms, "3.6亿元"), "城东污水处理厂二期工程投资");
    assert_eq!(label(&ms, "120亩"), "滨河湿地公园占地");
    let ms = summary("签约招商项目46个、总投资210亿元。");
    assert_eq!(label(&ms, "210亿元"), "签约招商项目总投资");
    // A head with its own subject keeps it.
    let ms = summary("工业投资45亿元。");
    assert_eq!(label(&ms, "45亿元"), "工业投资");
}

#[test]
fn what_a_generic_head_belongs_to_carries_to_the_next_head_of_the_sentence() {
    let ms = summary("总投资12亿元的滨江商业综合体项目当年完成投资3亿元，开工8万平方米。");
    assert_eq!(label(&ms, "12亿元"), "滨江商业综合体项目总投资");
    assert_eq!(label(&ms, "8万平方米"), "滨江商业综合体项目开工");
}

#[test]
fn an_investment_with_no_owner_of_its_own_belongs_to_the_topic_it_follows() {
    // The sentence before, when the head opens its sentence.
    let ms = summary("城南片区棚户区改造工作成效明显。全年共完成投资4.2亿元。");
    assert_eq!(label(&ms, "4.2亿元"), "城南片区棚户区改造完成投资");
    // The sentence's first clause, when the head is in a later one.
    let ms = summary("持续推进滨河新区基础设施建设，完成投资12亿元。");
    assert_eq!(label(&ms, "12亿元"), "滨河新区基础设施完成投资");
    // A topic that names no body of work owns nothing.
    let ms = summary("不断加大教育投入力度，投资3亿元。");
    assert_eq!(label(&ms, "3亿元"), "投资");
}

#[test]
fn a_generic_head_after_an_adverb_takes_its_owner_after_de() {
    let ms =
        plan("确保总投资12亿元的城北热电联产项目年底投产，加快总投资8亿元的26个配套项目建设。");
    assert_eq!(label(&ms, "12亿元"), "城北热电联产项目总投资");
    assert_eq!(label(&ms, "8亿元"), "配套项目总投资");
}

#[test]
fn a_list_of_investments_each_names_its_own_owner_after_de() {
    let ms = summary("投资3500万元的供水管网改造、3800万元的背街小巷改造等项目全面完成，投资1.2亿元实施的滨河绿化工程完工。");
    assert_eq!(label(&ms, "3500万元"), "供水管网改造投资");
    assert_eq!(label(&ms, "3800万元"), "背街小巷改造投资");
    assert_eq!(label(&ms, "1.2亿元"), "滨河绿化工程投资");
    // A list of places before one project is that project's (the places say where).
    let ms = summary("投资1.27亿元实施的主城区、东山组团绿化工程完工。");
    assert_eq!(label(&ms, "1.27亿元"), "绿化工程投资");
    let ms = plan("启动投资8000万元的南河、北河堤防工程。");
    assert_eq!(label(&ms, "8000万元"), "堤防工程投资");
    // One place before its project stays.
    let ms = summary("投资5100万元的伊敏河景观带改造工程投入使用。");
    assert_eq!(label(&ms, "5100万元"), "伊敏河景观带改造工程投资");
}

#[test]
fn a_bare_verb_of_doing_leads_the_subject_it_borrows() {
    let ms = summary("高新技术企业达到326家，新增112家。");
    assert_eq!(label(&ms, "112家"), "新增高新技术企业");
}

#[test]
fn a_project_head_takes_the_work_it_belongs_to() {
    // `实施项目`, like `总投资`, names no owner: the sentence's subject goes in front.
    let ms = summary("持续推进白洋淀上游流域综合治理，投资187亿元，实施项目169个。");
    assert_eq!(label(&ms, "169个"), "白洋淀上游流域综合治理实施项目");
}

#[test]
fn a_capacity_measures_the_facility_named_after_it() {
    let ms = summary("投资4200万元的日处理60吨餐厨垃圾处理厂主体工程开工建设。");
    assert_eq!(label(&ms, "60吨"), "餐厨垃圾处理厂日处理");
    // Inside another number's owner the capacity is the facility's spec, not its name.
    assert_eq!(label(&ms, "4200万元"), "餐厨垃圾处理厂主体工程投资");
    let ms = plan("完成日处理5万吨净水厂扩建。");
    assert_eq!(label(&ms, "5万吨"), "净水厂日处理");
}

#[test]
fn a_road_is_an_owner_of_its_investment() {
    let ms = summary("投资2.1亿元的机场快速路建成通车。");
    assert_eq!(label(&ms, "2.1亿元"), "机场快速路投资");
}

#[test]
fn a_bare_measure_takes_the_thing_the_sentence_is_about() {
    let ms = plan("苹果种植面积达到3万亩，产量达到8万吨；核桃总产量达到2万吨，实现产值4.5亿元。");
    assert_eq!(label(&ms, "8万吨"), "苹果产量");
    assert_eq!(label(&ms, "4.5亿元"), "核桃产值");
    // No number before it in the sentence: the previous clause's subject.
    let ms = plan("支持箱包市场做大做强，年出口5亿美元以上。");
    assert_eq!(label(&ms, "5亿美元"), "箱包市场年出口");
}

#[test]
fn a_generic_head_before_the_number_is_of_the_thing_done_after_it() {
    let ms = summary("投资800万元完成了第二中学实验楼建设。");
    assert_eq!(label(&ms, "800万元"), "第二中学实验楼建设投资");
}

#[test]
fn a_growth_of_a_level_with_a_generic_head_keeps_the_head() {
    let ms = summary("全社会固定资产投资完成77.6亿元，同比增长9.1%。");
    assert_eq!(label(&ms, "9.1%"), "全社会固定资产投资同比增长");
}

#[test]
fn a_bare_investment_is_of_the_work_done_after_it() {
    // In its own clause: the one thing the sentence's last clause does.
    let ms = plan("投资1亿元，启动实施北郊水厂改扩建工程。投资800万元，完成4个村的饮水安全工程。");
    assert_eq!(label(&ms, "1亿元"), "北郊水厂改扩建工程投资");
    assert_eq!(label(&ms, "800万元"), "饮水安全工程投资");
    // Counts of one piece of work in a row: the work is named after the last.
    let ms = summary("投资3600万元，完成50栋住宅楼、12万平方米既有建筑节能改造。");
    assert_eq!(label(&ms, "3600万元"), "既有建筑节能改造投资");
    // In the same clause, before a count: the work done on the things counted.
    let ms = summary("投资1.3亿元完成了12条道路的改扩建。");
    assert_eq!(label(&ms, "1.3亿元"), "道路改扩建投资");
    // A list, more clauses, or a result (`完成投资`) leave it alone.
    let ms = summary("投资5亿元，推进滨河景观改造、老街整治。完成投资20亿元，加速打造新城。");
    assert_eq!(label(&ms, "5亿元"), "投资");
    assert_eq!(label(&ms, "20亿元"), "完成投资");
}

#[test]
fn a_bare_investment_belongs_to_the_body_of_work_its_topic_names() {
    let in_topic = |title: &str, text: &str| {
        report::scan_block(
            text,
            &report::BlockContext {
                part: report::PartKind::Plan,
                part_index: 2,
                topic: Some(title.to_string()),
                ..Default::default()
            },
        )
    };
    let ms = in_topic(
        "全面加快东山新区建设",
        "全面加快东山新区建设。坚持规划先行，高质量推进新区建设。年内计划投资60亿元，实施重点项目30个。",
    );
    assert_eq!(label(&ms, "60亿元"), "东山新区计划投资");
    // A manner before the verb leaves a clause, not a body of work.
    let ms = in_topic(
        "高标准高质量建设东山新区",
        "高标准高质量建设东山新区。完成投资20亿元。",
    );
    assert_eq!(label(&ms, "20亿元"), "完成投资");
}

#[test]
fn money_for_a_purpose_belongs_to_the_purpose() {
    let ms = summary("五年累计投入12亿元用于老旧城区基础设施建设。");
    assert_eq!(label(&ms, "12亿元"), "老旧城区基础设施建设累计投入");
}

#[test]
fn a_growth_averaged_over_years_borrows_the_subject_like_a_bare_growth() {
    let ms = summary("实现地区生产总值3.2万亿元，增长6.7%，两年平均增长5.1%。");
    assert_eq!(label(&ms, "5.1%"), "地区生产总值两年平均增长");
    // `年均` before `分别` stays each item's wording.
    let ms = summary("固定资产投资、社会消费品零售总额年均分别增长4.2%、6.9%。");
    assert_eq!(label(&ms, "4.2%"), "固定资产投资年均增长");
    assert_eq!(label(&ms, "6.9%"), "社会消费品零售总额年均增长");
}

#[test]
fn a_bare_measure_after_a_clause_of_how_a_sector_fared_takes_the_sector() {
    let ms = summary("工业平稳发展，增加值增长4.2%。农业较快发展，增加值增长6.1%。");
    assert_eq!(label(&ms, "4.2%"), "工业增加值增长");
    assert_eq!(label(&ms, "6.1%"), "农业增加值增长");
}

#[test]
fn a_projects_phase_in_a_topic_clause_leaves_the_project_as_owner() {
    let ms = summary("农牧业快速发展。蔬菜基地工程一期全面完工，完成投资1.8亿元。");
    assert_eq!(label(&ms, "1.8亿元"), "蔬菜基地工程完成投资");
}

#[test]
fn a_topic_of_development_work_owns_the_investment_after_it() {
    let ms = summary("棚户区改造和房地产开发进程加快，完成投资120亿元。");
    assert_eq!(label(&ms, "120亿元"), "棚户区改造和房地产开发完成投资");
}

#[test]
fn a_topic_that_opens_with_a_verb_of_pushing_work_owns_no_investment() {
    let ms = plan("三要狠抓项目建设，确保拟建项目尽快开工，力争年内投资总规模突破80亿元。");
    assert_eq!(label(&ms, "80亿元"), "年内投资总规模");
}

#[test]
fn an_owner_after_de_that_opens_with_a_counter_char_keeps_it() {
    // `项目`, `场馆`: their first char is a counter only after digits.
    let ms = summary("投资8亿元的项目12个，投资2亿元的场馆改造顺利完成。");
    assert_eq!(label(&ms, "8亿元"), "项目投资");
    assert_eq!(label(&ms, "2亿元"), "场馆投资");
}

#[test]
fn a_rate_of_a_generic_head_is_of_the_sentences_subject() {
    let ms = summary("96个市重点项目完成投资180.5亿元，年度投资完成率108.2%。");
    assert_eq!(label(&ms, "108.2%"), "市重点项目年度投资完成率");
}

#[test]
fn an_investment_after_a_list_items_number_and_a_verb_of_doing_is_of_the_project_after_de() {
    let ms = plan("2.发展绿色电力。3.做好投资13亿元的新材料产业园项目建设。");
    assert_eq!(label(&ms, "13亿元"), "新材料产业园项目投资");
}

#[test]
fn a_capacity_takes_its_owners_name_with_the_project() {
    let ms = summary("祥发油脂年产12500吨米糠油项目进入试生产阶段，实施总装机26.9万千瓦光伏项目。");
    assert_eq!(label(&ms, "12500吨"), "祥发油脂米糠油项目年产");
    assert_eq!(label(&ms, "26.9万千瓦"), "光伏项目总装机");
}

#[test]
fn a_planned_total_investment_is_a_generic_head() {
    // `计划总投资` after a count of projects is the projects' planned investment.
    let ms = plan("申报三级重点项目超37个，计划总投资超170亿元。");
    assert!(label(&ms, "170亿元").ends_with("三级重点项目计划总投资"));
}

#[test]
fn a_time_between_a_light_verb_and_a_generic_head_keeps_the_head_generic() {
    // `完成年度投资607亿元`: the year's investment of the projects counted before.
    let ms = summary("实施小清河复航等141个“七网”建设项目，完成年度投资607亿元。");
    assert!(label(&ms, "607亿元").ends_with("“七网”建设项目年度投资"));
}

#[test]
fn a_generic_head_is_not_said_twice_after_an_owner_that_ends_in_it() {
    let ms = summary("统筹整合资金3.9亿元实施项目251个。");
    assert!(!label(&ms, "251个").contains("实施项目实施项目"));
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
fn a_total_put_in_takes_its_owner_after_de_the_project_a_dash_names() {
    // `总投入` is a generic head like `总投资`; after a dash, the project within a larger one.
    let ms = summary("总投入600余万元的乡村美丽宜居二期工程-斜蚌线提升改造工程完工，总投入5000余万元的土牛咀流域水生态治理项目加快推进。");
    assert_eq!(label(&ms, "600余万元"), "斜蚌线提升改造工程总投入");
    assert_eq!(label(&ms, "5000余万元"), "土牛咀流域水生态治理项目总投入");
}

#[test]
fn an_investment_right_before_the_project_named_after_it_is_that_projects() {
    // `投资3000万元铅锌矿采选项目`: no `的` between them, the project named whole after the figure;
    // an item with its own investment ends the `的` phrase before it.
    let ms = summary("总投资1.2亿元的矿山弃渣综合回收利用项目、投资3000万元铅锌矿采选项目落地。");
    assert_eq!(label(&ms, "3000万元"), "铅锌矿采选项目投资");
    assert_eq!(label(&ms, "1.2亿元"), "矿山弃渣综合回收利用项目总投资");
}
