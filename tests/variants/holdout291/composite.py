"""Multi-year, stacked, exported and converted returns (so13–so18): a crane-monitoring platform
and a dust campaign over three years, two pairs of stacked projects, a budget-system export on
two sheets and a hazardous-works project converted from PDF."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout291.common import indicators, multi_year, one_year, start, wan
from tests.variants.holdout291.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, ok, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("so13-crane-platform-multi", (8, 1), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns and a unit column: counts below their period, rates and limits equal, typed "
         "percent cells (correct)")  # fmt: skip
def so13() -> Book:
    b, s = start()
    project_head(
        s, year=2025, years=3, name="建筑起重机械安全监控平台建设与运维",
        dept="澄岭市住房和城乡建设局 118", unit="澄岭市建筑起重机械安全监督站",
        attr="新增项目", money=multi_year((510, 450, 60), (190, 170, 20)),
        goals=["2025—2027年建成覆盖全市在用塔式起重机的安全监控平台，接入塔机不少于1200台，"
               "超载违章作业次数下降30%以上。",
               "2025年接入塔式起重机不少于450台，监控数据在线率不低于95%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "接入监控平台的塔式起重机台数", "≥1200", "≥450", "台"),
        (None, None, "司机人脸识别终端安装台数", "≥1200", "≥450", "台"),
        (None, "质量指标", "监控数据在线率", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "超载报警信息推送时间", "≤1", "≤1", "分钟"),
        ("成本指标", "经济成本指标", "单台设备安装及运维成本", "≤0.35", "≤0.35", "万元/台"),
        ("效益指标", "社会效益指标", "塔机超载违章作业次数下降率", "≥30", "≥10", "%"),
        (None, "可持续影响指标", "平台运维管理机制", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "塔机使用单位满意度", pct(0.85), pct(0.85), "%"),
    ])  # fmt: skip
    return b


@variant("so14-dust-multi-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns: 年度目标 copied from 中期目标, a cumulative count copied, an annual count "
         "above its period")  # fmt: skip
def so14() -> Book:
    b, s = start()
    goal = ("在全县在建工地推行扬尘防治“六个百分之百”措施，扬尘在线监测设备联网运行，"
            "建筑工地PM10平均浓度逐年下降。")  # fmt: skip
    project_head(
        s, year=2025, years=3, name="建筑工地扬尘污染防治提升行动",
        dept="岑川县住房和城乡建设局 217", unit="岑川县建设工程质量安全监督站",
        attr="新增项目", money=multi_year((360, 300, 60), (120, 100, 20)),
        goals=[goal, mk(goal, "D204", "warning",
                        note="the 年度目标 repeats the three-year 中期目标 word for word")],
    )  # fmt: skip
    indicators(s, TWO[:5], [
        ("产出指标", "数量指标", "扬尘在线监测设备联网工地数", "≥180个",
         mk("≥180个", "D202", "warning", note="a three-year count copied into 年度")),
        (None, None, "扬尘专项执法检查次数", "≥36次",
         mk("≥48次", "D201", "error", note="annual 48 above the period's 36")),
        (None, "质量指标", "在建工地“六个百分之百”落实率", "≥95%", "≥90%"),
        (None, "时效指标", "监测超标预警处置时限", "≤2小时", "≤2小时"),
        ("成本指标", "经济成本指标", "单个工地在线监测年运维费用", "≤0.5万元/个",
         "≤0.5万元/个"),
        ("效益指标", "生态效益指标", "建筑工地PM10平均浓度下降率", "≥15%", "≥5%"),
        (None, "社会效益指标", "施工扬尘投诉件数下降率", "≥20%", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    return b


def stacked_project(s: Sheet, name: str, money_rows: list[tuple[object, ...]], goal: str,
                    rows: list[tuple[object, ...]], first: bool) -> None:  # fmt: skip
    """One project of a stacked sheet: its head (the title only above the first), its table."""
    if not first:
        s.skip()
    project_head(
        s, year=2025, name=name, dept="桧屿县住房和城乡建设局 531",
        unit="桧屿县建设工程质量安全监督站", money=money_rows, goals=[goal],
        title=None if first else "",
    )  # fmt: skip
    indicators(s, ONE, rows)


@variant("so15-stacked-quality-crane", (2, 12), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same 服务对象满意度 name with different values (correct)")  # fmt: skip
def so15() -> Book:
    b, s = start()
    stacked_project(s, "建设工程质量监督抽测", one_year(75, 70, 5),
                    "监督抽测在建项目不少于90个，抽测结果5个工作日内告知。", [
        ("产出指标", "数量指标", "监督抽测在建项目数", "≥90个"),
        (None, "质量指标", "抽测报告规范率", "≥98%"),
        (None, "时效指标", "抽测结果告知时限", "≤5个工作日"),
        (None, "成本指标", "单个项目抽测费用", "≤0.6万元/个"),
        ("效益指标", "社会效益指标", "工程质量投诉件数下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], first=True)  # fmt: skip
    stacked_project(s, "建筑起重机械安全专项检查", one_year(46, 40, 6),
                    "专项检查在用起重机械不少于320台次，重大隐患24小时内停用整改。", [
        ("产出指标", "数量指标", "起重机械专项检查台次", "≥320台次"),
        (None, "质量指标", "检查发现隐患整改率", "≥98%"),
        (None, "时效指标", "重大隐患停用整改通知时限", "≤24小时"),
        (None, "成本指标", "单台次检查费用", "≤0.12万元/台次"),
        ("效益指标", "社会效益指标", "起重机械较大及以上安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ], first=False)  # fmt: skip
    return b


@variant("so16-stacked-wage-dust", (2, 12), "two projects stacked in one sheet, OLD-NAT, one "
         "value column: a go-live date after the one-year project, the second project's total "
         "not the sum of its sources")  # fmt: skip
def so16() -> Book:
    b, s = start()
    stacked_project(s, "建设领域农民工工资支付保障监管", one_year(88, 80, 8),
                    "在建项目工资专户开设和实名制管理全覆盖，工资支付监控平台上线运行。", [
        ("产出指标", "数量指标", "工资专户开设在建项目数", "≥260个"),
        (None, "质量指标", "实名制考勤数据完整率", "≥95%"),
        (None, "时效指标", "工资支付监控平台上线时间",
         mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
            note="one-year 2025 project; the date lies after its end")),
        (None, "成本指标", "平台建设费用", "≤60万元"),
        ("效益指标", "社会效益指标", "建设领域欠薪案件数下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], first=True)  # fmt: skip
    total = mk(wan(150), "B101", "error", row=True,
               note="120 + 20 = 140 ≠ 150")  # fmt: skip
    stacked_project(s, "建筑工地扬尘治理专项督查", one_year(total, 120, 20),
                    "督查在建工地不少于400个次，扬尘防治措施落实率不低于95%。", [
        ("产出指标", "数量指标", "扬尘治理督查工地个次", "≥400个次"),
        (None, "质量指标", "扬尘防治措施落实率", "≥95%"),
        (None, "时效指标", "督查问题整改反馈时限", "≤7日"),
        (None, "成本指标", "单个次督查成本", "≤0.3万元/个次"),
        ("效益指标", "生态效益指标", "在建工地扬尘超标发生率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ], first=False)  # fmt: skip
    return b


EXPORT = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "计量单位")  # fmt: skip
UNIT = ("45103", "沅汀市建筑市场监管服务中心")
CREDIT = ("451032501", "建筑市场信用监管平台运维")
DUST = ("451032502", "施工扬尘污染防治巡查")


def export_rows() -> list[tuple[object, ...]]:
    """The indicator rows of the export: codes first, tiers repeated in every row."""
    credit = [
        ("产出指标", "数量指标", "纳入信用评价的建筑企业数", "大于等于", 850, "家"),
        ("产出指标", "质量指标", "信用信息归集准确率", "大于等于", 98, "%"),
        ("产出指标", "时效指标", "信用信息更新时限", "小于等于", 3, "个工作日"),
        ("成本指标", "经济成本指标", "平台年度运维费用", "小于等于", 64, "万元"),
        ("效益指标", "社会效益指标", "信用评价结果在招投标中应用率", "等于",
         ok(100, "warning", note="= at the 100% ceiling is acceptable"), "%"),
        ("满意度指标", "服务对象满意度指标", "建筑企业满意度", "大于等于", 90, "%"),
    ]  # fmt: skip
    dust = [
        ("产出指标", "数量指标", "扬尘污染防治巡查工地项次", "大于等于", 1500, "项次"),
        ("产出指标", "质量指标", "巡查问题整改闭环率", "大于等于", 95, "%"),
        ("产出指标", "时效指标", "巡查问题交办时限", "小于等于", 24, "小时"),
        ("成本指标", "经济成本指标", "单项次巡查成本", "小于等于", 0.03, "万元/项次"),
        ("效益指标", "生态效益指标", "在建工地扬尘监测超标率", "小于等于", 5, "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "大于等于", 85, "%"),
    ]  # fmt: skip
    return [(UNIT[0], *CREDIT, *r) for r in credit] + [(UNIT[0], *DUST, *r) for r in dust]


@variant("so17-export-market", (7, 9, 12), "budget-system export: 「部门项目支出预算05-1」 with "
         "codes in the first columns and 「部门项目支出绩效目标05-2」 with the header on the third "
         "row, word operators, a five-digit unit code (correct)")  # fmt: skip
def so17() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 28, 14, 28, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row(f"单位名称：{UNIT[1]}", None, None, None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(*UNIT, *CREDIT, money(64), money(60), money(4))
    s.row(*UNIT, *DUST, money(52), money(52), money(0))
    s.row("合计", None, None, None, money(116), money(112), money(4))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 12, 24, 12, 18, 30, 10, 10, 12))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.row(f"单位名称：{UNIT[1]}", merge=[(1, 5)])
    t.row(*EXPORT)
    for r in export_rows():
        t.row(*r)
    return b


@variant("so18-hazard-artefacts", (9, 12), "project, OLD-NAT, one value column, detail lines "
         "under the table, converted from PDF: a date serial as text, a split number, an amount "
         "pasted twice")  # fmt: skip
def so18() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="危险性较大的分部分项工程安全监管", dept="禾坪区住房和城乡建设局 306",
        unit="禾坪区建设工程安全监督站", money=one_year(96, 90, 6),
        end=mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell"),
        goals=["完成危大工程专项方案论证不少于125项次，深基坑及高支模在线监测点位不少于60个，"
               "全年不发生危大工程较大及以上安全事故。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "危大工程专项方案论证项次", "≥125项次"),
        (None, None, "深基坑及高支模在线监测点位数", "≥60个"),
        (None, "质量指标", "专项方案论证后实施符合率", "≥95%"),
        (None, "时效指标", "监测预警信息推送时限", "≤30分钟"),
        (None, "成本指标", "单项次专家论证费用", "≤0.25万元/项次"),
        ("效益指标", "社会效益指标", "危大工程较大及以上安全事故", "0起"),
        (None, "可持续影响指标", "危大工程信息化监管覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "施工企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", "明细项目", None, "金额", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.r
    for name, amount, basis in [
        ("专家论证及复核费", mk("31.587 5", "X105", "warning", alt=("X103",),
                                note="31.5875 split by a space"), "按论证项次和劳务标准测算"),
        ("深基坑及高支模监测设备租赁费", mk("24万24万(含软件维护)", "X106", "error",
                                          alt=("B108",), note="24万 pasted twice"),
         "按60个监测点位租赁"),
        ("第三方安全巡查服务费", money(40.4125, "0.0000"), "按政府采购合同"),
        ("合计", money(96, "0.0000"), None),
    ]:  # fmt: skip
        s.row(None, name, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return b
