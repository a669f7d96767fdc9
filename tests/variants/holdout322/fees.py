"""Returns on bringing pipelines into the tunnels and the paid-use fee (管线入廊, 管廊有偿使用费):
tt13–tt18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout322.common import (
    CENTER,
    CITY_DEPT,
    FLAT,
    HEAD,
    HEAD_OP,
    HEAD_TWO,
    YEAR,
    book,
    fill_date,
    indicators,
    multi_year,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout322.registry import variant
from tests.variants.kit import Book, mk, pct

FEE_OFFICE = "渚阳市管廊有偿使用费征收管理办公室"


@variant("tt13-fee-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）, 1.), "
         "an indicator score column adding to 100 too, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def tt13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="管线入廊协调及有偿使用费征收管理", dept=CITY_DEPT,
                 unit=FEE_OFFICE, money=one_year(84.6, 74.6, 10),
                 goals=["协调新建管廊段管线入廊，按标准征收有偿使用费，提高收缴率。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.新签入廊协议", "≥18份", 10),
        (None, None, "2.新增入廊管线长度", "≥42公里", 10),
        (None, "（二）质量指标", "3.入廊协议条款合规率", "=100%", 10),
        (None, "（三）时效指标", "4.使用费账单开具时限", "≤10个工作日", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.单份协议协调成本", "≤1.5万元/份", 20),
        ("三、效益指标（30分）", "（一）经济效益指标", "6.使用费收缴率比上年提高", "≥5百分点", 10),
        (None, None, "7.年度有偿使用费收入", "≥1260万元", 10),
        (None, "（二）可持续影响指标", "8.收费标准动态调整机制", "建立并执行", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.入廊管线单位满意度", "≥90%",
         10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("tt14-fee-export", (7,),
         "budget-system export: sheets 05-1 and 05-2, header on the third row, project code "
         "and name in the first columns, operators in words, unit column, percent cells "
         "(correct)")  # fmt: skip
def tt14() -> Book:
    code, name = "207001260013", "综合管廊有偿使用费收缴系统运维"
    b, s = book("部门项目支出预算05-1", (16, 30, 14, 14, 14, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row(f"单位名称：{CENTER}", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "备注")
    s.row(code, name, wan(58.8), wan(48.8), wan(10), "延续项目")
    t = b.sheet("部门项目支出绩效目标05-2", (14, 26, 12, 16, 24, 12, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row(f"单位名称：{CENTER}")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "收费系统接入入廊单位", "大于等于", 36, "家"),
        ("产出指标", "质量指标", "电子账单准确率", "大于等于", pct(0.99), "%"),
        ("产出指标", "时效指标", "系统故障恢复时间", "小于等于", 4, "小时"),
        ("成本指标", "经济成本指标", "系统年运维费", "小于等于", 48.8, "万元"),
        ("效益指标", "经济效益指标", "使用费线上缴纳占比", "大于等于", pct(0.8), "%"),
        ("效益指标", "可持续影响指标", "收费数据备份频次", "大于等于", 1, "次/日"),
        ("满意度指标", "服务对象满意度指标", "缴费单位满意度", "大于等于", pct(0.9), "%"),
    ]
    for row in rows:
        t.row(code, name, *row)
    return b


@variant("tt15-fee-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percents typed in Excel, a 投诉率 with ≤, 0件 on errors, weights add to 100 "
         "(correct)")  # fmt: skip
def tt15() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=FEE_OFFICE,
                    budget=[(wan(560), wan(520), wan(40), wan(210), wan(350))],
                    goal="按标准征收管廊有偿使用费，推动新建管廊段管线全部入廊。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("入廊管线使用费收缴率", 15, "%", "≥", pct(0.95)),
        ("新增入廊管线长度", 15, "公里", "≥", 42),
        ("欠费催缴函送达时间", 10, "工作日", "≤", 5),
        ("收费台账更新及时率", 10, "%", "≥", pct(0.98)),
        ("收费争议投诉率", 10, "%", "≤", pct(0.02)),
        ("使用费减免审核差错", 10, "件", "=", 0),
        ("单公里入廊协调成本", 10, "万元/公里", "≤", 1.8),
        ("管线直埋开挖次数下降率", 10, "%", "≥", pct(0.2)),
        ("入廊管线单位满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "柯望舒", "郁晨", "0713-6630952", fill_date(11, 25))
    return b


@variant("tt16-fee-direction", (11, 1),
         "project, NAT-2021, operators in words in 指标性质, unit column, percents typed in "
         "Excel: a 入廊率 typed as 102%, a 事故发生率 with 大于等于")  # fmt: skip
def tt16() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="新建管廊段管线入廊迁改协调", dept=CITY_DEPT,
                 unit=FEE_OFFICE, money=one_year(142, 122, 20),
                 goals=["协调北环路新建管廊段38公里管线迁改入廊，"
                        "迁改期间保障管线安全。"])  # fmt: skip
    over = mk(pct(1.02), "T106", "error", note="入廊率不能超过100%")
    wrong_way = mk("大于等于", "T108", "warning", row=True, note="事故发生率是反向指标")
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "完成迁改入廊管线", "大于等于", 38, "公里"),
        (None, "质量指标", "入廊管线验收合格率", "大于等于", pct(0.98), "%"),
        (None, None, "规划应入廊管线入廊率", "大于等于", over, "%"),
        (None, "时效指标", "单段迁改工期", "小于等于", 45, "天"),
        ("成本指标", "经济成本指标", "单公里迁改协调费", "小于等于", 2.6, "万元/公里"),
        ("效益指标", "社会效益指标", "迁改期间管线安全事故发生率", wrong_way, pct(0.01), "%"),
        (None, "经济效益指标", "减少道路重复开挖", "大于等于", 25, "次"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("tt17-fee-stacked", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "财政拨款 + 其他资金, and one rate is given as a count")  # fmt: skip
def tt17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="管廊有偿使用费收费标准测算", dept=CITY_DEPT,
                 unit=FEE_OFFICE, money=one_year(36, 30, 6),
                 goals=["完成入廊费和日常维护费收费标准测算并报价格主管部门。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "测算收费标准的管线类别", "≥6类"),
        (None, "质量指标", "测算报告评审通过率", "=100%"),
        (None, "时效指标", "测算报告报送时间", "2026年6月30日前"),
        (None, "成本指标", "测算咨询费", "≤36万元"),
        ("效益指标", "经济效益指标", "收费标准覆盖入廊管线比例", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(128), "B101", "error", row=True, note="财政拨款 98 + 其他资金 20 = 118")
    project_head(s, year=YEAR, name="入廊管线普查与档案数字化", dept=CITY_DEPT,
                 unit=CENTER, money=one_year(total, 98, 20), title="",
                 goals=["普查全市入廊管线，完成纸质档案数字化。"])  # fmt: skip
    count = mk("1450卷", "T105", "error", note="数字化率给的是卷数，不是百分比")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "普查入廊管线长度", "≥310公里"),
        (None, "质量指标", "入廊管线档案数字化率", count),
        (None, "时效指标", "普查完成时间", "2026年10月31日前"),
        (None, "成本指标", "单公里普查费用", "≤0.3万元/公里"),
        ("效益指标", "社会效益指标", "管线信息查询响应时间", "≤1个工作日"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("tt18-fee-multi-year", (8,),
         "two-year project, NAT-2021, 实施期 and 年度 value columns: 中期目标 copied into "
         "年度目标, an annual count above the period, a cumulative length copied")  # fmt: skip
def tt18() -> Book:
    b, s = book()
    goal = "完成东部片区电力、通信、给水管线入廊30公里，签订入廊协议并按标准收取有偿使用费。"
    copied = mk(goal, "D204", "warning", note="年度目标照抄中期目标")
    project_head(s, year=YEAR, name="东部片区管线入廊及使用费征收", dept=CITY_DEPT,
                 unit=FEE_OFFICE, money=multi_year((460, 400, 60), (240, 210, 30)), years=2,
                 goals=[goal, copied])  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "新签入廊协议", "≥20份",
         mk("≥26份", "D201", "error", note="年度 26 份多于实施期 20 份")),
        (None, None, "新增入廊管线长度", "≥30公里",
         mk("≥30公里", "D202", "warning", note="两年累计长度照抄到年度")),
        (None, "质量指标", "入廊管线验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "使用费账单开具时限", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单公里入廊协调成本", "≤2.4万元/公里", "≤2.4万元/公里"),
        ("效益指标", "经济效益指标", "有偿使用费收缴率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
