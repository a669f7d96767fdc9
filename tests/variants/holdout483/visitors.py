"""Returns zy13–zy18: visitor caps at the grottoes (承载量, 预约, 分流, 开放轮换)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout483.common import (
    BUREAU,
    VISITOR,
    YEAR,
    funds,
    indicators,
    note,
    sign,
    start,
    wan,
)
from tests.variants.holdout483.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, ok, pct

SCORE_HEAD = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


def _scored(s: Sheet, name: str, rows: Any) -> None:
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=VISITOR,
                 money=funds(wan(150), wan(120), wan(30)),
                 goals=["落实洞窟游客承载量管控，全面推行预约参观，确保壁画安全。"])  # fmt: skip
    indicators(s, SCORE_HEAD, rows, merged=(1, 2, 3))


@variant("zy13-caps-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), "
         "a share raised in 百分点, an incident count of 0 (correct)")  # fmt: skip
def zy13() -> Book:
    b, s = start()
    _scored(s, "璃岩石窟游客承载量监测与预约管理", [
        ("产出指标", 40, "数量指标", "客流监测设备安装数", "≥24套", 15),
        (None, None, "质量指标", "客流数据实时上传率", "≥98%", 10),
        (None, None, "时效指标", "预约系统升级完成时间", "2025年6月30日前", 15),
        ("成本指标", 20, "经济成本指标", "客流监测设备单价", "≤2.5万元/套", 20),
        ("效益指标", 30, "社会效益指标", "线上预约参观比例", "提高≥5百分点", 15),
        (None, None, "可持续影响指标", "超承载量接待导致的壁画损伤事件", "=0起", 15),
        ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级分值与指标分值各自合计100分，指标分值为一级分值的细分。")
    return b


@variant("zy14-caps-points-mismatch", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores not matching "
         "the indicators under them, a deadline given as a percentage")  # fmt: skip
def zy14() -> Book:
    b, s = start()
    _scored(s, "云岫寺石窟错峰开放与游客分流", [
        ("产出指标", mk(40, "W103", "error", note="indicators under it: 15+15+15 = 45"),
         "数量指标", "错峰开放洞窟轮换批次", "≥4批", 15),
        (None, None, "质量指标", "单窟限流措施执行率", "≥95%", 15),
        (None, None, "时效指标", "分流导览系统上线时间",
         mk("100%", "T113", "warning", note="a deadline needs a date"), 15),
        ("成本指标", 20, "经济成本指标", "分流导览终端单价", "≤0.8万元/台", 20),
        ("效益指标", mk(30, "W103", "error", note="indicators under it: 15+10 = 25"),
         "社会效益指标", "高峰时段单窟超限时长下降率", "≥20%", 15),
        (None, None, "可持续影响指标", "错峰开放管理制度", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("zy15-caps-direction-words", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator in "
         "words, bare numbers with a unit column: two 反向 caps with 大于等于, a 正向 "
         "count with 小于等于")  # fmt: skip
def zy15() -> Book:
    b, s = start(widths=(12, 14, 28, 10, 12, 10, 10))
    project_head(
        s,
        year=YEAR,
        name="黛峪石窟洞窟承载量核定与限流",
        dept=BUREAU,
        unit="黛峪石窟景区管理处",
        money=funds(wan(88), wan(88), wan(0)),
        goals=["核定开放洞窟瞬时承载量，落实单窟限流，减轻游客对壁画微环境的影响。"],
    )
    why = "反向 indicator with 大于等于"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "完成承载量核定洞窟数", "正向", "大于等于", 26, "个"),
        (None, None, "单窟同时参观人数上限", "反向",
         mk("大于等于", "T108", "warning", row=True, note=why), 25, "人"),
        (None, None, "数字展厅分流接待人次", "正向",
         mk("小于等于", "T108", "warning", row=True, note="正向 count with 小于等于"),
         12, "万人次"),
        (None, "质量指标", "限流措施执行到位率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "承载量核定报告提交时限", "反向", "小于等于", 5, "个月"),
        (None, "成本指标", "单窟承载量核定成本", "反向", "小于等于", 3, "万元/个"),
        ("效益指标", "社会效益指标", "窟内二氧化碳浓度超限次数", "反向",
         mk("大于等于", "T108", "warning", row=True, note=why), 10, "次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("zy16-department-visitor-money", (12, 4),
         "department, NAT-2021: budget with a share row, key tasks adding to 金额合计 "
         "(= 项目支出), a footnote explaining the total, a daily cap with ≤ (correct)")  # fmt: skip
def zy16() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=VISITOR, budget=[
        (money(2400), money(2040), money(360), money(900), money(1500)),
        (pct(1), pct(0.85), pct(0.15), pct(0.375, "0.0%"), pct(0.625, "0.0%")),
    ], tasks=[
        ("游客承载量监测与预约管理", "客流监测、预约平台运维", money(520), "预约参观全覆盖"),
        ("洞窟开放轮换与讲解服务", "开放洞窟轮换、讲解员培训", money(430), "轮换4批"),
        ("壁画日常巡查养护", "巡查、除尘、微环境调控", money(550), "巡查全覆盖"),
        ("金额合计", None, money(1500), None),
    ], goal="严控洞窟游客承载量，推行错峰预约参观，保障壁画本体安全与游客参观体验。")  # fmt: skip
    note(s, "注：金额合计为项目支出合计，基本支出900万元不列入年度主要任务。")
    cap = ok("≤6000人次", note="a daily cap: ≤ on a count is right here")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "开放洞窟轮换批次", "≥4批"),
        (None, None, "景区日最大接待量", cap),
        (None, "质量指标", "预约参观覆盖率", "100%"),
        (None, "时效指标", "游客投诉处理时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "讲解员培训人均成本", "≤0.3万元/人"),
        ("效益指标", "社会效益指标", "壁画人为损伤事件发生率", "≤0.1%"),
        (None, "可持续影响指标", "洞窟开放轮换制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "谌砚", "0719-5561208", day(YEAR - 1, 12, 2, CN_DATE))
    return b


def _page(s: Sheet, rows: Any) -> None:
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(rows, merged=(1, 2))


@variant("zy17-second-sheet-two-row-header", (7, 4),
         "project: head on the first sheet, the table on a second sheet under a two-row header "
         "with 预期实现值, the header repeated after a page break (correct)")  # fmt: skip
def zy17() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="璃岩石窟开放洞窟壁画游客影响评估", dept=BUREAU,
                 unit=VISITOR, money=funds(wan(58), wan(50), wan(8)),
                 goals=["评估12个开放洞窟游客影响，提出单窟承载量调整建议。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 16, 12))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", None, merge=[(1, 3), (4, 5)])
    _page(t, [
        ("产出指标", "数量指标", "完成游客影响评估洞窟数", "≥12", "个"),
        (None, None, "微环境对比监测天数", "≥180", "天"),
        (None, "质量指标", "评估报告专家评审通过率", "100%", None),
        (None, "时效指标", "评估报告提交时间", day(YEAR, 12, 15, CN_DATE), None),
        (None, "成本指标", "单窟评估成本", "≤4.5", "万元/个"),
    ])  # fmt: skip
    _page(t, [
        ("效益指标", "社会效益指标", "承载量调整建议采纳率", "≥80%", None),
        (None, "可持续影响指标", "游客影响长期监测机制", "建立", None),
        ("满意度指标", "服务对象满意度指标", "管理处业务人员满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("zy18-export-codes", (7, 9),
         "budget-system export: sheets 05-1 and 05-2, header on the third row, codes in the "
         "first columns: a date serial stored as text, =95% on a satisfaction rate")  # fmt: skip
def zy18() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：柘原市石窟景区事务中心", None, None, None, "金额单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("41701-25-0031", "石窟游客预约分流系统建设", money(135), money(120), money(15))
    s.row("41701-25-0032", "洞窟微环境与客流联动监测", money(65), money(65), money(0))
    s.row("合计", None, money(200), money(185), money(15))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 26, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：柘原市石窟景区事务中心", None, None, None, None, None)
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    serial = mk("46022", "X104", "warning", note="Excel serial of 2025-12-31 stored as text")
    eq = mk("=95%", "T107", "warning", note="a satisfaction target: ≥95% meant")
    t.table([
        ("41701-25-0031", "石窟游客预约分流系统建设", "产出指标", "数量指标",
         "预约分流系统覆盖景区数", "≥3个"),
        (None, None, None, "质量指标", "系统运行可用率", "≥99%"),
        (None, None, None, "时效指标", "系统建成上线时间", serial),
        (None, None, None, "成本指标", "系统建设总成本", "≤135万元"),
        (None, None, "效益指标", "社会效益指标", "高峰日洞窟超载时长下降率", "≥30%"),
        (None, None, "满意度指标", "服务对象满意度指标", "游客满意度", eq),
        ("41701-25-0032", "洞窟微环境与客流联动监测", "产出指标", "数量指标",
         "联动监测洞窟数", "≥20个"),
        (None, None, None, "质量指标", "监测数据有效率", "≥95%"),
        (None, None, None, "时效指标", "联动预警响应时限", "≤15分钟"),
        (None, None, None, "成本指标", "单窟监测成本", "≤3万元/个"),
        (None, None, "效益指标", "社会效益指标", "超限预警处置率", "100%"),
        (None, None, "满意度指标", "服务对象满意度指标", "管理人员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
