"""Rural household and public toilet renovation (户厕、公厕改造): khn01–khn06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout888.common import TIERS, indicators, notes, one_year, signature, start
from tests.variants.holdout888.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("khn01-hutoilet-percent", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, goal count with its parts in brackets (correct)")  # fmt: skip
def khn01() -> Book:
    b, s = start(widths=(14, 14, 30, 12, 16, 12))
    project_head(s, year=2025, name="芦汀县农村户厕改造项目", dept="芦汀县农业农村局 418",
                 unit="芦汀县农村人居环境整治中心", money=one_year(180, 150, 30),
                 goals=["完成芦汀县8个乡镇农村户厕改造1200户（其中三格式1000户、双瓮式200户），"
                        "11月底前全部竣工验收，户厕粪污无害化处理率达到90%以上。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "三格式户厕改造数", "≥", 1000, "户"),
        (None, None, "双瓮式户厕改造数", "≥", 200, "户"),
        (None, "质量指标", "改厕竣工验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改厕竣工验收完成时间", "≤", day(2025, 11, 30, CN_DATE), ""),
        (None, "成本指标", "户厕改造补助标准", "≤", 1500, "元/户"),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率提高", "≥", 3, "百分点"),
        (None, "生态效益指标", "户厕粪污无害化处理率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "改厕后长效管护机制", "定性", "建立并执行", ""),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "芦汀县农业农村局", "覃立衡", "0779-6214385", day(2024, 12, 6))
    return b


@variant("khn02-goal-count-deadline", (5,),
         "project, NAT-2021, numbered tier labels, one value column: goal count, deadline and "
         "unit cost against the indicators and the money")  # fmt: skip
def khn02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="岑陂镇等六镇户厕改造项目", dept="霞洲县农业农村局 207",
                 unit="霞洲县农村改厕工作专班", money=one_year(120, 100, 20),
                 goals=["完成岑陂、柘口等6个乡镇农村户厕改造800户，改造后逐户验收，"
                        "2025年10月底前全部完工。"])  # fmt: skip
    indicators(s, TIERS, [
        ("一、产出指标", "（一）数量指标", "户厕改造数量",
         mk("≥600户", "D104", "warning", row=True, note="年度目标写改造800户，指标只有600户")),
        (None, "（二）质量指标", "改厕验收合格率", "≥95%"),
        (None, "（三）时效指标", "改厕完工时间",
         mk("2026年6月30日前", "Y102", "error", alt=("D104",),
            note="一年期项目（2025年）的完工期限落在2026年，年度目标又写10月底前完工")),
        ("二、成本指标", "（一）经济成本指标", "户厕改造补助标准",
         mk("≤2500元/户", "B107", "warning", row=True,
            note="2500元 × 800户 = 200万元（× 600户 = 150万元），都超过年度资金120万元")),
        ("三、效益指标", "（一）社会效益指标", "农村卫生厕所普及率提升", "≥2百分点"),
        (None, "（二）生态效益指标", "户厕粪污直排现象", "明显减少"),
        ("四、满意度指标", "（一）服务对象满意度指标", "改厕农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "霞洲县农业农村局", "龚澍", "0766-3318027", day(2025, 1, 10))
    return b


@variant(
    "khn03-toilets-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values in each, cost × count equal to the money (correct)",
)
def khn03() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鸬湾乡村级公厕新建工程", dept="鸬湾乡人民政府 512",
                 unit="鸬湾乡村镇建设办公室", money=one_year(96, 96, 0),
                 goals=["在16个行政村各新建水冲式公厕1座，12月底前交付使用。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "新建村级公厕", "≥16座"),
        (None, "质量指标", "公厕竣工验收合格率", "=100%"),
        (None, "时效指标", "公厕交付使用时间", "2025年12月31日前"),
        (None, "成本指标", "单座公厕建设补助", "≤6万元/座"),
        ("效益指标", "社会效益指标", "公厕覆盖行政村数", "≥16个"),
        ("满意度指标", "服务对象满意度指标", "改厕群众满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="鸬湾乡户厕问题摸排整改", dept="鸬湾乡人民政府 512",
                 unit="鸬湾乡农业农村服务中心", money=one_year(45, 40, 5), title="",
                 goals=["摸排全乡改厕户，整改渗漏、堵塞等问题户厕900户，"
                        "整改后逐户复核。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "问题户厕整改数", "≥900户"),
        (None, "质量指标", "整改复核合格率", "≥98%"),
        (None, "时效指标", "整改完成时间", "2025年10月31日前"),
        (None, "成本指标", "单户整改补助", "≤500元/户"),
        ("效益指标", "生态效益指标", "户厕粪污渗漏问题", "基本消除"),
        ("满意度指标", "服务对象满意度指标", "改厕群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("khn04-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second project's money does not add up, a near-"
         "duplicate quality rate, a quality rate under 时效")  # fmt: skip
def khn04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="杉陂区村级公厕提升改造", dept="杉陂区农业农村局 305",
                 unit="杉陂区乡村建设服务站", money=one_year(60, 50, 10),
                 goals=["提升改造村级公厕20座，加装无障碍设施，11月底前完工。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "提升改造公厕", "≥20座"),
        (None, "质量指标", "改造验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "单座改造补助", "≤3万元/座"),
        ("效益指标", "社会效益指标", "公厕无障碍设施覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="杉陂区农村户厕改造", dept="杉陂区农业农村局 305",
                 unit="杉陂区农村改厕办公室", title="",
                 money=one_year(mk(150, "B101", "error", note="财政拨款120 + 其他资金20 = 140"),
                                120, 20),
                 goals=["完成农村户厕改造750户，改厕验收合格率95%以上。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "户厕改造数", "≥750户"),
        (None, "质量指标", "改厕验收合格率", "≥95%"),
        (None, None, "改厕竣工验收合格率",
         mk("≥90%", "D103", "warning", row=True, alt=("D102", "D104"),
            note="与上一行是同一指标（多“竣工”二字），指标值却不同")),
        (None, "时效指标", "化粪池防渗漏检测合格率",
         mk("≥95%", "F201", "warning", row=True, note="合格率是质量指标，填在时效指标下")),
        (None, "成本指标", "户厕改造补助标准", "≤1800元/户"),
        ("效益指标", "生态效益指标", "户厕粪污无害化处理率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khn05-flat-village",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
    "cells, a 下降率 with ≥, 0起 on an incident count, weights add to 100 (correct)",
)
def khn05() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="砚塘县农业农村局",
                    budget=[(320, 300, 20, 80, 240)],
                    goal="2025年完成农村户厕改造1500户，村级公厕管护覆盖85个行政村，"
                         "厕所粪污无害化处理率达到85%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in (
        ("农村户厕改造数", 20, "户", "≥", 1500),
        ("村级公厕管护覆盖行政村数", 10, "个", "≥", 85),
        ("改厕验收合格率", 15, "%", "≥", pct(0.95)),
        ("厕所粪污无害化处理率", 15, "%", "≥", pct(0.85)),
        ("厕所粪污外溢投诉下降率", 10, "%", "≥", 20),
        ("改厕施工安全事故", 10, "起", "=", 0),
        ("户厕故障维修响应时间", 10, "小时", "≤", 48),
        ("改厕农户满意度", 10, "%", "≥", pct(0.9)),
    ):
        s.row(*line)
    s.row("合计", 100)
    notes(s, "注：投诉下降率以2024年全年投诉量为基数计算。")
    return b


@variant("khn06-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): the same "
         "indicator twice with different values, weights adding to 95")  # fmt: skip
def khn06() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="蒲垟县乡村振兴服务中心",
                    budget=[(210, 190, 20, 60, 150)],
                    goal="2025年完成农村户厕改造600户，新建粪污收集池12个，改厕农户满意度90%"
                         "以上。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+10+10+15 = 95，应为100")
    s.row("指标名称", "指标值", "计量单位", "权重")
    for line in (
        ("户厕改造数", "≥600", "户", 20),
        ("粪污收集池建设数", "≥12", "个", 15),
        ("改厕验收合格率", "≥95", "%", 15),
        (
            "户厕改造数",
            mk(
                "≥450",
                "D102",
                "error",
                row=True,
                alt=("D101", "D104"),
                note="与第一条同名，指标值600户 / 450户不同",
            ),
            "户",
            10,
        ),
        ("改厕任务完成时间", "2025年11月30日前", "", 10),
        ("粪污无害化处理率", "≥85", "%", 10),
        ("改厕农户满意度", "≥90", "%", 15),
    ):
        s.row(*line)
    return b
