"""Returns on water-bamboo (茭白) fields: ef01–ef06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout594.common import (
    DEPT,
    IND,
    TWO,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout594.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "ef01-jiaobai-base-percent",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed percents, 万元 format (correct)",
)
def jiaobai_base_percent() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="双季茭白标准化基地建设", dept=DEPT,
        unit="菰塘县水生蔬菜技术推广站", attr="新增项目", money=one_year(90, 75, 15),
        goals=["在蒲湾镇、芦汀乡建成双季茭白标准化基地600亩（蒲湾镇360亩、芦汀乡240亩），"
               "新建灌排沟渠4.8公里，带动农户150户以上，基地亩均增收1200元以上。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "双季茭白标准化基地面积", "≥", 600, "亩"),
        (None, None, "新建田间灌排沟渠长度", "≥", 4.8, "公里"),
        (None, "质量指标", "茭白商品率", "≥", pct(0.9), "%"),
        (None, None, "茭白农残抽检合格率", "=", pct(1), "%"),
        (None, "时效指标", "基地建设完成时间", "≤", day(2026, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "基地亩均建设补助", "≤", 1500, "元/亩"),
        ("效益指标", "经济效益指标", "基地亩均增收", "≥", 1200, "元/亩"),
        (None, "生态效益指标", "茭白田化肥使用量下降率", "≥", pct(0.08), "%"),
        (None, "可持续影响指标", "带动农户参与种植", "≥", 150, "户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, header=(*IND[:3], "指标性质", "指标值", "计量单位"))
    sign(s, "钱语禾", "0573-6218304", day(2025, 11, 14))
    return b


@variant(
    "ef02-jiaobai-goal-against-indicators",
    (3,),
    "project, OLD-NAT, one value column: goal area, deadline year and unit cost disagree",
)
def jiaobai_goal_against() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="茭白—麻鸭共育模式推广", dept=DEPT,
        unit="菰塘县农业技术推广中心", money=one_year(80, 80, 0),
        goals=["在苇塘村、北荡村推广茭白—麻鸭共育1200亩，每亩放养麻鸭15只，"
               "2026年11月30日前完成验收，减少化学农药使用。"],
    )  # fmt: skip
    area = mk("≥1000亩", "D104", "warning", row=True,
              note="年度目标写推广1200亩，指标只要1000亩")  # fmt: skip
    late = mk("2025年11月30日前", "Y102", "error", alt=("Y103", "Y101"),
              note="2026年项目的验收期限写成上一年（目标写2026年11月30日前）")  # fmt: skip
    cost = mk("≤900元/亩", "B107", "warning", row=True,
              note="900元/亩 × 1000亩 = 90万元，超过年度资金80万元")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "共育推广面积", area),
        (None, None, "每亩放养麻鸭数量", "≥15只"),
        (None, "质量指标", "麻鸭成活率", "≥90%"),
        (None, "时效指标", "共育基地验收时间", late),
        (None, "成本指标", "共育亩均补助标准", cost),
        ("效益指标", "经济效益指标", "共育亩均增收", "≥600元"),
        (None, "生态效益指标", "共育田化学农药使用量减少", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "沈若溪", "0573-6230917", day(2025, 11, 20))
    return b


@variant(
    "ef03-jiaobai-period-copies",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: goal and a count copied, year above",
)
def jiaobai_period_copies() -> Book:
    b, s = start()
    goal = "建成茭白良种繁育基地，年繁育良种分蘖苗满足全县更新需要，培训种植户，提高良种覆盖。"
    project_head(
        s, year=2026, years=3, name="茭白良种繁育体系建设", dept=DEPT,
        unit="菰塘县水生蔬菜技术推广站", attr="新增项目",
        money=multi_year((450, 420, 30), (150, 140, 10)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "良种繁育基地面积",
            "≥450亩",
            mk("≥500亩", "D201", "error", note="一年的面积大于三年的面积"),
        ),
        (
            None,
            None,
            "茭白种植技术培训",
            "≥900人次",
            mk("≥900人次", "D202", "warning", note="三年累计人次照抄到年度列"),
        ),
        (None, "质量指标", "良种纯度", "≥98%", "≥98%"),
        (None, "时效指标", "年度繁育任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "良种繁育亩均成本", "≤2800元/亩", "≤2800元/亩"),
        ("效益指标", "经济效益指标", "良种推广亩均增收", "≥800元", "≥800元"),
        (None, "可持续影响指标", "全县茭白良种自给率", "≥60%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, header=TWO)
    return b


@variant(
    "ef04-jiaobai-husk-two-years",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns, period counts above annual (correct)",
)
def jiaobai_husk_two_years() -> Book:
    b, s = start()
    project_head(
        s, year=2026, years=2, name="茭白壳叶饲料化利用", dept=DEPT,
        unit="菰塘县农业生态与资源保护站", attr="新增项目",
        money=multi_year((200, 180, 20), (100, 90, 10)),
        goals=["2026—2027年建成茭白壳叶饲料化处理点4个，处理壳叶1.6万吨，"
               "为2028年全县推广积累技术数据。",
               "2026年建成处理点2个，处理壳叶0.7万吨，带动农户增收。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "壳叶处理点建设数量", "≥4个", "≥2个"),
        (None, None, "茭白壳叶处理量", "≥1.6万吨", "≥0.7万吨"),
        (None, "质量指标", "处理设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "处理点完工时间", "2027年10月31日前", "2026年11月30日前"),
        (None, "成本指标", "单个处理点建设成本", "≤45万元/个", "≤45万元/个"),
        ("效益指标", "经济效益指标", "带动农户节本增收", "≥200万元", "≥90万元"),
        (None, "生态效益指标", "壳叶乱弃投诉次数", "≤3次", "≤2次"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, header=(*IND[:3], "指标值（中期）", "指标值（年度）"))
    notes(s, "说明：2028年推广为后续计划，不列入本项目资金。")
    return b


@variant(
    "ef05-jiaobai-stacked",
    (2,),
    "two projects stacked, OLD-NAT, one value column: second project's money and a duplicate",
)
def jiaobai_stacked() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="茭白病虫害绿色防控", dept=DEPT, unit="菰塘县植保植检站",
        money=one_year(60, 60, 0),
        goals=["在茭白主产区推广性诱剂、杀虫灯等绿色防控技术2万亩，二化螟危害损失率控制在5%以内。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "绿色防控推广面积", "≥2万亩"),
        (None, "质量指标", "二化螟危害损失率", "≤5%"),
        (None, "时效指标", "防控物资到位时间", "2026年4月30日前"),
        (None, "成本指标", "亩均防控物资补助", "≤30元/亩"),
        ("效益指标", "生态效益指标", "化学农药使用量减少", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(40, "B101", "error", note="财政拨款30 + 其他资金15 = 45，不是40")
    project_head(
        s, year=2026, name="“菰塘茭白”区域品牌营销", dept=DEPT, title="",
        unit="菰塘县农产品品牌服务中心", money=one_year(total, 30, 15),
        goals=["举办茭白品牌推介活动6场，拓展长三角销售网点20个。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "茭白品牌推介活动", "≥6场"),
        (None, None, "长三角销售网点", "≥20个"),
        (None, None, "茭白品牌推介活动场次",
         mk("≥8场", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标多“场次”二字，另给一个值")),
        (None, "时效指标", "推介活动完成时间", "2026年10月31日前"),
        (None, "成本指标", "单场推介活动费用", "≤3万元/场"),
        ("效益指标", "经济效益指标", "品牌茭白销售额增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "参展经营主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ef06-jiaobai-flat-department",
    (3, 11),
    "department, flat list (名称 · 权重 · 单位 · 指标性质 as operator · 指标值) (correct)",
)
def jiaobai_flat_department() -> Book:
    b, s = start()
    department_head(
        s, year=2026, dept="菰塘县水生蔬菜发展中心",
        budget=[(386.5, 360, 26.5, 236.5, 150)],
        tasks=[("茭白绿色防控", "性诱剂、杀虫灯统防统治", 80, "覆盖率≥85%"),
               ("技术培训与指导", "茭白种植技术培训、入户指导", 45, "培训≥600人次"),
               ("质量安全抽检", "茭白农残抽检", 25, "抽检≥120批次"),
               ("金额合计", None, 150, None)],
        goal="推广茭白绿色防控，开展技术培训和质量安全抽检，保障茭白质量安全，农药使用量持续下降。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("茭白绿色防控覆盖率", 20, "%", "≥", pct(0.85)),
        ("茭白田农药使用量下降率", 15, "%", "≥", 5),
        ("茭白种植技术培训", 15, "人次", "≥", 600),
        ("茭白农残抽检", 10, "批次", "≥", 120),
        ("茭白质量安全事件", 10, "起", "=", 0),
        ("指导服务覆盖农户", 15, "户", "≥", 1200),
        ("服务对象满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "陆清禾", "0573-6207712", day(2025, 11, 26))
    return b
