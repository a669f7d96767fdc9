"""Multi-year plans, department money, an export and decorated labels (ya13–ya18)."""

from __future__ import annotations

from tests.variants.holdout433.common import (
    DEPT,
    TIERS,
    WIDE,
    YEAR,
    department,
    indicators,
    multi_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout433.registry import variant
from tests.variants.kit import Book, Sheet, day, mk

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ya13-renewal-three-years", (8,),
         "three-year renewal project, NAT-2021, 中期 and 年度 columns: counts smaller in the "
         "year, rates equal, a 2027 deadline in the period column (correct)")  # fmt: skip
def ya13() -> Book:
    b, s = start()
    project(s, name="椰塘垦区剑麻老园三年更新项目", unit="椰塘垦区南岬农场", years=3,
            rows=multi_year((450, 360, 90), (150, 120, 30)),
            goals=["三年更新剑麻老园1500亩，良种覆盖率达到90%以上。",
                   "当年更新老园500亩，新建机耕道3公里。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "剑麻老园更新面积", "≥1500亩", "≥500亩"),
        (None, None, "新建机耕道", "≥9公里", "≥3公里"),
        (None, "质量指标", "种苗定植成活率", "≥95%", "≥95%"),
        (None, "时效指标", "年度定植完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每亩老园更新成本", "≤0.25万元/亩", "≤0.25万元/亩"),
        ("效益指标", "经济效益指标", "干纤维亩产增长率", "≥15%", "≥5%"),
        (None, "可持续影响指标", "良种覆盖率", "≥90%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "符明远", "8631 2074", day(YEAR - 1, 11, 18))
    return b


@variant("ya14-processing-three-years-copied", (8,),
         "three-year processing project, NAT-2021, 中期 and 年度 columns: 年度目标 copied "
         "from 中期目标 and two cumulative counts copied into the annual column")  # fmt: skip
def ya14() -> Book:
    b, s = start()
    goal = "建成剑麻纤维精深加工示范线3条，开发纤维制品6个，带动就业40人。"
    same = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标 in a 3-year project")
    project(s, name="剑麻纤维精深加工示范线建设项目", unit="椰塘垦区东岸剑麻纤维厂",
            years=3, rows=multi_year((600, 480, 120), (200, 160, 40)),
            goals=[goal, same])  # fmt: skip
    note = "cumulative count of a 3-year project copied into the annual column"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建成精深加工示范线", "≥3条",
         mk("≥3条", "D202", "warning", note=note)),
        (None, None, "开发纤维制品品种", "≥6个", mk("≥6个", "D202", "warning", note=note)),
        (None, "质量指标", "产品抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "示范线建成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "示范线建设成本", "≤540万元", "≤180万元"),
        ("效益指标", "经济效益指标", "纤维制品附加值提高", "≥20%", "≥10%"),
        (None, "社会效益指标", "带动就业", "≥40人", "≥15人"),
        ("满意度指标", "服务对象满意度指标", "合作企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ya15-farm-department-money", (12, 7, 4),
         "department, NAT-2021, budget and key tasks adding up, headers 指标内容 and 绩效标准, "
         "the header repeated after a page break (correct)")  # fmt: skip
def ya15() -> Book:
    b, s = start()
    department(s, dept="椰塘垦区南岬农场", budget=(960, 720, 240, 384, 576),
               goal="更新剑麻老园600亩，麻渣堆沤还田1000亩，纤维加工设备完好率95%以上。",
               tasks=[("剑麻老园更新", "更新老园600亩", wan(200), "成活率95%以上"),
                      ("纤维加工线运维", "刮麻机组和烘干线维护", wan(256), "完好率95%以上"),
                      ("麻渣还田利用", "麻渣堆沤还田", wan(120), "还田1000亩以上"),
                      ("金额合计", None, wan(576), None)])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "剑麻老园更新面积", "≥600亩"),
        (None, None, "麻渣堆沤还田面积", "≥1000亩"),
        (None, "质量指标", "种苗定植成活率", "≥95%"),
        (None, None, "加工设备完好率", "≥95%"),
        (None, "时效指标", "更新定植完成时间", "10月31日前"),
    ])  # fmt: skip
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "每亩老园更新成本", "≤0.3万元/亩"),
        ("效益指标", "经济效益指标", "纤维销售收入增长率", "≥6%"),
        (None, "生态效益指标", "麻渣资源化利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "农场职工满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "吴春涛", "8637 3315", day(YEAR - 1, 11, 20))
    return b


@variant("ya16-farm-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 short of 资金总额, key tasks not adding to "
         "金额合计")  # fmt: skip
def ya16() -> Book:
    b, s = start()
    total = mk(wan(700), "B101", "error", row=True, note="基本支出 300 + 项目支出 380 = 680")
    listed = mk(wan(380), "B102", "error", row=True, note="tasks 150 + 160 + 80 = 390")
    department(s, dept="椰塘垦区红坎农场", budget=(total, 520, 180, 300, 380),
               goal="更新剑麻老园500亩，加工干纤维1500吨，病虫害统防统治面积3000亩。",
               tasks=[("剑麻老园更新", "更新老园500亩", wan(150), "成活率95%以上"),
                      ("纤维加工", "刮麻烘干打包", wan(160), "加工干纤维1500吨"),
                      ("病虫害防控", "斑马纹病统防统治", wan(80), "防治3000亩"),
                      ("金额合计", None, listed, None)])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "剑麻老园更新面积", "≥500亩"),
        (None, None, "干纤维加工量", "≥1500吨"),
        (None, None, "病虫害统防统治面积", "≥3000亩"),
        (None, "质量指标", "种苗定植成活率", "≥95%"),
        ("成本指标", "经济成本指标", "每亩统防统治成本", "≤0.02万元/亩"),
        ("效益指标", "经济效益指标", "干纤维销售收入增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


def export_budget(s: Sheet) -> None:
    """The 05-1 sheet of the export: one budget line per project code and a 合计."""
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row(f"单位名称：{DEPT}", None, None, None, "金额单位：万元", merge=[(1, 4)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目类别")
    s.row("417250001", "剑麻良种苗圃更新项目", wan(85), wan(70), wan(15), "延续项目")
    s.row("417250002", "剑麻纤维质量检测能力提升项目", wan(48), wan(48), wan(0), "一次性项目")
    s.row("合计", None, wan(133), wan(118), wan(15), None)


@variant("ya17-bureau-export", (7, 5, 2),
         "budget-system export: 05-1 budget sheet, then 05-2 with codes and names in the first "
         "columns, header on row 3, two projects, abbreviated tier labels (correct)")  # fmt: skip
def ya17() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 30, 12, 12, 12, 12))
    export_budget(s)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 28, 10, 14, 28, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位名称：{DEPT}", merge=[(1, 6)])
    p1, p2 = ("417250001", "剑麻良种苗圃更新项目"), ("417250002", "剑麻纤维质量检测能力提升项目")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (*p1, "产出", "数量", "更新良种苗圃面积", "≥80亩"),
        (None, None, None, None, "出圃合格种苗", "≥200万株"),
        (None, None, None, "质量", "出圃种苗合格率", "≥95%"),
        (None, None, None, "时效", "苗圃更新完成时间", "6月30日前"),
        (None, None, None, "成本", "每亩苗圃更新成本", "≤0.9万元/亩"),
        (None, None, "效益", "经济效益", "种苗自给率", "≥80%"),
        (None, None, None, "可持续影响", "良种苗圃使用年限", "≥8年"),
        (None, None, "满意度", "服务对象满意度", "种植户满意度", "≥90%"),
        (*p2, "产出", "数量", "购置纤维检测设备", "≥5台（套）"),
        (None, None, None, "质量", "检测结果准确率", "≥98%"),
        (None, None, None, "时效", "检测报告出具时限", "≤5个工作日"),
        (None, None, None, "成本", "单台（套）设备购置均价", "≤9万元"),
        (None, None, "效益", "社会效益", "纤维分级收购覆盖率", "≥90%"),
        (None, None, "满意度", "服务对象满意度", "收购企业满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("ya18-nursery-decorated-labels", (5, 6, 13),
         "project, NAT-2021, numbered labels with points (一、产出指标（40分）, （一）, 1.): a "
         "value without a name, an empty 时效指标, 社会效益指标 under 成本指标")  # fmt: skip
def ya18() -> Book:
    b, s = start("Sheet1", WIDE)
    project(s, name="剑麻种苗假植育苗基地项目", unit="椰塘垦区红坎农场",
            rows=[["年度资金总额", wan(110), "其中：财政拨款", wan(90)],
                  ["其他资金", wan(20), None, None]],
            goals=["假植育苗60万株，出圃合格率95%以上，带动周边农户种植剑麻。"])  # fmt: skip
    noname = mk(None, "F110", "error", note="a value with no indicator name")
    empty = mk("（三）时效指标", "F109", "warning", row=True, note="template tier-2 left empty")
    wrong = mk("（二）社会效益指标", "F105", "error", note="a 效益 tier-2 under 成本指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.剑麻种苗假植育苗", "≥60万株"),
        (None, None, noname, "≥120亩"),
        (None, "（二）质量指标", "1.假植苗出圃合格率", "≥95%"),
        (None, empty, None, None),
        ("二、成本指标（20分）", "（一）经济成本指标", "1.每万株育苗成本", "≤0.8万元"),
        (None, wrong, "1.带动周边农户种植剑麻", "≥60户"),
        ("三、效益指标（30分）", "（一）经济效益指标", "1.种苗销售收入", "≥30万元"),
        (None, "（二）生态效益指标", "1.育苗基地地表覆盖率", "≥85%"),
        (None, "（三）可持续影响指标", "1.种苗繁育技术规程", "建立并执行"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.购苗农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
