"""部门整体 tables and projects stacked in one sheet (pb14, pb15, pb16, pb17, pb18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout200.common import (
    ONE,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    split_budget_head,
    wan,
)
from tests.variants.holdout200.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("pb14-police-department-tasks", (12,), "department, NAT-2021, 年度主要任务 with amounts: "
         "the tasks add to 1450 against a 金额合计 of 1500, the 年度总体目标 names 80场 of "
         "禁毒宣传 against ≥60场")  # fmt: skip
def pb14() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="临溪县公安局", filled=day(2025, 11, 18),
        budget=[(wan(6200), wan(6000), wan(200), wan(4700), wan(1500))],
        tasks=[
            ("“雪亮工程”运维", "全县公共视频监控点位运行维护", wan(600), "点位完好率95%以上"),
            ("110接处警运行保障", "指挥中心及接处警系统运行", wan(300), "接通率99%以上"),
            ("禁毒宣传教育", "禁毒宣传进校园、进社区", wan(150), "覆盖全县中小学"),
            ("道路交通秩序管理", "交通违法整治及交通设施维护", wan(400), "事故死亡人数10人以内"),
            ("金额合计", None,
             mk(wan(1500), "B102", "error", note="600 + 300 + 150 + 400 = 1450"), None),
        ],
        goal="全县1500个公共视频监控点位完好率保持在95%以上，110报警电话接通率99%以上，"
             "全年开展禁毒宣传活动80场，道路交通事故死亡人数控制在10人以内，刑事案件发案数"
             "同比下降5%以上，群众安全感满意度90%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运维公共视频监控点位数", "≥1500个"),
        (None, None, "禁毒宣传活动场次",
         mk("≥60场", "D104", "warning", row=True, note="the 年度总体目标 names 80场")),
        (None, "质量指标", "视频监控点位完好率", "≥95%"),
        (None, None, "110报警电话接通率", "≥99%"),
        (None, "时效指标", "城区处警到场时间", "≤15分钟"),
        ("成本指标", "经济成本指标", "单个监控点位年度运维费用", "≤4000元/个"),
        ("效益指标", "社会效益指标", "道路交通事故死亡人数", "≤10人"),
        (None, None, "刑事案件发案数同比下降率", "≥5%"),
        (None, "可持续影响指标", "警务运行保障制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pb15-civil-defence-basic-project", (12,), "department, NAT-2021, no task list: "
         "资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出 with a 占比 row (percent cells), "
         "基本支出 and 项目支出 lines that add up; a 试鸣 on 2026年9月30日 (correct)")  # fmt: skip
def pb15() -> Book:
    b, s = book("Sheet1")
    split_budget_head(
        s, year=2026, dept="青岚市人民防空办公室", code="208001",
        filled=day(2025, 11, 26, CN_DATE), contact="韦晓东 0591-86213370",
        budget=(wan(1500), wan(1350), wan(150), wan(900), wan(600)),
        shares=(pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
        basic=("人员经费", wan(720), "公用经费", wan(180), None),
        projects=[("人防工程维护管理", wan(260), "防空警报设施运维", wan(140), None),
                  ("人防指挥信息系统运维", wan(120), "人防宣传教育及演练", wan(80), None)],
        duty="负责全市人民防空建设规划、人防工程建设与维护管理、防空警报设施建设管理、"
             "人防指挥通信保障及人防宣传教育等工作。",
        goal="维护管理全市120处公用人防工程、210台防空警报器，人防工程完好率保持在95%以上；"
             "9月组织全市防空警报试鸣，警报器鸣响率达到98%以上；开展人防宣传教育及疏散演练"
             "24场，市民防空防灾知识知晓率达到85%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护管理公用人防工程数量", "≥120处"),
        (None, None, "运维防空警报器数量", "≥210台"),
        (None, None, "人防宣传教育及疏散演练场次", "≥24场"),
        (None, "质量指标", "人防工程完好率", "≥95%"),
        (None, None, "防空警报器鸣响率", "≥98%"),
        (None, "时效指标", "全市防空警报试鸣完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单处人防工程年度维护费用", "≤2万元/处"),
        (None, None, "单台警报器年度运维费用", "≤0.6万元/台"),
        ("效益指标", "社会效益指标", "市民防空防灾知识知晓率", "≥85%"),
        (None, "可持续影响指标", "人防指挥信息系统运行可用率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "参训群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pb16-stacked-three-police", (2,), "three one-year projects stacked, OLD-NAT, one value "
         "column; each standard × count equals its money, a 复吸率 and a 死亡人数 with ≤, the "
         "name 服务对象满意度 in two projects with different values (correct)")  # fmt: skip
def pb16() -> Book:
    b, s = book("绩效目标表")
    dept = "白沙河区公安分局（412）"
    project_head(
        s, year=2026, name="110接处警录音录像系统升级项目", dept=dept,
        unit="白沙河区公安分局指挥中心", title="2026年度项目支出绩效目标表（汇总）",
        money=one_year_money(wan(30), wan(30), wan(0)),
        goals=["2026年完成12个接处警席位录音录像系统升级，8月底前通过验收，"
               "实现接处警过程全程可追溯。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "升级接处警录音录像席位数", "≥12个"),
        (None, "质量指标", "系统升级验收合格率", pct(1)),
        (None, "时效指标", "系统升级完成时间", "2026年8月31日前"),
        (None, "成本指标", "单席位升级费用", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "接处警过程录音录像可追溯率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "接警员使用满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农村交通安全宣传项目", dept=dept,
        unit="白沙河区公安分局交通管理大队", title="",
        money=one_year_money(wan(20), wan(18), wan(2)),
        goals=["2026年在全区农村地区开展交通安全宣传40场，覆盖90%以上行政村，"
               "农村道路交通事故死亡人数控制在3人以内。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村交通安全宣传场次", "≥40场"),
        (None, "质量指标", "宣传覆盖行政村比例", "≥90%"),
        (None, "时效指标", "宣传活动完成时间", "2026年11月30日前"),
        (None, "成本指标", "单场宣传活动成本", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "农村群众交通安全知识知晓率", "≥85%"),
        (None, None, "农村道路交通事故死亡人数", "≤3人"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="社区戒毒康复人员帮扶项目", dept=dept,
        unit="白沙河区禁毒委员会办公室", title="",
        money=one_year_money(wan(12), wan(12), wan(0)),
        goals=["2026年对80名社区戒毒康复人员开展就业和生活帮扶，帮扶档案全部建档，"
               "复吸率控制在15%以内。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "帮扶社区戒毒康复人员数", "≥80人"),
        (None, "质量指标", "帮扶档案建档率", pct(1)),
        (None, "时效指标", "帮扶资金发放完成时间", "2026年12月15日前"),
        (None, "成本指标", "人均帮扶标准", "≤1500元/人"),
        ("效益指标", "社会效益指标", "社区戒毒康复人员复吸率", "≤15%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "唐伟", "陆思敏", "0596-2268015", (2025, 11, 28))
    return b


@variant("pb17-stacked-date-and-rate", (2,), "two one-year projects stacked, NAT-2021, one value "
         "column: the first's deadline 2025年12月31日 before the budget year, the second's "
         "完成率 written ≥12处")  # fmt: skip
def pb17() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="消防救援站车辆装备维护保养项目", dept="临溪县消防救援大队（615）",
        unit="临溪县消防救援大队", title="2026年度项目支出绩效目标申报表",
        money=one_year_money(wan(45), wan(45), wan(0)),
        goals=["2026年对18辆消防车辆和300套个人防护装备开展维护保养，"
               "消防车辆完好率保持在95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护保养消防车辆数", "≥18辆"),
        (None, None, "检测维护个人防护装备数", "≥300套"),
        (None, "质量指标", "消防车辆完好率", "≥95%"),
        (None, "时效指标", "年度车辆维护保养完成时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103",),
            note="before the budget year 2026")),
        ("成本指标", "经济成本指标", "单车年度维护保养费用", "≤2万元/辆"),
        ("效益指标", "社会效益指标", "灭火救援出动车辆故障率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "一线指战员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="公用人防工程维护项目", dept="临溪县人民防空办公室（508）",
        unit="临溪县人防工程管理所", title="",
        money=one_year_money(wan(24), wan(20), wan(4)),
        goals=["2026年完成12处公用人防工程维护，人防工程完好率保持在95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护公用人防工程数量", "≥12处"),
        (None, "质量指标", "人防工程维护完成率",
         mk(mk("≥12处", "T105", "error", note="a 完成率 needs a percentage"), "D103",
            "warning", row=True, required=False, note="the count row's value copied")),
        (None, "时效指标", "维护工程完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单处人防工程维护费用", "≤2万元/处"),
        ("效益指标", "社会效益指标", "人防工程完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pb18-stacked-two-multi-year", (2, 8), "two multi-year projects stacked (two and three "
         "years), NAT-2021, 中期 and 年度 columns; each standard × count equals the money of "
         "both columns (correct)")  # fmt: skip
def pb18() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=2, name="市政消火栓补建项目", dept="青岚市消防救援支队（620）",
        unit="青岚市消防救援支队防火监督处", title="2026年度项目支出绩效目标表（汇总）",
        money=period_money((wan(160), wan(160), wan(0)), (wan(80), wan(80), wan(0))),
        goals=["2026年至2027年补建市政消火栓200个，城区市政消火栓配置达标率达到95%以上。",
               "2026年补建市政消火栓100个，城区市政消火栓配置达标率达到85%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "补建市政消火栓数量", "≥200个", "≥100个"),
        (None, "质量指标", "消火栓验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度补建任务完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个消火栓补建成本", "≤0.8万元/个", "≤0.8万元/个"),
        ("效益指标", "社会效益指标", "城区市政消火栓配置达标率", "≥95%", "≥85%"),
        (None, "可持续影响指标", "消火栓巡检维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区单位和居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, years=3, name="禁毒教育基地展陈提升项目", dept="青岚市公安局（110）",
        unit="青岚市公安局禁毒支队", title="",
        money=period_money((wan(240), wan(200), wan(40)), (wan(90), wan(80), wan(10))),
        goals=["2026年至2028年更新禁毒教育基地展项120项，累计接待参观90000人次，参观青少年"
               "禁毒知识知晓率达到95%以上。",
               "2026年更新展项50项，接待参观30000人次。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "更新展陈展板和展项数", "≥120项", "≥50项"),
        (None, None, "接待参观人次", "≥90000人次", "≥30000人次"),
        (None, "质量指标", "展陈内容审核通过率", pct(1), pct(1)),
        (None, "时效指标", "展陈提升完成时间", "2028年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "展项更新平均成本", "≤2万元/项", "≤1.8万元/项"),
        ("效益指标", "社会效益指标", "参观青少年禁毒知识知晓率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "基地常态化开放机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥92%", "≥92%"),
    ])  # fmt: skip
    return b
