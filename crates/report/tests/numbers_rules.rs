//! One test per number rule, on single paragraphs.

mod common;

use common::{find, label, plan, summary};
use report::{scan_block, BlockContext};
use report::{Direction, NumberKind, NumberMention, PartKind};

fn raws(ms: &[NumberMention]) -> Vec<&str> {
    ms.iter().map(|m| m.raw.as_str()).collect()
}

#[test]
fn units_as_written_and_base_units() {
    let ms = summary(
        "房地产销面累计销售14.21万平方米,完工里程5.8千米,完成城市更新22.17公顷,点火率达91.51%。",
    );
    let m = find(&ms, "14.21万平方米");
    assert_eq!(
        (m.value, m.unit.as_deref()),
        (Some(14.21), Some("万平方米"))
    );
    assert_eq!(
        (m.base_value, m.base_unit.as_deref()),
        (Some(142100.0), Some("平方米"))
    );
    let m = find(&ms, "5.8千米");
    assert_eq!(
        (m.base_value, m.base_unit.as_deref()),
        (Some(5.8), Some("千米"))
    );
    let m = find(&ms, "22.17公顷");
    assert_eq!(m.base_unit.as_deref(), Some("公顷"));
    let m = find(&ms, "91.51%");
    assert_eq!(
        (m.unit.as_deref(), m.base_unit.as_deref()),
        (Some("%"), Some("%"))
    );
}

#[test]
fn wan_and_yi_expand_exactly() {
    let ms = summary("产值329.73亿元,查处1.67万宗,空间15.01万平方米,补贴62.7万元,客流超40万人次。");
    let base = |raw: &str| find(&ms, raw).base_value;
    assert_eq!(base("329.73亿元"), Some(32973000000.0));
    assert_eq!(find(&ms, "329.73亿元").base_unit.as_deref(), Some("元"));
    assert_eq!(base("1.67万宗"), Some(16700.0));
    assert_eq!(base("15.01万平方米"), Some(150100.0));
    assert_eq!(base("62.7万元"), Some(627000.0));
    assert_eq!(base("40万人次"), Some(400000.0));
}

#[test]
fn approx_words_are_qualifiers_not_units() {
    let ms = summary("走访慰问老人1400余人次,服务10余家企业增资扩产。");
    let m = find(&ms, "1400余人次");
    assert_eq!(
        (m.unit.as_deref(), m.qualifier.as_deref()),
        (Some("人次"), Some("余"))
    );
    let m = find(&ms, "10余家");
    assert_eq!(
        (m.unit.as_deref(), m.qualifier.as_deref()),
        (Some("家"), Some("余"))
    );
}

#[test]
fn numbers_without_unit() {
    let ms = summary("街道13个主要经济指标呈现12正1负的良好态势。");
    assert_eq!(raws(&ms), ["13个", "12正", "1负"]);
    let m = find(&ms, "12正");
    assert_eq!(
        (m.value, m.unit.clone(), m.base_unit.clone()),
        (Some(12.0), None, None)
    );
    let ms = plan("完成1682隐患房屋的整治销号。");
    let m = find(&ms, "1682");
    assert_eq!((m.unit.clone(), m.kind), (None, Some(NumberKind::Target)));
}

#[test]
fn qualifiers_in_source_order() {
    let ms = plan("受惠群众预计超30万人次,年底完成不少于720对,新增托位340个以上,争取下半年落地电子烟等上下游企业5家。");
    assert_eq!(find(&ms, "30万人次").qualifier.as_deref(), Some("预计+超"));
    assert_eq!(find(&ms, "720对").qualifier.as_deref(), Some("不少于"));
    assert_eq!(find(&ms, "340个").qualifier.as_deref(), Some("以上"));
    assert_eq!(find(&ms, "5家").qualifier.as_deref(), Some("争取"));
    let ms =
        summary("累计发放各类就业专项补贴超565万元,发放惠企奖补约3000万元,保障已签约27家企业。");
    assert_eq!(find(&ms, "565万元").qualifier.as_deref(), Some("累计+超"));
    assert_eq!(find(&ms, "3000万元").qualifier.as_deref(), Some("约"));
    assert_eq!(find(&ms, "27家").qualifier, None, "签约 is no 约");
}

#[test]
fn growth_direction_and_basis() {
    let ms = summary("规上工业累计产值329.73亿元,同比增长4.1%。二季度群众投诉环比下降68.43%。就业率提高2个百分点,能耗下降3%。");
    let m = find(&ms, "4.1%");
    assert_eq!(m.kind, Some(NumberKind::Growth));
    assert_eq!(
        (m.direction, m.basis.as_deref()),
        (Some(Direction::Up), Some("同比"))
    );
    let m = find(&ms, "68.43%");
    assert_eq!(
        (m.direction, m.basis.as_deref()),
        (Some(Direction::Down), Some("环比"))
    );
    let m = find(&ms, "2个百分点");
    assert_eq!(
        (m.kind, m.direction),
        (Some(NumberKind::Growth), Some(Direction::Up))
    );
    assert_eq!(m.unit.as_deref(), Some("个百分点"));
    let m = find(&ms, "3%");
    assert_eq!(
        (m.kind, m.direction, m.basis.clone()),
        (Some(NumberKind::Growth), Some(Direction::Down), None)
    );
    // `新增` is a quantity, not a growth.
    let ms = summary("新增停车泊位1528个。");
    assert_eq!(ms[0].kind, Some(NumberKind::Amount));
}

#[test]
fn rates_and_ranks() {
    let ms = summary(
        "三期拆除建筑物34.14万平方米,完成率68.2%。土地整备入库15.69公顷,整备任务完成率全区第二。",
    );
    assert_eq!(find(&ms, "68.2%").kind, Some(NumberKind::Rate));
    let m = find(&ms, "第二");
    assert_eq!(m.kind, Some(NumberKind::Rank));
    assert_eq!(
        (m.value, m.unit.as_deref(), m.base_unit.as_deref()),
        (Some(2.0), Some("名"), Some("名"))
    );
    assert_eq!(m.label.as_deref(), Some("整备任务完成率全区排名"));
    let ms = summary(
        "新桥社区评选分数全市排名第一。厨余垃圾分类率排名全区前列。臭氧浓度等指标全区排名靠前。",
    );
    assert_eq!(find(&ms, "第一").value, Some(1.0));
    let m = find(&ms, "前列");
    assert_eq!((m.kind, m.value), (Some(NumberKind::Rank), None));
    assert_eq!(find(&ms, "靠前").kind, Some(NumberKind::Rank));
}

#[test]
fn chinese_numeral_quantities() {
    let ms = summary("实现连续7个月交通亡人事故零发生,推动重大事故隐患动态清零。");
    // The `零` of `清零` is a result too (none left).
    assert_eq!(raws(&ms), ["7个月", "零", "零"]);
    let m = find(&ms, "零");
    assert_eq!(
        (m.value, m.kind, m.is_indicator),
        (Some(0.0), Some(NumberKind::Amount), true)
    );
    assert_eq!(m.label.as_deref(), Some("交通亡人事故"));
    let ms =
        plan("做好华测、创鑫激光、联通三个意向项目对接,落实中央八项规定,深化“三个一”企业服务。");
    assert_eq!(raws(&ms), ["三个"]);
    assert_eq!(
        (ms[0].value, ms[0].kind),
        (Some(3.0), Some(NumberKind::Target))
    );
}

#[test]
fn years_and_dates_are_not_indicators() {
    let ms = summary(
        "2024年以来,民生诉求服务工作2、3月被列入红榜,4月满意度调查通报表扬,1月23日召开会议。",
    );
    assert_eq!(raws(&ms), ["2024年", "2", "3月", "4月", "1月23日"]);
    assert!(ms.iter().all(|m| !m.is_indicator && m.kind.is_none()));
}

#[test]
fn names_ordinals_and_concepts_are_not_indicators() {
    let text = "深入推进“91530”项目,实施2024年“6·30”助力乡村振兴活动,形成“3+1+N”工作小组,\
                结合“12·4”国家宪法日,PM2.5、PM10浓度全区排名靠前,推动市第二十八高级中学开工,\
                开展“宝安第一课”培训,申报区级第七批非物质文化遗产,举办第三届广场音乐会,\
                打造10分钟居家社区养老生活圈,完善5分钟消防应急救援格局,全面落实《2024年深圳市信访工作要点》。";
    let ms = summary(text);
    for raw in [
        "91530",
        "2024年",
        "6·30",
        "3+1+N",
        "12·4",
        "PM2.5",
        "PM10",
        "第二十八",
        "第一",
        "第七批",
        "第三届",
        "10分钟",
        "5分钟",
    ] {
        let m = find(&ms, raw);
        assert!(!m.is_indicator, "{raw} should not be an indicator");
        assert_eq!(m.kind, None, "{raw}");
    }
    assert_eq!(find(&ms, "PM2.5").value, Some(2.5));
    assert_eq!(find(&ms, "12·4").value, None);
    assert_eq!(ms.iter().filter(|m| m.raw == "2024年").count(), 2);
    assert_eq!(find(&ms, "靠前").kind, Some(NumberKind::Rank));
}

#[test]
fn plan_amounts_are_targets() {
    let ms = plan("举办8场系列活动,新增托位340个以上。");
    assert!(ms.iter().all(|m| m.kind == Some(NumberKind::Target)));
    let ms = summary("举办8场系列活动。");
    assert_eq!(ms[0].kind, Some(NumberKind::Amount));
}

#[test]
fn relates_to_links_to_the_described_number() {
    let ms = summary("规上工业累计产值329.73亿元,同比增长4.1%。化解办结各类矛盾纠纷9325宗,化解率96.68%;申诉求决类初件一次性化解率100%,全区第一。业务受理量1563件,连续5个月全区排名第一。");
    let idx = |raw: &str| ms.iter().position(|m| m.raw == raw).unwrap();
    assert_eq!(find(&ms, "4.1%").relates_to, Some(idx("329.73亿元")));
    assert_eq!(
        find(&ms, "4.1%").label.as_deref(),
        Some("规上工业累计产值同比增长")
    );
    assert_eq!(find(&ms, "96.68%").relates_to, Some(idx("9325宗")));
    assert_eq!(find(&ms, "100%").relates_to, None);
    let firsts: Vec<_> = ms.iter().filter(|m| m.raw == "第一").collect();
    assert_eq!(firsts[0].relates_to, Some(idx("100%")));
    assert_eq!(firsts[1].relates_to, Some(idx("1563件")));
    assert_eq!(find(&ms, "329.73亿元").relates_to, None);
}

#[test]
fn labels_use_the_clause_words() {
    let ms = summary(
        "累计走访企业2509家次,吸引5家电子烟上下游企业落地,完成1家托育中心、8家社区托育服务点建设。",
    );
    assert_eq!(find(&ms, "2509家次").label.as_deref(), Some("走访企业"));
    assert_eq!(
        find(&ms, "5家").label.as_deref(),
        Some("吸引电子烟上下游企业落地")
    );
    assert_eq!(
        find(&ms, "8家").label.as_deref(),
        Some("社区托育服务点建设")
    );
}

#[test]
fn offsets_are_shifted_by_the_block() {
    let ms = scan_block(
        "产值329.73亿元",
        &BlockContext {
            offset: 100,
            first_index: 7,
            ..Default::default()
        },
    );
    assert_eq!(ms[0].offset, 102);
}

#[test]
fn full_width_digits() {
    let ms = summary("建成５个站点,占比８０％。");
    assert_eq!(find(&ms, "５个").value, Some(5.0));
    let m = find(&ms, "８０％");
    assert_eq!((m.value, m.kind), (Some(80.0), Some(NumberKind::Rate)));
}

#[test]
fn corpus_shapes() {
    let ms = summary("培育国家“小巨人”企业3-5家,三次产业比重调整为9.2:63.7:27.1,大唐2×66万千瓦发电,“三步走”战略目标^[1]。");
    let m = find(&ms, "3-5家");
    assert_eq!(
        (m.value, m.unit.as_deref(), m.is_indicator),
        (None, Some("家"), true)
    );
    assert_eq!(find(&ms, "9.2:63.7:27.1").kind, Some(NumberKind::Rate));
    let m = find(&ms, "2×66万千瓦");
    assert_eq!(m.base_unit.as_deref(), Some("千瓦"));
    assert!(!find(&ms, "1").is_indicator);
}

#[test]
fn from_to_frames_take_the_subject_before_the_frame() {
    let ms = summary("全镇财政收入由2018年的3.5亿元增加到2023年的6.2亿元，年均增长12.1%；绿化率从2018年的31%提高到40%。");
    assert_eq!(label(&ms, "3.5亿元"), "全镇财政收入");
    assert_eq!(label(&ms, "6.2亿元"), "全镇财政收入");
    let idx = ms.iter().position(|m| m.raw == "6.2亿元").unwrap();
    assert_eq!(find(&ms, "12.1%").relates_to, Some(idx));
    assert_eq!(label(&ms, "12.1%"), "全镇财政收入年均增长");
    assert_eq!(label(&ms, "31%"), "绿化率");
    assert_eq!(label(&ms, "40%"), "绿化率");
    // Without years, and for ratios.
    let ms = summary(
        "一般预算支出由8.3亿元增加到12.6亿元。三次产业结构由2019年的12:48:40调整为10:45:45。",
    );
    assert_eq!(label(&ms, "8.3亿元"), "一般预算支出");
    assert_eq!(label(&ms, "12.6亿元"), "一般预算支出");
    assert_eq!(label(&ms, "12:48:40"), "三次产业结构");
    assert_eq!(label(&ms, "10:45:45"), "三次产业结构");
}

#[test]
fn labels_drop_leading_and_trailing_function_words() {
    let ms = summary("全县粮食产量完成21.4万吨，完成全年任务的103.5%，2023年的接待游客45万人次。");
    assert_eq!(label(&ms, "21.4万吨"), "全县粮食产量");
    // A rate keeps its `完成`, after the figure whose plan it is.
    assert_eq!(label(&ms, "103.5%"), "全县粮食产量完成全年任务");
    assert_eq!(label(&ms, "45万人次"), "接待游客");
    // `年底完成` keeps its verb: `年底` alone names nothing measured.
    let ms = plan("年底完成不少于300户。");
    assert_eq!(label(&ms, "300户"), "年底完成");
    for m in &ms {
        let l = m.label.as_deref().unwrap_or("");
        assert!(!l.starts_with('的') && !l.ends_with('的'), "{l}");
    }
}

#[test]
fn comparison_frames_and_bare_verbs_borrow_the_sentence_subject() {
    let ms = summary("2023年农民人均纯收入完成18650元，比2018年增加5320元，年均递增8.4%。");
    assert_eq!(label(&ms, "5320元"), "农民人均纯收入比2018年增加");
    let idx = ms.iter().position(|m| m.raw == "18650元").unwrap();
    assert_eq!(
        find(&ms, "8.4%").relates_to,
        Some(idx),
        "an annual growth describes the level, not the change"
    );
    assert_eq!(label(&ms, "8.4%"), "农民人均纯收入年均递增");
    // `比…分别降低X和Y`: the subject stands before `比`; each item takes its part of it, and the
    // basis.
    let ms = summary("全镇氨氮排放量与总磷排放量比2019年分别降低6.1%和9.4%。");
    assert_eq!(label(&ms, "6.1%"), "全镇氨氮排放量比2019年降低");
    assert_eq!(label(&ms, "9.4%"), "总磷排放量比2019年降低");
}

#[test]
fn multiples_borrow_the_nearest_noun_phrase() {
    let ms = summary("2023年游客接待量达到320万人次，是2018年的1.9倍。");
    assert_eq!(label(&ms, "1.9倍"), "游客接待量是2018年的倍数");
    // No number earlier in the sentence: the previous clause's subject.
    let ms = summary("乡村教师生活补助逐年提高，平均达到800元，是2018年的2倍。");
    assert_eq!(label(&ms, "800元"), "乡村教师生活补助");
    assert_eq!(label(&ms, "2倍"), "乡村教师生活补助是2018年的倍数");
}

#[test]
fn bare_labels_fall_back_to_the_topic_title() {
    let ms = scan_block(
        "比上年增加1200人。",
        &BlockContext {
            part: PartKind::Summary,
            part_index: 1,
            topic: Some("城镇新增就业".to_string()),
            ..Default::default()
        },
    );
    assert_eq!(label(&ms, "1200人"), "城镇新增就业比上年增加");
}
