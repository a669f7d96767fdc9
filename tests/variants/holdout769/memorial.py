"""Honour-garden (烈士纪念设施) upkeep: kcy07–kcy12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout769.common import (
    DEPT,
    HEAD,
    HEAD2,
    W7,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout769.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

GUARD = "澜江省烈士纪念设施保护中心"


@variant("kcy07-memorial-points", (10, 11, 12),
         "project, OLD-NAT, operator, unit and score columns, tier points and indicator points "
         "(correct)")  # fmt: skip
def memorial_points() -> Book:
    goal = "完成烈士纪念设施修缮12处（零散烈士墓8处、纪念碑亭4处），全年安全责任事故0起。"
    b, s = project(2026, "烈士纪念设施修缮保护", GUARD, one_year(240, 240, 0), [goal], widths=W7)
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值"), [
        ("产出指标（50分）", "数量指标", "纪念设施修缮数量", "≥", 12, "处", 15),
        (None, None, "其中：零散烈士墓修缮数量", "≥", 8, "处", 5),
        (None, "质量指标", "修缮工程验收合格率", "=", 100, "%", 10),
        (None, "时效指标", "修缮工程完工时间", "≤", day(2026, 10, 31, CN_DATE), None, 10),
        (None, "成本指标", "单处修缮平均成本", "≤", 20, "万元/处", 10),
        ("效益指标（30分）", "社会效益指标", "祭扫瞻仰人次", "≥", 20000, "人次", 10),
        (None, None, "安全责任事故发生次数", "≤", 0, "起", 10),
        (None, "可持续影响指标", "纪念设施日常管护制度", "定性", "健全", None, 10),
        ("满意度指标（20分）", "服务对象满意度指标", "烈属及瞻仰群众满意度", "≥", pct(0.92),
         None, 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100)
    note(s, "说明：一级指标分值与三级指标分值为两级计分，三级指标分值合计100分。", 7)
    sign(s, "蓝振邦", "0871-6631 0925", (2025, 10, 20))
    return b


@variant("kcy08-memorial-wrong-tier", (7,),
         "project, OLD-NAT, headers 指标内容 / 绩效标准: last year's goal, area and tier "
         "off")  # fmt: skip
def memorial_wrong_tier() -> Book:
    goal = mk("2025年完成陵园绿化整治3000平方米，修缮英烈墙1处，提升瞻仰环境。", "Y103",
              "warning", alt=("Y101",), note="2026年度表写2025年目标：上年残留")  # fmt: skip
    b, s = project(2026, "栖凤市烈士陵园环境提升", "栖凤市烈士陵园管理所",
                   one_year(120, 100, 20), [goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "陵园绿化整治面积",
         mk("≥2000平方米", "D104", "warning", row=True, note="年度目标写3000平方米")),
        (None, None, "英烈墙修缮数量", "1处"),
        (None, "质量指标", "墓碑字迹描红完整率", "≥98%"),
        (None, "时效指标", mk("修缮工程验收合格率", "F201", "warning", row=True,
                             note="合格率是质量指标，填在时效指标下"), "≥95%"),
        (None, None, "工程完工时间", "2026年9月30日前"),
        (None, "成本指标", "绿化整治单价", "≤150元/平方米"),
        ("效益指标", "社会效益指标", "接待瞻仰人次", "≥30000人次"),
        (None, "可持续影响指标", "设施维护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "瞻仰群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcy09-stacked-memorials", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "in both with different values, 说明 rows (correct)")  # fmt: skip
def stacked_memorials() -> Book:
    b, s = project(2026, "栖凤市烈士陵园日常管护", "栖凤市烈士陵园管理所", one_year(60, 60, 0),
                   ["全年保洁管护陵园50000平方米，安全责任事故0起。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "日常保洁管护面积", "≥50000平方米"),
        (None, "质量指标", "设施完好率", "≥98%"),
        (None, "时效指标", "日常巡查频次", "每日1次"),
        (None, "成本指标", "管护成本", "≤12元/平方米"),
        ("效益指标", "社会效益指标", "安全责任事故发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "瞻仰群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "说明：管护成本 50000平方米×12元=60万元。")
    s.skip()
    project_head(s, year=2026, name="枫渡县零散烈士墓集中迁葬", dept=DEPT,
                 unit="枫渡县退役军人事务局", money=one_year(90, 80, 10),
                 goals=["将散葬在4个乡镇的45座零散烈士墓迁入县烈士陵园集中安葬。"],
                 title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "迁葬零散烈士墓数量", "≥45座"),
        (None, "质量指标", "迁葬墓穴验收合格率", "=100%"),
        (None, "时效指标", "迁葬完成时间", "2026年9月30日前"),
        (None, "成本指标", "单座迁葬成本", "≤2万元/座"),
        ("效益指标", "社会效益指标", "安全责任事故发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "瞻仰群众满意度", "≥92%"),
    ])  # fmt: skip
    note(s, "说明：迁葬前征得烈属同意；45座×2万元=90万元。")
    sign(s, "庞书远", "0874-3120 556", (2025, 11, 3))
    return b


@variant("kcy10-stacked-money-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second's total, a near-duplicate count, a cost "
         "above the money")  # fmt: skip
def stacked_money_wrong() -> Book:
    b, s = project(2026, "烈士纪念设施安全巡查", GUARD, one_year(36, 36, 0),
                   ["对全省120处县级以上烈士纪念设施开展安全巡查。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "巡查纪念设施数量", "≥120处"),
        (None, "质量指标", "隐患整改率", "=100%"),
        (None, "时效指标", "巡查完成时间", "2026年6月30日前"),
        (None, "成本指标", "单处巡查成本", "≤3000元/处"),
        ("效益指标", "社会效益指标", "安全责任事故发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "管理单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(150), "B101", "error", note="财政拨款120+其他资金20=140，不是150")
    project_head(s, year=2026, name="零散烈士墓碑修缮", dept=DEPT, unit=GUARD, title="",
                 money=one_year(total, 120, 20), goals=["修缮全省零散烈士墓碑30座。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "烈士墓碑修缮数量", "≥30座"),
        (None, "质量指标", "烈士墓碑修缮数",
         mk("≥30座", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标下的墓碑修缮数量是同一指标，又填在质量指标下")),
        (None, "时效指标", "修缮完成时间", "2026年10月31日前"),
        (None, "成本指标", "单座修缮成本",
         mk("≤6万元/座", "B107", "warning", row=True, note="30座×6万元=180万元，超过项目资金")),
        ("效益指标", "社会效益指标", "烈属走访告知率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "烈属满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcy11-system-export", (7,),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a third-row "
         "header with codes in the first columns (correct)")  # fmt: skip
def system_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (20, 26, 24, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "单位名称", "合计", "财政拨款", "其他资金")
    code = "53000026T000000318"
    s.row(code, "英烈事迹宣传讲解服务", GUARD, wan(85), wan(80), wan(5))
    s.row("合计", None, None, wan(85), wan(80), wan(5))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 24, 14, 16, 28, 16, 12))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位名称：澜江省烈士纪念设施保护中心", None, None, None, "年度目标：讲解120场，"
          "网上祭扫5万人次")  # fmt: skip
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    name = "英烈事迹宣传讲解服务"
    t.table([
        (code, name, "产出指标", "数量指标", "英烈事迹讲解场次", "≥120", "场"),
        (code, name, "产出指标", "数量指标", "网上祭扫平台访问人次", "≥50000", "人次"),
        (code, name, "产出指标", "质量指标", "纪念设施完好率", "=100%", None),
        (code, name, "产出指标", "时效指标", "讲解服务完成时间", day(2026, 12, 20, CN_DATE),
         None),
        (code, name, "产出指标", "成本指标", "讲解服务费", "≤60", "万元"),
        (code, name, "效益指标", "社会效益指标", "爱国主义教育受众人次", "≥80000", "人次"),
        (code, name, "满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("kcy12-archive-period-wrong", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: a year above the period, a "
         "deadline after the period")  # fmt: skip
def archive_period_wrong() -> Book:
    goals = ("2026—2028年完成全省30处省级以上烈士纪念设施数字化建档，建成英烈信息查询平台。",
             "2026年完成10处纪念设施数字化建档，完成查询平台需求设计。")  # fmt: skip
    b, s = project(2026, "烈士纪念设施数字化建档", GUARD,
                   multi_year((450, 450, 0), (150, 150, 0)), goals, years=3)  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "数字化建档纪念设施数", "≥30处",
         mk("≥36处", "D201", "error", alt=("D104",), note="一年建档数超过三年合计30处")),
        (None, "质量指标", "建档数据准确率", "≥98%", "≥98%"),
        (None, "时效指标", "全部建档完成时间",
         mk("2029年6月30日前", "Y102", "error", alt=("Y103",),
            note="项目期2026—2028年，期限却在2029年"), "2026年12月31日前"),
        (None, "成本指标", "单处建档成本", "≤15万元/处",
         mk("≤15万元/处", "B107", "warning", row=True, required=False,
            note="36处×15万元超过年度资金：上一行的错误带出，容许不要求")),
        ("效益指标", "社会效益指标", "英烈信息查询人次", "≥100000人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "烈属满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
