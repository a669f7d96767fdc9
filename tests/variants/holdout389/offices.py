"""Returns wi13–wi18: what whole offices send: flat department lists, department money with
tasks, a budget-system export and a two-year project with two complete column sets."""

from __future__ import annotations

from tests.variants.holdout389.common import (
    CULTURE,
    YEAR,
    book,
    department,
    multi_year,
    notes,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout389.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "wi13-flat-list",
    (3, 4),
    "department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值, percent cells, weights adding to 100 with a 合计 row (correct)",
)
def wi13() -> Book:
    b, s = book()
    department(s, dept="澄岭市钟表修复技艺传习中心",
               budget=[(wan(480), wan(430), wan(50), wan(300), wan(180))],
               tasks=[("古旧钟表修复服务", "修复市民及机构送修的古旧钟表", wan(80),
                       "修复送修钟表≥300件"),
                      ("修复技艺人才培训", "开设钟表修复技能培训班", wan(60),
                       "培训学员≥120人"),
                      ("钟表文化推广", "进社区、进校园推广钟表文化", wan(40),
                       "举办推广活动≥20场"),
                      ("金额合计", None, wan(180), None)],
               goal="做好古旧钟表修复、人才培训和钟表文化推广三项重点工作。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("修复送修古旧钟表件数", 20, "件", "≥", 300),
        ("培训钟表修复学员人数", 15, "人", "≥", 120),
        ("举办钟表文化推广活动场次", 10, "场", "≥", 20),
        ("修复验收合格率", 15, "%", "≥", pct(0.95)),
        ("修复后返修率", 10, "%", "≤", pct(0.04)),
        ("学员技能等级认定通过率", 10, "%", "≥", pct(0.85)),
        ("单件修复平均成本", 10, "万元/件", "≤", 0.25),
        ("送修市民满意度", 10, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ]:  # fmt: skip
        s.row(*line)
    sign(s, "史秋棠", "0739-6618205", day(YEAR - 1, 11, 25))
    return b


@variant(
    "wi14-flat-defects",
    (3, 11),
    "department, flat list 指标名称 · 指标值 · 指标方向 · "
    "计量单位 · 权重: a unit conflict, a complaint rate with ≥, weights adding to 95",
)
def wi14() -> Book:
    b, s = book()
    department(s, dept="漱玉区钟表博物馆", budget=[(wan(260), wan(240), wan(20), wan(180),
               wan(80))], goal="办好钟表专题展览和讲座，推进馆藏钟表数字化建档。")  # fmt: skip
    unit = mk("≥24人次", "T112", "error", note="人次 in the value against 场 in the unit column")
    wrong_way = mk("≥1", "T108", "warning", row=True, note="投诉率 is 反向: ≤1 was meant")
    s.row("指标名称", "指标值", "指标方向", "计量单位", "权重")
    for line in [
        ("年度举办钟表专题展览数量", "≥4", "正向", "个", 15),
        ("钟表文化专题讲座场次", unit, "正向", "场", 10),
        ("馆藏钟表数字化建档件数", "≥600", "正向", "件", 15),
        ("接待观众人次", "≥80000", "正向", "人次", 10),
        ("馆藏钟表预防性保护巡检次数", "≥12", "正向", "次", 10),
        ("展品安全事故发生次数", "0", "反向", "次", 10),
        ("观众投诉率", wrong_way, "反向", "%", 10),
        ("观众满意度", "≥90", "正向", "%", 15),
    ]:  # fmt: skip
        s.row(*line)
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant(
    "wi15-department-money",
    (12,),
    "department, NAT-2021: budget with shares, three tasks "
    "adding to 金额合计 = 项目支出, a note explaining the total, a 下降率 with ≥ "
    "(correct)",
)
def wi15() -> Book:
    b, s = book()
    department(s, dept="枫垣县非物质文化遗产保护中心",
               budget=[(wan(400), wan(360), wan(40), wan(250), wan(150)),
                       (pct(1, "0.0%"), pct(0.9, "0.0%"), pct(0.1, "0.0%"),
                        pct(0.625, "0.0%"), pct(0.375, "0.0%"))],
               tasks=[("钟表修复技艺非遗项目保护", "支持钟表类非遗项目传承保护", wan(70),
                       "支持非遗项目≥5个"),
                      ("非遗传承人培训", "培训传承人及学徒", wan(45), "培训≥150人次"),
                      ("钟表文化节", "举办钟表文化节系列活动", wan(35), "举办活动≥3场"),
                      ("金额合计", None, wan(150), None)],
               goal="保护传承钟表修复技艺等非遗项目，培养传承人才，办好钟表文化节。")  # fmt: skip
    notes(s, "注：金额合计为项目支出150万元，基本支出250万元未列入年度主要任务。")
    table(s, HEAD, [
        ("产出指标", "数量指标", "支持钟表类非遗项目个数", "≥5个"),
        (None, None, "培训非遗传承人及学徒人次", "≥150人次"),
        (None, None, "举办钟表文化节活动场次", "≥3场"),
        (None, "质量指标", "传承人培训考核合格率", "≥90%"),
        (None, "时效指标", "钟表文化节举办时间", f"{YEAR}年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.3万元/人次"),
        ("效益指标", "社会效益指标", "传承项目档案资料缺失率下降率", "≥20%"),
        (None, "可持续影响指标", "钟表类非遗项目传承梯队", "健全"),
        ("满意度指标", "服务对象满意度指标", "非遗传承人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wi16-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def wi16() -> Book:
    b, s = book()
    total = mk(wan(210), "B101", "error", row=True,
               note="基本支出 140 + 项目支出 60 = 200, not 210")  # fmt: skip
    department(s, dept="漱玉区钟表修复职业技能实训中心",
               budget=[(total, wan(180), wan(30), wan(140), wan(60))],
               tasks=[("钟表维修实训", "开设钟表维修实训班", wan(30), "实训学员≥80人"),
                      ("修复设备维护", "维护实训修复设备", wan(20), "设备完好率≥95%"),
                      ("技能竞赛", "举办钟表修复技能竞赛", wan(15), "举办竞赛≥1次"),
                      ("金额合计", None, mk(wan(60), "B102", "error",
                                           note="30 + 20 + 15 = 65, not 60"), None)],
               goal="开展钟表维修实训和技能竞赛，保持实训设备完好。")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "钟表维修实训学员人数", "≥80人"),
        (None, None, "举办钟表修复技能竞赛次数", "≥1次"),
        (None, "质量指标", "实训修复设备完好率", "≥95%"),
        (None, "时效指标", "技能竞赛举办时间", f"{YEAR}年11月30日前"),
        ("成本指标", "经济成本指标", "人均实训成本", "≤0.35万元/人"),
        ("效益指标", "社会效益指标", "实训学员取得职业技能等级证书比例", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "实训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wi17-export-artefacts",
    (9, 7),
    "budget-system export: budget sheet 05-1 and "
    "indicator sheet 05-2 with codes in the first columns and the header on the third "
    "row: a date serial as text, a placeholder left in a value",
)
def wi17() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("317-2025-0046", "古董钟表修复材料采购", wan(38), wan(32), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 28, 18))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    t.row("单位名称：澄岭市钟表修复技艺传习中心")
    code, name = "317-2025-0046", "古董钟表修复材料采购"
    serial = mk("45991", "X104", "warning", note="a date serial (2025-11-30) in a text cell")
    holder = mk("≥XX批", "X101", "error", note="placeholder XX left in the value")
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "采购修复用机芯配件套数", "≥200套"),
        (code, name, "产出指标", "数量指标", "采购修复材料批次", holder),
        (code, name, "产出指标", "质量指标", "修复材料到货验收合格率", "≥98%"),
        (code, name, "产出指标", "时效指标", "修复材料到货验收时间", serial),
        (code, name, "产出指标", "成本指标", "材料采购总成本", "≤38万元"),
        (code, name, "效益指标", "社会效益指标", "使用新购材料修复钟表件数", "≥150件"),
        (code, name, "满意度指标", "服务对象满意度指标", "修复技师满意度", "≥90%"),
    ], merged=())  # fmt: skip
    return b


@variant(
    "wi18-two-column-sets",
    (8, 7),
    "two-year project, OLD-NAT, two-row header over two "
    "complete column sets (二级/三级/指标值 for 中期, then for 年度), annual counts below "
    "period counts (correct)",
)
def wi18() -> Book:
    b, s = book(widths=(14, 14, 24, 14, 14, 24, 14))
    project(s, name="钟表文化遗产数字展馆建设", dept=CULTURE, unit="漱玉区钟表博物馆",
            years=2, attr="新增项目", money_rows=multi_year((150, 130, 20), (90, 80, 10)),
            goals=["两年内建成钟表文化遗产数字展馆并向公众开放。",
                   f"{YEAR}年完成馆藏钟表数字化采集并上线数字展馆一期。"])  # fmt: skip
    s.row("一级指标", f"中期指标（{YEAR}年—{YEAR + 1}年）", None, None, f"年度指标（{YEAR}年）",
          None, None, merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    collect, show, model = (
        "数字化采集馆藏钟表件数",
        "上线钟表文化专题数字展个数",
        "数字模型精度达标率",
    )
    cost, visits, share = "单件数字化采集成本", "数字展馆线上访问人次", "数字资源开放共享机制"
    s.table([
        ("产出指标", "数量指标", collect, "≥500件", "数量指标", collect, "≥300件"),
        (None, None, show, "≥6个", None, show, "≥3个"),
        (None, "质量指标", model, "≥95%", "质量指标", model, "≥95%"),
        (None, "时效指标", "数字展馆全面上线时间", f"{YEAR + 1}年6月30日前", "时效指标",
         "数字展馆一期上线时间", f"{YEAR}年12月31日前"),
        (None, "成本指标", cost, "≤0.12万元/件", "成本指标", cost, "≤0.12万元/件"),
        ("效益指标", "社会效益指标", visits, "≥50万人次", "社会效益指标", visits, "≥20万人次"),
        (None, "可持续影响指标", share, "建立并执行", "可持续影响指标", share, "建立"),
        ("满意度指标", "服务对象满意度指标", "线上观众满意度", "≥90%", "服务对象满意度指标",
         "线上观众满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b
