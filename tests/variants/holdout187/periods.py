"""Multi-year project tables with 中期 and 年度 columns (oo09–oo12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout187.common import footer, header, two_periods
from tests.variants.holdout187.registry import variant
from tests.variants.kit import Book, mk, ok, pct

WIDE = (16, 18, 30, 18, 18, 18, 14)


@variant(
    "oo09-river-three-years-correct",
    (8,),
    "project, three years, NAT-2021, 中期 and 年度 value columns, operators inside the values; "
    "=0 起 in both columns, standard × 公里 within the money in both",
)
def oo09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    project_head(
        s,
        year=2026,
        years=3,
        name="溪川县中小河流综合治理",
        dept="溪川县水利局（312005）",
        unit="溪川县河道管理所",
        money=two_periods((900, 750, 150), (320, 270, 50)),
        attr="新增项目",
        goals=(
            "2026—2028年累计治理中小河流45公里，建设生态护岸60公里，治理河段水质达标率稳定在"
            "90%以上。",
            "2026年治理中小河流15公里，建设生态护岸20公里，治理河段水质达标率达到90%以上。",
        ),
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "中小河流综合治理长度", "≥45公里", "≥15公里"),
            (None, None, "生态护岸建设长度", "≥60公里", "≥20公里"),
            (None, "质量指标", "治理工程验收合格率", "=100%", "=100%"),
            (None, "时效指标", "治理工程完工时间", "2028年12月31日前", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "每公里河道治理成本", "≤16万元/公里", "≤16万元/公里"),
            ("效益指标", "生态效益指标", "治理河段水质达标率", "≥90%", "≥90%"),
            (None, "社会效益指标", "河道施工安全事故发生数", "=0起", "=0起"),
            (None, "可持续影响指标", "河长制巡河管护机制", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="方志远", tel="0571-6609127")
    return b


@variant(
    "oo10-village-roads-annual-total-text",
    (8, 12),
    "project, two years, NAT-2021, 中期 and 年度 columns and a unit column; the 年度资金总额 "
    "equals 财政拨款 alone while 其他资金 is 35, the 年度目标 promises 30 公里 against ≥20",
)
def oo10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    annual = mk(240, "B101", "error", note="240 = 财政拨款 alone; + 其他资金 35 makes 275")
    project_head(
        s,
        year=2026,
        years=2,
        name="松阳市村组道路硬化工程",
        dept="松阳市农业农村局（603011）",
        unit="松阳市农村公路建设中心",
        money=two_periods((560, 480, 80), (annual, 240, 35)),
        attr="新增项目",
        goals=(
            "2026—2027年累计硬化村组道路70公里，惠及行政村40个，建立道路管护机制。",
            ok(
                "2026年完成村组道路硬化30公里，惠及行政村18个。",
                note="the text's 30 公里 against the annual ≥20",
            ),
        ),
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "村组道路硬化里程",
                "≥70",
                mk("≥20", "D104", "warning", row=True, note="the 年度目标 says 30公里"),
                "公里",
            ),
            (None, None, "惠及行政村数量", "≥40", "≥18", "个"),
            (None, "质量指标", "路面工程验收合格率", "≥98", "≥98", "%"),
            (
                None,
                "时效指标",
                "道路硬化工程完工时间",
                "2027年11月30日前",
                "2026年11月30日前",
                None,
            ),
            ("成本指标", "经济成本指标", "每公里道路硬化成本", "≤6.5", "≤6.5", "万元/公里"),
            ("效益指标", "社会效益指标", "行政村通硬化路比例", "≥95", "≥90", "%"),
            (None, "可持续影响指标", "村组道路管护机制", "建立并执行", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "oo11-chronic-care-operator-column-correct",
    (1, 8, 11),
    "project, two years, OLD-NAT, operator column, 中期 and 年度 columns, unit column, percent "
    "cells; a 下降率 ≥5% as the size of a fall",
)
def oo11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    project_head(
        s,
        year=2027,
        years=2,
        name="基层慢性病综合管理服务",
        dept="白沙河区卫生健康局（205012）",
        unit="白沙河区疾病预防控制中心",
        money=two_periods((420, 360, 60), (200, 170, 30)),
        goals=(
            "2027—2028年累计开展慢病随访服务48000人次，培训基层医生600人，高血压患者血压控制率"
            "稳定在60%以上。",
            "2027年开展慢病随访服务24000人次，培训基层医生300人，随访记录规范率达到90%以上。",
        ),
    )
    header(
        s, "一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值", "计量单位"
    )
    s.table(
        [
            ("产出指标", "数量指标", "慢病患者随访服务人次", "≥", 48000, 24000, "人次"),
            (None, None, "基层医生慢病管理培训人数", "≥", 600, 300, "人"),
            (None, "质量指标", "随访记录规范率", "≥", pct(0.9), pct(0.9), "%"),
            (None, "时效指标", "随访信息录入时限", "≤", 7, 7, "工作日"),
            (None, "成本指标", "每人次随访补助标准", "≤", 30, 30, "元/人次"),
            ("效益指标", "社会效益指标", "高血压患者血压控制率", "≥", pct(0.6), pct(0.6), "%"),
            (None, None, "慢病相关住院人次下降率", "≥", pct(0.05), pct(0.05), "%"),
            (
                None,
                "可持续影响指标",
                "医防融合慢病管理机制",
                None,
                "建立并执行",
                "建立并执行",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "签约患者满意度", "≥", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="黄思远", tel="0731-8812640", note="注：指标性质栏填写≥、≤或=。", width=7)
    return b


@variant(
    "oo12-housekeeping-rate-in-people-duplicate",
    (8,),
    "project, three years, NAT-2021, 中期 and 年度 columns, operators inside the values; an "
    "annual 完成率 written ≥100人, the training count under 产出 repeated under 效益",
)
def oo12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    project_head(
        s,
        year=2026,
        years=3,
        name="家政服务人员职业化培训",
        dept="青岚市商务局（408015）",
        unit="青岚市家政服务业协会",
        money=two_periods((600, 500, 100), (210, 180, 30)),
        goals=(
            "2026—2028年累计培训家政服务人员3000人，培训考核合格率保持在90%以上，建立职业化"
            "培训体系。",
            "2026年培训家政服务人员1000人，培训考核合格率达到90%以上。",
        ),
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    rate = mk(
        mk("≥100人", "T105", "error"),
        "D203",
        "warning",
        row=True,
        required=False,
        note="written differently from the 中期 =100%: the same slip",
    )
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                ok("家政服务人员培训人数", note="the first of the two"),
                "≥3000人",
                "≥1000人",
            ),
            (None, None, "培训计划完成率", "=100%", rate),
            (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
            (None, "时效指标", "年度培训完成时间", "2028年11月30日前", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "人均培训成本", "≤1800元/人", "≤1800元/人"),
            (
                "效益指标",
                "社会效益指标",
                mk(
                    "家政服务人员培训人数",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="the same count as under 数量指标",
                ),
                "≥3000人",
                "≥1000人",
            ),
            (None, "可持续影响指标", "家政服务职业化培训体系", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b
