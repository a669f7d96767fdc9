"""Multi-year hospital building projects with 中期 and 年度 columns: a three-year ward building
done right (jb05) and a two-year rehabilitation building whose 年度 column was copied from the
中期 column (jb06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout44.parts import indicators
from tests.variants.holdout44.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

AMT = "#,##0.00"
HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("jb05-ward-building-ok", (8, 12), "three-year project, NAT-2021, 中期 and 年度 columns")
def jb05() -> Book:
    book = Book()
    s = book.sheet("绩效目标表")
    project_head(s, year=2025, years=3, name="岚山县人民医院住院综合楼建设项目",
                 dept="岚山县卫生健康局", unit="岚山县人民医院", attr="新增项目",
                 start=day(2025, 3, 1), end=day(2027, 12, 31),
                 money=[("中期资金总额", money(18600.0, AMT), "年度资金总额", money(6200.0, AMT)),
                        ("其中：财政拨款", money(12000.0, AMT), "其中：财政拨款",
                         money(4000.0, AMT)),
                        ("其他资金", money(6600.0, AMT), "其他资金", money(2200.0, AMT))],
                 goals=["2027年底前建成36000平方米住院综合楼并投入使用，新增床位500张，"
                        "每千常住人口床位数达到6.5张。",
                        "2025年完成地下室及主体结构施工12000平方米，"
                        "完成投资6200万元。"])  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "建安工程单方造价", "≤4200元/平方米", "≤4200元/平方米",
         "按初步设计概算"),
        ("产出指标", "数量指标", "住院综合楼建筑面积", "≥36000平方米", "≥12000平方米",
         "年度为完成主体施工面积"),
        (None, None, "完成投资额", "≥18600万元", "≥6200万元", None),
        (None, "质量指标", "工程竣工验收合格率", pct(1.0), pct(1.0), None),
        (None, None, "安全生产责任事故", "0起", "0起", None),
        (None, "时效指标", "年度投资计划完成率", pct(1.0), "≥95%", None),
        ("效益指标", "社会效益指标", "每千常住人口医疗机构床位数", "≥6.5张", "≥5.8张", None),
        (None, "可持续影响指标", "县域内住院率", "≥90%", "≥88%", None),
        ("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return book


@variant("jb06-rehab-building-copied", (8,), "two-year project, OLD-NAT, 年度 copied from 中期")
def jb06() -> Book:
    book = Book()
    s = book.sheet("绩效目标表")
    goal = "建成中医康复业务用房8600平方米，新增康复床位120张，中医康复服务能力显著提升。"
    project_head(s, year=2025, years=2, name="岚山县中医医院康复楼建设项目",
                 dept="岚山县卫生健康局", unit="岚山县中医医院", attr="新增项目",
                 money=[("中期资金总额", money(5600.0, AMT), "年度资金总额", money(3400.0, AMT)),
                        ("其中：财政拨款", money(5000.0, AMT), "其中：财政拨款",
                         money(3100.0, AMT)),
                        ("其他资金", money(600.0, AMT), "其他资金", money(300.0, AMT))],
                 goals=[goal, mk(goal, "D204", "warning", note="copied from 中期")])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建康复业务用房面积", "≥8600平方米",
         mk("≥8600平方米", "D202", "warning"), None),
        (None, None, "新增康复床位", "≥120张", mk("≥120张", "D202", "warning"), None),
        (None, None, "购置康复训练设备", "≥40台（套）",
         mk("≥60台（套）", "D201", "error", note="annual above the period"), None),
        (None, "质量指标", "工程质量验收合格率", pct(1.0), pct(1.0), None),
        (None, "时效指标", "年度投资计划完成率", pct(1.0), "≥60%", None),
        (None, "成本指标", "建安工程单方造价", "≤3800元/平方米", "≤3800元/平方米", None),
        ("效益指标", "社会效益指标", "中医康复服务人次", "≥3.6万人次", "≥1.2万人次", None),
        (None, "可持续影响指标", "中医康复专科服务能力", "显著提升", "逐步提升", None),
        ("满意度指标", "服务对象满意度指标", "康复患者满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return book
