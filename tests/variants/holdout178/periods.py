"""Multi-year project returns of the 178th held-out set, 中期 and 年度 columns and the money of
each year (of02, of03, of17, of18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout178.common import (
    HEAD2,
    indicators,
    multi_year,
    new_book,
    sign,
    w,
    year_lines,
)
from tests.variants.holdout178.registry import variant
from tests.variants.kit import Book, mk, ok


@variant(
    "of02-water-mains-years-short",
    (1,),
    (
        "three-year project, NAT-2021, 中期 and 年度 columns, money "
        "of each year below the head: the 中期资金总额 is not the sum "
        "of the years"
    ),
)
def of02() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        years=3,
        name="青岚市城区老旧供水管网改造项目",
        dept="青岚市住房和城乡建设局（131）",
        unit="青岚市供水服务中心",
        money=multi_year(
            (
                mk(w(900), "B102", "error", alt=("B101",), note="2026—2028年各年资金合计850万元"),
                ok(w(810), "error"),
                ok(w(90), "error"),
            ),
            (300, 270, 30),
        ),
        goals=[
            "2026—2028年改造老旧供水管网15公里，更换老旧水表9000只，管网漏损率降至10%以内。",
            "2026年改造老旧供水管网5公里，更换老旧水表3000只，管网漏损率降至12%以内。",
        ],
    )
    year_lines(s, [(2026, 300, 270, 30), (2027, 300, 270, 30), (2028, 250, 225, 25)])
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "管网改造单价", "≤55万元/公里", "≤55万元/公里"),
            ("产出指标", "数量指标", "改造供水管网长度", "≥15公里", "≥5公里"),
            (None, None, "更换老旧水表", "≥9000只", "≥3000只"),
            (None, "质量指标", "管网水质综合合格率", "≥98%", "≥98%"),
            (None, "时效指标", "改造任务完成时间", "2028年11月30日前", "2026年11月30日前"),
            ("效益指标", "社会效益指标", "受益居民户数", "≥12000户", "≥4000户"),
            (None, "可持续影响指标", "供水管网漏损率", "≤10%", "≤12%"),
            ("满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%", "≥90%"),
        ],
        head=HEAD2,
    )
    sign(s, 2026, "包成林", "0738-4430716")
    return b


@variant(
    "of03-flood-warning-three-times",
    (1, 11),
    (
        "three-year project, NAT-2021, 中期 and 年度 columns, money "
        "of each year adding up; 中期 counts three times the 年度 "
        "ones (correct)"
    ),
)
def of03() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        years=3,
        name="松岭县山洪灾害监测预警能力提升项目",
        dept="松岭县水利局（325）",
        unit="松岭县水文水资源站",
        money=multi_year((600, 540, 60), (200, 180, 20)),
        goals=[
            "2026—2028年新建自动雨量监测站90个，培训基层防汛责任人1500人次，山洪灾害预警覆盖120个行政村。",
            "2026年新建自动雨量监测站30个，培训基层防汛责任人500人次，预警覆盖40个行政村。",
        ],
    )
    year_lines(s, [(2026, 200, 180, 20), (2027, 220, 198, 22), (2028, 180, 162, 18)])
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单站建设成本", "≤3万元/个", "≤3万元/个"),
            ("产出指标", "数量指标", "新建自动雨量监测站", "≥90个", "≥30个"),
            (None, None, "培训基层防汛责任人", "≥1500人次", "≥500人次"),
            (None, "质量指标", "监测数据到报率", "≥95%", "≥95%"),
            (None, "时效指标", "预警信息发布时限", "≤30分钟", "≤30分钟"),
            ("效益指标", "社会效益指标", "山洪灾害预警覆盖行政村", "≥120个", "≥40个"),
            (None, "可持续影响指标", "监测站点正常运行率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
        ],
        head=HEAD2,
    )
    sign(s, 2026, "易冬青", "0731-6610295")
    return b


@variant(
    "of17-training-base-two-years",
    (11,),
    (
        "two-year project, OLD-NAT, 中期 and 年度 columns, merged "
        "tiers, a 中期 date in the second year (correct)"
    ),
)
def of17() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        years=2,
        name="临溪县职业中专实训基地建设项目",
        dept="临溪县教育局（512）",
        unit="临溪县职业中等专业学校",
        attr="新增项目",
        money=multi_year((400, 360, 40), (220, 200, 20)),
        goals=[
            "2026—2027年建成实训室8间，购置实训设备160台套，年培训学生2400人次。",
            "2026年建成实训室4间，购置实训设备80台套，培训学生1200人次。",
        ],
    )
    year_lines(s, [(2026, 220, 200, 20), (2027, 180, 160, 20)])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "建成实训室", "≥8间", "≥4间"),
            (None, None, "购置实训设备", "≥160台套", "≥80台套"),
            (None, "质量指标", "设备验收合格率", "≥98%", "≥98%"),
            (None, "时效指标", "实训室建设完成时间", "2027年8月31日前", "2026年12月31日前"),
            (None, "成本指标", "单间实训室建设成本", "≤25万元/间", "≤25万元/间"),
            ("效益指标", "社会效益指标", "培训学生", "≥2400人次", "≥1200人次"),
            (None, "可持续影响指标", "合作企业数量", "≥12家", "≥6家"),
            ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%"),
        ],
        head=HEAD2,
    )
    sign(s, 2026, "冯知远", "0744-8139046")
    return b


@variant(
    "of18-wetland-years-cost-percent",
    (1, 9),
    (
        "three-year project, OLD-NAT, unit column before 中期 and "
        "年度 columns: the 中期资金总额 is not the sum of the years, a "
        "成本 in 元/亩 given as a percentage"
    ),
)
def of18() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        years=3,
        name="白沙河区湿地保护修复项目",
        dept="白沙河区林业局（226）",
        unit="白沙河湿地公园管理处",
        money=multi_year(
            (
                mk(w(480), "B102", "error", alt=("B101",), note="2026—2028年各年资金合计450万元"),
                ok(w(480), "error"),
                w(0),
            ),
            (150, 150, 0),
        ),
        goals=[
            "2026—2028年修复退化湿地1800亩，补植湿地植物9万株，湿地保护率提高到60%。",
            "2026年修复退化湿地600亩，补植湿地植物3万株，湿地保护率达到55%。",
        ],
    )
    year_lines(
        s,
        [(2026, 150, 150, 0), (2027, 150, 150, 0), (2028, 150, 150, 0)],
        label="分年度预算（万元）",
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "修复退化湿地面积", "亩", "≥1800", "≥600"),
            (None, None, "补植湿地植物", "株", "≥90000", "≥30000"),
            (None, "质量指标", "补植植物成活率", "%", "≥85", "≥85"),
            (
                None,
                "时效指标",
                "年度修复任务完成时间",
                None,
                "2028年11月30日前",
                "2026年11月30日前",
            ),
            (
                None,
                "成本指标",
                "退化湿地修复单价",
                "元/亩",
                mk("≤6%", "T112", "error", row=True, note="单位列为元/亩，指标值却是百分比"),
                "≤6%",
            ),
            ("效益指标", "生态效益指标", "湿地保护率", "%", "≥60", "≥55"),
            (None, "可持续影响指标", "湿地管护机制", None, "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "%", "≥90", "≥90"),
        ],
        head=("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"),
    )
    sign(s, 2026, "温若谷", "0736-2245183")
    return b
