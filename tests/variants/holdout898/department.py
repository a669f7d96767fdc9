"""Department returns, flat lists and stacked projects on soil survey and remediation:
khx13–khx18."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout898.common import (
    HEAD,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout898.common import start as new
from tests.variants.holdout898.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("khx13-department-tasks", (4, 12),
         "department, NAT-2021: budget and key tasks adding up, a goal count with its parts in "
         "brackets, a footnote explaining the 金额合计, signature dated the year "
         "before (correct)")  # fmt: skip
def department_tasks() -> Book:
    b, s = new()
    goal = ("目标1：完成68个地块土壤调查与监测（其中重点监管单位周边42个、关闭搬迁企业地块26个）；"
            "目标2：保障土壤环境监测网稳定运行，监测数据有效率达到95%以上。")  # fmt: skip
    department_head(s, year=2026, dept="桦岭市土壤与农业农村生态环境监测站", goal=goal,
                    budget=[(wan(2860), wan(2700), wan(160), wan(1140), wan(1720))], tasks=[
        ("重点监管单位周边土壤监测", "对42家重点监管单位周边土壤和地下水采样检测", wan(560),
         "完成监测并形成报告"),
        ("关闭搬迁企业地块调查", "对26个关闭搬迁企业地块开展初步调查", wan(780),
         "调查报告全部通过评审"),
        ("土壤环境监测网运行维护", "维护全市国控、省控土壤监测点位", wan(380), "点位正常运行"),
        ("金额合计", None, wan(1720), None),
    ])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "重点监管单位周边监测地块数", "≥42个"),
        (None, None, "关闭搬迁企业地块初步调查数", "≥26个"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "年度监测报告报送时间", "2026年12月25日前"),
        ("成本指标", "经济成本指标", "单个关闭搬迁地块调查费用", "≤30万元/个"),
        ("效益指标", "生态效益指标", "重点建设用地安全利用率", "≥95%"),
        (None, "可持续影响指标", "土壤环境监测网运行机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "属地政府和企业满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：年度主要任务的金额合计为项目支出1720万元，不含基本支出1140万元。")
    sign(s, "褚一帆", "0572-8604 3317", (2025, 11, 20))
    return b


@variant("khx14-department-sums", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the goal's count against the indicator's")  # fmt: skip
def department_sums() -> Book:
    b, s = new()
    goal = ("目标1：完成35个疑似污染地块土壤污染状况初步调查；"
            "目标2：推进受污染耕地安全利用，安全利用率达到93%以上。")  # fmt: skip
    total = mk(wan(1650), "B101", "error", note="基本支出620 + 项目支出980 = 1600，不是1650")
    summed = mk(wan(980), "B102", "error", note="420 + 160 + 380 = 960，不是980")
    department_head(s, year=2026, dept="鹭汀区生态环境分局", goal=goal,
                    budget=[(total, wan(1500), wan(150), wan(620), wan(980))], tasks=[
        ("疑似污染地块初步调查", "对辖区疑似污染地块开展初步调查", wan(420), "完成35个地块调查"),
        ("建设用地准入管理", "审查土壤污染状况调查报告", wan(160), "报告审查按时办结"),
        ("农用地安全利用", "推广低积累品种和农艺调控措施", wan(380), "安全利用率≥93%"),
        ("金额合计", None, summed, None),
    ])  # fmt: skip
    count = mk("≥30个", "D104", "warning", row=True,
               note="年度总体目标和任务都写35个疑似污染地块，指标只要30个")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "疑似污染地块初步调查数", count),
        (None, None, "调查报告审查数", "≥40份"),
        (None, "质量指标", "调查报告审查意见规范率", "≥95%"),
        (None, "时效指标", "调查报告审查办结时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单个地块初步调查费用", "≤12万元/个"),
        ("效益指标", "生态效益指标", "受污染耕地安全利用率", "≥93%"),
        (None, "社会效益指标", "建设用地准入管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "土地使用权人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khx15-flat-weights", (1, 3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, =0 incidents, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_weights() -> Book:
    b, s = new()
    goal = ("完成农用地土壤污染状况详查点位260个，审查建设用地土壤污染状况调查报告45份，"
            "土壤污染信访投诉量比上年下降10%以上。")  # fmt: skip
    department_head(s, year=2026, dept="柘原县土壤污染防治中心", goal=goal,
                    budget=[(wan(640), wan(600), wan(40), wan(230), wan(410))])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("农用地土壤污染状况详查点位数", 15, "个", "≥", 260),
        ("建设用地土壤污染状况调查报告审查数", 15, "份", "≥", 45),
        ("土壤样品检测数据合格率", 15, "%", "≥", pct(0.95)),
        ("调查报告审查办结时限", 10, "工作日", "≤", 15),
        ("单个详查点位综合费用", 10, "万元/个", "≤", 0.8),
        ("土壤污染信访投诉量下降率", 10, "%", "≥", pct(0.1)),
        ("土壤污染突发环境事件", 10, "起", "=", 0),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "苗溪远", "0575-8123 6690", (2025, 11, 20))
    return b


@variant("khx16-flat-near-duplicate", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): weights "
         "add to 95, one indicator repeated in other words")  # fmt: skip
def flat_near_duplicate() -> Book:
    b, s = new()
    goal = "组织建设用地土壤污染状况调查报告和修复效果评估报告评审，动态更新污染地块名录。"
    department_head(s, year=2026, dept="桦岭市固体废物与土壤环境管理中心", goal=goal,
                    budget=[(wan(520), wan(500), wan(20), wan(210), wan(310))])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+10+10+15+10+10+10 = 95，不是100")
    again = mk("建设用地调查报告评审数量", "D103", "warning", row=True, alt=("D101",),
               note="与第1条“建设用地土壤污染状况调查报告评审数”是同一指标")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("建设用地土壤污染状况调查报告评审数", "≥40", "份", 15),
        ("污染地块修复效果评估报告评审数", "≥12", "份", 15),
        ("评审专家库专家人数", "≥60", "人", 10),
        (again, "≥40", "份", 10),
        ("评审意见按时出具率", "≥95", "%", 15),
        ("污染地块名录动态更新次数", "≥4", "次", 10),
        ("单份报告评审费用", "≤0.5", "万元/份", 10),
        ("服务对象满意度", "≥90", "%", 10),
    ])  # fmt: skip
    return b


STACK: tuple[tuple[str, str, tuple[int, int, int], str, tuple[tuple[str, ...], ...]], ...] = (
    ("樾湖乡农用地土壤重金属污染溯源调查", "樾湖乡人民政府", (48, 45, 3),
     "在樾湖乡布设溯源调查点位60个，识别耕地土壤镉污染主要来源。", (
         ("产出指标", "数量指标", "溯源调查点位数", "≥60个"),
         ("质量指标", "样品检测合格率", "≥95%"),
         ("时效指标", "溯源报告提交时间", "2026年10月31日前"),
         ("成本指标", "单个点位溯源费用", "≤0.7万元/个"),
         ("效益指标", "生态效益指标", "主要污染源识别率", "≥80%"),
         ("满意度指标", "服务对象满意度指标", "属地农户满意度", "≥90%"))),
    ("沄溪镇受污染耕地种植结构调整", "沄溪镇人民政府", (150, 140, 10),
     "在沄溪镇严格管控类耕地调整种植结构1500亩，按每亩1000元发放补助。", (
         ("产出指标", "数量指标", "种植结构调整面积", "≥1500亩"),
         ("质量指标", "样品检测合格率", "≥98%"),
         ("时效指标", "补助资金发放时间", "2026年6月30日前"),
         ("成本指标", "亩均补助标准", "≤1000元/亩"),
         ("效益指标", "社会效益指标", "农产品质量安全超标事件", "=0起"),
         ("满意度指标", "服务对象满意度指标", "属地农户满意度", "≥85%"))),
    ("鹭汀区原印染厂地块土壤风险管控", "鹭汀区土地储备中心", (210, 200, 10),
     "对原印染厂地块1.5公顷实施阻隔覆盖，阻断污染物扩散途径。", (
         ("产出指标", "数量指标", "阻隔覆盖面积", "≥1.5公顷"),
         ("质量指标", "覆盖层压实度达标率", "≥95%"),
         ("时效指标", "工程完工时间", "2026年9月30日前"),
         ("成本指标", "单位面积风险管控成本", "≤120万元/公顷"),
         ("效益指标", "生态效益指标", "地块污染物扩散", "得到有效管控"),
         ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"))),
)  # fmt: skip


def _rows(lines: Sequence[tuple[str, ...]]) -> list[tuple[Any, ...]]:
    """Rows with a tier-1 only where it changes (产出's tier-2s follow under it)."""
    return [line if len(line) == 4 else (None, *line) for line in lines]


@variant("khx17-stacked-three", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in different projects, money adding up in each "
         "(correct)")  # fmt: skip
def stacked_three() -> Book:
    b, s = new()
    for i, (name, unit, (total, fiscal, other), goal, lines) in enumerate(STACK):
        if i:
            s.skip()
        project_head(s, year=2026, name=name, dept="柘原县生态环境局（318）", unit=unit,
                     money=one_year(total, fiscal, other), goals=[goal],
                     title=None if i == 0 else "")  # fmt: skip
        indicators(s, HEAD, _rows(lines))
    return b


@variant("khx18-mine-percent-copied", (1, 8),
         "three-year project, NAT-2021, operator column, 中期 and 年度 columns with typed "
         "percent cells: two cumulative counts copied into 年度, a rate above 100%")  # fmt: skip
def mine_percent_copied() -> Book:
    b, s = new(widths=(14, 16, 28, 10, 16, 16, 12))
    period = ("2026—2028年在北部矿区周边治理修复受污染耕地3000亩，建设长期定位监测点30个，"
              "修复区农产品镉含量达标率稳定在95%以上。")  # fmt: skip
    annual = "2026年完成樾湖片区1000亩耕地治理修复，建设长期定位监测点10个。"
    project_head(s, year=2026, years=3, name="柘原县北部矿区周边受污染耕地治理与修复",
                 dept="柘原县农业农村局（322）", unit="柘原县耕地质量监测保护中心",
                 money=multi_year((1800, 1650, 150), (600, 550, 50)), goals=[period, annual],
                 attr="新增项目")  # fmt: skip
    area = mk(3000, "D202", "warning", alt=("D104",),
              note="三年期累计面积照抄到年度，年度目标写1000亩")  # fmt: skip
    points = mk(30, "D202", "warning", alt=("D104",),
                note="三年期累计监测点照抄到年度，年度目标写10个")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="达标率105%超过100%上限")
    indicators(s, (*HEAD[:3], "运算符", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "治理修复耕地面积", "≥", 3000, area, "亩"),
        (None, None, "长期定位监测点建设数", "≥", 30, points, "个"),
        (None, "质量指标", "修复区农产品镉含量达标率", "≥", pct(0.95), over, "%"),
        (None, "时效指标", "治理任务完成时间", "≤", day(2028, 11, 30, CN_DATE),
         day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "亩均治理修复成本", "≤", 0.18, 0.18, "万元/亩"),
        ("效益指标", "生态效益指标", "受污染耕地安全利用率", "≥", pct(0.93), pct(0.93), "%"),
        (None, "可持续影响指标", "长期定位监测机制", "定性", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "治理区农户满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    return b
