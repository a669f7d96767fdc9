"""Fish-fry breeding base returns (kbu07–kbu12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout739.common import DEPT, first, indicators, one_year, sign, w
from tests.variants.holdout739.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
BASE = "澄湾县水产种苗繁育场"


def parents(s: Sheet, goal: str, title: str | None = None) -> None:
    """The first stacked project: renewal of brood fish (120万元, 2000尾)."""
    project_head(s, year=2026, name="澄湾县鱼苗繁育基地亲本更新项目", dept=DEPT, unit=BASE,
                 money=one_year(120, 100, 20), goals=[goal], title=title)  # fmt: skip


@variant("kbu07-fry-stacked", (2, 1),
         "two projects stacked in one sheet, OLD-NAT, one value column, a typed percent, the same "
         "satisfaction name with different values (correct)")  # fmt: skip
def fry_stacked() -> Book:
    b, s = first()
    parents(s, "更新四大家鱼亲本鱼2000尾，繁育鱼苗6000万尾，供应本县及周边养殖户。")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "亲本鱼更新数量", "≥2000尾"),
        (None, None, "鱼苗繁育数量", "≥6000万尾"),
        (None, "质量指标", "鱼苗出池成活率", pct(0.85)),
        (None, "时效指标", "亲本更新完成时间", "2026年3月31日前"),
        (None, "成本指标", "亲本鱼更新单价", "≤0.05万元/尾"),
        ("效益指标", "经济效益指标", "带动养殖户增收", "≥200万元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="澄湾县苗种质量检测项目", dept=DEPT, unit=BASE, title="",
                 money=one_year(40, 40, 0), goals=["全年开展苗种质量检测200批次，检测结果"
                                                   "及时反馈养殖户。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "苗种检测批次", "≥200批次"),
        (None, "质量指标", "检测结果准确率", "≥98%"),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
        (None, "成本指标", "单批次检测费用", "≤0.2万元/批次"),
        ("效益指标", "社会效益指标", "病害苗种流入养殖环节", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "柯向晚", "0571-6277 3021")
    return b


@variant("kbu08-fry-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the first's goal against its count, the second's money "
         "and unit cost")  # fmt: skip
def fry_stacked_wrong() -> Book:
    b, s = first()
    parents(s, "更新四大家鱼亲本鱼2000尾，繁育鱼苗8000万尾，供应本县及周边养殖户。")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "亲本鱼更新数量", "≥2000尾"),
        (None, None, "鱼苗繁育数量",
         mk("≥6000万尾", "D104", "warning", row=True,
            note="the 年度绩效目标 states 8000万尾")),
        (None, "质量指标", "鱼苗出池成活率", "≥85%"),
        (None, "成本指标", "亲本鱼更新单价", "≤0.05万元/尾"),
        ("效益指标", "经济效益指标", "带动养殖户增收", "≥200万元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(80), "B101", "error", row=True, note="60 + 30 = 90 ≠ 80")
    project_head(
        s,
        year=2026,
        name="澄湾县苗种质量检测项目",
        dept=DEPT,
        unit=BASE,
        title="",
        money=one_year(total, 60, 30),
        goals=["全年开展苗种质量检测600批次。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "苗种检测批次", "≥600批次"),
        (None, "质量指标", "检测结果准确率", "≥98%"),
        (None, "成本指标", "单批次检测费用",
         mk("≤0.2万元/批次", "B107", "warning", row=True,
            note="0.2万元 × 600批次 = 120万元, above the project's 80 (or 90)万元")),
        ("效益指标", "社会效益指标", "病害苗种流入养殖环节", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "柯向晚", "0571-6277 3021")
    return b


@variant("kbu09-fry-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, both "
         "adding to 100, a rise in 百分点 (correct)")  # fmt: skip
def fry_points() -> Book:
    b, s = first()
    project_head(
        s,
        year=2026,
        name="澄湾县名优鱼苗扩繁项目",
        dept=DEPT,
        unit=BASE,
        money=one_year(110, 90, 20),
        goals=["扩繁鱼苗8000万尾（其中名优品种2000万尾），良种覆盖率提高5个百分点。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "繁育鱼苗数量", "≥8000万尾", 10),
        (None, None, "名优品种鱼苗数量", "≥2000万尾", 10),
        (None, "（二）质量指标", "苗种检疫合格率", pct(0.98), 10),
        (None, "（三）时效指标", "春季苗种供应完成时间", "2026年5月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "每万尾鱼苗繁育成本", "≤0.012万元/万尾", 10),
        (None, "（二）生态环境成本指标", "繁育用水外排量", "≤1.2万吨", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "带动养殖户增收", "≥500万元", 10),
        (None, "（二）社会效益指标", "本地苗种自给率", "≥70%", 10),
        (None, "（三）可持续影响指标", "良种覆盖率提高", "≥5百分点", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "购苗养殖户满意度", pct(0.9), 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "柯向晚", "0571-6277 3021")
    return b


@variant("kbu10-fry-wrong-tier", (5,),
         "project, NAT-2021, abbreviated tier labels: a count under 质量, a satisfaction "
         "rate under 社会效益, a near-duplicate rate")  # fmt: skip
def fry_wrong_tier() -> Book:
    b, s = first()
    project_head(s, year=2026, name="澄湾县四大家鱼苗种繁育项目", dept=DEPT, unit=BASE,
                 money=one_year(90, 80, 10), goals=["繁育四大家鱼鱼苗5000万尾，培育后备亲本鱼"
                                                    "1500尾，按时供应春季苗种。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出", "数量", "繁育鱼苗总量", "≥5000万尾"),
        (None, "质量", mk("后备亲本鱼培育数量", "F201", "warning", row=True,
                          note="a count filed under 质量"), "≥1500尾"),
        (None, None, "鱼苗出池成活率", "≥85%"),
        (None, None, mk("出池鱼苗成活率", "D103", "warning", row=True, alt=("D101", "D102"),
                        note="the row above with its words swapped, ≥80% / ≥85%"), "≥80%"),
        (None, "时效", "春季苗种供应完成时间", "2026年6月30日前"),
        ("成本", "经济成本", "每万尾鱼苗繁育成本", "≤0.015万元/万尾"),
        ("效益", "经济效益", "带动养殖户增收", "≥300万元"),
        (None, "社会效益", mk("购苗养殖户满意度", "F201", "warning", row=True,
                              note="a satisfaction rate filed under 社会效益"), "≥90%"),
        ("满意度", "服务对象满意度", "技术指导服务满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "宁照溪", "0571-6277 3058")
    return b


@variant("kbu11-fry-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
         "weights add to 100 (correct)")  # fmt: skip
def fry_flat() -> Book:
    b, s = first()
    department_head(s, year=2026, dept=BASE,
                    budget=[(w(680), w(600), w(80), w(230), w(450))],
                    tasks=[("鱼苗繁育", "亲本更新和鱼苗繁育", w(260), "繁育鱼苗12000万尾"),
                           ("苗种检测", "苗种检疫和质量检测", w(90), "检测苗种400批次"),
                           ("技术推广", "养殖户技术培训和良种推广", w(100), "培训养殖户600人次"),
                           ("金额合计", None, w(450), None)],
                    goal="全年繁育鱼苗12000万尾（其中四大家鱼8000万尾、名优品种4000万尾），"
                         "苗种检测400批次，培训养殖户600人次。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("鱼苗繁育总量", 15, "万尾", "≥", 12000),
        ("名优品种鱼苗繁育量", 10, "万尾", "≥", 4000),
        ("苗种检测批次", 10, "批次", "≥", 400),
        ("苗种检疫合格率", 15, "%", "≥", pct(0.98)),
        ("养殖户技术培训人次", 10, "人次", "≥", 600),
        ("苗种供应及时率", 10, "%", "≥", pct(0.95)),
        ("苗种质量安全事故", 10, "起", "≤", 0),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "宁照溪", "0571-6277 3058")
    return b


@variant("kbu12-fry-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks ≠ 金额合计, goal count "
         "against the indicator")  # fmt: skip
def fry_department_money() -> Book:
    b, s = first()
    department_head(s, year=2026, dept=BASE,
                    budget=[(mk(w(520), "B101", "error", row=True, note="180 + 330 = 510 ≠ 520"),
                             w(450), w(70), w(180), w(330))],
                    tasks=[("亲本培育", "后备亲本培育和更新", w(200), "更新亲本鱼3000尾"),
                           ("鱼苗繁育", "四大家鱼和名优品种繁育", w(90), "供应优质鱼苗"),
                           ("苗种推广", "名优品种示范推广", w(30), "推广名优品种3个"),
                           ("金额合计", None, mk(w(330), "B102", "error", row=True,
                                                 note="200 + 90 + 30 = 320 ≠ 330"), None)],
                    goal="全年向全市养殖户供应优质鱼苗9000万尾，推广名优品种3个。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "优质鱼苗供应量",
         mk("≥12000万尾", "D104", "warning", row=True, note="the 年度总体目标 states 9000万尾")),
        (None, None, "推广名优品种数量", "≥3个"),
        (None, "质量指标", "苗种检疫合格率", "≥98%"),
        (None, "时效指标", "苗种供应完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "每万尾鱼苗生产成本", "≤0.02万元/万尾"),
        ("效益指标", "经济效益指标", "带动养殖户增收", "≥600万元"),
        (None, "可持续影响指标", "本地苗种自给率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "购苗养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "宁照溪", "0571-6277 3058")
    return b
