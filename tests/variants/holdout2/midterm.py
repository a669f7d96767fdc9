"""Medium-term (三年期) projects: 中期资金总额 beside 年度资金总额, 中期 and 年度 target columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout2.registry import variant
from tests.variants.kit import Book, mk, money

HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值（2025—2027年）", "年度指标值（2025年）")


@variant("k05-three-year-correct", (8,),
         "three-year project, NAT-2021: 中期资金总额 and 年度资金总额 with their 财政拨款 lines, "
         "中期 and 年度 value columns, cumulative counts smaller in the year, rates and unit "
         "costs equal, the 中期 deadline in the last year (correct)")  # fmt: skip
def k05() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (16, 18, 30, 22, 22, 16))
    project_head(s, year=2025, years=3, name="智慧校园建设三年行动项目",
                 dept="青岚市教育局（301）", unit="青岚市教育技术装备中心", attr="新增项目",
                 money=[("中期资金总额", money(900.0), "年度资金总额", money(300.0)),
                        ("其中：财政拨款", money(900.0), "其中：财政拨款", money(300.0)),
                        ("其他资金", money(0.0), "其他资金", money(0.0))],
                 goals=["2025—2027年建设智慧教室150间，培训教师3000人次，实现全市中小学"
                        "信息化教学常态化应用。",
                        "2025年建设智慧教室50间，培训教师1000人次，完成首批学校智慧教室"
                        "验收。"])  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "建设智慧教室", "≥150间", "≥50间"),
        (None, None, "教师信息化应用能力培训", "≥3000人次", "≥1000人次"),
        (None, "质量指标", "设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月底前", "2025年12月底前"),
        ("成本指标", "经济成本指标", "智慧教室单间建设成本", "≤5万元/间", "≤5万元/间"),
        ("效益指标", "社会效益指标", "信息化教学常态化应用学校占比", "≥90%", "≥60%"),
        (None, "可持续影响指标", "设备运维保障机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k15-three-year-wrong", (8, 12),
         "three-year project, NAT-2021: 年度资金总额 above 中期资金总额, an annual household count "
         "above its 中期 count, a vehicle count copied into the 年度 column")  # fmt: skip
def k15() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (16, 18, 30, 22, 22, 16))
    project_head(s, year=2025, years=3, name="农村生活垃圾分类三年行动项目",
                 dept="临溪县农业农村局（131）", unit="临溪县农村人居环境整治办公室",
                 attr="新增项目",
                 money=[("中期资金总额", money(600.0), "年度资金总额",
                         mk(money(650.0), "B103", "error", row=True, note="650 > 600")),
                        ("其中：财政拨款", money(600.0), "其中：财政拨款", money(650.0)),
                        ("其他资金", money(0.0), "其他资金", money(0.0))],
                 goals=["三年内实现全县120个行政村生活垃圾分类全覆盖，资源化利用率达到60%"
                        "以上。",
                        "2025年完成40个行政村垃圾分类设施建设，配备分类收集车辆，建立村级"
                        "管护机制。"])  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "垃圾分类覆盖行政村", "≥120个", "≥40个"),
        (None, None, "分类覆盖农户", "≥1.2万户",
         mk("≥1.5万户", "D201", "error", row=True, note="annual 1.5万 > 中期 1.2万")),
        (None, None, "配备分类收集车辆", "≥40辆",
         mk("≥40辆", "D202", "warning", row=True, note="cumulative count copied into 年度")),
        (None, "质量指标", "分类收集设施验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月底前", "2025年12月底前"),
        ("成本指标", "经济成本指标", "分类收集车辆单价", "≤6万元/辆", "≤6万元/辆"),
        ("效益指标", "生态效益指标", "农村生活垃圾资源化利用率", "≥60%", "≥45%"),
        (None, "可持续影响指标", "村级垃圾分类长效管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
