"""Department returns, flat lists, a budget-system export and a converted return
(khq13–khq18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout891.common import (
    BUREAU,
    COUNTY,
    HOSPITAL,
    YEAR,
    book,
    indicators,
    lines_block,
    notes,
    w,
)
from tests.variants.holdout891.registry import variant
from tests.variants.kit import Book, mk, money, pct

DEPT = f"{COUNTY}卫生健康局"
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "khq13-dept-money",
    (12,),
    "department, NAT-2021: budget split two ways, key tasks adding to a 金额合计 equal to "
    "项目支出, a note explaining the total (correct)",
)
def dept_money() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept=DEPT,
        budget=[(w(5860), w(5200), w(660), w(3140), w(2720))],
        tasks=[
            ("县级医院设备更新补助", "CT、DR、彩超等更新", w(1500), "更新设备≥20台"),
            ("远程医疗协作网运维", "平台、专线、终端运维", w(420), "乡镇接入率100%"),
            ("基层卫生人员培训", "进修、远程培训", w(300), "培训≥600人次"),
            ("应急物资储备", "负压设备、防护物资", w(500), "储备≥30天用量"),
            ("金额合计", None, w(2720), None),
        ],
        goal="推进县级医院设备更新和县域远程医疗协作网运行，提升县域服务能力。",
    )
    notes(s, "注：金额合计为项目支出合计，不含基本支出3140万元。")
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "设备更新补助资金", "≤1500万元"),
        ("产出指标", "数量指标", "更新县级医院医疗设备", "≥20台"),
        (None, None, "基层卫生人员培训", "≥600人次"),
        (None, "质量指标", "设备验收合格率", pct(1)),
        (None, "时效指标", "补助资金拨付时间", "2026年9月30日前"),
        ("效益指标", "社会效益指标", "乡镇卫生院远程医疗接入率", "=100%"),
        (None, None, "县域内就诊率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "医疗机构满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant(
    "khq14-dept-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def dept_money_wrong() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="柘塘县卫生健康局",
        budget=[
            (
                mk(w(4380), "B101", "error", note="基本支出 2460 + 项目支出 1820 = 4280 ≠ 4380"),
                w(3900),
                w(480),
                w(2460),
                w(1820),
            )
        ],
        tasks=[
            ("县医院设备购置", "DSA、全自动生化分析仪", w(900), "购置≥2台"),
            ("远程医疗平台运维", "专线、软件维保", w(350), "平台全年可用"),
            ("乡镇卫生院设备配置", "心电图机、DR", w(420), "配置≥15台"),
            ("县域医共体培训", "远程培训、进修", w(250), "培训≥500人次"),
            (
                "金额合计",
                None,
                mk(w(1820), "B102", "error", note="900 + 350 + 420 + 250 = 1920 ≠ 1820"),
                None,
            ),
        ],
        goal="完成县医院和乡镇卫生院设备配置，保障远程医疗平台运行。",
    )
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "设备购置资金", "≤1320万元"),
        ("产出指标", "数量指标", "购置县医院大型设备", "≥2台"),
        (None, None, "配置乡镇卫生院设备", "≥15台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备购置完成时间", "2026年10月31日前"),
        ("效益指标", "社会效益指标", "县域内就诊率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "医疗机构满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "khq15-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percents, a 下降率 with ≥, weights adding to 100 (correct)",
)
def flat_list() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=f"{COUNTY}远程医疗服务中心",
                    budget=[(w(310), w(280), w(30), w(165), w(145))],
                    goal="保障县域远程会诊、远程影像和远程心电服务全年运行。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT_HEAD, [
        ("远程会诊服务量", 20, "例", "≥", 2400),
        ("远程影像诊断量", 20, "例", "≥", 30000),
        ("远程会诊报告规范率", 15, "%", "≥", pct(0.95)),
        ("远程会诊平均等待时长下降率", 10, "%", "≥", pct(0.2)),
        ("平台全年可用率", 15, "%", "≥", pct(0.99)),
        ("专线运维费用", 10, "万元", "≤", 60),
        ("基层医务人员满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    s.row("合计", 100, None, None, None)
    return b


@variant(
    "khq16-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a unit conflict, a failure rate with ≥, weights adding to 95",
)
def flat_defects() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="柘塘县远程医疗服务中心",
                    budget=[(w(268), w(250), w(18), w(140), w(128))],
                    goal="保障远程医疗平台运行，扩大乡镇卫生院远程会诊服务。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 25+20+15+15+10+10 = 95 ≠ 100")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("远程会诊服务量",
         mk("≥2400例", "T112", "error", note="值的单位“例”与计量单位列“万元”冲突"),
         "正向", "万元", 25),
        ("远程影像诊断量", "≥26000例", "正向", "例", 20),
        ("远程会诊报告规范率", "≥95%", "正向", "%", 15),
        ("平台设备故障率",
         mk("≥2%", "T108", "warning", row=True, note="故障率为反向指标，应为 ≤"),
         "反向", "%", 15),
        ("专线运维费用", "≤55万元", "反向", "万元", 10),
        ("基层医务人员满意度", "≥90%", "正向", "%", 10),
    ], merged=())  # fmt: skip
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "khq17-export-codes",
    (4, 5),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a header on "
    "the third row, codes in the first columns, abbreviated tier labels repeated in every "
    "row, subtotal rows, a header repeated after a page break, weights adding to 90 with "
    "预算执行率 scored apart (correct)",
)
def export_codes() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 20, 14, 30, 12, 12, 12))
    code, name = "41200326001", "全自动生化分析仪购置"
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row(f"单位：{HOSPITAL}", None, None, None, None, None, "金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("412003", HOSPITAL, code, name, w(185), w(185), w(0))
    s.row("合计", None, None, None, w(185), w(185), w(0))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 20, 8, 14, 28, 18, 8))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row(f"单位：{HOSPITAL}", None, None, None, None, None, "单位：分")
    t.row(*EXPORT_HEAD)
    for row in (
        ("产出", "数量", "购置全自动生化分析仪", "≥1台", 10),
        ("产出", "数量", "年生化检测标本量", "≥150000份", 10),
        ("产出", "质量", "设备验收合格率", "=100%", 10),
        ("产出", "时效", "设备安装完成时间", "2026年7月31日前", 10),
        ("产出", "成本", "设备购置单价", "≤180万元/台", 10),
    ):
        t.row(code, name, *row)
    t.row(None, None, "小计", None, None, None, 50)
    t.row(*EXPORT_HEAD)  # the header again, after the page break
    t.row(code, name, "效益", "社会效益", "检验标本外送比例", pct(0.05), 15)
    t.row(code, name, "效益", "可持续影响", "设备使用年限", "≥8年", 15)
    t.row(None, None, "小计", None, None, None, 30)
    t.row(code, name, "满意度", "服务对象满意度", "临床科室满意度", "≥90%", 10)
    t.row(None, None, "小计", None, None, None, 10)
    t.row("合计", None, None, None, None, None, 90)
    notes(t, "注：预算执行率（10分）由财政部门另行评价，本表权重合计90分。", width=7)
    return b


@variant(
    "khq18-converted-artefacts",
    (9,),
    "project converted from PDF, OLD-NAT, one value column, detail lines below: a date "
    "serial as text, a split number, a unit cost rounded to 0",
)
def converted_artefacts() -> Book:
    b, s = book()
    four = '0.0000"万元"'
    project_head(
        s,
        year=YEAR,
        name="村卫生室远程问诊终端配置",
        dept=BUREAU,
        unit="栖梧县基层卫生服务中心",
        end=mk("46387", "X104", "warning", note="计划完成日期是文本 46387（2026-12-31）"),
        money=[
            ["年度资金总额", money(86.5245, four), None, None],
            ["其中：财政拨款", money(80, four), "其他资金", money(6.5245, four)],
        ],
        goals=["为120个村卫生室配置远程问诊终端，村民在村内可接受县级医生问诊。"],
    )
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "配置远程问诊终端", "≥120台"),
        (None, "质量指标", "终端验收合格率", "≥98%"),
        (None, "时效指标", "终端配发完成时间", "2026年5月31日前"),
        (None, "成本指标", "远程问诊终端单价",
         mk("≤0万元/台", "T115", "error", note="52.8万元 ÷ 120台 = 0.44万元，四舍五入成 0")),
        ("效益指标", "社会效益指标", "村民远程问诊人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    lines_block(s, "资金明细（万元）", [
        ("远程问诊终端", "120台", money(52.8, four)),
        ("平台接入服务费", "全年",
         mk("21.724 5", "X105", "warning", alt=("X103",), note="数字被空格断开，读作 21.7245")),
        ("村医操作培训", "6期", money(12, four)),
    ], money(86.5245, four))  # fmt: skip
    return b
