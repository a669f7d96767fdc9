"""Slope protection forest returns (kgb13–kgb18): 水土保持林 and 护坡林 of 柘原县."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout850.common import (
    HEAD4,
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout850.registry import variant
from tests.variants.kit import Book, mk

DEPT = "柘原县林业和草原局（522011）"
UNIT = "柘原县北坡国有林场"
HEAD_PY = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant("kgb13-forest-second-sheet", (4, 7),
         "project, OLD-NAT: head on the first sheet, the indicator table on a second sheet under "
         "header 预期实现值 with a 备注 column, a note row, signature and a fill date in the year "
         "before (correct)")  # fmt: skip
def forest_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="北坡陡坡地水土保持林营造项目",
        dept=DEPT,
        unit=UNIT,
        money=one_year(w(180), w(150), w(30)),
        goals=["在北坡25度以上陡坡地营造水土保持林1500亩，造林成活率85%以上。"],
    )
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "营造水土保持林面积", "≥1500亩", None),
        (None, "质量指标", "当年造林成活率", "≥85%", "秋季调查"),
        (None, "时效指标", "春季造林完成时间", "2025年5月15日前", None),
        (None, "成本指标", "水土保持林造林补助标准", "≤1200元/亩", "含苗木和整地"),
        ("效益指标", "生态效益指标", "项目区林草覆盖率", "提高≥1.5百分点", None),
        (None, "社会效益指标", "造林地森林火灾发生次数", "0起", None),
        (None, "可持续影响指标", "造林地管护期", "≥3年", None),
        ("满意度指标", "服务对象满意度指标", "造林地周边村民满意度", "≥90%", None),
    ])  # fmt: skip
    notes(t, "注：成活率按国家造林技术规程秋季调查口径计算。", width=5)
    sign(t, "庞秀川", "0912-5307716")
    return b


@variant("kgb14-forest-second-sheet-wrong", (7,),
         "project, OLD-NAT: head on the first sheet, indicators on a second sheet under headers "
         "指标内容 and 预期目标: the goal's area against the indicator, a cost under "
         "数量")  # fmt: skip
def forest_second_sheet_wrong() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="东岔沟坡面护坡林建设项目",
        dept=DEPT,
        unit="柘原县东岔林业工作站",
        money=one_year(w(160), w(160), w(0)),
        goals=["在东岔沟两侧坡面营造护坡林2000亩，造林成活率85%以上。"],
    )
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期目标"), [
        ("产出指标", "数量指标",
         mk("营造护坡林面积", "D104", "warning", row=True,
            note="年度目标写营造护坡林2000亩，指标却是≥1600亩"), "≥1600亩"),
        (None, None,
         mk("护坡林造林补助标准", "F201", "warning", row=True,
            note="成本标准填在数量指标下，应属成本指标"), "≤800元/亩"),
        (None, "质量指标", "当年造林成活率", "≥85%"),
        (None, "时效指标", "造林完成时间", "2025年4月30日前"),
        ("效益指标", "生态效益指标", "坡面年土壤流失量减少", "≥0.6万吨"),
        ("满意度指标", "服务对象满意度指标", "沟道沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgb15-forest-multiyear", (8, 10),
         "three-year forest project, NAT-2021, 中期 and 年度 columns and a unit column: the "
         "period's area beside the year's, equal rates, cover raised in 百分点 "
         "(correct)")  # fmt: skip
def forest_multiyear() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="南山坡面防护林三年建设项目", dept=DEPT, unit=UNIT,
                 money=multi_year((w(540), w(480), w(60)), (w(180), w(160), w(20))),
                 goals=["2025—2027年营造坡面防护林4500亩，项目区林草覆盖率提高2个百分点。",
                        "2025年营造坡面防护林1500亩，林草覆盖率提高0.8个百分点。"])  # fmt: skip
    indicators(s, HEAD_PY, [
        ("产出指标", "数量指标", "营造坡面防护林面积", "≥4500", "≥1500", "亩"),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%", None),
        (None, "时效指标", "年度造林完成时间", "2027年5月31日前", "2025年5月31日前", None),
        ("成本指标", "经济成本指标", "防护林造林补助标准", "≤1200", "≤1200", "元/亩"),
        ("效益指标", "生态效益指标", "项目区林草覆盖率", "提高≥2", "提高≥0.8", "百分点"),
        (None, "可持续影响指标", "造林地管护制度", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kgb16-forest-multiyear-wrong", (8, 11),
         "three-year forest project, OLD-NAT, 中期 and 年度 columns: a cumulative area copied into "
         "the year, a period rate above 100%, a 反向 rate with ≥")  # fmt: skip
def forest_multiyear_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="西梁封山育林与护坡林项目", dept=DEPT, unit=UNIT,
                 money=multi_year((w(450), w(450), w(0)), (w(150), w(150), w(0))),
                 goals=["2025—2027年封山育林6000亩，补植护坡林1500亩。",
                        "2025年封山育林2000亩，补植护坡林500亩。"])  # fmt: skip
    indicators(s, HEAD_PY, [
        ("产出指标", "数量指标", "封山育林面积", "≥6000",
         mk("≥6000", "D202", "warning", note="三年累计面积原样抄进年度列（年度目标为2000亩）"),
         "亩"),
        (None, None, "补植护坡林面积", "≥1500", "≥500", "亩"),
        (None, "质量指标", "护坡林造林保存率",
         mk("≥105%", "T106", "error", note="保存率不能超过100%"), "≥85%", None),
        (None, "成本指标", "封山育林补助标准", "≤500",
         mk("≤500", "B107", "warning", row=True, required=False,
            note="抄来的年度面积6000亩 × 500元/亩超过年度资金，是 D202 的后果"), "元/亩"),
        ("效益指标", "生态效益指标", "造林地块病虫害发生率", "≤5%",
         mk("≥3%", "T108", "warning", row=True, alt=("D203",),
            note="发生率是反向指标，比较符却是≥（中期列写≤）"), None),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kgb17-forest-notes", (4,),
         "project, OLD-NAT, one value column: a 说明 row between tiers, the header repeated after "
         "a page break, 填表说明 and signature lines under the table (correct)")  # fmt: skip
def forest_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="滑坡隐患坡面生态护坡林项目", dept=DEPT,
                 unit="柘原县自然资源和林业服务中心", money=one_year(w(96), w(80), w(16)),
                 goals=["对7处滑坡隐患坡面栽植深根系护坡林320亩，稳定坡面。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "治理滑坡隐患坡面数量", "≥7处"),
        (None, None, "栽植护坡林面积", "≥320亩"),
        (None, "质量指标", "苗木一级苗比例", "≥90%"),
        (None, "时效指标", "栽植完成时间", "2025年4月20日前"),
        (None, "成本指标", "护坡林栽植补助标准", "≤3000元/亩"),
        ("说明：以下效益指标由县自然资源部门汛后核定。", None, None, None),
    ])  # fmt: skip
    s.skip()
    indicators(s, HEAD4, [
        ("效益指标", "社会效益指标", "坡面滑塌造成人员伤亡事故", "0起"),
        (None, "生态效益指标", "治理坡面植被覆盖度", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "坡下居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应含比较符和计量单位；2.成本指标按亩均标准填列。")
    sign(s, "侯兰亭", "0912-5331092")
    return b


@variant("kgb18-forest-notes-wrong", (4, 12, 13),
         "project, OLD-NAT, a budget detail block under the head and footnotes under the table: "
         "detail lines not adding up to their total, a value without an indicator "
         "name")  # fmt: skip
def forest_notes_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="石门沟水土保持林补植项目", dept=DEPT, unit=UNIT,
                 money=one_year(w(160), w(160), w(0)),
                 goals=["补植水土保持林1200亩，抚育管护3000亩。"])  # fmt: skip
    s.row("资金明细", "苗木购置", w(90), "整地栽植", w(50))
    s.row(
        None,
        "抚育管护",
        w(20),
        "合计",
        mk(w(170), "B102", "error", note="90 + 50 + 20 = 160 ≠ 合计170"),
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补植水土保持林面积", "≥1200亩"),
        (None, None, "抚育管护面积", "≥3000亩"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值≥85%，却没有三级指标名称"),
         "≥85%"),
        (None, "成本指标", "补植补助标准", "≤1000元/亩"),
        ("效益指标", "生态效益指标", "项目区水土流失治理度", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：补植面积以县林草局验收面积为准。")
    return b
