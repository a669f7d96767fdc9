"""Multi-year project tables with 中期 and 年度 columns (oj09–oj13)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout182.common import indicators, period_money, wan
from tests.variants.holdout182.registry import variant
from tests.variants.kit import Book, mk, pct

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("oj09-farmland-two-years", (8,), "two-year 高标准农田 project, NAT-2021, 中期 and 年度 "
         "columns, operators inside the values, annual counts half the period's")  # fmt: skip
def oj09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, years=2, name="鹤田县2025—2026年高标准农田建设项目",
        dept="鹤田县农业农村局", unit="鹤田县农田建设管理站", attr="新增项目",
        money=period_money((6400, 6000, 400), (3200, 3000, 200)),
        goals=["两年新建高标准农田4万亩，建成旱涝保收、宜机作业的集中连片农田。",
               "当年新建高标准农田2万亩，完成北片区灌排和田间道路工程。"],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥4万亩", "≥2万亩"),
        (None, None, "新增高效节水灌溉面积", "≥1.2万亩", "≥0.6万亩"),
        (None, None, "新建和整修灌排沟渠", "≥60公里", "≥30公里"),
        (None, "质量指标", "工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "亩均财政投入标准", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "新增粮食产能", "≥400万公斤", "≥200万公斤"),
        (None, "生态效益指标", "项目区化肥使用量增长率", "≤0%", "≤0%"),
        (None, "可持续影响指标", "工程设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oj10-seed-industry-three-years", (5, 8), "three-year 种业振兴 project, NAT-2021, unit "
         "column then 中期 and 年度 values: an annual area above the period's, the 满意度 tier-2 "
         "inside the 效益指标 block")  # fmt: skip
def oj10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, years=3, name="云溪市2025—2027年种业振兴行动项目", dept="云溪市农业农村局",
        unit="云溪市农业科学研究所", attr="新增项目",
        money=period_money((1500, 1350, 150), (500, 450, 50)),
        goals=["三年选育审定新品种12个，建设稳定的制种基地，良种推广面积累计45万亩。",
               "当年选育新品种4个，开展品种试验示范，推广良种15万亩。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "选育审定新品种", "个", "≥12", "≥4"),
        (None, None, "品种试验示范面积", "亩", "≥9000",
         mk("≥10000", "D201", "error", note="the year's area above the three years' area")),
        (None, None, "制种基地面积", "万亩", "≥3", "≥1"),
        (None, "质量指标", "制种种子质量合格率", "%", "≥98", "≥98"),
        (None, "时效指标", "年度试验任务完成及时率", "%", "≥95", "≥95"),
        ("成本指标", "经济成本指标", "试验示范亩均补助", "元/亩", "≤300", "≤300"),
        ("效益指标", "经济效益指标", "良种推广面积", "万亩", "≥45", "≥15"),
        (None, "社会效益指标", "带动制种农户户均增收", "元/户", "≥1200", "≥1200"),
        (None, "可持续影响指标", "种质资源库保存种质", "份", "≥3000", "≥2800"),
        (None, mk("服务对象满意度指标", "F105", "error", note="belongs under 满意度指标"),
         "制种企业和农户满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    b.file_mark("F106", "error", required=False, note="the same slip leaves no 满意度指标 tier-1")
    return b


@variant("oj11-cold-chain-two-sets", (8,), "two-year 动物防疫冷链 project, NAT-2021, two "
         "complete column sets (二级/三级/指标值 for 中期, then for 年度)")  # fmt: skip
def oj11() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=(14, 14, 26, 16, 14, 26, 16))
    project_head(
        s, year=2025, years=2, name="石埠县2025—2026年基层动物防疫冷链体系建设项目",
        dept="石埠县农业农村局", unit="石埠县动物疫病预防控制中心", attr="新增项目",
        money=period_money((220, 200, 20), (110, 100, 10)),
        goals=["两年为全县24个乡镇配齐疫苗冷链设备，培训村级防疫员，实现疫苗冷链全程覆盖。",
               "当年为12个乡镇配备冷链设备，完成首批村级防疫员培训。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标（中期）", "三级指标（中期）", "中期指标值",
                   "二级指标（年度）", "三级指标（年度）", "年度指标值"), [
        ("产出指标", "数量指标", "乡镇冷链设备配备", "≥24个", "数量指标", "乡镇冷链设备配备",
         "≥12个"),
        (None, None, "村级防疫员培训", "≥600人次", None, "村级防疫员培训", "≥300人次"),
        (None, "质量指标", "设备验收合格率", "≥98%", "质量指标", "设备验收合格率", "≥98%"),
        (None, "时效指标", "设备安装完成时间", "2026年10月31日前", "时效指标", "设备安装完成时间",
         "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单个乡镇冷链设备购置成本", "≤8万元/个", "经济成本指标",
         "单个乡镇冷链设备购置成本", "≤8万元/个"),
        ("效益指标", "社会效益指标", "疫苗冷链全程覆盖率", "≥95%", "社会效益指标",
         "疫苗冷链全程覆盖率", "≥90%"),
        (None, "可持续影响指标", "冷链设备使用年限", "≥8年", "可持续影响指标", "冷链设备使用年限",
         "≥8年"),
        ("满意度指标", "服务对象满意度指标", "基层防疫员满意度", "≥90%", "服务对象满意度指标",
         "基层防疫员满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("oj12-pesticide-three-years", (8, 11, 12), "three-year 化肥农药减量增效 project, "
         "NAT-2021, 指标性质 as direction with 中期 and 年度 values and a unit column: ≥ on a "
         "反向 农药使用量, 中期 sources that miss the 中期 total")  # fmt: skip
def oj12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 10, 14, 14, 10))
    mid = mk(wan(2400), "B101", "error", note="中期: 2000 + 300 = 2300 ≠ 2400")
    project_head(
        s, year=2025, years=3, name="南垣市2025—2027年化肥农药减量增效行动项目",
        dept="南垣市农业农村局", unit="南垣市植保植检站", attr="新增项目",
        money=period_money((mid, 2000, 300), (800, 700, 100)),
        goals=["三年累计推广测土配方施肥120万亩，统防统治服务60万亩，化学农药使用量持续下降。",
               "当年推广测土配方施肥40万亩，统防统治服务20万亩。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "测土配方施肥推广面积", "正向", "≥120", "≥40", "万亩"),
        (None, None, "统防统治服务面积", "正向", "≥60", "≥20", "万亩"),
        (None, "质量指标", "农药包装废弃物回收率", "正向", "≥85", "≥80", "%"),
        (None, "时效指标", "年度实施任务完成及时率", "正向", "≥95", "≥95", "%"),
        ("成本指标", "经济成本指标", "统防统治服务补助标准", "反向", "≤30", "≤30", "元/亩"),
        ("效益指标", "经济效益指标", "亩均节本增效", "正向", "≥50", "≥50", "元"),
        (None, "生态效益指标", "化学农药使用量", "反向",
         mk("≥95", "T108", "warning", row=True, note="反向 usage with ≥; ≤ meant"), "≥98", "吨"),
        (None, None, "化肥利用率", "正向", "≥43", "≥42", "%"),
        (None, "可持续影响指标", "绿色防控技术推广机制", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "正向", "≥90", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("oj13-traceability-word-operators", (8,), "two-year 农产品质量安全追溯 project, "
         "NAT-2021, operator column in words, 中期 and 年度 values (rates as percent cells), "
         "unit column")  # fmt: skip
def oj13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 12, 14, 14, 10))
    project_head(
        s, year=2025, years=2, name="柳塘县2025—2026年农产品质量安全追溯体系建设项目",
        dept="柳塘县农业农村局", unit="柳塘县农产品质量安全监督管理站", attr="新增项目",
        money=period_money((360, 300, 60), (180, 150, 30)),
        goals=["两年将800家规模生产经营主体纳入追溯平台，推行承诺达标合格证制度。",
               "当年将450家主体纳入追溯平台，完成平台功能升级。"],
    )  # fmt: skip
    ge, le = "大于等于", "小于等于"
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "纳入追溯平台生产经营主体", ge, 800, 450, "家"),
        (None, None, "开具承诺达标合格证", ge, 30, 14, "万张"),
        (None, "质量指标", "追溯信息上传准确率", ge, pct(0.98), pct(0.98), "%"),
        (None, "时效指标", "追溯信息上传及时率", ge, pct(0.95), pct(0.95), "%"),
        ("成本指标", "经济成本指标", "每家主体追溯设备补助", le, 2000, 2000, "元/家"),
        ("效益指标", "社会效益指标", "规模主体追溯覆盖率", ge, pct(0.9), pct(0.8), "%"),
        (None, "可持续影响指标", "追溯平台运行维护机制", None, "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", ge, pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    return b
