//! The metadata reader's unit tests: keyed fields, delivery lines, titles, dates.

use super::delivery::parse_date;
use super::*;
use crate::parser::lines::split_lines;

fn meta(s: &str) -> Meta {
    extract(&split_lines(s))
}

#[test]
fn web_page_line() {
    let m = meta(
        "落实情况公开\n您现在的位置 首页\u{a0}>\u{a0}结果公开\n新桥街道2024年上半年工作总结和下半年工作计划\n信息来源:新桥街道办事处 信息提供日期:2024-10-22 15:41 【字体: 视力保护色:\n",
    );
    assert_eq!(
        m.title.as_deref(),
        Some("新桥街道2024年上半年工作总结和下半年工作计划")
    );
    assert_eq!(m.publisher.as_deref(), Some("新桥街道办事处"));
    assert_eq!(m.published.as_deref(), Some("2024-10-22T15:41"));
    assert_eq!(m.source_url, None);
}

#[test]
fn scraper_header_wins() {
    let m = meta("标题：高阳县2017年政府工作报告\n发文单位：高阳县人民政府\n发文时间：2017-02-23\n来源URL：https://x.cn/a?b=1\n正文：\n政 府 工 作 报 告\n2017年2月23日在高阳县第十七届人民代表大会第一次会议上\n");
    assert_eq!(m.title.as_deref(), Some("高阳县2017年政府工作报告"));
    assert_eq!(m.publisher.as_deref(), Some("高阳县人民政府"));
    assert_eq!(m.published.as_deref(), Some("2017-02-23"));
    assert_eq!(m.source_url.as_deref(), Some("https://x.cn/a?b=1"));
}

#[test]
fn source_lines_link_only_to_web_pages() {
    for other in [
        "javascript://%0aalert(1)",
        "JAVASCRIPT://x",
        "data://text/html,x",
        "vbscript://x",
        "file:///etc/passwd",
        "//evil.example/x",
        "https://x.cn/a b",
    ] {
        let m = meta(&format!("来源URL：{other}\n"));
        assert_eq!(m.source_url, None, "{other}");
    }
    // A refused address does not hide a web page named after it.
    let m = meta("来源URL：javascript://%0aalert(1)\n原文链接： HTTPS://x.cn/a \n");
    assert_eq!(m.source_url.as_deref(), Some("HTTPS://x.cn/a"));
    let text = "来源URL：javascript://%0aalert(1)\n一、工作总结\n产值329.73亿元。\n";
    assert_eq!(crate::parse(text).unwrap().source_url, None);
}

#[test]
fn unknown_date_and_delivery_line() {
    let m = meta("标题：2022年保定市政府工作报告\n发文时间：未知\n――2022年1月23日在保定市第十六届人民代表大会第二次会议上\n保定市人民政府市长 闫继红\n");
    assert_eq!(m.published.as_deref(), Some("2022-01-23"));
    assert_eq!(m.publisher.as_deref(), Some("保定市人民政府"));
    let m = meta("政 府 工 作 报 告\n ——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上\n 海拉尔区人民政府区长\u{3000}\u{3000}杜联合\n");
    assert_eq!(m.title.as_deref(), Some("海拉尔区政府工作报告（2016年）"));
    assert_eq!(m.published.as_deref(), Some("2016-02-19"));
    assert_eq!(m.publisher.as_deref(), Some("海拉尔区人民政府"));
    let m = meta("----2016年2月9日在会上\n");
    assert_eq!(m.published.as_deref(), Some("2016-02-09"));
    let m = meta("2016年，全县生产总值完成96.3亿元\n");
    assert_eq!(m.published, None);
}

#[test]
fn generic_titles_are_completed_from_publisher_and_year() {
    let c = |t: &str, p: Option<&str>, d: Option<&str>| compose_title(t.into(), p, d);
    assert_eq!(
        c("政府工作报告", Some("高阳县人民政府"), Some("2017-02-23")),
        "高阳县政府工作报告（2017年）"
    );
    assert_eq!(
        c("工作总结", Some("新桥街道办事处"), Some("2024-10-22T15:41")),
        "新桥街道办事处工作总结（2024年）"
    );
    assert_eq!(
        c("政府工作报告", Some("某县人民政府"), None),
        "某县政府工作报告"
    );
    assert_eq!(c("政府工作报告", None, Some("2017-02-23")), "政府工作报告");
    assert_eq!(
        c(
            "2022年保定市政府工作报告",
            Some("保定市人民政府"),
            Some("2022-01-23")
        ),
        "2022年保定市政府工作报告"
    );
}

#[test]
fn dates() {
    assert_eq!(
        parse_date("2024-10-22 15:41 x").unwrap().0,
        "2024-10-22T15:41"
    );
    assert_eq!(parse_date("2024/1/2").unwrap().0, "2024-01-02");
    assert_eq!(
        parse_date("2016年2月19日在").unwrap(),
        ("2016-02-19".into(), "在")
    );
    assert_eq!(
        parse_date("2022-01-24 09:09:00").unwrap().0,
        "2022-01-24T09:09"
    );
    assert!(parse_date("未知").is_none());
    assert!(parse_date("2024-13-01").is_none());
    assert!(parse_date("20244-1-1").is_none());
    assert!(parse_date("2024年").is_none());
}
