"""Multi-year projects with 中期 and 年度 value columns, from the water and transport bureaus."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout5.registry import variant
from tests.variants.kit import Book, mk

W = (16, 18, 28, 18, 18, 16)
HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant(
    "g14-three-year-river-ok",
    (8,),
    "three-year project (2026–2028), NAT-2021, 中期 and "
    "年度 money and value columns: counts smaller in the year, rates, unit costs, service "
    "life and grades legitimately equal, cost × length = money",
)
def g14() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s, year=2026, years=3, name="梧川河白溪河中小河流治理", dept="梧川县水利局",
        unit="梧川县河道事务中心", attr="新增项目",
        money=[("中期资金总额", 2400.00, "年度资金总额", 900.00),
               ("其中：财政拨款", 2100.00, "其中：财政拨款", 800.00),
               ("其他资金", 300.00, "其他资金", 100.00)],
        goals=["2026—2028年治理梧川河、白溪河干支流河道24公里，新建加固堤防16公里，"
               "防洪标准达到10年一遇。",
               "2026年完成白溪河治理段9公里，新建加固堤防6公里，保护人口1.2万人。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "治理河道长度", "≥24公里", "≥9公里", None),
        (None, None, "新建加固堤防", "≥16公里", "≥6公里", None),
        (None, "质量指标", "工程验收合格率", "100%", "100%", None),
        (None, "时效指标", "工程完工时间", "2028年12月31日前", "2026年12月31日前",
         "年度为当年治理段"),
        ("成本指标", "经济成本指标", "河道综合治理单位成本", "≤100万元/公里", "≤100万元/公里",
         None),
        ("效益指标", "社会效益指标", "防洪保护人口", "≥3.6万人", "≥1.2万人", None),
        (None, "生态效益指标", "治理河段水质", "稳定达到Ⅲ类", "稳定达到Ⅲ类", None),
        (None, "可持续影响指标", "工程设计使用年限", "≥20年", "≥20年", None),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "g15-two-year-road-copied",
    (8,),
    "two-year project (2026–2027), NAT-2021: cumulative "
    "counts copied from 中期 into 年度, one annual count above its period count",
)
def g15() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s, year=2026, years=2, name="农村公路提质改造", dept="梧川县交通运输局",
        unit="梧川县农村公路管理所", attr="新增项目",
        money=[("中期资金总额", 1600.00, "年度资金总额", 800.00),
               ("其中：财政拨款", 1400.00, "其中：财政拨款", 700.00),
               ("其他资金", 200.00, "其他资金", 100.00)],
        goals=["2026—2027年提质改造农村公路40公里，新增错车道60处，安装安全防护栏12公里。",
               "2026年启动提质改造工程，完成年度建设任务。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "提质改造农村公路里程", "≥40公里",
         mk("≥40公里", "D202", "warning", note="中期 copied into 年度"), None),
        (None, None, "新增错车道", "≥60处",
         mk("≥60处", "D202", "warning", note="中期 copied into 年度"), None),
        (None, None, "安装安全防护栏", "≥12公里",
         mk("≥15公里", "D201", "error", note="annual above the two-year total"), None),
        (None, "质量指标", "交工验收合格率", "100%", "100%", None),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2026年12月31日前",
         None),
        ("成本指标", "经济成本指标", "每公里改造成本", "≤40万元/公里", "≤40万元/公里", None),
        ("效益指标", "社会效益指标", "受益群众", "≥5.2万人", "≥2.6万人", None),
        (None, "可持续影响指标", "公路养护长效机制", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("B107", "warning", required=False,
                note="40 km × 40万元 exceeds the annual money: the copy's consequence")  # fmt: skip
    return b
