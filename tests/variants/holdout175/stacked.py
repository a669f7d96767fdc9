"""Two projects stacked in one sheet, each with its own head block: the same indicator name in
both with different values (correct), and a pair where the text's 达标排放率 is above its
indicator and a per-平方米 standard × the area is above the second project's money."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout175.common import HEAD4, indicators, new, one_year
from tests.variants.holdout175.registry import variant
from tests.variants.kit import Book, mk


@variant("oc12-stacked-same-name", (2,),
         "two projects stacked, OLD-NAT, one value column; the same 参与群众满意度 with different "
         "values in each project (correct)")  # fmt: skip
def oc12() -> Book:
    book, s = new("绩效目标表")
    s.title("柘溪县文化和旅游局2026年度项目支出绩效目标表", 6)
    project_head(
        s, year=2026, title="", name="2026年公共文化服务送戏下乡", dept="柘溪县文化和旅游局（225）",
        unit="柘溪县文化馆", money=one_year(100, 90, 10),
        goals=["全年送戏下乡演出120场，覆盖全县行政村，参与群众满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥120场"),
        (None, "质量指标", "演出节目审核通过率", "≥98%"),
        (None, "时效指标", "演出计划按期完成率", "≥95%"),
        (None, "成本指标", "每场演出补助标准", "≤8000元/场"),
        ("效益指标", "社会效益指标", "观看演出群众人次", "≥36000人次"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="2026年非遗传承人研修培训", dept="柘溪县文化和旅游局（225）",
        unit="柘溪县非物质文化遗产保护中心", money=one_year(50, 50, 0),
        goals=["举办非遗传承人研修培训300人次，培训合格率达到95%以上，参与群众满意度不低于92%。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "非遗传承人研修培训人次", "≥300人次"),
        (None, "质量指标", "培训合格率", "≥95%"),
        (None, "时效指标", "培训班按期开班率", "≥95%"),
        (None, "成本指标", "培训人均成本", "≤1500元/人次"),
        ("效益指标", "可持续影响指标", "结业传承人开展传习活动比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥92%"),
    ])  # fmt: skip
    return book


@variant("oc18-stacked-two-defects", (2, 12),
         "two projects stacked, NAT-2021, one value column; the first's text gives 达标排放率 95% "
         "against an indicator of ≥90%, the second's per-平方米 standard × area exceeds its "
         "money")  # fmt: skip
def oc18() -> Book:
    book, s = new("项目绩效目标")
    s.title("澜溪县农业农村局2026年度项目支出绩效目标表", 6)
    project_head(
        s, year=2026, title="", name="2026年水产养殖尾水治理", dept="澜溪县农业农村局（303）",
        unit="澜溪县水产技术推广站", money=one_year(180, 160, 20),
        goals=["建设养殖尾水治理设施覆盖养殖面积4000亩，养殖尾水达标排放率达到95%，养殖户满意度"
               "不低于90%。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "尾水治理覆盖养殖面积", "≥4000亩"),
        (None, "质量指标", mk("养殖尾水达标排放率", "D104", "warning", row=True,
                            note="the text says 95%, the indicator ≥90%"), "≥90%"),
        (None, "时效指标", "治理设施完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每亩尾水治理补助标准", "≤400元/亩"),
        ("效益指标", "生态效益指标", "养殖区域水体化学需氧量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="2026年农村公路路面硬化", dept="澜溪县交通运输局（309）",
        unit="澜溪县农村公路管理站", money=one_year(300, 280, 20),
        goals=["完成农村公路路面硬化30000平方米，工程验收合格率达到98%，沿线群众满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "农村公路路面硬化面积", "≥30000平方米"),
        (None, "质量指标", "硬化工程验收合格率", "≥98%"),
        (None, "时效指标", "硬化工期", "≤120天"),
        ("成本指标", "经济成本指标", "路面硬化单价",
         mk("≤120元/平方米", "B107", "warning", row=True,
            note="120元/平方米 × 30000平方米 = 360万元 > 300万元")),
        ("效益指标", "社会效益指标", "沿线行政村通行条件改善数量", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return book
