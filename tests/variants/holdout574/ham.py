"""Cured ham (火腿) returns dl01–dl06: fermentation rooms, salt, smoking, traceability, small
workshops and grading."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout574.common import (
    book,
    indicators,
    period_money,
    project_money,
    wan,
)
from tests.variants.holdout574.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "檀坞县市场监督管理局（318006）"


@variant("dl01-ham-ferment-room", (5,),
         "project, NAT-2021, numbered tier labels with points, one value column "
         "(correct)")  # fmt: skip
def dl01() -> Book:
    b, s = book()
    goal = ("完成12间火腿发酵房温湿度在线监控改造，成品火腿抽检合格率不低于98%，"
            "全年火腿亚硝酸盐超标事件为0起。")  # fmt: skip
    project_head(s, year=2025, name="檀坞县火腿发酵房温湿度在线监控改造", dept=DEPT,
                 unit="檀坞县食品安全检验检测中心", goals=(goal,),
                 money=project_money(wan(80), wan(60), wan(20)))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（50分）", "（一）数量指标", "改造发酵房间数", "12间"),
        (None, None, "安装温湿度传感器数量", "≥48个"),
        (None, "（二）质量指标", "成品火腿抽检合格率", "≥98%"),
        (None, None, "监控数据上传完整率", "≥99.5%"),
        (None, "（三）时效指标", "改造完成时间", "2025年10月31日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "单间监控改造成本", "≤5万元/间"),
        ("三、效益指标（30分）", "（一）社会效益指标", "火腿亚硝酸盐超标事件", "0起"),
        (None, "（二）可持续影响指标", "监控数据留存年限", "≥3年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "火腿加工户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dl02-ham-low-salt", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells: count below the goal "
         "text, unit cost × count above the money, a typed percent over 100")  # fmt: skip
def dl02() -> Book:
    b, s = book()
    goal = ok("支持30户火腿加工户完成低盐腌制工艺改造，成品火腿含盐量控制在6%以内。", "warning",
              note="D104 may also land at the goal text")  # fmt: skip
    project_head(s, year=2025, name="檀坞县火腿低盐腌制工艺改造补助", dept=DEPT,
                 unit="檀坞县火腿产业服务站", goals=(goal,),
                 money=project_money(wan(60), wan(45), wan(15)))  # fmt: skip
    few = mk(25, "D104", "warning", row=True, note="年度目标写支持30户，指标只有25户")
    cost = mk(3, "B107", "warning", row=True,
              note="25户×3万元=75万元（按目标30户为90万元），超过资金总额60万元")  # fmt: skip
    over = mk(pct(1.02), "T106", "error", note="合格率≥102%不可能")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "低盐工艺改造加工户数", "≥", few, "户"),
        (None, None, "改造腌制池数量", "≥", 60, "个"),
        (None, "质量指标", "成品火腿含盐量", "≤", 6, "%"),
        (None, None, "改造后出厂检验合格率", "≥", over, "%"),
        (None, "时效指标", "改造验收完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "每户改造补助标准", "≤", cost, "万元/户"),
        ("效益指标", "社会效益指标", "腌制环节用盐量下降率", "≥", pct(0.2), "%"),
        (None, "可持续影响指标", "低盐工艺持续应用年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("dl03-ham-smokehouse-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: an annual count above its period "
         "count, an annual date after the project period")  # fmt: skip
def dl03() -> Book:
    b, s = book()
    goals = ("两年内完成20台火腿烟熏炉控温与废气治理改造，建成烟熏工序苯并芘监测体系。",
             "2025年完成首批烟熏炉改造并通过验收，烟熏火腿苯并芘抽检合格率不低于98%。")  # fmt: skip
    project_head(s, year=2025, years=2, name="檀坞县火腿烟熏工序改造", dept=DEPT,
                 unit="檀坞县火腿产业服务站", goals=goals, attr="新增项目",
                 money=period_money(300, 160, 240, 130, 60, 30))  # fmt: skip
    more = mk("≥24台", "D201", "error", note="年度24台大于中期20台")
    late = mk("2027年6月30日前", "Y102", "error", note="项目期2025—2026年，年度值却在2027年")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "烟熏炉控温改造台数", "≥20台", more),
        (None, None, "苯并芘在线监测点位", "≥8个", "≥4个"),
        (None, "质量指标", "烟熏火腿苯并芘抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "首批改造设备验收时间", "2026年12月31日前", late),
        ("成本指标", "经济成本指标", "单台烟熏炉改造成本", "≤6万元/台", "≤6万元/台"),
        ("效益指标", "社会效益指标", "烟熏工序投诉件数", "≤5件", "≤3件"),
        (None, "生态效益指标", "烟熏废气颗粒物排放浓度", "≤20毫克/立方米", "≤20毫克/立方米"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dl04-ham-trace-second-sheet", (7,),
         "project, OLD-NAT, head on the first sheet, table on a second sheet under 预期实现值, a "
         "later year named on purpose, two similar 抽检批次 names (correct)")  # fmt: skip
def dl04() -> Book:
    b, s = book("项目基本信息")
    goal = ("为9家火腿加工企业建立原料腿入厂赋码溯源，原料腿抽检不少于200批次，"
            "溯源数据保存至2030年，以备地理标志产品复核。")  # fmt: skip
    project_head(s, year=2025, name="栗冈镇火腿原料腿溯源赋码系统建设", dept=DEPT,
                 unit="栗冈镇农业农村综合服务中心", goals=(goal,),
                 money=project_money(wan(45), wan(45), wan(0)))  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 16, 24))
    t.title("项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "赋码溯源企业数", "≥9家", None),
        (None, None, "原料腿入厂抽检批次", "≥200批次", "兽药残留、瘦肉精"),
        (None, None, "成品火腿出厂抽检批次", "≥120批次", "与原料腿抽检分开统计"),
        (None, "质量指标", "原料腿赋码覆盖率", "=100%", None),
        (None, "时效指标", "溯源系统上线时间", "2025年9月30日前", None),
        (None, "成本指标", "单家企业赋码设备配置成本", "≤5万元/家", "9家共45万元"),
        ("效益指标", "社会效益指标", "问题火腿溯源查明时间", "≤24小时", None),
        (None, "可持续影响指标", "溯源数据保存年限", "≥5年", "保存至2030年"),
        ("满意度指标", "服务对象满意度指标", "赋码企业满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("dl05-ham-workshop-export", (7, 9),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in "
         "the first columns, header on the third row; HTML, placeholder, date serial")  # fmt: skip
def dl05() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 22, 24, 30, 14, 14, 14))
    s.title("部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("306011", "檀坞县市场监督管理局", "33102525000000012345",
          "火腿加工小作坊食品安全提升", 36, 30, 6)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 24, 40, 14, 16, 28, 16))
    t.title("部门项目支出绩效目标表", 8)
    t.row("单位名称：檀坞县市场监督管理局", merge=[(1, 4)])
    html = mk("<p>完成40家火腿加工小作坊改造提升，监督抽检覆盖全部在册作坊。</p>", "X102",
              "warning", note="<p> 标签留在年度绩效目标中")  # fmt: skip
    stars = mk("≥**批次", "X101", "error", note="抽检批次仍是占位符")
    serial = mk("45991", "X104", "warning", note="文本单元格中的日期序列号（2025-11-30）")
    head = ("单位编码", "项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标",
            "三级指标", "指标值")  # fmt: skip
    indicators(t, head, [
        ("306011", "33102525000000012345", "火腿加工小作坊食品安全提升", html,
         "产出指标", "数量指标", "小作坊改造提升数", "≥40家"),
        (None, None, None, None, None, None, "小作坊监督抽检批次", stars),
        (None, None, None, None, None, "质量指标", "改造作坊验收合格率", "≥95%"),
        (None, None, None, None, None, "时效指标", "改造完成时间", serial),
        (None, None, None, None, None, "成本指标", "单家作坊改造补助", "≤0.75万元/家"),
        (None, None, None, None, "效益指标", "社会效益指标", "小作坊食品安全事故", "0起"),
        (None, None, None, None, None, "可持续影响指标", "作坊自查制度建立率", "=100%"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "作坊经营者满意度",
         "≥90%"),
    ], merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    return b


@variant("dl06-ham-grading-marks", (5,),
         "project, OLD-NAT, tier labels with * and ★ and abbreviated, a 设定依据 column: a "
         "conflicting duplicate rate, a quality name under 时效")  # fmt: skip
def dl06() -> Book:
    b, s = book()
    goal = "建成火腿分级检验室，全年完成火腿分级检验500批次，推动优质火腿分级标识使用。"
    project_head(s, year=2025, name="雾溪市火腿分级检验能力提升", dept="雾溪市市场监督管理局",
                 unit="雾溪市肉制品质量安全监测站", goals=(goal,),
                 money=project_money(wan(50), wan(40), wan(10)))  # fmt: skip
    dup = mk("≥95%", "D102", "error", row=True, alt=("D103",),
             note="与上一行“成品火腿分级抽检合格率 ≥98%”是同一指标，值不同")  # fmt: skip
    fit = mk("≥99%", "F201", "warning", row=True, note="复核准确率是质量指标，填在时效下")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), [
        ("*产出指标", "*数量", "火腿分级检验批次", "≥500批次", "计划标准"),
        (None, None, "购置感官与理化检验设备", "≥6台（套）", "计划标准"),
        (None, "★质量", "成品火腿分级抽检合格率", "≥98%", "行业标准"),
        (None, None, "火腿成品分级抽检合格率", dup, "历史标准"),
        (None, "时效", "分级检验报告出具时间", "≤5个工作日", "历史标准"),
        (None, None, "分级检验结果复核准确率", fit, "行业标准"),
        (None, "成本", "单批次分级检验成本", "≤800元/批次", "行业标准"),
        ("*效益指标", "社会效益", "优质火腿分级标识使用率", "≥80%", "计划标准"),
        (None, "可持续影响", "分级检验规程修订", "≥1项", "计划标准"),
        ("满意度指标", "服务对象满意度", "送检企业满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    return b
